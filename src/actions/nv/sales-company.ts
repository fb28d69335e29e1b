// The company an nv.* company action is about: the numeric id of its hashed URL (`/company/<n>` or
// `/sales/company/<n>`), from the root's `companyHashedUrl` or the parent's subject.
import type { ActionOutcome } from '../../engine/types.ts';
import { salesCompanyIdOf } from '../../../selectors/url/sales-search-url.ts';
import type { ActionContext } from '../kit/action-context.ts';
import { failure } from '../kit/outcomes.ts';
import { NV_MESSAGES } from './nv-messages.ts';

export function salesCompanyIdFor(
  ctx: ActionContext,
): { ok: true; id: string } | { ok: false; outcome: ActionOutcome } {
  const s = ctx.subject;
  const url =
    s?.kind === 'salesCompany'
      ? s.companyHashedUrl
      : s?.kind === 'company'
        ? s.companyUrl
        : (ctx.params as { companyHashedUrl?: unknown }).companyHashedUrl;
  const id = typeof url === 'string' ? salesCompanyIdOf(url) : undefined;
  if (id) return { ok: true, id };
  // A vanity company URL (from st.openCompanyPage) names no Sales Navigator account by itself.
  return { ok: false, outcome: failure('companyNotFound', NV_MESSAGES.companyNeedsHashedUrl) };
}
