// Sales Navigator page kinds (../shared/spec/linkedin-dom.md A19, Part C rule 1): the "hue" Ember app under
// /sales/. One table: each kind's address first (every rule's path is tried before any structure), then its
// durable data-x-* / data-anonymize hooks for saved pages whose address is unknown. A new kind is a new row.
import type { PageSignals, SalesNavSignals } from '../linkedin/signals.ts';
import type { UrlFacts } from '../linkedin/urls.ts';
import { classifySalesListPage, type SalesListPage } from './classify-lists.ts';

export type SalesNavPage = 'salesLead' | 'salesInbox' | SalesListPage;

interface SalesPageRule {
  readonly page: SalesNavPage;
  /** The page's address (path only). */
  readonly path: RegExp;
  /** Structure that names the page when the address does not (saved pages, redirects). */
  readonly structure: (sn: SalesNavSignals) => boolean;
}

/**
 * The lead side's kinds; the list kinds (search, account page) come from classify-lists.ts, whose
 * structure is tried before these (a lead page never has search result rows or an account top card).
 */
export const SALES_PAGE_RULES: readonly SalesPageRule[] = [
  {
    page: 'salesLead',
    path: /^\/sales\/(?:lead|people)\//,
    structure: (sn) => sn.leadActionsBar || sn.leadOverflow,
  },
  { page: 'salesInbox', path: /^\/sales\/inbox(?:\/|$)/, structure: (sn) => sn.inbox },
];

export function classifySalesNavPage(
  s: Pick<PageSignals, 'salesNav'>,
  url: Pick<UrlFacts, 'page' | 'path'>,
): SalesNavPage | null {
  for (const r of SALES_PAGE_RULES) if (r.path.test(url.path)) return r.page;
  const list = classifySalesListPage(s, url);
  if (list) return list;
  for (const r of SALES_PAGE_RULES) if (r.structure(s.salesNav)) return r.page;
  return null;
}

/**
 * The account has no Sales Navigator seat: LinkedIn answered a /sales/ address with its upsell or sign-up
 * page (Premium products for the SALES family, or /sales/login|signup|upsell|trial|contract-chooser). Address first, then the
 * page's own marker. NOT VERIFIED against a real account without a seat (fixtures/linkedin/salesnav-upsell).
 */
export function isSalesNavUpsell(
  s: Pick<PageSignals, 'salesNav'>,
  url: Pick<UrlFacts, 'path'> & { search?: string },
): boolean {
  return isSalesNavUpsellAddress(url) || s.salesNav.upsell;
}

/** The upsell / sign-up address alone (no page read needed). */
export function isSalesNavUpsellAddress(url: Pick<UrlFacts, 'path'> & { search?: string }): boolean {
  if (/^\/sales\/(?:login|signup|upsell|trial|contract-chooser)(?:\/|$)/.test(url.path)) return true;
  return /^\/premium\/products(?:\/|$)/.test(url.path) && /family=SALES/.test(url.search ?? '');
}
