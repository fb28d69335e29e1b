// The base every page object stands on: the page, pacing, the action's AbortSignal, a logger and the
// budgets, plus the three mechanics each of them needs — a bounded poll, a human click, and a Control
// (an intent handed to the caller instead of a Locator). Site-specific finding (descriptors) is added
// by the site's own base (drivers/linkedin/linkedin-page.ts).
import type { Logger } from 'pino';
import type { Locator, Page } from 'playwright';
import { pollUntil, throwIfAborted } from './bounded.ts';
import type { Pacing } from './pacing.ts';

/** What a page object works with; a site's session type extends it. */
export interface PageEnv {
  page: Page;
  pacing: Pacing;
  signal?: AbortSignal;
  log?: Logger;
  timeouts: {
    /** One click / fill. */
    actionMs: number;
  };
}

/**
 * A control a page object found, handed to the caller as an intent: the caller decides when to fire it
 * (after writing its journal entry) but never holds the Locator.
 */
export interface Control {
  /** The descriptor id (or a short name) of the control, for logs. */
  readonly name: string;
  /** One human click (pacing pause, bounded). Never repeated by the driver. */
  click(): Promise<void>;
}

export interface ClickOptions {
  /**
   * Kept for callers' intent (dialog controls pass false). Playwright's click scrolls its target into
   * view itself, so no separate scroll call is made either way (it cost a round trip per click).
   */
  scroll?: boolean;
}

/** Bounded poll with the env's AbortSignal: `probe` until it returns a value, or `undefined` after `timeoutMs`. */
export function pollFor<T>(
  env: Pick<PageEnv, 'signal'>,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  intervalMs = 100,
): Promise<T | undefined> {
  return pollUntil(probe, { timeoutMs, intervalMs, ...(env.signal ? { signal: env.signal } : {}) });
}

/**
 * One human click: the pacing pause, then a click bounded by `actionMs` (which scrolls the target into
 * view, waits for it to be stable and enabled, and clicks its centre).
 */
export async function humanClick(env: PageEnv, target: Locator, _opts: ClickOptions = {}): Promise<void> {
  throwIfAborted(env.signal);
  await env.pacing.pause('step');
  throwIfAborted(env.signal);
  await target.click({ timeout: env.timeouts.actionMs });
}

/** Wraps a found element as a Control. */
export function controlOf(env: PageEnv, name: string, target: Locator, opts: ClickOptions = {}): Control {
  return { name, click: () => humanClick(env, target, opts) };
}

export abstract class PageObject<E extends PageEnv = PageEnv> {
  constructor(protected readonly s: E) {}

  /** Re-runs `probe` (read-only) until it returns a value; bounded, aborts with the action. */
  protected poll<T>(
    probe: () => Promise<T | undefined>,
    timeoutMs: number,
    intervalMs = 100,
  ): Promise<T | undefined> {
    return pollFor(this.s, probe, timeoutMs, intervalMs);
  }

  protected click(target: Locator, opts: ClickOptions = {}): Promise<void> {
    return humanClick(this.s, target, opts);
  }

  protected control(name: string, target: Locator, opts: ClickOptions = {}): Control {
    return controlOf(this.s, name, target, opts);
  }
}
