// Reaching a person's Sales Navigator lead page, shared by the nv.* person actions and the lead-page branch
// of st.sendConnectionRequest / st.withdrawConnectionRequest: a lead URL or a hashed /in/ URL goes straight
// there; a public vanity URL first opens the standard profile (or reads the open one) for its hashed id.
// The no-seat upsell is `noSalesNavigator`, a lead address naming no member `personNotFound`.
import type { ActionOutcome } from '../../engine/types.ts';
import { LeadPage, leadAddress } from '../../../drivers/salesnav/lead-page.ts';
import { ProfilePage } from '../../../drivers/linkedin/profile-page.ts';
import { pageUrl } from '../../../selectors/url/linkedin-url.ts';
import type { ActionContext } from '../kit/action-context.ts';
import { failure, MESSAGES } from '../kit/outcomes.ts';
import { profileGate, unexpected, type DriverEnv } from '../kit/person-context.ts';

/** The person a Sales Navigator action is about: its subject (a person or a lead), else its URL parameter. */
export function salesPersonUrlOf(
  ctx: ActionContext,
): { ok: true; personUrl: string } | { ok: false; outcome: ActionOutcome } {
  if (ctx.subject?.kind === 'person') return { ok: true, personUrl: ctx.subject.personUrl };
  if (ctx.subject?.kind === 'salesPerson') return { ok: true, personUrl: ctx.subject.personHashedUrl };
  const p = ctx.params as { personUrl?: unknown; personHashedUrl?: unknown };
  for (const v of [p.personHashedUrl, p.personUrl])
    if (typeof v === 'string' && v.length > 0) return { ok: true, personUrl: v };
  return { ok: false, outcome: failure('personNotFound', MESSAGES.personNotFound) };
}

export type LeadOpened = { ok: true; lead: LeadPage } | { ok: false; outcome: ActionOutcome };

export async function openLeadPage(
  ctx: ActionContext,
  env: DriverEnv,
  personUrl: string,
  opts: { reuse?: boolean } = {},
): Promise<LeadOpened> {
  const { browser, session } = env;
  let address = leadAddress(session.origin, personUrl);
  if (address === null) {
    const view = await new ProfilePage(session).open(personUrl, { reuse: true });
    const stop = profileGate(ctx, browser, view.status, {});
    if (stop) return { ok: false, outcome: await stop };
    const id = view.reading.state.person?.profileId;
    if (!id) return { ok: false, outcome: await unexpected(ctx, browser, 'hashed-profile-id-not-found') };
    address = pageUrl(session.origin, `/sales/people/${id}`);
  }
  const lead = new LeadPage(session);
  const opened = await lead.open(address, opts);
  switch (opened.kind) {
    case 'lead':
      return { ok: true, lead };
    case 'noSeat':
      return { ok: false, outcome: failure('noSalesNavigator', MESSAGES.noSalesNavigator) };
    case 'notFound':
      return { ok: false, outcome: failure('personNotFound', MESSAGES.personNotFound) };
    case 'unknown':
      ctx.log.warn({ reason: opened.reason }, 'lead page not recognised');
      return { ok: false, outcome: await unexpected(ctx, browser, 'lead-page-unknown') };
  }
}
