// st.checkConnectionStatus: read the top card's relationship — connected | pending | notConnected.
// Read-only: no clicks. The own profile is not a relationship the catalog knows: selfProfileNotAllowed.
import type { ActionContext, ActionHandler, ActionOutcome } from '../../engine/types.ts';
import { ProfilePage } from '../../../drivers/linkedin/profile-page.ts';
import { driverEnv, personUrlOf, unexpected } from '../support/person-context.ts';
import { failure, MESSAGES, success } from '../support/outcomes.ts';

export const ACTION_TYPE = 'st.checkConnectionStatus';

export const checkConnectionStatus: ActionHandler = {
  actionType: ACTION_TYPE,
  async run(ctx: ActionContext): Promise<ActionOutcome> {
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
};
