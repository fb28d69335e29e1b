// st.retrieveInvitations: the invitation manager's Received tab — connection requests, page-follow and
// newsletter invitations — with the catalog's per-type fields (and no others).
import type { ActionOutcome, JsonObject } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import {
  ReceivedInvitationsTab,
  type ReceivedInvitation,
} from '../../../drivers/linkedin/invitation-manager.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';

export const ACTION_TYPE = 'st.retrieveInvitations' as const;

/** Catalog shape: common fields plus only the matching type's fields. */
export function invitationData(i: ReceivedInvitation): JsonObject {
  const base = { invitationType: i.invitationType, name: i.name, publicUrl: i.publicUrl, urn: i.urn };
  switch (i.invitationType) {
    case 'connect':
      return { ...base, headline: i.headline ?? null, note: i.note ?? null };
    case 'companyFollow':
      return { ...base, companyUrl: i.companyUrl ?? null, companyName: i.companyName ?? null };
    case 'newsletterSubscribe':
      return { ...base, newsletterUrl: i.newsletterUrl ?? null, newsletterName: i.newsletterName ?? null };
  }
}

export const retrieveInvitations = defineAction({
  actionType: ACTION_TYPE,
  async run(ctx): Promise<ActionOutcome> {
    const { browser, session } = await driverEnv(ctx);
    const tab = new ReceivedInvitationsTab(session);
    const r = await tab.open();
    if (r.state.page !== 'invitationManager') {
      ctx.log.warn({ page: r.state.page }, 'the Received tab did not open');
      return unexpected(ctx, browser, 'received-tab-not-shown');
    }
    const all = await tab.readAll();
    ctx.log.info({ count: all.length }, 'received invitations read');
    return { kind: 'list', items: all.map((i) => ({ data: invitationData(i) })) };
  },
});
