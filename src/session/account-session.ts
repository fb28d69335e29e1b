// The one entry point the runner uses for an account's browser:
//
//   const session = await openAccountSession({ account, origin, home, log, headed, slowMo, pauseOnFailure, traceDir });
//   const health = await session.health();            // parks the account unless signed in
//   if (!health.ok) → workflow fails with health.failure
//   services.browser = session.browser;                // BrowserService for actions (src/app builds it)
//   onActionStart: session.beginAction(name); onActionEnd: session.endAction(name, !result.success)
//   await session.close();  … and before the process exits: await closeAllSessions();
//
// Opening checks, in order and before anything is launched: account name, record (created with a
// default identity if missing), parked status (fail fast), Chromium discovery and version. Then the
// profile lock (accountBusy), the profile's browser version, and the launch with the account's
// identity, all inside the session pool.
import { join } from 'node:path';
import { chmodSync, mkdirSync } from 'node:fs';
import type { Logger } from 'pino';
import type { BrowserContext } from 'playwright';
import type { SessionState } from '../../selectors/linkedin/session-state.ts';
import type { LaunchedBrowser } from '../browser/browser-launcher.ts';
import { loadBrowserSettings } from '../browser/browser-settings.ts';
import { captureSlug, sessionSecrets, writeCapture } from '../browser/capture.ts';
import { chromiumVersion, discoverChromium } from '../browser/chromium-discovery.ts';
import { scrubTraceFile } from '../browser/trace-scrub.ts';
import { linkedinOrigin, linkwrightHome, machineCacheFile, profileDir } from '../config/paths.ts';
import type { BrowserService } from './browser-service.ts';
import { SessionFailureError, type SessionFailure } from '../errors/error-types.ts';
import { scrubText } from '../log/redaction.ts';
import {
  accountDir,
  FileAccountRecordStore,
  proxyKey,
  type AccountRecord,
  type AccountRecordStore,
} from './account-record.ts';
import { loadOrCreateAccount, parkAccount, parkedFailure } from './accounts.ts';
import { probeSession, probeWasTransient, type ProbeOptions } from './health-probe.ts';
import { proxyLabel, toLaunchIdentity, type Identity } from './identity.ts';
import { defaultSessionPool, type PoolLease, type SessionPool } from './session-pool.ts';

/** The headed debug mode (`run --headed --slow-mo 250 --pause-on-failure --trace DIR`). */
export interface SessionDebugOptions {
  /** Open the same profile, browser and identity in a visible window. */
  headed?: boolean;
  /** Milliseconds Playwright waits before each operation. */
  slowMo?: number;
  /** On a failed action, stop in the Playwright Inspector (headed only). */
  pauseOnFailure?: boolean;
  /** Keep one Playwright trace zip per action in this folder (scrubbed of cookies). */
  traceDir?: string;
}

export interface OpenAccountSessionOptions extends SessionDebugOptions {
  account: string;
  /** LinkedIn origin; default LINKWRIGHT_ORIGIN or https://www.linkedin.com. */
  origin?: string;
  /** LINKWRIGHT_HOME; default from the environment. */
  home?: string;
  log: Logger;
  /** Skip the parked check (login, selfcheck). */
  allowParked?: boolean;
  /** Shown to another process that finds the account busy. */
  purpose?: string;
  /** Identity for an account created by this call (ignored for existing accounts). */
  identity?: Partial<Identity>;
  store?: AccountRecordStore;
  pool?: SessionPool;
  probe?: ProbeOptions;
}

export interface HealthOptions {
  /**
   * A page on the session's origin to classify instead of /feed/. When it is not decidable (a missing
   * profile, a slow load), the second look is /feed/ as without it; another origin is ignored.
   */
  at?: string;
}

export type SessionHealth =
  | { ok: true; state: SessionState; url: string }
  | { ok: false; state: SessionState; url: string; failure: SessionFailure; capture?: string };

export interface AccountSession {
  readonly account: string;
  readonly origin: string;
  readonly home: string;
  /** What actions use (browser-service.ts). */
  readonly browser: BrowserService;
  /**
   * Health probe on `${origin}/feed/`, or on `at` (the page the first action opens and then reads in
   * place, so the check costs no page load of its own); parks the account when signed out or at a
   * checkpoint.
   */
  health(opts?: HealthOptions): Promise<SessionHealth>;
  /** Before each action: starts its trace chunk (with --trace). */
  beginAction(name: string): Promise<void>;
  /** After each action: writes its trace (with --trace) and pauses on failure (with --pause-on-failure, headed). */
  endAction(name: string, failed: boolean): Promise<void>;
  /** The persistent context (launching it if needed), e.g. to import a cookie. */
  context(): Promise<BrowserContext>;
  /** The launched browser, for the self-check (first tab, fingerprint). */
  launched(): Promise<LaunchedBrowser>;
  /** Current account record. */
  record(): Promise<AccountRecord>;
  /** Ends this session; the browser stays warm for the idle timeout unless `closeBrowser`. */
  close(opts?: { closeBrowser?: boolean }): Promise<void>;
}

function originPathForMessage(url: string): string {
  try {
    const u = new URL(url);
    return scrubText(`${u.origin}${u.pathname}`);
  } catch {
    return scrubText(url.split('?')[0] ?? url);
  }
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === new URL(origin).origin;
  } catch {
    return false;
  }
}

export async function openAccountSession(opts: OpenAccountSessionOptions): Promise<AccountSession> {
  const home = opts.home ?? linkwrightHome();
  const origin = (opts.origin ?? linkedinOrigin()).replace(/\/+$/, '');
  const store = opts.store ?? new FileAccountRecordStore(home);
  // The runner's logger may already carry the account; don't print it twice.
  const log =
    opts.log.bindings().account === opts.account ? opts.log : opts.log.child({ account: opts.account });
  const pool = opts.pool ?? defaultSessionPool();

  const { record, created } = await loadOrCreateAccount(store, opts.account, opts.identity);
  if (created)
    log.info(
      { locale: record.identity.locale, timezone: record.identity.timezone },
      'created account with a default identity',
    );
  const parked = parkedFailure(record);
  if (parked && !opts.allowParked) throw new SessionFailureError(parked.reason, parked.message);

  const settings = loadBrowserSettings(home);
  const chromium = discoverChromium({ configuredPath: settings.executablePath });
  const browserVersion = await chromiumVersion(chromium.executablePath, {
    cacheFile: machineCacheFile('chromium-versions.json', home),
  });

  const headless = !opts.headed;
  const identity = record.identity;
  const newProxyKey = proxyKey(identity.proxy);
  if (
    record.lastLaunch &&
    record.lastLaunch.proxyKey !== newProxyKey &&
    record.lastHealth?.state === 'signedIn'
  ) {
    log.warn(
      { from: record.lastLaunch.proxyServer, to: proxyLabel(identity.proxy) },
      'the proxy of an account with a live session changed; LinkedIn may ask for a security check',
    );
  }

  const lease: PoolLease = await pool.checkout(
    {
      key: `${home}\0${opts.account}`,
      account: opts.account,
      accountDir: accountDir(home, opts.account),
      purpose: opts.purpose ?? 'run',
      idleTimeoutMs: settings.idleTimeoutMs,
      launch: {
        profileDir: profileDir(opts.account, home),
        executablePath: chromium.executablePath,
        browserVersion,
        headless,
        slowMo: opts.slowMo,
        identity: toLaunchIdentity(identity),
        resources: settings.resources,
        origin,
      },
    },
    log,
  );

  try {
    await lease.browser();
  } catch (err) {
    await lease.release();
    throw err;
  }
  const launchedRecord = (await store.read(opts.account)) ?? record;
  await store.write({
    ...launchedRecord,
    lastLaunch: {
      at: new Date().toISOString(),
      browserVersion,
      executablePath: chromium.executablePath,
      headless,
      proxyServer: proxyLabel(identity.proxy),
      proxyKey: newProxyKey,
    },
  });

  return new OpenedSession(opts, home, origin, store, lease, log);
}

class OpenedSession implements AccountSession {
  readonly account: string;
  readonly browser: BrowserService;
  private closed = false;
  private tracingOn: LaunchedBrowser | undefined;
  private chunk: { name: string; browser: LaunchedBrowser } | undefined;
  private seq = 0;

  constructor(
    private readonly opts: OpenAccountSessionOptions,
    readonly home: string,
    readonly origin: string,
    private readonly store: AccountRecordStore,
    private readonly lease: PoolLease,
    private readonly log: Logger,
  ) {
    this.account = opts.account;
    this.browser = {
      origin,
      page: () => this.lease.page(),
      capture: (reason: string) => this.capture(reason),
    };
  }

  async record(): Promise<AccountRecord> {
    const r = await this.store.read(this.account);
    if (!r) throw new Error(`account ${this.account} has no record`);
    return r;
  }

  async context(): Promise<BrowserContext> {
    return (await this.lease.browser()).context;
  }

  launched(): Promise<LaunchedBrowser> {
    return this.lease.browser();
  }

  private async capture(reason: string): Promise<string | undefined> {
    const page = this.lease.currentPage();
    if (!page) {
      this.log.warn({ reason: scrubText(reason) }, 'no open page to capture');
      return undefined;
    }
    return writeCapture(page, { home: this.home, reason, log: this.log });
  }

  async health(opts: HealthOptions = {}): Promise<SessionHealth> {
    const page = await this.lease.page();
    const at = opts.at !== undefined && sameOrigin(opts.at, this.origin) ? opts.at : undefined;
    let probe = await probeSession(page, this.origin, this.opts.probe, at);
    if (probe.state.state === 'unknown') {
      // A slow or failed load is common; one more bounded look (on /feed/) before failing the workflow.
      this.log.info({ url: originPathForMessage(probe.url) }, 'session state unclear; probing once more');
      probe = await probeSession(page, this.origin, this.opts.probe);
    }
    const { state } = probe;
    const where = originPathForMessage(probe.url);
    const r = await this.record();
    const lastHealth = {
      state: state.state,
      ...('kind' in state ? { kind: state.kind } : {}),
      at: new Date().toISOString(),
    };
    await this.store.write({ ...r, lastHealth });

    if (state.state === 'signedIn') {
      this.log.info({ url: where }, 'session is signed in');
      return { ok: true, state, url: where };
    }
    if (state.state === 'signedOut' || state.state === 'checkpoint') {
      const reason = state.state === 'signedOut' ? 'linkedinAccountSignedOut' : 'securityCheckpoint';
      const message =
        state.state === 'signedOut'
          ? `LinkedIn shows a signed-out page (${state.kind}) at ${where}`
          : `LinkedIn shows a security checkpoint (${state.kind}) at ${where}`;
      await parkAccount(this.store, this.account, { reason, kind: state.kind, message });
      this.log.warn({ reason, kind: state.kind, url: where }, 'account parked');
      return {
        ok: false,
        state,
        url: where,
        failure: { reason, message: `${message}; account ${this.account} is parked` },
      };
    }
    // Not decidable. A load failure, a server error, a rate limit or a page that never rendered says
    // nothing about the account: fail this run without parking. A page that loaded, rendered and, twice, is
    // neither the signed-in app nor a known signed-out or checkpoint page is "anything but signed in"
    // (../shared/spec/product.md §4): park it, with a capture a maintainer can turn into a fixture, rather
    // than act on a page we cannot read.
    const capture = await this.capture(`session-unknown ${probe.error ?? ''}`);
    const transient = probeWasTransient(probe);
    const message =
      (transient
        ? `could not load LinkedIn to confirm that account ${this.account} is signed in at ${where}` +
          (probe.error
            ? ` (${scrubText(probe.error)})`
            : probe.status !== undefined && probe.status >= 400
              ? ` (HTTP ${probe.status})`
              : probe.settled === false
                ? ' (the page did not finish rendering)'
                : '')
        : `LinkedIn shows a page at ${where} that is not recognisably signed in`) +
      (capture ? `; capture: ${capture}` : '');
    if (!transient) {
      await parkAccount(this.store, this.account, {
        reason: 'linkedinAccountSignedOut',
        kind: 'unrecognized',
        message,
      });
      this.log.warn({ url: where, capture }, 'session state not recognisable; account parked');
      return {
        ok: false,
        state,
        url: where,
        failure: {
          reason: 'linkedinAccountSignedOut',
          message: `${message}; account ${this.account} is parked`,
        },
        capture,
      };
    }
    this.log.warn({ url: where, capture, status: probe.status }, 'session state unknown (load failed)');
    return {
      ok: false,
      state,
      url: where,
      failure: { reason: 'linkedinAccountSignedOut', message },
      capture,
    };
  }

  async beginAction(name: string): Promise<void> {
    if (!this.opts.traceDir) return;
    try {
      const b = await this.lease.browser();
      if (this.tracingOn !== b) {
        await b.context.tracing.start({
          screenshots: true,
          snapshots: true,
          sources: false,
          title: this.account,
        });
        this.tracingOn = b;
      }
      await b.context.tracing.startChunk({ title: name });
      this.chunk = { name, browser: b };
    } catch (err) {
      this.log.warn({ err: scrubText((err as Error).message) }, 'could not start the trace chunk');
    }
  }

  async endAction(name: string, failed: boolean): Promise<void> {
    const chunk = this.chunk;
    this.chunk = undefined;
    if (chunk && this.opts.traceDir) {
      const dir = this.opts.traceDir;
      const file = join(
        dir,
        `${String(++this.seq).padStart(3, '0')}-${captureSlug(name)}${failed ? '-failed' : ''}.zip`,
      );
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        chmodSync(dir, 0o700);
        const secrets = await sessionSecrets(chunk.browser.context);
        await chunk.browser.context.tracing.stopChunk({ path: file });
        if (scrubTraceFile(file, secrets))
          this.log.info({ trace: file }, 'trace written (open with: npx playwright show-trace)');
        else this.log.warn({ trace: file }, 'trace could not be scrubbed and was deleted');
      } catch (err) {
        this.log.warn({ err: scrubText((err as Error).message) }, 'could not write the trace');
      }
    }
    if (failed && this.opts.pauseOnFailure) {
      if (!this.opts.headed) {
        this.log.warn({ action: name }, '--pause-on-failure needs --headed; not pausing');
        return;
      }
      const page = this.lease.currentPage();
      if (page) {
        this.log.info(
          { action: name },
          'paused at the failure: inspect in the Playwright Inspector, then press Resume',
        );
        await page.pause();
      }
    }
  }

  async close(opts?: { closeBrowser?: boolean }): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.chunk) await this.endAction(this.chunk.name, false);
    // A warm browser outlives this session: the next one starts its own tracing.
    if (this.tracingOn && !this.tracingOn.closed) await this.tracingOn.context.tracing.stop().catch(() => {});
    await this.lease.release({ closeNow: opts?.closeBrowser ?? false });
  }
}
