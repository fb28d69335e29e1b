// The health probe: open `${origin}/feed/` (or the page the first action opens, which that action then
// reads in place: one page load instead of two) and classify the session from URL and structure, with
// a bound on the navigation and on the wait for a decidable page (SDUI pages hydrate after
// DOMContentLoaded, and LinkedIn may redirect by script).
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright';
import { withTimeout } from '../browser/with-timeout.ts';
import { classifySessionState, type SessionState } from '../../selectors/linkedin/session-state.ts';
import {
  extractSessionSignals,
  SESSION_MARKERS,
  type SessionSignals,
} from '../../selectors/linkedin/session-signals.ts';

export interface ProbeOptions {
  navigationTimeoutMs?: number;
  /** How long to wait for the page to become decidable after navigation. */
  settleTimeoutMs?: number;
  pollMs?: number;
}

export interface ProbeResult {
  state: SessionState;
  url: string;
  /** Navigation error (first line), if the page could not be loaded. */
  error?: string;
  /** HTTP status of the navigation's response, when there was one. */
  status?: number;
  /**
   * Whether the page had finished loading and showed something to read when the probe gave up: an
   * unfinished load or an empty app shell (LinkedIn's scripts never hydrated it) says nothing about
   * the account.
   */
  settled?: boolean;
}

/**
 * A probe that says nothing about the account: the page could not be loaded, or LinkedIn answered
 * with a server error. Such a probe must not park the account (an outage would park every account);
 * a page that loaded fine and is still not recognisably signed in does.
 */
export function probeWasTransient(p: ProbeResult): boolean {
  const status = p.status ?? 200;
  return (
    p.error !== undefined ||
    p.url.startsWith('chrome-error://') ||
    status >= 500 ||
    status === 429 ||
    p.settled === false
  );
}

/** An app shell shows next to no text until its scripts render; a real page (any language) shows more. */
const MIN_SETTLED_TEXT = 80;

async function pageSettled(page: Page): Promise<boolean> {
  try {
    return await withTimeout(
      page.evaluate(
        (min) => document.readyState === 'complete' && (document.body?.innerText ?? '').trim().length >= min,
        MIN_SETTLED_TEXT,
      ),
      5_000,
      'reading the page',
    );
  } catch {
    return false;
  }
}

/** Classifies the page as it is now (no navigation); null signals while the page is navigating. */
export async function classifyCurrentPage(page: Page): Promise<{ state: SessionState; url: string }> {
  let signals: SessionSignals | undefined;
  try {
    signals = await withTimeout(
      page.evaluate(extractSessionSignals, SESSION_MARKERS),
      5_000,
      'reading the page',
    );
  } catch {
    // Execution context destroyed by a navigation, or a busy page: not decidable yet.
  }
  const url = page.url();
  return { state: signals ? classifySessionState(url, signals) : { state: 'unknown' }, url };
}

/** The first pause between two looks at a page that is not decidable yet; doubling up to `pollMs`. */
const FIRST_POLL_MS = 25;

/**
 * Loads `url` (default `${origin}/feed/`) and classifies the session there. Any signed-in LinkedIn page
 * carries the global navigation the classifier looks for; a caller passing another page must fall back
 * to /feed/ when that page is not decidable (a missing profile says nothing about the session).
 */
export async function probeSession(
  page: Page,
  origin: string,
  o: ProbeOptions = {},
  url = `${origin}/feed/`,
): Promise<ProbeResult> {
  const navigationTimeoutMs = o.navigationTimeoutMs ?? 30_000;
  const settleTimeoutMs = o.settleTimeoutMs ?? 10_000;
  const pollMs = o.pollMs ?? 250;
  let pause = Math.min(FIRST_POLL_MS, pollMs);
  let error: string | undefined;
  let status: number | undefined;
  try {
    const res = await page.goto(url, {
      waitUntil: 'domcontentloaded',
      timeout: navigationTimeoutMs,
    });
    status = res?.status();
  } catch (err) {
    error = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  }
  const deadline = Date.now() + settleTimeoutMs;
  for (;;) {
    const now = await classifyCurrentPage(page);
    const done = {
      ...now,
      ...(error !== undefined ? { error } : {}),
      ...(status !== undefined ? { status } : {}),
    };
    if (now.state.state !== 'unknown') return done;
    if (Date.now() >= deadline) return { ...done, settled: await pageSettled(page) };
    // Nothing will hydrate on the browser's own error page.
    if (error && now.url.startsWith('chrome-error://')) return done;
    // Most pages decide within tens of ms of DOMContentLoaded; a flat pause cost a whole `pollMs`.
    await sleep(pause);
    pause = Math.min(pause * 2, pollMs);
  }
}
