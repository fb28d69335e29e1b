// nv.retrieveCompanyDMs: the account page's Decision makers (at most `limit`, Sales Navigator shows up to
// 20), read from that section only — the page's other lead cards (activity rail) are not decision makers.
// Under nv.openCompanyPage the page is already open; otherwise it is opened here.
import type { ActionOutcome, ListItem } from '../../engine/types.ts';
import { SalesAccountPage } from '../../../drivers/salesnav/account-page.ts';
import { countryCodeOf } from '../../../drivers/linkedin/basic-info.ts';
import { salesCompanyPath } from '../../../selectors/url/sales-search-url.ts';
import { defineAction } from '../kit/define-action.ts';
import { failure } from '../kit/outcomes.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';
import { NV_MESSAGES } from './nv-messages.ts';
import { leadItem } from './search-people.ts';
import { salesCompanyIdFor } from './sales-company.ts';

export const ACTION_TYPE = 'nv.retrieveCompanyDMs' as const;

export const retrieveCompanyDMs = defineAction({
  actionType: ACTION_TYPE,
  async run(ctx): Promise<ActionOutcome> {
    const company = salesCompanyIdFor(ctx);
    if (!company.ok) return company.outcome;
    const { browser, session } = await driverEnv(ctx);
    const page = new SalesAccountPage(session);
    let here = '';
    try {
      here = new URL(session.page.url()).pathname.replace(/\/+$/, '');
    } catch {
      here = '';
    }
    if (here !== salesCompanyPath(company.id)) {
      const open = await page.open(company.id);
      if (open.kind === 'noSalesNavigator') return failure('noSalesNavigator', NV_MESSAGES.noSalesNavigator);
      if (open.kind === 'notFound') return failure('companyNotFound', NV_MESSAGES.companyNotFound);
      if (open.kind === 'unknown') return unexpected(ctx, browser, 'sales-account-not-shown');
    }
    const dms = (await page.decisionMakers()).slice(0, ctx.params.limit);
    ctx.log.info({ count: dms.length, limit: ctx.params.limit }, 'Sales Navigator decision makers read');
    const items: ListItem[] = dms.map((l) => {
      const item = leadItem(l);
      return { ...item, data: { ...item.data, countryCode: countryCodeOf(l.location, 'en') } };
    });
    return { kind: 'list', items };
  },
});
