// st.checkConnectionStatus: read the top card's relationship — connected | pending | notConnected.
// Read-only: no clicks. The own profile is not a relationship the catalog knows: selfProfileNotAllowed.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { profileViewAtRoot } from '../kit/limit-uses.ts';
import { ProfilePage } from '../../../drivers/linkedin/profile-page.ts';
import { driverEnv, personUrlOf, profileGate, unexpected } from '../kit/person-context.ts';
import { success } from '../kit/outcomes.ts';

export const ACTION_TYPE = 'st.checkConnectionStatus' as const;

export const checkConnectionStatus = defineAction({
  actionType: ACTION_TYPE,
  opensProfileFirst: true,
  limits: [profileViewAtRoot('stPersonProfileViews')],
  async run(ctx): Promise<ActionOutcome> {
    const who = personUrlOf(ctx);
    if (!who.ok) return who.outcome;
    const { browser, session } = await driverEnv(ctx);
    const view = await new ProfilePage(session).open(who.personUrl, { reuse: true });
    const answer = profileGate(ctx, browser, view.status, {
      connected: success({ connectionStatus: 'connected' }),
      pending: success({ connectionStatus: 'pending' }),
      notConnected: success({ connectionStatus: 'notConnected' }),
    });
    // Every relationship has an answer; null only if the driver grows a status we do not know.
    return answer ?? unexpected(ctx, browser, 'profile-state-unknown');
  },
});
