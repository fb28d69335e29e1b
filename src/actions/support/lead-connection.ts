// Beyond Linked API (issue 11): st.sendConnectionRequest and st.withdrawConnectionRequest given a Sales
// Navigator lead URL work on the lead page itself — the actions bar's overflow menu → Connect → the Sales
// Navigator invite form (email gate, note) → one Send → verified Pending; or → Withdraw invitation → the
// confirmation → Withdraw → verified Connect again. Same named outcomes, the same module (limits, holds,
// journal key) as on the standard profile; the one side-effecting click comes after `commit()`. The lead
// page has no Follow control, so a withdraw's unfollow step runs on the standard profile the menu links.
import type { ActionOutcome } from '../../engine/types.ts';
import { SalesConnectForm } from '../../../drivers/salesnav/connect-form.ts';
import type { LeadRelationship } from '../../../selectors/salesnav/phrases.ts';
import type { ActionContext } from '../kit/action-context.ts';
import { failure, MESSAGES, success } from '../kit/outcomes.ts';
import { driverEnv, unexpected, type DriverEnv } from '../kit/person-context.ts';
import { outcomeStep, runEffect, type ActStep, type Verification } from '../kit/side-effect.ts';
import { openLeadPage } from './sales-lead.ts';
import { profileIdFromUrl, profileUrlOf } from '../../../selectors/url/linkedin-url.ts';

const outcome = outcomeStep;

/** Reads the lead's relationship (opening the lead page when it is not open): done / notDone / unknown. */
async function leadVerification(
  ctx: ActionContext,
  env: DriverEnv,
  personUrl: string,
  done: LeadRelationship,
  before: LeadRelationship,
): Promise<Verification> {
  const opened = await openLeadPage(ctx, env, personUrl, { reuse: true });
  if (!opened.ok) return 'unknown';
  const r = await opened.lead.waitForRelationship((x) => x === done, env.session.timeouts.effectMs);
  if (r === done) return 'done';
  return r === before ? 'notDone' : 'unknown';
}

export async function connectOnLeadPage(
  ctx: ActionContext,
  personUrl: string,
  opts: { note: string | undefined; email: string | undefined },
): Promise<ActionOutcome> {
  const env = await driverEnv(ctx);
  const { browser, session } = env;
  const form = new SalesConnectForm(session);
  const { note, email } = opts;

  const closeWith = async (o: ActionOutcome | Promise<ActionOutcome>): Promise<ActStep> => {
    await form.dismiss();
    return outcome(await o);
  };

  return runEffect(ctx, {
    verify: () => leadVerification(ctx, env, personUrl, 'pending', 'notConnected'),
    act: async (commit) => {
      const opened = await openLeadPage(ctx, env, personUrl, { reuse: true });
      if (!opened.ok) return outcome(opened.outcome);
      const menu = await opened.lead.openMenu();
      if (!menu) return outcome(await unexpected(ctx, browser, 'lead-menu-unreadable'));
      const connect = menu.item('connect');
      if (menu.relationship !== 'notConnected' || !connect) {
        await menu.close();
        switch (menu.relationship) {
          case 'pending':
            return outcome(failure('alreadyPending', MESSAGES.alreadyPending));
          case 'connected':
            return outcome(failure('alreadyConnected', MESSAGES.alreadyConnected));
          default:
            return outcome(failure('requestNotAllowed', MESSAGES.noConnectOption));
        }
      }
      // Connect only opens the form (A19); the invitation goes out with Send.
      await connect.click();
      if (!(await form.waitOpen()))
        return outcome(await unexpected(ctx, browser, 'lead-connect-form-missing'));
      if (await form.hasEmailGate()) {
        if (!email) return closeWith(failure('emailRequired', MESSAGES.emailRequired));
        const typed = await form.fillEmail(email);
        if (!typed?.ok) return closeWith(unexpected(ctx, browser, 'email-field-not-filled'));
      }
      if (note) {
        const limit = await form.noteLimit();
        if (limit !== null && note.length > limit)
          return closeWith(failure('noteTooLong', MESSAGES.noteTooLong(limit, note.length)));
        const typed = await form.typeNote(note);
        if (!typed?.ok) return closeWith(unexpected(ctx, browser, 'note-not-typed'));
      }
      const send = await form.send();
      if (!send) return closeWith(unexpected(ctx, browser, 'send-invitation-not-enabled'));
      await commit();
      await send.click();
      const after = await form.afterSend();
      if (after.kind !== 'refused') {
        // Closed, or still open: verification reads the menu; Send is never clicked twice.
        if (after.kind === 'open') ctx.log.warn('connect form still open after Send; verifying');
        return { kind: 'effect' };
      }
      ctx.log.info({ refusal: after.refusal }, 'sales navigator refused the invitation');
      switch (after.refusal) {
        case 'weeklyLimit':
          return closeWith(failure('requestNotAllowed', MESSAGES.weeklyLimit, 'weeklyInvitationLimit'));
        case 'emailRequired':
          return closeWith(failure('emailRequired', MESSAGES.emailRequired));
        case 'cantResend':
          return closeWith(failure('requestNotAllowed', MESSAGES.recentlyWithdrawn));
        case 'noteTooLong':
          return closeWith(failure('noteTooLong', MESSAGES.noteTooLong(300, note?.length ?? 0)));
        default:
          return closeWith(failure('requestNotAllowed', MESSAGES.refused));
      }
    },
    succeeded: () => success(),
    unverified: (reason) => {
      ctx.log.warn({ reason }, 'invitation not confirmed by the lead page');
      return unexpected(ctx, browser, 'lead-invitation-not-confirmed');
    },
  });
}

export async function withdrawOnLeadPage(ctx: ActionContext, personUrl: string): Promise<ActionOutcome> {
  const env = await driverEnv(ctx);
  const { browser, session } = env;
  const form = new SalesConnectForm(session);
  return runEffect(ctx, {
    verify: () => leadVerification(ctx, env, personUrl, 'notConnected', 'pending'),
    act: async (commit) => {
      const opened = await openLeadPage(ctx, env, personUrl, { reuse: true });
      if (!opened.ok) return outcome(opened.outcome);
      const menu = await opened.lead.openMenu();
      if (!menu) return outcome(await unexpected(ctx, browser, 'lead-menu-unreadable'));
      const withdraw = menu.item('withdraw');
      if (menu.relationship !== 'pending' || !withdraw) {
        await menu.close();
        return outcome(
          menu.relationship === 'pending'
            ? await unexpected(ctx, browser, 'lead-withdraw-item-missing')
            : failure('notPending', MESSAGES.notPending),
        );
      }
      // The menu item only asks for confirmation; Withdraw in the confirmation is the effect.
      await withdraw.click();
      const confirm = await form.withdrawConfirm();
      if (!confirm) return outcome(await unexpected(ctx, browser, 'lead-withdraw-confirmation-missing'));
      await commit();
      await confirm.click();
      if (!(await form.confirmClosed())) ctx.log.warn('withdraw confirmation still open; verifying');
      return { kind: 'effect' };
    },
    succeeded: () => success(),
    unverified: (reason) => {
      ctx.log.warn({ reason }, 'withdrawal not confirmed by the lead page');
      return unexpected(ctx, browser, 'lead-withdrawal-not-confirmed');
    },
  });
}

/**
 * The lead's standard LinkedIn profile, from the overflow menu's "View LinkedIn profile" link (A19: the
 * menu offers Connect, View LinkedIn profile, Copy LinkedIn.com URL — no Follow/Unfollow), or null.
 */
export async function standardProfileOfLead(ctx: ActionContext, personUrl: string): Promise<string | null> {
  const env = await driverEnv(ctx);
  const opened = await openLeadPage(ctx, env, personUrl, { reuse: true });
  if (!opened.ok) return null;
  const menu = await opened.lead.openMenu();
  if (!menu) return null;
  await menu.close();
  const id = menu.profileHref ? profileIdFromUrl(menu.profileHref) : undefined;
  return id ? profileUrlOf(id) : null;
}
