// What nv.searchPeople and nv.searchCompanies share: opening the search address and naming the
// outcomes the page can give before any row is read.
import type { ActionOutcome } from '../../engine/types.ts';
import { SalesSearchPage } from '../../../drivers/salesnav/search-results.ts';
import type { ActionContext } from '../kit/action-context.ts';
import { failure } from '../kit/outcomes.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';
import { NV_MESSAGES } from './nv-messages.ts';

/** The open results page, or the outcome that ends the action. */
export async function openSalesSearch(
  ctx: ActionContext,
  path: string,
): Promise<{ ok: true; page: SalesSearchPage } | { ok: false; outcome: ActionOutcome }> {
  const { browser, session } = await driverEnv(ctx);
  const page = new SalesSearchPage(session);
  const landing = await page.open(path);
  if (landing.kind === 'noSalesNavigator')
    return { ok: false, outcome: failure('noSalesNavigator', NV_MESSAGES.noSalesNavigator) };
  if (landing.kind === 'other') {
    ctx.log.warn({ page: landing.reading.state.page }, 'the Sales Navigator search did not open');
    return { ok: false, outcome: await unexpected(ctx, browser, 'sales-search-not-shown') };
  }
  if (!(await page.hasResultsList())) {
    ctx.log.warn('Sales Navigator showed no results list for the search');
    return { ok: false, outcome: failure('searchingNotAllowed', NV_MESSAGES.searchingNotAllowed) };
  }
  return { ok: true, page };
}
