// st.checkConnectionStatus: read the top card's relationship — connected | pending | notConnected.
// Read-only: no clicks. The own profile is not a relationship the catalog knows: selfProfileNotAllowed.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { profileViewAtRoot } from '../kit/limit-uses.ts';
import { ProfilePage } from '../../../drivers/linkedin/profile-page.ts';
import { driverEnv, personUrlOf, unexpected } from '../kit/person-context.ts';
import { failure, MESSAGES, success } from '../kit/outcomes.ts';

export const ACTION_TYPE = 'st.checkConnectionStatus' as const;

export const checkConnectionStatus = defineAction({
  actionType: ACTION_TYPE,
  limits: [profileViewAtRoot('stPersonProfileViews')],
  async run(ctx): Promise<ActionOutcome> {
    const who = personUrlOf(ctx);
    if (!who.ok) return who.outcome;
    const { browser, session } = await driverEnv(ctx);
    const view = await new ProfilePage(session).open(who.personUrl, { reuse: true });
    switch (view.status.kind) {
      case 'notFound':
        return failure('personNotFound', MESSAGES.personNotFound);
      case 'self':
        return failure('selfProfileNotAllowed', MESSAGES.selfProfileNotAllowed);
      case 'connected':
        return success({ connectionStatus: 'connected' });
      case 'pending':
        return success({ connectionStatus: 'pending' });
      case 'notConnected':
        return success({ connectionStatus: 'notConnected' });
      case 'unknown':
        ctx.log.warn({ reason: view.status.reason }, 'profile state not recognised');
        return unexpected(ctx, browser, 'profile-state-unknown');
    }
  },
});
