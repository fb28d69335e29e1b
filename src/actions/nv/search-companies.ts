// nv.searchCompanies: a Sales Navigator account search (keywords; sizes, locations, industries and annual
// revenue as Sales Navigator's own filters; or `customSearchUrl` as given), read across numbered pages up
// to `limit`; each account hands its hashed company URL to nv.doForCompanies' children.
import type { ActionOutcome, ListItem } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { salesCompanySearchPath, salesSearchPathOf } from '../../../selectors/url/sales-search-url.ts';
import { openSalesSearch } from './sales-search.ts';
import type { SalesAccount } from '../../../drivers/salesnav/search-results.ts';

export const ACTION_TYPE = 'nv.searchCompanies' as const;

function accountItem(a: SalesAccount): ListItem {
  return {
    data: {
      name: a.name,
      hashedUrl: a.hashedUrl,
      industry: a.industry,
      employeesCount: a.employeesCount,
      urn: a.companyId ? `urn:li:organization:${a.companyId}` : null,
    },
    ...(a.hashedUrl ? { subject: { kind: 'salesCompany' as const, companyHashedUrl: a.hashedUrl } } : {}),
  };
}

export const searchCompanies = defineAction({
  actionType: ACTION_TYPE,
  async run(ctx): Promise<ActionOutcome> {
    const p = ctx.params;
    const f = p.filter;
    const path = p.customSearchUrl
      ? salesSearchPathOf(p.customSearchUrl)
      : salesCompanySearchPath({
          keywords: p.term,
          sizes: f?.sizes,
          locations: f?.locations,
          industries: f?.industries,
          annualRevenue: f?.annualRevenue,
        });
    const open = await openSalesSearch(ctx, path);
    if (!open.ok) return open.outcome;
    const accounts = await open.page.readAccounts(p.limit);
    ctx.log.info({ count: accounts.length, limit: p.limit }, 'Sales Navigator accounts read');
    return { kind: 'list', items: accounts.map(accountItem) };
  },
});
