// Launches one account's persistent Chromium with its identity, the stealth evasions, a coherent
// user agent and resource blocking, and hands out prepared pages. Knows nothing about accounts,
// locks or LinkedIn: src/session decides what to launch and when.
import { chmodSync, mkdirSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright';
import { SessionFailureError } from '../errors/error-types.ts';
import type { ResourcePolicy } from './browser-settings.ts';
import { baseChromiumArgs } from './chromium-args.ts';
import {
  applyFingerprint,
  buildFingerprint,
  probeNativeHints,
  reducedUserAgent,
  type BrowserFingerprint,
} from './fingerprint.ts';
import { readCachedHints, writeCachedHints } from './native-hints-cache.ts';
import { installResourceBlocking } from './resource-blocking.ts';
import { assertProfileNotNewer } from './profile-version.ts';
import { DISABLED_EVASIONS, launchStealthContext } from './stealth-launcher.ts';

export interface LaunchIdentity {
  /** BCP 47, e.g. "en-US". */
  locale: string;
  /** IANA zone, e.g. "Europe/Berlin". */
  timezone: string;
  viewport: { width: number; height: number };
  proxy?: { server: string; username?: string; password?: string; bypass?: string };
  /** WebGL vendor/renderer the page reports; undefined = the browser's own. */
  webgl?: { vendor: string; renderer: string };
}

export interface LaunchRequest {
  profileDir: string;
  executablePath: string;
  /** Full version of that binary, e.g. "156.0.8078.79". */
  browserVersion: string;
  headless: boolean;
  slowMo?: number;
  identity: LaunchIdentity;
  resources: ResourcePolicy;
  /** LinkedIn origin of the run: never blocked. */
  origin: string;
  launchTimeoutMs?: number;
}

export function launchArgs(req: Pick<LaunchRequest, 'headless' | 'identity' | 'browserVersion'>): string[] {
  const args = [
    ...baseChromiumArgs(),
    `--lang=${req.identity.locale}`,
    `--accept-lang=${req.identity.locale}`,
  ];
  // Headless only: the headed browser's own user agent is already right (see fingerprint.ts).
  if (req.headless) args.push(`--user-agent=${reducedUserAgent(req.browserVersion)}`);
  return args;
}

export class LaunchedBrowser {
  private readonly prepared = new WeakMap<Page, Promise<void>>();
  private closing = false;
  /** The first work page, opened during launch (see launch()); handed out once by newWorkPage(). */
  private spare: Promise<Page> | undefined;
  private closeListeners: ((unexpected: boolean) => void)[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly firstTab: Page | undefined,
    readonly fingerprint: BrowserFingerprint | undefined,
    private readonly req: LaunchRequest,
  ) {
    context.on('close', () => {
      const unexpected = !this.closing;
      this.closing = true;
      for (const l of this.closeListeners) l(unexpected);
    });
    // Pages the site opens (popups) get the same preparation; ours await it in newWorkPage().
    context.on('page', (p) => {
      void this.preparePage(p).catch(() => {});
    });
  }

  static async launch(req: LaunchRequest): Promise<LaunchedBrowser> {
    mkdirSync(req.profileDir, { recursive: true, mode: 0o700 });
    chmodSync(req.profileDir, 0o700);
    assertProfileNotNewer(req.profileDir, req.browserVersion, req.executablePath);
    let context: BrowserContext;
    const args = launchArgs(req);
    try {
      context = await launchStealthContext({
        executablePath: req.executablePath,
        profileDir: req.profileDir,
        headless: req.headless,
        slowMo: req.slowMo,
        args,
        env: { ...stringEnv(process.env), TZ: req.identity.timezone },
        locale: req.identity.locale,
        timezoneId: req.identity.timezone,
        viewport: req.identity.viewport,
        proxy: req.identity.proxy,
        webgl: req.identity.webgl,
        timeoutMs: req.launchTimeoutMs,
      });
    } catch (err) {
      const noDisplay =
        !req.headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
      throw new SessionFailureError(
        'browserUnavailable',
        `Chromium ${req.executablePath} did not start: ${firstLine(err)}` +
          (noDisplay ? ' (a headed browser needs a display: DISPLAY is not set; try xvfb-run)' : ''),
      );
    }
    const firstTab = context.pages()[0];
    let fingerprint: BrowserFingerprint | undefined;
    try {
      if (req.headless) {
        const key = {
          executablePath: req.executablePath,
          browserVersion: req.browserVersion,
          args,
          disabledEvasions: [...DISABLED_EVASIONS],
        };
        let native = readCachedHints(req.profileDir, key);
        if (!native) {
          native = await probeNativeHints(firstTab ?? (await context.newPage()));
          writeCachedHints(req.profileDir, key, native);
        }
        fingerprint = buildFingerprint(native, req.browserVersion, req.identity.locale);
      }
    } catch (err) {
      await context.close().catch(() => {});
      throw new SessionFailureError(
        'browserUnavailable',
        `Chromium started but could not be prepared: ${firstLine(err)}`,
      );
    }
    const launched = new LaunchedBrowser(context, firstTab, fingerprint, req);
    // A work page is almost always the next thing asked for, and Chromium takes 150–350 ms to make
    // one (a new renderer): start it now, while the first tab is prepared and the caller records
    // the launch (bench/README.md).
    launched.spare = launched.openWorkPage();
    launched.spare.catch(() => {}); // a failure surfaces in newWorkPage()
    // The first tab never does work, but it is made coherent too: nothing the profile shows is left unpatched.
    if (firstTab) {
      try {
        await launched.preparePage(firstTab);
      } catch (err) {
        // Without this close, Chromium would outlive the failed launch while the pool frees the lock.
        await launched.close();
        throw new SessionFailureError(
          'browserUnavailable',
          `Chromium started but could not be prepared: ${firstLine(err)}`,
        );
      }
    }
    return launched;
  }

  get closed(): boolean {
    return this.closing;
  }

  /** Called once when the context closes; `unexpected` = crash or disconnect, not close(). */
  onClose(listener: (unexpected: boolean) => void): void {
    this.closeListeners.push(listener);
  }

  /** Fingerprint override and resource blocking on one page, once. */
  preparePage(page: Page): Promise<void> {
    let p = this.prepared.get(page);
    if (!p) {
      p = this.setUpPage(page);
      this.prepared.set(page, p);
    }
    return p;
  }

  private async setUpPage(page: Page): Promise<void> {
    const session: CDPSession = await this.context.newCDPSession(page);
    // Two domains, independent: sent together, one round trip.
    await Promise.all([
      this.fingerprint ? applyFingerprint(session, this.fingerprint) : undefined,
      installResourceBlocking(session, this.req.resources, this.req.origin),
    ]);
  }

  /** A new, prepared page for work (never the first tab). */
  async newWorkPage(): Promise<Page> {
    const spare = this.spare;
    this.spare = undefined;
    if (spare) {
      const page = await spare.catch(() => undefined);
      if (page && !page.isClosed()) return page;
    }
    return this.openWorkPage();
  }

  private async openWorkPage(): Promise<Page> {
    const page = await this.context.newPage();
    try {
      await this.preparePage(page);
    } catch (err) {
      // An unprepared page (no fingerprint, no resource blocking) must not stay open in the profile.
      await page.close().catch(() => {});
      throw err;
    }
    return page;
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await this.context.close().catch(() => {});
  }
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (typeof v === 'string') out[k] = v;
  return out;
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0] ?? msg;
}
