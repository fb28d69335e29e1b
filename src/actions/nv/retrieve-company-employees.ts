// nv.retrieveCompanyEmployees: the account's employees, as Sales Navigator lists them — a lead search by
// current company (the account page's own "employees" link names it by id), with the action's filters
// added as Sales Navigator filters, read across numbered pages up to `limit`. Each employee hands its
// lead URL to nv.doForPeople's children.
import type { ActionOutcome } from '../../engine/types.ts';
import { salesPeopleSearchPath } from '../../../selectors/url/sales-search-url.ts';
import { defineAction } from '../kit/define-action.ts';
import { leadItem } from './search-people.ts';
import { openSalesSearch } from './sales-search.ts';
import { salesCompanyIdFor } from './sales-company.ts';

export const ACTION_TYPE = 'nv.retrieveCompanyEmployees' as const;

export const retrieveCompanyEmployees = defineAction({
  actionType: ACTION_TYPE,
  async run(ctx): Promise<ActionOutcome> {
    const company = salesCompanyIdFor(ctx);
    if (!company.ok) return company.outcome;
    const f = ctx.params.filter;
    const path = salesPeopleSearchPath({
      currentCompanyIds: [company.id],
      firstName: f?.firstName,
      lastName: f?.lastName,
      titles: f?.positions,
      locations: f?.locations,
      industries: f?.industries,
      schools: f?.schools,
      yearsOfExperience: f?.yearsOfExperiences,
    });
    const open = await openSalesSearch(ctx, path);
    if (!open.ok) return open.outcome;
    const leads = await open.page.readLeads(ctx.params.limit);
    ctx.log.info({ count: leads.length, limit: ctx.params.limit }, 'Sales Navigator employees read');
    return { kind: 'list', items: leads.map(leadItem) };
  },
});
