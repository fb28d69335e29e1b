// nv.openCompanyPage: opens the Sales Navigator account page of a hashed company URL; with `basicInfo`
// returns the top card's facts (null where the page shows none). Children (employees, decision makers)
// get the account and find its page open. Every run is an account page view (nvCompanyPageViews).
import type { ActionOutcome } from '../../engine/types.ts';
import { SalesAccountPage } from '../../../drivers/salesnav/account-page.ts';
import { countryCodeOf } from '../../../drivers/linkedin/basic-info.ts';
import { LINKEDIN_ORIGIN } from '../../../selectors/url/linkedin-url.ts';
import { defineAction } from '../kit/define-action.ts';
import { failure, success } from '../kit/outcomes.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';
import { NV_MESSAGES } from './nv-messages.ts';
import { salesCompanyIdFor } from './sales-company.ts';

export const ACTION_TYPE = 'nv.openCompanyPage' as const;

export const openCompanyPage = defineAction({
  actionType: ACTION_TYPE,
  limits: [{ category: 'nvCompanyPageViews' }],
  async run(ctx): Promise<ActionOutcome> {
    const company = salesCompanyIdFor(ctx);
    if (!company.ok) return company.outcome;
    const { browser, session } = await driverEnv(ctx);
    const page = new SalesAccountPage(session);
    const open = await page.open(company.id);
    if (open.kind === 'noSalesNavigator') return failure('noSalesNavigator', NV_MESSAGES.noSalesNavigator);
    if (open.kind === 'notFound') return failure('companyNotFound', NV_MESSAGES.companyNotFound);
    if (open.kind === 'unknown') {
      ctx.log.warn({ page: open.page }, 'the Sales Navigator account page did not open');
      return unexpected(ctx, browser, 'sales-account-not-shown');
    }
    const hashedUrl = `${LINKEDIN_ORIGIN}/company/${company.id}`;
    const subject = { kind: 'salesCompany' as const, companyHashedUrl: hashedUrl };
    if (!ctx.params.basicInfo) return success(undefined, subject);
    const info = await page.readInfo();
    return success(
      {
        name: info.name,
        // The account page links no public (vanity) company page; the hashed one is the company's address.
        publicUrl: hashedUrl,
        description: info.description,
        location: info.location,
        headquarters: countryCodeOf(info.location, 'en'),
        industry: info.industry,
        website: info.website,
        employeesCount: info.employeesCount,
        yearFounded: info.yearFounded,
        urn: `urn:li:organization:${company.id}`,
      },
      subject,
    );
  },
});
