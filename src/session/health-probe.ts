// The health probe: open `${origin}/feed/` and classify the session from URL and structure, with a
// bound on the navigation and on the wait for a decidable page (SDUI pages hydrate after
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

export async function probeSession(page: Page, origin: string, o: ProbeOptions = {}): Promise<ProbeResult> {
  const navigationTimeoutMs = o.navigationTimeoutMs ?? 30_000;
  const settleTimeoutMs = o.settleTimeoutMs ?? 10_000;
  const pollMs = o.pollMs ?? 250;
  let error: string | undefined;
  try {
    await page.goto(`${origin}/feed/`, { waitUntil: 'domcontentloaded', timeout: navigationTimeoutMs });
  } catch (err) {
    error = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  }
  const deadline = Date.now() + settleTimeoutMs;
  for (;;) {
    const now = await classifyCurrentPage(page);
    if (now.state.state !== 'unknown' || Date.now() >= deadline) return { ...now, error };
    // Nothing will hydrate on the browser's own error page.
    if (error && now.url.startsWith('chrome-error://')) return { ...now, error };
    await sleep(pollMs);
  }
}
