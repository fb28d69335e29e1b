// nv.sendMessage: from the lead page — Message → the composer (subject for a new conversation, the
// conversation itself otherwise) — or, with `threadId`, from the inbox thread; the text typed like a
// person → one Send → success only when the conversation shows the message as ours. InMail credits used up
// or a lead that accepts no messages: `messagingNotAllowed`. Never sent twice (journal key: target + text +
// subject). Texts and subjects are never logged.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { profileViewAtRoot } from '../kit/limit-uses.ts';
import { failure, MESSAGES, success } from '../kit/outcomes.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';
import { outcomeStep, runEffect, type ActStep, type Verification } from '../kit/side-effect.ts';
import { openLeadPage, salesPersonUrlOf } from '../support/sales-lead.ts';
import { SalesComposer, type ComposerOpen } from '../../../drivers/salesnav/composer.ts';

export const ACTION_TYPE = 'nv.sendMessage' as const;

const outcome = outcomeStep;

export const nvSendMessage = defineAction({
  actionType: ACTION_TYPE,
  limits: [{ category: 'nvMessages' }, profileViewAtRoot('nvPersonProfileViews')],
  sideEffect: {},
  async run(ctx): Promise<ActionOutcome> {
    const { text, subject } = ctx.params;
    const threadId =
      ctx.subject?.kind === 'conversation' ? ctx.subject.threadId : (ctx.params.threadId ?? undefined);
    const env = await driverEnv(ctx);
    const composer = new SalesComposer(env.session);

    /** Opens the conversation (or its composer); a result instead when it cannot be used. */
    const open = async (): Promise<ActionOutcome | null> => {
      let opened: ComposerOpen;
      if (threadId !== undefined) {
        opened = await composer.openThread(threadId, { reuse: true });
      } else {
        const who = salesPersonUrlOf(ctx);
        if (!who.ok) return who.outcome;
        const lead = await openLeadPage(ctx, env, who.personUrl, { reuse: true });
        if (!lead.ok) return lead.outcome;
        opened = await composer.openFromLead(lead.lead);
      }
      switch (opened.kind) {
        case 'open':
          return null;
        case 'notAllowed':
          return failure('messagingNotAllowed', MESSAGES.salesMessagingNotAllowed);
        case 'notFound':
          return failure('threadNotFound', MESSAGES.threadNotFound);
        case 'noSeat':
          return failure('noSalesNavigator', MESSAGES.noSalesNavigator);
        case 'unknown':
          ctx.log.warn({ reason: opened.reason }, 'sales navigator conversation not recognised');
          return unexpected(ctx, env.browser, 'sales-conversation-unknown');
      }
    };

    let before: number | null = null;
    return runEffect(ctx, {
      verify: async (): Promise<Verification> => {
        if (await open()) return 'unknown';
        const own = await composer.ownMessages();
        const last = own[own.length - 1]?.trim();
        const grew = before === null || own.length > before;
        return grew && last === text.trim() ? 'done' : 'notDone';
      },
      act: async (commit): Promise<ActStep> => {
        const stop = await open();
        if (stop) return outcome(stop);
        const isNew = await composer.wantsSubject();
        if (isNew && (await composer.creditsUsedUp()))
          return outcome(failure('messagingNotAllowed', MESSAGES.salesMessagingNotAllowed));
        // A new conversation needs its subject (validation requires it unless replying by threadId).
        if (isNew && !subject) return outcome(await unexpected(ctx, env.browser, 'subject-needed'));
        before = (await composer.ownMessages()).length;
        if (isNew && subject) {
          const typed = await composer.fillSubject(subject);
          if (!typed?.ok) return outcome(await unexpected(ctx, env.browser, 'subject-not-typed'));
        }
        const typed = await composer.typeBody(text);
        if (!typed?.ok) return outcome(await unexpected(ctx, env.browser, 'message-not-typed'));
        const send = await composer.send();
        if (!send) return outcome(failure('messagingNotAllowed', MESSAGES.salesMessagingNotAllowed));
        await commit();
        await send.click();
        const after = await composer.afterSend(text, before);
        if (after.kind === 'refused')
          return outcome(failure('messagingNotAllowed', MESSAGES.salesMessagingNotAllowed));
        return { kind: 'effect' };
      },
      succeeded: () => success(),
      unverified: (reason) => {
        ctx.log.warn({ reason }, 'sales navigator message not confirmed by the conversation');
        return unexpected(ctx, env.browser, 'sales-message-not-confirmed');
      },
    });
  },
});
