// st.acceptInvitation: accept a received connection, page-follow or newsletter invitation.
import type { ActionContext, ActionHandler, ActionOutcome } from '../../engine/types.ts';
import { respondToInvitation } from '../support/respond-to-invitation.ts';

export const ACTION_TYPE = 'st.acceptInvitation';

export const acceptInvitation: ActionHandler = {
  actionType: ACTION_TYPE,
  run: (ctx: ActionContext): Promise<ActionOutcome> => respondToInvitation(ctx, ACTION_TYPE, 'accept'),
};
