// st.retrievePendingRequests: every invitation on the invitation manager's Sent tab, following "Load
// more" / pagination to the end. Items: { name, publicUrl, headline, sentTime, urn }.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { SentInvitationsTab } from '../../../drivers/linkedin/invitation-manager.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';

export const ACTION_TYPE = 'st.retrievePendingRequests' as const;

export const retrievePendingRequests = defineAction({
  actionType: ACTION_TYPE,
  async run(ctx): Promise<ActionOutcome> {
    const { browser, session } = await driverEnv(ctx);
    const tab = new SentInvitationsTab(session);
    const r = await tab.open();
    if (r.state.page !== 'invitationManager') {
      ctx.log.warn({ page: r.state.page }, 'the Sent tab did not open');
      return unexpected(ctx, browser, 'sent-tab-not-shown');
    }
    const all = await tab.readAll();
    ctx.log.info({ count: all.length }, 'pending invitations read');
    return {
      kind: 'list',
      items: all.map((i) => ({
        data: {
          name: i.name,
          publicUrl: i.publicUrl,
          headline: i.headline,
          sentTime: i.sentTime,
          urn: i.urn,
        },
      })),
    };
  },
});
