// st.acceptInvitation: accept a received connection, page-follow or newsletter invitation.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { respondToInvitation } from '../support/respond-to-invitation.ts';

export const ACTION_TYPE = 'st.acceptInvitation' as const;

export const acceptInvitation = defineAction({
  actionType: ACTION_TYPE,
  sideEffect: {},
  run: (ctx): Promise<ActionOutcome> => respondToInvitation(ctx, 'accept'),
});
