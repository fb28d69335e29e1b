// Navigation with a bounded wait. LinkedIn pages never reach 'load'/'networkidle' reliably (long-polling,
// trackers): we wait for DOMContentLoaded only; SDUI pages are empty at that point, so the page objects
// then wait (bounded) for their own "hydrated" signal (drivers/linkedin/page-state.ts waitForReading).
import type { Page } from 'playwright';

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
    const response = await page.goto(url, {
      waitUntil: 'domcontentloaded',
      timeout: opts.timeoutMs ?? 30_000,
    });
    return { ok: true, finalUrl: page.url(), status: response?.status() ?? null };
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return { ok: false, finalUrl: page.url(), reason };
  }
}
