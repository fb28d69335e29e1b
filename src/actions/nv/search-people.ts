// nv.searchPeople: a Sales Navigator lead search (keywords, filters, or the user's own `customSearchUrl`),
// read across numbered pages up to `limit`; each lead hands its lead URL to nv.doForPeople's children.
// Filters go into Sales Navigator's own `query=(…)` address (selectors/url/sales-search-url.ts), so the
// search Sales Navigator runs is the filtered one; `customSearchUrl` is opened as given (term and filter
// are then not added to it).
import type { ActionOutcome, ListItem } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { salesPeopleSearchPath, salesSearchPathOf } from '../../../selectors/url/sales-search-url.ts';
import { openSalesSearch } from './sales-search.ts';
import type { SalesLead } from '../../../drivers/salesnav/search-results.ts';

export const ACTION_TYPE = 'nv.searchPeople' as const;

/** The item of a lead list (nv.searchPeople, nv.retrieveCompanyEmployees, nv.retrieveCompanyDMs). */
export function leadItem(l: SalesLead): ListItem {
  const target = l.leadUrl ?? l.hashedUrl;
  return {
    data: {
      name: l.name,
      hashedUrl: l.hashedUrl,
      position: l.position,
      location: l.location,
      // Sales Navigator rows carry no member id.
      urn: null,
    },
    ...(target ? { subject: { kind: 'salesPerson' as const, personHashedUrl: target } } : {}),
  };
}

export const searchPeople = defineAction({
  actionType: ACTION_TYPE,
  async run(ctx): Promise<ActionOutcome> {
    const p = ctx.params;
    const f = p.filter;
    const path = p.customSearchUrl
      ? salesSearchPathOf(p.customSearchUrl)
      : salesPeopleSearchPath({
          keywords: p.term,
          firstName: f?.firstName,
          lastName: f?.lastName,
          titles: f?.position ? [f.position] : undefined,
          locations: f?.locations,
          industries: f?.industries,
          currentCompanies: f?.currentCompanies,
          previousCompanies: f?.previousCompanies,
          schools: f?.schools,
          yearsOfExperience: f?.yearsOfExperience,
        });
    const open = await openSalesSearch(ctx, path);
    if (!open.ok) return open.outcome;
    const leads = await open.page.readLeads(p.limit);
    ctx.log.info({ count: leads.length, limit: p.limit }, 'Sales Navigator leads read');
    return { kind: 'list', items: leads.map(leadItem) };
  },
});
