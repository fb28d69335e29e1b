// st.ignoreInvitation: ignore (decline silently) a received invitation of any type.
import type { ActionContext, ActionHandler, ActionOutcome } from '../../engine/types.ts';
import { respondToInvitation } from '../support/respond-to-invitation.ts';

export const ACTION_TYPE = 'st.ignoreInvitation';

export const ignoreInvitation: ActionHandler = {
  actionType: ACTION_TYPE,
  run: (ctx: ActionContext): Promise<ActionOutcome> => respondToInvitation(ctx, ACTION_TYPE, 'ignore'),
};
