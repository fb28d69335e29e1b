// st.manageConversation: archive / unarchive, star / unstar, mute / unmute a conversation — on the thread's
// own page (`threadId`, or the thread st.sendMessage wrote in), through the title bar's options menu
// (never another conversation's menu in the list). Already in the requested state = success without a
// click; otherwise one click on the item, verified by the menu's label flipping ("Star" → "Unstar").
// Under st.sendMessage from a profile the parent hands on the person: their thread is looked up in the
// conversation list by name.
import type { ActionOutcome, Subject } from '../../engine/types.ts';
import type { ActionContext } from '../kit/action-context.ts';
import { defineAction } from '../kit/define-action.ts';
import { driverEnv, personUrlOf, unexpected, type DriverEnv } from '../kit/person-context.ts';
import { failure, MESSAGES, success } from '../kit/outcomes.ts';
import { outcomeStep, runEffect, type ActStep, type Verification } from '../kit/side-effect.ts';
import { ConversationOptions } from '../../../drivers/linkedin/conversation-options.ts';
import { ConversationListPage } from '../../../drivers/linkedin/conversation-list.ts';
import { MessagingThreadPage } from '../../../drivers/linkedin/messaging-thread.ts';
import { ProfilePage } from '../../../drivers/linkedin/profile-page.ts';
import { OPERATION_MARK } from '../../../selectors/linkedin/cards/conversation-options.ts';

export const ACTION_TYPE = 'st.manageConversation' as const;

type Ctx = ActionContext<'st.manageConversation'>;
type Thread = { kind: 'thread'; threadId: string } | { kind: 'stop'; outcome: ActionOutcome };

export const manageConversation = defineAction({
  actionType: ACTION_TYPE,
  // Key: the target (thread, or the person under st.sendMessage) + the operation.
  sideEffect: {},
  async run(ctx): Promise<ActionOutcome> {
    const env = await driverEnv(ctx);
    const t = await threadOf(ctx, env);
    if (t.kind === 'stop') return t.outcome;
    return manage(ctx, env, t.threadId);
  },
});

/** The thread to act on: the parent's conversation, `threadId`, or the person's thread from the inbox. */
async function threadOf(ctx: Ctx, env: DriverEnv): Promise<Thread> {
  if (ctx.subject?.kind === 'conversation') return { kind: 'thread', threadId: ctx.subject.threadId };
  if (ctx.params.threadId !== undefined) return { kind: 'thread', threadId: ctx.params.threadId };
  const who = personUrlOf(ctx);
  if (!who.ok) return { kind: 'stop', outcome: who.outcome };
  // Under st.sendMessage the profile is open: its name finds the conversation card.
  const view = await new ProfilePage(env.session).open(who.personUrl, { reuse: true });
  if (view.status.kind === 'notFound')
    return { kind: 'stop', outcome: failure('personNotFound', MESSAGES.personNotFound) };
  const name = view.reading.ctx.name;
  if (!name) return { kind: 'stop', outcome: await unexpected(ctx, env.browser, 'person-name-unreadable') };
  const found = await new ConversationListPage(env.session).threadWith(name);
  switch (found.kind) {
    case 'found':
      return { kind: 'thread', threadId: found.threadId };
    case 'none':
      return { kind: 'stop', outcome: failure('threadNotFound', MESSAGES.noConversationWithPerson) };
    case 'ambiguous':
      return { kind: 'stop', outcome: await unexpected(ctx, env.browser, 'conversation-name-ambiguous') };
    case 'unknown':
      return { kind: 'stop', outcome: await unexpected(ctx, env.browser, found.reason) };
  }
}

async function manage(ctx: Ctx, env: DriverEnv, threadId: string): Promise<ActionOutcome> {
  const op = ctx.params.operation;
  const [mark, wanted] = OPERATION_MARK[op];
  const page = new MessagingThreadPage(env.session);
  const options = new ConversationOptions(env.session);
  const subject: Subject = { kind: 'conversation', threadId };

  const verdict = (m: boolean | null): Verification =>
    m === wanted ? 'done' : m === !wanted ? 'notDone' : 'unknown';

  const verify = async (): Promise<Verification> => {
    // In place first (the label flips when LinkedIn accepted the click), then from a fresh load.
    if (page.showing(threadId)) {
      if ((await options.waitForMark(mark, wanted, env.session.timeouts.effectMs)) === wanted) return 'done';
    }
    const t = await page.open(threadId, { reuse: false });
    if (t.kind !== 'conversation') return 'unknown';
    return verdict(await options.readMark(mark));
  };

  return runEffect(ctx, {
    verify,
    act: async (commit): Promise<ActStep> => {
      const t = await page.open(threadId, { reuse: true });
      if (t.kind === 'notFound') return outcomeStep(failure('threadNotFound', MESSAGES.threadNotFound));
      if (t.kind === 'unknown') return outcomeStep(await unexpected(ctx, env.browser, t.reason));
      const o = await options.open();
      if (o.kind !== 'menu') return outcomeStep(await unexpected(ctx, env.browser, o.reason));
      const now = o.menu.marks[mark];
      if (now === wanted) {
        await o.menu.close();
        ctx.log.info({ operation: op }, 'conversation already in the requested state');
        return outcomeStep(success(undefined, subject));
      }
      const item = o.menu.item(op);
      if (now === null || !item) {
        await o.menu.close();
        return outcomeStep(await unexpected(ctx, env.browser, `conversation-option-${op}-not-offered`));
      }
      await commit();
      await item.click();
      ctx.log.info({ operation: op }, 'conversation option chosen');
      return { kind: 'effect' };
    },
    succeeded: () => success(undefined, subject),
    unverified: (reason) => {
      ctx.log.warn({ reason, operation: op }, 'conversation change not confirmed by the menu');
      return unexpected(ctx, env.browser, 'conversation-change-not-confirmed');
    },
  });
}
