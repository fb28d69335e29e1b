// Sales Navigator page kinds (../shared/spec/linkedin-dom.md A19): the "hue" Ember app under /sales/. URL
// first (/sales/lead/…, /sales/people/…, /sales/search/people…), then its durable data-x-* / data-anonymize
// hooks for saved pages whose address is unknown.
import type { PageSignals } from '../linkedin/signals.ts';
import type { UrlFacts } from '../linkedin/urls.ts';

export type SalesNavPage = 'salesLead' | 'salesSearch';

export function classifySalesNavPage(
  s: Pick<PageSignals, 'salesNav'>,
  url: Pick<UrlFacts, 'page'>,
): SalesNavPage | null {
  if (url.page === 'salesLead') return 'salesLead';
  if (url.page === 'salesSearch') return 'salesSearch';
  const sn = s.salesNav;
  // Unknown address: the lead page's action bar, or search result rows of type LEAD.
  if (sn.searchResultLeads > 0) return 'salesSearch';
  if (sn.leadActionsBar || sn.leadOverflow) return 'salesLead';
  return null;
}
