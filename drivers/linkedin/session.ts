// What every LinkedIn page object works with: the page, the origin it talks to (linkedin.com or a fixture
// server), human pacing, the action's AbortSignal, a logger for selector-drift breadcrumbs, and the
// budgets of each kind of wait.
import type { Logger } from 'pino';
import type { Page } from 'playwright';
import type { PageEnv } from '../shared/page-object.ts';
import type { Pacing } from '../shared/pacing.ts';

export interface Timeouts {
  /** The document itself (DOMContentLoaded). */
  navigationMs: number;
  /** SDUI hydration of the top card / lists (lazy action buttons can take ~10 s). */
  hydrationMs: number;
  /**
   * A dialog or menu to appear after a click (../shared/spec/linkedin-dom.md A2: the invite dialog mounts
   * late after the menu closes).
   */
  dialogMs: number;
  /** A click's visible effect (dialog closed, control flipped). */
  effectMs: number;
  /** One click / fill. */
  actionMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = {
  navigationMs: 30_000,
  hydrationMs: 15_000,
  dialogMs: 8_000,
  effectMs: 8_000,
  actionMs: 5_000,
};

export interface LinkedInSession extends PageEnv {
  page: Page;
  origin: string;
  pacing: Pacing;
  signal?: AbortSignal;
  log?: Logger;
  timeouts: Timeouts;
}

export function makeSession(opts: {
  page: Page;
  origin: string;
  pacing: Pacing;
  signal?: AbortSignal;
  log?: Logger;
  timeouts?: Partial<Timeouts>;
}): LinkedInSession {
  return {
    page: opts.page,
    origin: opts.origin,
    pacing: opts.pacing,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.log ? { log: opts.log } : {}),
    timeouts: { ...DEFAULT_TIMEOUTS, ...opts.timeouts },
  };
}
