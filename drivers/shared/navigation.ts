// Navigation with a bounded wait. LinkedIn pages never reach 'load'/'networkidle' reliably (long-polling,
// trackers): we wait for DOMContentLoaded only; SDUI pages are empty at that point, so the page objects
// then wait (bounded) for their own "hydrated" signal (drivers/linkedin/page-state.ts waitForReading).
import pRetry from 'p-retry';
import type { Page } from 'playwright';

/** Network hiccups worth another try; a refused or unknown URL is not one of them. */
const TRANSIENT =
  /Timeout|net::ERR_(CONNECTION_(RESET|CLOSED|REFUSED|ABORTED)|NETWORK_CHANGED|TIMED_OUT|EMPTY_RESPONSE|INTERNET_DISCONNECTED)/;

export interface NavigateOptions {
  /** Budget for the document itself (default 30 s). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export type NavigationResult =
  | { ok: true; finalUrl: string; status: number | null }
  /** The request failed (network error, or the replay refused an unknown URL). */
  | { ok: false; finalUrl: string; reason: string };

export async function navigate(
  page: Page,
  url: string,
  opts: NavigateOptions = {},
): Promise<NavigationResult> {
  try {
    // Loading a page is safe to repeat (a GET; the click that has a side effect is never retried).
    const response = await pRetry(
      () => page.goto(url, { waitUntil: 'domcontentloaded', timeout: opts.timeoutMs ?? 30_000 }),
      {
        retries: 2,
        minTimeout: 1_000,
        maxTimeout: 4_000,
        randomize: true,
        shouldRetry: ({ error }) => TRANSIENT.test(error.message) && !opts.signal?.aborted,
        ...(opts.signal ? { signal: opts.signal } : {}),
      },
    );
    return { ok: true, finalUrl: page.url(), status: response?.status() ?? null };
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return { ok: false, finalUrl: page.url(), reason };
  }
}
