// st.ignoreInvitation: ignore (decline silently) a received invitation of any type.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { respondToInvitation } from '../support/respond-to-invitation.ts';

export const ACTION_TYPE = 'st.ignoreInvitation' as const;

export const ignoreInvitation = defineAction({
  actionType: ACTION_TYPE,
  sideEffect: {},
  run: (ctx): Promise<ActionOutcome> => respondToInvitation(ctx, 'ignore'),
});
