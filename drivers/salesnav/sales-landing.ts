// Opening a Sales Navigator page and naming where it landed: the wanted page, Sales Navigator's upsell
// (the account has no seat: Sales Navigator sends it away from /sales/ — to the Premium products page or
// its own sign-up/contract pages), or something else. Decided from the address first, then the page kind.
import { navigate } from '../shared/navigation.ts';
import { dismissTeachingBubbles } from './teaching-bubbles.ts';
import { assertSession, readState, waitForReading, type Reading } from '../linkedin/page-state.ts';
import type { LinkedInSession } from '../linkedin/session.ts';
import { pageUrl } from '../../selectors/url/linkedin-url.ts';
import type { PageKind } from '../../selectors/linkedin/index.ts';
import { isSalesNavUpsellAddress } from '../../selectors/salesnav/classify-page.ts';

export type SalesLanding =
  | { kind: 'page'; reading: Reading }
  /** The account has no Sales Navigator seat. */
  | { kind: 'noSalesNavigator'; path: string }
  | { kind: 'other'; reading: Reading };

/**
 * After asking for a /sales/ page: the account has no seat when Sales Navigator sent it away from /sales/
 * altogether, or to its own upsell / sign-up address (the one rule the classifier also uses).
 */
export function isNoSeatAddress(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    !/^\/sales(\/|$)/.test(u.pathname) || isSalesNavUpsellAddress({ path: u.pathname, search: u.search })
  );
}

/**
 * Navigates to `path` (a /sales/ address on the session origin), waits (bounded) until the page of
 * `kind` is ready, and dismisses teaching bubbles over it.
 */
export async function openSalesPage(s: LinkedInSession, path: string, kind: PageKind): Promise<SalesLanding> {
  const nav = await navigate(s.page, pageUrl(s.origin, path), {
    timeoutMs: s.timeouts.navigationMs,
    ...(s.signal ? { signal: s.signal } : {}),
  });
  if (!nav.ok) throw new Error(`Sales Navigator navigation failed: ${nav.reason}`);
  let r = await readState(s);
  assertSession(r);
  if (isNoSeatAddress(r.url)) {
    s.log?.info({ page: r.state.page }, 'Sales Navigator sent the account to its upsell');
    return { kind: 'noSalesNavigator', path: new URL(r.url).pathname };
  }
  r = await waitForReading(s, (x) => x.state.page !== kind || x.state.ready, s.timeouts.hydrationMs);
  assertSession(r);
  if (r.state.page !== kind) return { kind: 'other', reading: r };
  await dismissTeachingBubbles(s);
  return { kind: 'page', reading: r };
}
