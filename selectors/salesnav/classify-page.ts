// Sales Navigator page kinds (../shared/spec/linkedin-dom.md A19): the "hue" Ember app under /sales/. URL
// first (/sales/lead/…, /sales/people/…, /sales/search/people…), then its durable data-x-* / data-anonymize
// hooks for saved pages whose address is unknown.
import type { PageSignals } from '../linkedin/signals.ts';
import type { UrlFacts } from '../linkedin/urls.ts';
import { classifySalesListPage, type SalesListPage } from './classify-lists.ts';

export type SalesNavPage = 'salesLead' | SalesListPage;

export function classifySalesNavPage(
  s: Pick<PageSignals, 'salesNav'>,
  url: Pick<UrlFacts, 'page'>,
): SalesNavPage | null {
  if (url.page === 'salesLead') return 'salesLead';
  const list = classifySalesListPage(s, url);
  if (list) return list;
  const sn = s.salesNav;
  // Unknown address: the lead page's action bar.
  if (sn.leadActionsBar || sn.leadOverflow) return 'salesLead';
  return null;
}
