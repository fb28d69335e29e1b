// Warm sessions for a long-lived worker: each account's Chromium stays open between workflows in one
// session pool (idle timeout from browser settings, at most `maxOpen` browsers and, when set,
// `maxMemoryMB` of memory, least recently used idle one closed first), and the health probe runs
// only when the browser is new or was not seen healthy for `staleAfterMs` — so a second workflow for
// a warm account costs neither a launch nor a probe.
import type { LaunchedBrowser } from '../browser/browser-launcher.ts';
import { SessionPool } from '../session/session-pool.ts';

export interface WarmSessionsOptions {
  /** Browsers open at once. Default 4. */
  maxOpen?: number;
  /** Memory of the open browsers in MB (PSS of their Chromium process trees). Default: no cap. */
  maxMemoryMB?: number;
  /** Probe again when a browser was not seen healthy for this long. Default 10 minutes. */
  staleAfterMs?: number;
}

export class WarmSessions {
  readonly pool: SessionPool;
  readonly staleAfterMs: number;
  /** Keyed by the launched browser itself: a relaunch (crash, eviction, idle close) is probed again. */
  private readonly healthyAt = new WeakMap<LaunchedBrowser, number>();

  constructor(opts: WarmSessionsOptions = {}) {
    this.pool = new SessionPool({
      maxOpen: opts.maxOpen ?? 4,
      ...(opts.maxMemoryMB !== undefined ? { maxMemoryMB: opts.maxMemoryMB } : {}),
    });
    this.staleAfterMs = opts.staleAfterMs ?? 10 * 60_000;
  }

  needsProbe(browser: LaunchedBrowser, now: number = Date.now()): boolean {
    const at = this.healthyAt.get(browser);
    return at === undefined || now - at > this.staleAfterMs;
  }

  /** The browser was seen signed in (probe passed, or a workflow ran in it without a session failure). */
  markHealthy(browser: LaunchedBrowser, now: number = Date.now()): void {
    this.healthyAt.set(browser, now);
  }

  async close(): Promise<void> {
    await this.pool.closeAll();
  }
}
