// Keeps each account's browser open across actions and workflows in one process (Crawlee's
// SessionPool/BrowserPool idea): a lease per user, the profile lock held while the browser is open,
// the browser closed after an idle timeout, and relaunched (with a log line) after a crash.
//
// Chromium exits by itself when this process dies: Playwright talks to it over a pipe and Chromium
// shuts down when the pipe closes (verified by test/session/orphans.test.ts with SIGKILL), so no
// separate watchdog process is needed. The lock left by a killed process is recovered by
// profile-lock.ts once its owner is verified dead, and a Chromium that outlived its owner is reaped
// before the next launch (orphans.ts).
import type { Logger } from 'pino';
import type { Page } from 'playwright';
import { LaunchedBrowser, type LaunchRequest } from '../browser/browser-launcher.ts';
import { chromiumMemoryMB } from '../browser/chromium-memory.ts';
import { reapOrphanedChromium } from '../browser/orphans.ts';
import { SessionFailureError } from '../errors/error-types.ts';
import { rootLogger } from '../log/logger.ts';
import { acquireProfileLock, type ProfileLock } from './profile-lock.ts';

export interface SessionPlan {
  /** Identifies the profile: one entry per LINKWRIGHT_HOME + account. */
  key: string;
  account: string;
  accountDir: string;
  /** Shown to another process that finds the account busy ("run", "login", "selfcheck"). */
  purpose: string;
  launch: LaunchRequest;
  idleTimeoutMs: number;
}

export interface PoolLease {
  /** The account's work page: created on first use, replaced if closed; relaunches a crashed browser. */
  page(): Promise<Page>;
  /** The launched browser (relaunched if it crashed). */
  browser(): Promise<LaunchedBrowser>;
  /** The browser if it is open right now, without launching. */
  current(): LaunchedBrowser | undefined;
  /** The work page if one is open right now, without creating one. */
  currentPage(): Page | undefined;
  /** Ends this user's lease; the browser stays open for the idle timeout, or closes now. */
  release(opts?: { closeNow?: boolean }): Promise<void>;
}

function sameMode(a: SessionPlan, b: SessionPlan): boolean {
  return (
    a.launch.headless === b.launch.headless &&
    (a.launch.slowMo ?? 0) === (b.launch.slowMo ?? 0) &&
    a.launch.origin === b.launch.origin &&
    a.launch.executablePath === b.launch.executablePath &&
    JSON.stringify(a.launch.identity) === JSON.stringify(b.launch.identity) &&
    JSON.stringify(a.launch.resources) === JSON.stringify(b.launch.resources)
  );
}

class PoolEntry {
  users = 0;
  /** When a user last took or returned this entry (least recently used is evicted first). */
  lastUsedAt = Date.now();
  private lock: ProfileLock | undefined;
  private launched: LaunchedBrowser | undefined;
  private launching: Promise<LaunchedBrowser> | undefined;
  private workPage: Page | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private crashed = false;
  closed = false;

  constructor(
    readonly plan: SessionPlan,
    public log: Logger,
    private readonly onClosed: (e: PoolEntry) => void,
    private readonly onLaunched: () => void = () => {},
  ) {}

  current(): LaunchedBrowser | undefined {
    return this.launched && !this.launched.closed ? this.launched : undefined;
  }

  async browser(): Promise<LaunchedBrowser> {
    if (this.closed) throw new Error(`session for ${this.plan.account} is closed`);
    const open = this.current();
    if (open) return open;
    this.launching ??= this.launch().finally(() => {
      this.launching = undefined;
    });
    return this.launching;
  }

  private async launch(): Promise<LaunchedBrowser> {
    this.lock ??= acquireProfileLock({
      account: this.plan.account,
      accountDir: this.plan.accountDir,
      log: this.log,
      purpose: this.plan.purpose,
    });
    const afterCrash = this.crashed;
    let b: LaunchedBrowser;
    try {
      await reapOrphanedChromium(this.plan.launch.profileDir, this.log);
      b = await LaunchedBrowser.launch(this.plan.launch);
      this.onLaunched();
    } catch (err) {
      // Without a browser the lock protects nothing: let others (login, another run) have it.
      this.lock.release();
      this.lock = undefined;
      throw err;
    }
    b.onClose((unexpected) => {
      if (this.launched !== b) return;
      this.launched = undefined;
      this.workPage = undefined;
      if (unexpected && !this.closed) {
        this.crashed = true;
        this.log.warn(
          'Chromium disconnected unexpectedly (crashed or killed); it will be relaunched on next use',
        );
      }
    });
    this.launched = b;
    this.crashed = false;
    if (afterCrash) this.log.warn('relaunched Chromium after a crash; continuing');
    else this.log.info({ headless: this.plan.launch.headless }, 'Chromium launched');
    return b;
  }

  currentPage(): Page | undefined {
    return this.current() && this.workPage && !this.workPage.isClosed() ? this.workPage : undefined;
  }

  async page(): Promise<Page> {
    const b = await this.browser();
    if (!this.workPage || this.workPage.isClosed()) this.workPage = await b.newWorkPage();
    return this.workPage;
  }

  acquire(log: Logger): void {
    this.log = log;
    this.users++;
    this.lastUsedAt = Date.now();
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = undefined;
    }
  }

  async releaseOne(closeNow: boolean): Promise<void> {
    this.users = Math.max(0, this.users - 1);
    this.lastUsedAt = Date.now();
    if (this.users > 0) return;
    if (closeNow) {
      await this.close();
      return;
    }
    this.idleTimer = setTimeout(() => {
      this.log.info('closing the idle browser');
      void this.close();
    }, this.plan.idleTimeoutMs);
    // An idle browser must not keep a finished CLI process alive on its own account.
    this.idleTimer.unref();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.onClosed(this);
    try {
      await this.launching?.catch(() => undefined);
      await this.launched?.close();
    } finally {
      this.launched = undefined;
      this.lock?.release();
      this.lock = undefined;
    }
  }
}

export interface SessionPoolOptions {
  /**
   * At most this many browsers open at once (each Chromium costs a few hundred MB: this is the memory
   * cap). Opening one more closes the least recently used idle one; busy ones are never closed.
   */
  maxOpen?: number;
  /**
   * A memory cap in MB over the open browsers (PSS of their Chromium process trees, read from /proc):
   * before another browser opens, least recently used idle ones are closed while the open ones plus one
   * more of their average size would exceed it; and when a workflow returns its browser (and on
   * `trimToMemoryCap`), idle ones above the cap close too, keeping the most recently used. Busy ones are
   * never closed, so the cap can be exceeded while every open browser is running a workflow. Default: none.
   */
  maxMemoryMB?: number;
}

export class SessionPool {
  private readonly entries = new Map<string, PoolEntry>();
  private launchCount = 0;
  private readonly maxOpen: number;
  private readonly maxMemoryMB: number | undefined;
  private trimming = false;

  constructor(opts: SessionPoolOptions = {}) {
    this.maxOpen = opts.maxOpen ?? Number.POSITIVE_INFINITY;
    this.maxMemoryMB = opts.maxMemoryMB;
  }

  /** Chromium launches by this pool so far (a warm reuse launches none). */
  get launches(): number {
    return this.launchCount;
  }

  /** Memory (MB, PSS) of each entry's running browser now; entries without one are left out. */
  memoryMB(): Map<string, number> {
    const open = [...this.entries.values()].filter((e) => e.current());
    const byDir = chromiumMemoryMB(open.map((e) => e.plan.launch.profileDir));
    return new Map(open.map((e) => [e.plan.key, byDir.get(e.plan.launch.profileDir) ?? 0]));
  }

  /** Why one more browser does not fit now (maxOpen, or the memory cap), or null when it does. */
  private overCap(): { maxOpen: number } | { usedMB: number; maxMemoryMB: number } | null {
    if (this.entries.size >= this.maxOpen) return { maxOpen: this.maxOpen };
    if (this.maxMemoryMB === undefined) return null;
    const sizes = [...this.memoryMB().values()];
    if (sizes.length === 0) return null;
    const usedMB = sizes.reduce((a, b) => a + b, 0);
    // The browser about to open will weigh about what the open ones weigh on average.
    return usedMB + usedMB / sizes.length > this.maxMemoryMB
      ? { usedMB: Math.round(usedMB), maxMemoryMB: this.maxMemoryMB }
      : null;
  }

  /** The least recently used entry no workflow is using (that one may close), bar `keep`. */
  private leastRecentlyUsedIdle(keep?: PoolEntry): PoolEntry | undefined {
    return [...this.entries.values()]
      .filter((e) => e.users === 0 && e !== keep)
      .sort((a, b) => a.lastUsedAt - b.lastUsedAt)[0];
  }

  /** Closes least recently used idle browsers until one more fits under maxOpen and the memory cap. */
  private async evictForOneMore(log: Logger): Promise<void> {
    for (let over = this.overCap(); over; over = this.overCap()) {
      const idle = this.leastRecentlyUsedIdle();
      if (!idle) return; // every open browser is busy: the caller's concurrency bounds them
      log.info({ evicted: idle.plan.account, ...over }, 'closing the least recently used browser');
      await idle.close();
    }
  }

  /**
   * Browsers grow while they work: closes least recently used idle browsers while the open ones weigh
   * more than the memory cap, always keeping the most recently used one (so a cap below one browser
   * still keeps one account warm, as at checkout). Returns how many it closed.
   */
  async trimToMemoryCap(log: Logger): Promise<number> {
    if (this.maxMemoryMB === undefined || this.trimming) return 0;
    this.trimming = true;
    let closed = 0;
    try {
      for (;;) {
        const sizes = this.memoryMB();
        if (sizes.size < 2) return closed;
        const usedMB = [...sizes.values()].reduce((a, b) => a + b, 0);
        if (usedMB <= this.maxMemoryMB) return closed;
        const newest = [...this.entries.values()].reduce<PoolEntry | undefined>(
          (a, e) => (a === undefined || e.lastUsedAt > a.lastUsedAt ? e : a),
          undefined,
        );
        const idle = this.leastRecentlyUsedIdle(newest);
        if (!idle) return closed;
        log.info(
          { evicted: idle.plan.account, usedMB: Math.round(usedMB), maxMemoryMB: this.maxMemoryMB },
          'closing the least recently used browser: the open ones are over the memory cap',
        );
        await idle.close();
        closed++;
      }
    } finally {
      this.trimming = false;
    }
  }

  /** Leases the account's browser (launching it, and taking its profile lock, on first use). */
  async checkout(plan: SessionPlan, log: Logger): Promise<PoolLease> {
    let entry = this.entries.get(plan.key);
    if (entry && !sameMode(entry.plan, plan)) {
      if (entry.users > 0) {
        throw new SessionFailureError(
          'accountBusy',
          `account ${plan.account} is already open in this process with other settings (headed/slow-mo/identity)`,
        );
      }
      await entry.close();
      entry = undefined;
    }
    if (!entry) {
      await this.evictForOneMore(log);
      // Another checkout of the same account may have created it while we closed a browser.
      entry = this.entries.get(plan.key);
    }
    if (!entry) {
      entry = new PoolEntry(
        plan,
        log,
        (e) => {
          if (this.entries.get(e.plan.key) === e) this.entries.delete(e.plan.key);
        },
        () => {
          this.launchCount++;
        },
      );
      this.entries.set(plan.key, entry);
    }
    const e = entry;
    e.acquire(log);
    let released = false;
    return {
      page: () => e.page(),
      browser: () => e.browser(),
      current: () => e.current(),
      currentPage: () => e.currentPage(),
      release: async (opts) => {
        if (released) return;
        released = true;
        await e.releaseOne(opts?.closeNow ?? false);
        // Off the workflow's path: reading /proc and closing a browser must not delay its result.
        void this.trimToMemoryCap(log).catch((err: unknown) =>
          log.warn({ err: (err as Error).message }, 'memory cap check failed'),
        );
      },
    };
  }

  /** Open entries (for tests and status). */
  get size(): number {
    return this.entries.size;
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => e.close()));
  }
}

let defaultPool: SessionPool | undefined;

/** The process-wide pool the runner and CLI commands share. */
export function defaultSessionPool(): SessionPool {
  defaultPool ??= new SessionPool();
  return defaultPool;
}

/** Closes every browser this process opened and releases their locks (call before a CLI command exits). */
export async function closeAllSessions(): Promise<void> {
  if (!defaultPool) return;
  try {
    await defaultPool.closeAll();
  } catch (err) {
    rootLogger().warn({ err: (err as Error).message }, 'closing sessions failed');
  }
}
