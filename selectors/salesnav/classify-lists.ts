// Sales Navigator's list page kinds (../shared/spec/linkedin-dom.md A19): the lead and account search
// (`/sales/search/people`, `/sales/search/company`: `salesSearch`) and the account page
// (`/sales/company/<id>`: `salesCompany`). URL first; for a saved page whose address is unknown, the
// search result rows (`data-x-search-result`) or the account top card.
import type { PageSignals } from '../linkedin/signals.ts';
import type { UrlFacts } from '../linkedin/urls.ts';

export type SalesListPage = 'salesSearch' | 'salesCompany';

export function classifySalesListPage(
  s: Pick<PageSignals, 'salesNav'>,
  url: Pick<UrlFacts, 'page'>,
): SalesListPage | null {
  if (url.page === 'salesSearch') return 'salesSearch';
  if (url.page === 'salesCompany') return 'salesCompany';
  const sn = s.salesNav;
  if (sn.searchResultLeads > 0 || sn.searchResultAccounts > 0) return 'salesSearch';
  if (sn.accountTopCard) return 'salesCompany';
  return null;
}

/**
 * `people` and `ready` of a list page. A lead search counts its rendered lead rows (placeholders not
 * yet scrolled into view are not people yet); an account search and the account page list no people
 * (null). Ready: rows rendered, or an empty result list (no rows at all); the account page once its
 * top card is there, or once the app rendered something else in its main (an unavailable account —
 * drivers give a top card a moment more before calling it that).
 */
export function salesListFacts(
  page: SalesListPage,
  s: Pick<PageSignals, 'salesNav' | 'markers'>,
): { people: number | null; ready: boolean } {
  const sn = s.salesNav;
  if (page === 'salesCompany')
    return {
      people: null,
      ready: sn.accountTopCard || (sn.hueApp && s.markers.mainPresent && !s.markers.mainEmpty),
    };
  const rendered = sn.searchResultLeads + sn.searchResultAccounts;
  const people = sn.searchResultAccounts > 0 && sn.searchResultLeads === 0 ? null : sn.searchResultLeads;
  return { people, ready: rendered > 0 || (sn.hueApp && sn.searchResultRows === 0) };
}
