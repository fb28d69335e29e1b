// st.withdrawConnectionRequest: the profile's Pending control (or the More menu's Withdraw) → the
// confirmation → Withdraw; when the profile offers no way, the invitation manager's Sent tab. Success
// only when the profile shows Connect (or Follow) again. With `unfollow` (default true) the person is
// then unfollowed through the row's Following button or the More menu, verified the same way. Given a
// Sales Navigator lead URL, the withdrawal happens on the lead page; Sales Navigator offers no unfollow
// there (linkedin-dom.md A19), so the unfollow step runs on the standard profile its menu links.
import type { ActionOutcome } from '../../engine/types.ts';
import type { ActionContext } from '../kit/action-context.ts';
import { defineAction } from '../kit/define-action.ts';
import { profileOrLeadViewAtRoot } from '../kit/limit-uses.ts';
import { ConfirmDialog } from '../../../drivers/linkedin/confirm-dialog.ts';
import { SentInvitationsTab } from '../../../drivers/linkedin/invitation-manager.ts';
import { ProfilePage, type ProfileView } from '../../../drivers/linkedin/profile-page.ts';
import { profileIdFromUrl } from '../../../selectors/url/linkedin-url.ts';
import { isSessionFailureError } from '../../errors/error-types.ts';
import { driverEnv, personUrlOf, profileGate, unexpected } from '../kit/person-context.ts';
import { failure, MESSAGES, success } from '../kit/outcomes.ts';
import { standardProfileOfLead, withdrawOnLeadPage } from '../support/lead-connection.ts';
import { isSalesLeadUrl } from '../../../drivers/salesnav/lead-page.ts';
import { outcomeStep, profileVerification, runEffect } from '../kit/side-effect.ts';

export const ACTION_TYPE = 'st.withdrawConnectionRequest' as const;

const outcome = outcomeStep;

export const withdrawConnectionRequest = defineAction({
  actionType: ACTION_TYPE,
  // A lead URL is withdrawn on the lead page; its unfollow step (default on) also opens the standard profile.
  limits: profileOrLeadViewAtRoot((p) => p.unfollow !== false),
  sideEffect: {},
  async run(ctx): Promise<ActionOutcome> {
    const params = ctx.params;
    const who = personUrlOf(ctx);
    if (!who.ok) return who.outcome;
    if (isSalesLeadUrl(who.personUrl)) {
      // Beyond Linked API (issue 11): withdrawn on the lead page, unfollowed on the standard profile.
      const withdrawnOnLead = await withdrawOnLeadPage(ctx, who.personUrl);
      if (withdrawnOnLead.kind !== 'success' || !params.unfollow) return withdrawnOnLead;
      const profileUrl = await standardProfileOfLead(ctx, who.personUrl);
      if (!profileUrl) {
        const { browser } = await driverEnv(ctx);
        return withdrawnThen(await unexpected(ctx, browser, 'lead-profile-link-missing'));
      }
      return withdrawnThen(await unfollowAfterWithdrawal(ctx, profileUrl));
    }
    const { browser, session } = await driverEnv(ctx);
    const profile = new ProfilePage(session);
    const confirm = new ConfirmDialog(session);

    const precheck = (view: ProfileView): ActionOutcome | Promise<ActionOutcome> | null =>
      profileGate(ctx, browser, view.status, {
        connected: failure('notPending', MESSAGES.notPending),
        notConnected: failure('notPending', MESSAGES.notPending),
      });

    /** The confirmation from the profile (row Pending or More → Withdraw), else from the Sent tab. */
    const openConfirmation = async (view: ProfileView): Promise<'profile' | 'sentTab' | null> => {
      const where = await profile.clickWithdraw(view);
      if (where !== 'none') {
        const shown = await confirm.waitForOrUnknown('withdrawConfirm');
        if (shown === 'shown') return 'profile';
        // Nothing, or a dialog we cannot name (never guess its buttons): close it and use the Sent tab.
        if (shown === 'unrecognised') await confirm.closeUnrecognised();
        ctx.log.info(
          { where, shown },
          'no recognisable withdraw confirmation on the profile; trying the Sent tab',
        );
      }
      const vanity = profileIdFromUrl(view.reading.url) ?? view.reading.state.person?.vanity ?? null;
      if (!vanity) return null;
      const sent = new SentInvitationsTab(session);
      await sent.open();
      const card = await sent.findCard(vanity);
      if (!card || !(await card.withdraw()).clicked) return null;
      return (await confirm.waitFor('withdrawConfirm')) ? 'sentTab' : null;
    };

    const withdrawn = await runEffect(ctx, {
      verify: () => profileVerification(profile, who.personUrl, 'notConnected', 'pending'),
      act: async (commit) => {
        const view = await profile.open(who.personUrl, { reuse: true });
        const stop = precheck(view);
        if (stop) return outcome(await stop);
        const from = await openConfirmation(view);
        if (!from) return outcome(await unexpected(ctx, browser, 'withdraw-confirmation-missing'));
        const r = await confirm.waitFor('withdrawConfirm', 0);
        const button = r ? await confirm.confirmControl('withdrawConfirm', r.ctx) : null;
        if (!button) return outcome(await unexpected(ctx, browser, 'withdraw-button-missing'));
        await commit();
        await button.click();
        if (!(await confirm.waitClosed('withdrawConfirm'))) {
          ctx.log.warn('withdraw confirmation still open after the click; verifying instead of repeating');
        }
        ctx.log.info({ from }, 'withdraw clicked');
        return { kind: 'effect' };
      },
      succeeded: () => success(),
      unverified: (reason) => {
        ctx.log.warn({ reason }, 'withdrawal not confirmed by the profile');
        return unexpected(ctx, browser, 'withdrawal-not-confirmed');
      },
    });
    if (withdrawn.kind !== 'success' || !params.unfollow) return withdrawn;
    return withdrawnThen(await unfollowAfterWithdrawal(ctx, who.personUrl));
  },
});

/**
 * The invitation is withdrawn (its journal entry verified, so a re-run never withdraws or counts it
 * again); only the unfollow step failed. The catalog has no partial result, so the failure keeps its
 * type but its message says plainly that the withdrawal happened and what went wrong with unfollowing.
 */
function withdrawnThen(unfollowed: ActionOutcome): ActionOutcome {
  if (unfollowed.kind !== 'failure') return unfollowed;
  return {
    ...unfollowed,
    error: {
      ...unfollowed.error,
      message: `${MESSAGES.withdrawnButUnfollowFailed} ${unfollowed.error.message}`,
    },
  };
}

/** The unfollow step; a non-session exception becomes `unexpectedError` so the withdrawal is still reported. */
async function unfollowAfterWithdrawal(ctx: ActionContext, personUrl: string): Promise<ActionOutcome> {
  try {
    return await unfollowPerson(ctx, personUrl);
  } catch (e) {
    if (isSessionFailureError(e)) throw e;
    ctx.log.warn({ err: e instanceof Error ? e.message : String(e) }, 'unfollow after withdrawal failed');
    return failure('unexpectedError', 'The unfollow step failed unexpectedly.');
  }
}

/** Unfollows the person (withdraw's second effect). Nothing to do when not following. */
async function unfollowPerson(ctx: ActionContext, personUrl: string): Promise<ActionOutcome> {
  const { browser, session } = await driverEnv(ctx);
  const profile = new ProfilePage(session);
  const confirm = new ConfirmDialog(session);
  return runEffect(ctx, {
    step: 'unfollow',
    verify: async () => {
      // In place first (the control flips after LinkedIn accepted it), then from a fresh load.
      let view = await profile.open(personUrl, { reuse: true });
      let f = view.status.kind === 'unknown' ? 'unknown' : await profile.followState(view);
      if (f !== 'notFollowing') {
        view = await profile.open(personUrl);
        f = view.status.kind === 'unknown' ? 'unknown' : await profile.followState(view);
      }
      return f === 'notFollowing' ? 'done' : f === 'following' ? 'notDone' : 'unknown';
    },
    act: async (commit) => {
      const view = await profile.open(personUrl, { reuse: true });
      if (view.status.kind === 'unknown')
        return outcome(await unexpected(ctx, browser, 'profile-state-unknown'));
      const f = await profile.followState(view);
      if (f === 'notFollowing') return outcome(success());
      if (f === 'unknown') return outcome(await unexpected(ctx, browser, 'follow-state-unknown'));
      // Some builds unfollow at once, others ask first (../shared/spec/linkedin-dom.md A14): the first click
      // may already be the effect.
      await commit();
      if (!(await profile.clickUnfollow(view)))
        return outcome(await unexpected(ctx, browser, 'unfollow-control-missing'));
      const r = await confirm.waitFor('unfollowConfirm', 3_000);
      if (r) {
        const button = await confirm.confirmControl('unfollowConfirm', r.ctx);
        if (!button) return outcome(await unexpected(ctx, browser, 'unfollow-button-missing'));
        await button.click();
        await confirm.waitClosed('unfollowConfirm');
      } else if (await confirm.unrecognisedShowing()) {
        // A dialog we cannot name answered the click: never guess its buttons.
        const result = await unexpected(ctx, browser, 'unfollow-dialog-not-recognised');
        await confirm.closeUnrecognised();
        return outcome(result);
      }
      return { kind: 'effect' };
    },
    succeeded: () => success(),
    unverified: (reason) => {
      ctx.log.warn({ reason }, 'unfollow not confirmed by the profile');
      return unexpected(ctx, browser, 'unfollow-not-confirmed');
    },
  });
}
