// st.removeConnection: the profile's More → Remove connection → confirm (falling back to the card's
// overflow on the connections list). Success only when the profile no longer shows a 1st-degree
// connection.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { profileViewAtRoot } from '../kit/limit-uses.ts';
import { ConfirmDialog } from '../../../drivers/linkedin/confirm-dialog.ts';
import { ConnectionsPage } from '../../../drivers/linkedin/connections-page.ts';
import { ProfilePage, type ProfileView } from '../../../drivers/linkedin/profile-page.ts';
import { profileIdFromUrl } from '../../../selectors/url/linkedin-url.ts';
import { driverEnv, personUrlOf, profileGate, unexpected } from '../kit/person-context.ts';
import { failure, MESSAGES, success } from '../kit/outcomes.ts';
import { profileVerification, runEffect, type ActStep } from '../kit/side-effect.ts';

export const ACTION_TYPE = 'st.removeConnection' as const;

export const removeConnection = defineAction({
  actionType: ACTION_TYPE,
  limits: [profileViewAtRoot('stPersonProfileViews')],
  sideEffect: {},
  async run(ctx): Promise<ActionOutcome> {
    const who = personUrlOf(ctx);
    if (!who.ok) return who.outcome;
    const { browser, session } = await driverEnv(ctx);
    const profile = new ProfilePage(session);
    const confirm = new ConfirmDialog(session);
    const outcome = (o: ActionOutcome): ActStep => ({ kind: 'outcome', outcome: o });

    const openConfirmation = async (view: ProfileView): Promise<boolean> => {
      if (await profile.clickRemoveConnection(view)) {
        const shown = await confirm.waitForOrUnknown('removeConfirm');
        if (shown === 'shown') return true;
        if (shown === 'unrecognised') await confirm.closeUnrecognised();
      }
      const vanity = profileIdFromUrl(view.reading.url) ?? view.reading.state.person?.vanity;
      if (!vanity) return false;
      ctx.log.info('no remove confirmation from the profile; trying the connections list');
      const list = new ConnectionsPage(session);
      await list.open();
      const card = await list.findCard(vanity);
      if (!card || !(await card.remove()).clicked) return false;
      return (await confirm.waitFor('removeConfirm')) !== null;
    };

    return runEffect(ctx, {
      verify: () => profileVerification(profile, who.personUrl, 'notConnected', 'connected'),
      act: async (commit) => {
        const view = await profile.open(who.personUrl, { reuse: true });
        const notConnection = failure('connectionNotFound', MESSAGES.connectionNotFound);
        const stop = profileGate(ctx, browser, view.status, {
          self: notConnection,
          pending: notConnection,
          notConnected: notConnection,
        });
        if (stop) return outcome(await stop);
        if (!(await openConfirmation(view)))
          return outcome(await unexpected(ctx, browser, 'remove-confirmation-missing'));
        const r = await confirm.waitFor('removeConfirm', 0);
        const button = r ? await confirm.confirmControl('removeConfirm', r.ctx) : null;
        if (!button) return outcome(await unexpected(ctx, browser, 'remove-button-missing'));
        await commit();
        await button.click();
        if (!(await confirm.waitClosed('removeConfirm')))
          ctx.log.warn('remove confirmation still open after the click; verifying');
        return { kind: 'effect' };
      },
      succeeded: () => success(),
      unverified: (reason) => {
        ctx.log.warn({ reason }, 'removal not confirmed by the profile');
        return unexpected(ctx, browser, 'removal-not-confirmed');
      },
    });
  },
});
