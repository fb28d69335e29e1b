// st.sendMessage: from the person's profile — the top card's Message control (SDUI compose link, Ember
// button) → the person's bubble in the messaging overlay (or the messaging page the link leads to) — or,
// with `threadId`, from the thread's own page; the text is typed like a person and read back → one Send
// → success only when the thread shows the message as ours. Never sent twice: the journal's key is the
// target + the text, and a message of ours with the same text that appeared since the attempt began
// counts as sent. The text is never logged.
import type { ActionOutcome, Subject } from '../../engine/types.ts';
import type { ActionContext } from '../kit/action-context.ts';
import { defineAction } from '../kit/define-action.ts';
import { profileViewAtRoot } from '../kit/limit-uses.ts';
import { driverEnv, personUrlOf, profileGate, unexpected, type DriverEnv } from '../kit/person-context.ts';
import { failure, MESSAGES, success } from '../kit/outcomes.ts';
import { outcomeStep, runEffect, type ActStep, type Verification } from '../kit/side-effect.ts';
import type { ConversationView } from '../../../drivers/linkedin/conversation.ts';
import { MessagingOverlay, type OverlayOpened } from '../../../drivers/linkedin/messaging-overlay.ts';
import { MessagingThreadPage } from '../../../drivers/linkedin/messaging-thread.ts';
import { readState } from '../../../drivers/linkedin/page-state.ts';
import { ProfilePage } from '../../../drivers/linkedin/profile-page.ts';
import { refusalToast } from '../../../drivers/linkedin/toasts.ts';
import {
  countOwnMessages,
  lastOwnMessage,
  messageKey,
} from '../../../selectors/linkedin/cards/message-event.ts';

export const ACTION_TYPE = 'st.sendMessage' as const;

const outcome = outcomeStep;

/** A way to (re)open the conversation: from the profile, or the thread page. */
type Opened = { kind: 'conversation'; view: ConversationView } | { kind: 'stop'; outcome: ActionOutcome };

export const sendMessage = defineAction({
  actionType: ACTION_TYPE,
  limits: [{ category: 'stMessages' }, profileViewAtRoot('stPersonProfileViews')],
  // Key: the target (person or thread) + the text: the same text to the same person is the same intent.
  sideEffect: {},
  async run(ctx): Promise<ActionOutcome> {
    const threadId =
      ctx.subject?.kind === 'conversation' ? ctx.subject.threadId : (ctx.params.threadId ?? undefined);
    const env = await driverEnv(ctx);
    if (threadId !== undefined) {
      const thread = new MessagingThreadPage(env.session);
      const subject: Subject = { kind: 'conversation', threadId };
      return deliver(
        ctx,
        env,
        async (fresh) => {
          const t = await thread.open(threadId, { reuse: !fresh });
          if (t.kind === 'conversation') return t;
          if (t.kind === 'notFound')
            return { kind: 'stop', outcome: failure('threadNotFound', MESSAGES.threadNotFound) };
          return { kind: 'stop', outcome: await unexpected(ctx, env.browser, t.reason) };
        },
        subject,
      );
    }
    const who = personUrlOf(ctx);
    if (!who.ok) return who.outcome;
    const profile = new ProfilePage(env.session);
    const overlay = new MessagingOverlay(env.session);
    return deliver(ctx, env, async (fresh) => {
      const view = await profile.open(who.personUrl, { reuse: !fresh });
      // Connected, or not (an open profile can still be messaged): the Message control decides.
      const stop = profileGate(ctx, env.browser, view.status, {});
      if (stop) return { kind: 'stop', outcome: await stop };
      const recipient = {
        vanity: view.reading.state.person?.vanity ?? view.reading.ctx.vanity ?? null,
        name: view.reading.ctx.name ?? null,
      };
      // The bubble may still be open (a verification just read it): use it rather than click again.
      const open = await overlay.current(recipient, view.reading.ctx);
      if (open.kind === 'conversation') return open;
      if (!(await profile.clickMessage(view))) {
        // A connection always has Message: its absence there is selector drift, not LinkedIn's refusal.
        if (view.status.kind === 'connected')
          return { kind: 'stop', outcome: await unexpected(ctx, env.browser, 'message-control-not-found') };
        return { kind: 'stop', outcome: failure('messagingNotAllowed', MESSAGES.noMessageOption) };
      }
      return fromOverlay(ctx, env, await overlay.waitForConversation(recipient, view.reading.ctx));
    });
  },
});

async function fromOverlay(ctx: ActionContext, env: DriverEnv, o: OverlayOpened): Promise<Opened> {
  switch (o.kind) {
    case 'conversation':
      return o;
    case 'inmail':
      return { kind: 'stop', outcome: failure('messagingNotAllowed', MESSAGES.inmailOnly) };
    case 'unknown':
      return { kind: 'stop', outcome: await unexpected(ctx, env.browser, o.reason) };
    case 'none':
      return { kind: 'stop', outcome: await unexpected(ctx, env.browser, 'no-conversation-after-message') };
  }
}

/**
 * The one effect: open the conversation (`open(fresh)`; `fresh` forces a new page load), type, Send
 * once, verify by reading the thread. `baseline` is how many of our messages read the same text before
 * Send; a crash loses it, and a re-run then takes "our newest message is this text" as sent.
 */
async function deliver(
  ctx: ActionContext<'st.sendMessage'>,
  env: DriverEnv,
  open: (fresh: boolean) => Promise<Opened>,
  subject?: Subject,
): Promise<ActionOutcome> {
  const text = ctx.params.text;
  let current: ConversationView | null = null;
  let baseline: number | null = null;
  const sent = (m: Parameters<typeof countOwnMessages>[0]): boolean =>
    baseline !== null
      ? countOwnMessages(m, text) > baseline
      : messageKey(lastOwnMessage(m) ?? '') === messageKey(text);

  const verify = async (): Promise<Verification> => {
    // In place first (the message shows in the thread we wrote in), then from a fresh load.
    if (current) {
      const m = await current.waitForMessages(sent, env.session.timeouts.effectMs);
      if (sent(m)) return 'done';
    }
    const o = await open(true);
    if (o.kind !== 'conversation') return 'unknown';
    current = o.view;
    return sent(await o.view.waitForMessages(sent, 2_000)) ? 'done' : 'notDone';
  };

  return runEffect(ctx, {
    verify,
    act: async (commit): Promise<ActStep> => {
      const o = await open(false);
      if (o.kind === 'stop') return outcome(o.outcome);
      const view = o.view;
      current = view;
      if (!(await view.hasComposer()))
        return outcome(failure('messagingNotAllowed', MESSAGES.threadReadOnly));
      baseline = await view.ownCount(text);
      const typed = await view.typeMessage(text);
      if (!typed?.ok) return outcome(await unexpected(ctx, env.browser, 'message-not-typed'));
      const send = await view.sendControl();
      if (!send) return outcome(await unexpected(ctx, env.browser, 'send-not-enabled'));
      await commit();
      await send.click();
      // The message shows in the thread, or LinkedIn says no (an error toast and no message).
      const m = await view.waitForMessages(sent, env.session.timeouts.effectMs);
      if (!sent(m) && refusalToast(await readState(env.session)) === 'error') {
        ctx.log.warn({ where: view.where }, 'error toast after Send and the message is not in the thread');
        return outcome(failure('messagingNotAllowed', MESSAGES.messageRefused));
      }
      ctx.log.info({ where: view.where }, 'message sent');
      return { kind: 'effect' };
    },
    succeeded: () => success(undefined, subject),
    unverified: (reason) => {
      ctx.log.warn({ reason }, 'message not confirmed by the thread');
      return unexpected(ctx, env.browser, 'message-not-confirmed');
    },
  });
}
