// st.sendConnectionRequest: precheck the profile → Connect (action row or More) → the invite dialog's
// steps (email gate, "Add a note", the note typed like a person and read back) → one Send → verify that
// the profile shows the invitation pending. Every refusal LinkedIn shows (limit dialogs, the note
// upsell, "can't resend yet") is its own named result, and Send is never clicked twice.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { profileOrLeadViewAtRoot } from '../kit/limit-uses.ts';
import { ProfilePage, type ProfileView } from '../../../drivers/linkedin/profile-page.ts';
import {
  InviteDialog,
  type InviteStepKind,
  type StepReading,
} from '../../../drivers/linkedin/invite-dialog.ts';
import { dismissInterstitials } from '../../../drivers/linkedin/interstitials.ts';
import { driverEnv, personUrlOf, profileGate, unexpected } from '../kit/person-context.ts';
import { failure, MESSAGES, success } from '../kit/outcomes.ts';
import { connectOnLeadPage } from '../support/lead-connection.ts';
import { isSalesLeadUrl } from '../../../drivers/salesnav/lead-page.ts';
import { outcomeStep, profileVerification, runEffect, type ActStep } from '../kit/side-effect.ts';

export const ACTION_TYPE = 'st.sendConnectionRequest' as const;

/** How long a refusal toast's verdict waits for the top card to show the invitation pending. */
const TOAST_RECHECK_MS = 2_000;

const outcome = outcomeStep;

/** An empty note (or email) is none: one rule for the key, the note-quota hold and the dialog. */
function nonEmpty(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

export const sendConnectionRequest = defineAction({
  actionType: ACTION_TYPE,
  opensProfileFirst: true,
  limits: [{ category: 'stConnectionRequests' }, ...profileOrLeadViewAtRoot()],
  // An empty note or email is no note or email: the same intent, the same key.
  sideEffect: { keyParams: (p) => ({ ...p, note: nonEmpty(p.note), email: nonEmpty(p.email) }) },
  holds: [
    { kind: 'weeklyInvitationLimit' },
    { kind: 'noteQuota', when: { test: (p) => nonEmpty(p.note) !== undefined, description: 'with a note' } },
  ],
  // The note-quota upsell means the quota even when the failure does not carry the hold.
  holdOnError: { noteLimitExceeded: 'noteQuota' },
  async run(ctx): Promise<ActionOutcome> {
    const params = ctx.params;
    const who = personUrlOf(ctx);
    if (!who.ok) return who.outcome;
    const note = nonEmpty(params.note);
    const email = nonEmpty(params.email);
    // A Sales Navigator lead URL: the lead page's own Connect (beyond Linked API, issue 11).
    if (isSalesLeadUrl(who.personUrl)) return connectOnLeadPage(ctx, who.personUrl, { note, email });
    const { browser, session } = await driverEnv(ctx);
    const profile = new ProfilePage(session);
    const dialog = new InviteDialog(session);
    /**
     * This run's own click was followed by a reading of the top card that shows the invitation pending:
     * that reading is the verification (reading the page once more would only repeat it). An earlier
     * run's click (journal `attempted`) is still verified by reading the page.
     */
    let confirmed = false;

    /** Dismisses the dialog and returns `o` — for every "nothing sent" result inside the dialog. */
    const closeWith = async (
      st: StepReading,
      o: ActionOutcome | Promise<ActionOutcome>,
    ): Promise<ActStep> => {
      await dialog.dismiss(st.reading.ctx);
      return outcome(await o);
    };

    const limitOutcome = (monthly: boolean): ActionOutcome =>
      failure(
        'requestNotAllowed',
        monthly ? MESSAGES.monthlyLimit : MESSAGES.weeklyLimit,
        'weeklyInvitationLimit',
      );

    /**
     * A refusal toast after a click that may have sent: the top card decides (LinkedIn sometimes shows a
     * generic error toast although the invitation went out). Pending → verification confirms it.
     */
    const afterRefusal = async (refusal: 'cantResend' | 'error'): Promise<ActStep> => {
      const now = await profile.waitForStatus((s) => s.kind === 'pending', TOAST_RECHECK_MS);
      if (now.status.kind === 'pending') {
        ctx.log.warn({ refusal }, 'refusal toast, but the profile shows the invitation pending');
        confirmed = true;
        return { kind: 'effect' };
      }
      return outcome(
        failure(
          'requestNotAllowed',
          refusal === 'cantResend' ? MESSAGES.recentlyWithdrawn : MESSAGES.refused,
        ),
      );
    };

    /**
     * After the one Send click: the dialog closes (sent), or LinkedIn shows a refusal — the limit dialog,
     * the note-quota upsell (the note was not accepted), or the email gate (LinkedIn wants the email first).
     * Sent from the email gate itself, the gate stays on screen until LinkedIn answers: only its staying
     * until the bound means the email was not accepted.
     */
    const afterSend = async (sentFrom: InviteStepKind): Promise<ActStep> => {
      const st = await dialog.waitForStep(
        (k) =>
          k === 'none' ||
          k === 'weeklyLimit' ||
          k === 'noteQuota' ||
          (k === 'emailGate' && sentFrom !== 'emailGate'),
        session.timeouts.effectMs,
        { afterRoundTrip: true },
      );
      if (st.step.kind === 'weeklyLimit') return closeWith(st, limitOutcome(st.step.monthly));
      if (st.step.kind === 'noteQuota')
        return closeWith(st, failure('noteLimitExceeded', MESSAGES.noteLimitExceeded, 'noteQuota'));
      if (st.step.kind === 'emailGate') {
        return email
          ? closeWith(st, unexpected(ctx, browser, 'email-gate-after-send'))
          : closeWith(st, failure('emailRequired', MESSAGES.emailRequired));
      }
      if (st.step.kind !== 'none') {
        // The click did not visibly take effect. Never click again: verification reads the profile.
        ctx.log.warn(
          { step: st.step.kind },
          'invite dialog still open after Send; verifying instead of repeating',
        );
        return { kind: 'effect' };
      }
      // The dialog closed: sent, or refused by a toast that renders a moment later.
      const settled = await profile.waitForPendingOrRefusal(TOAST_RECHECK_MS, st.reading);
      if (settled.refusal && settled.view.status.kind !== 'pending') return afterRefusal(settled.refusal);
      if (settled.view.status.kind === 'pending') confirmed = true;
      await dismissInterstitials(session, st.reading);
      return { kind: 'effect' };
    };

    const inviteFlow = async (commit: () => Promise<void>): Promise<ActStep> => {
      // The dialog opens once LinkedIn answered the click (SDUI loads the /preload/ invite route).
      let st = await dialog.waitForStep(undefined, undefined, { afterRoundTrip: true });
      if (st.step.kind === 'none') {
        // Some surfaces send without a dialog (../shared/spec/linkedin-dom.md A9), or LinkedIn refused at
        // once (toast).
        const settled = await profile.waitForPendingOrRefusal(TOAST_RECHECK_MS, st.reading);
        if (settled.view.status.kind === 'pending') {
          confirmed = true;
          return { kind: 'effect' };
        }
        if (settled.refusal) return afterRefusal(settled.refusal);
        return outcome(
          await unexpected(
            ctx,
            browser,
            st.unrecognised > 0 ? 'unknown-dialog-after-connect' : 'no-dialog-after-connect',
          ),
        );
      }
      if (st.step.kind === 'weeklyLimit') return closeWith(st, limitOutcome(st.step.monthly));
      if (st.step.kind === 'howDoYouKnow')
        return closeWith(st, unexpected(ctx, browser, 'how-do-you-know-dialog'));
      if (st.step.kind === 'noteQuota') {
        return note
          ? closeWith(st, failure('noteLimitExceeded', MESSAGES.noteLimitExceeded, 'noteQuota'))
          : closeWith(st, unexpected(ctx, browser, 'note-upsell-without-note'));
      }
      if (st.step.kind === 'emailGate') {
        if (!email) return closeWith(st, failure('emailRequired', MESSAGES.emailRequired));
        const typed = await dialog.fillEmail(email, st.reading.ctx);
        if (!typed?.ok) return closeWith(st, unexpected(ctx, browser, 'email-field-not-filled'));
      }

      if (note) {
        if (!(await dialog.clickAddNote(st.reading.ctx)))
          return closeWith(st, unexpected(ctx, browser, 'add-note-missing'));
        st = await dialog.waitForStep((k) => k === 'inviteNote' || k === 'noteQuota' || k === 'weeklyLimit');
        if (st.step.kind === 'noteQuota')
          return closeWith(st, failure('noteLimitExceeded', MESSAGES.noteLimitExceeded, 'noteQuota'));
        if (st.step.kind === 'weeklyLimit') return closeWith(st, limitOutcome(st.step.monthly));
        if (st.step.kind !== 'inviteNote')
          return closeWith(st, unexpected(ctx, browser, 'note-step-missing'));
        const limit = st.step.noteLimit;
        if (limit !== null && note.length > limit) {
          return closeWith(st, failure('noteTooLong', MESSAGES.noteTooLong(limit, note.length)));
        }
        if (email && st.step.emailInput) {
          const typed = await dialog.fillEmail(email, st.reading.ctx);
          if (!typed?.ok) return closeWith(st, unexpected(ctx, browser, 'email-field-not-filled'));
        }
        const typed = await dialog.typeNote(note, st.reading.ctx);
        if (!typed?.ok) {
          // No counter and no maxlength showed the limit; a field that kept only a prefix of the note
          // tells it (its maxlength), so report that rather than send a cut note.
          const kept = await dialog.noteValue(st.reading.ctx);
          if (
            limit === null &&
            kept !== null &&
            kept.length > 0 &&
            kept.length < note.length &&
            note.startsWith(kept)
          ) {
            return closeWith(st, failure('noteTooLong', MESSAGES.noteTooLong(kept.length, note.length)));
          }
          return closeWith(st, unexpected(ctx, browser, 'note-not-typed'));
        }
        const send = await dialog.sendControl('note', st.reading.ctx);
        if (!send) return closeWith(st, unexpected(ctx, browser, 'send-not-enabled'));
        await commit();
        await send.click();
        return afterSend(st.step.kind);
      }

      const send = await dialog.sendControl('first', st.reading.ctx);
      if (!send) return closeWith(st, unexpected(ctx, browser, 'send-without-note-not-enabled'));
      await commit();
      await send.click();
      return afterSend(st.step.kind);
    };

    const precheck = (view: ProfileView): Promise<ActionOutcome> | ActionOutcome | null =>
      profileGate(ctx, browser, view.status, {
        connected: failure('alreadyConnected', MESSAGES.alreadyConnected),
        pending: failure('alreadyPending', MESSAGES.alreadyPending),
      });

    return runEffect(ctx, {
      verify: () =>
        confirmed
          ? Promise.resolve('done' as const)
          : profileVerification(profile, who.personUrl, 'pending', 'notConnected'),
      act: async (commit) => {
        const view = await profile.open(who.personUrl, { reuse: true });
        const stop = precheck(view);
        if (stop) return outcome(await stop);
        // Connect itself may send (../shared/spec/linkedin-dom.md A9: no dialog on some surfaces), so the
        // journal says `attempted` before it; the dialog's no-effect outcomes (email gate, limits) are still
        // recorded from there.
        await commit();
        const via = await profile.clickConnect(view);
        ctx.log.info({ connectVia: via }, 'connect control');
        if (via === 'none') {
          // The classifier saw a Connect control (row, or Ember's rendered menu) that the descriptors cannot
          // find: selector drift, not LinkedIn's refusal.
          const source = view.reading.state.profile?.connectViaSource;
          if (source === 'row' || source === 'menu')
            return outcome(await unexpected(ctx, browser, 'connect-control-not-found'));
          return outcome(failure('requestNotAllowed', MESSAGES.noConnectOption));
        }
        return inviteFlow(commit);
      },
      succeeded: () => success(),
      unverified: (reason) => {
        ctx.log.warn({ reason }, 'invitation not confirmed by the profile');
        return unexpected(ctx, browser, 'invitation-not-confirmed');
      },
    });
  },
});
