// nv.manageConversation: archive / unarchive a Sales Navigator conversation on its inbox page
// (/sales/inbox/<threadId>), through the open thread's own options menu. Already in the requested state =
// success without a click; otherwise one click on the item, verified by the item flipping (Archive ⇄
// Unarchive). Unknown thread: threadNotFound; no seat: noSalesNavigator.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';
import { failure, MESSAGES, success } from '../kit/outcomes.ts';
import { outcomeStep, runEffect, type Verification } from '../kit/side-effect.ts';
import { SalesComposer } from '../../../drivers/salesnav/composer.ts';
import { SalesThreadOptions } from '../../../drivers/salesnav/thread-options.ts';

export const ACTION_TYPE = 'nv.manageConversation' as const;

export const nvManageConversation = defineAction({
  actionType: ACTION_TYPE,
  sideEffect: {},
  async run(ctx): Promise<ActionOutcome> {
    const threadId =
      ctx.subject?.kind === 'conversation' ? ctx.subject.threadId : (ctx.params.threadId ?? undefined);
    if (threadId === undefined) return failure('threadNotFound', MESSAGES.threadNotFound);
    const env = await driverEnv(ctx);
    const thread = new SalesComposer(env.session);
    const options = new SalesThreadOptions(env.session);
    const want = ctx.params.operation === 'archive';

    const open = async (reuse: boolean): Promise<ActionOutcome | null> => {
      const t = await thread.openThread(threadId, { reuse });
      if (t.kind === 'open') return null;
      if (t.kind === 'notFound') return failure('threadNotFound', MESSAGES.threadNotFound);
      if (t.kind === 'noSeat') return failure('noSalesNavigator', MESSAGES.noSalesNavigator);
      return unexpected(ctx, env.browser, 'sales-thread-unknown');
    };

    return runEffect(ctx, {
      verify: async (): Promise<Verification> => {
        if (await open(true)) return 'unknown';
        const archived = await options.waitArchived(want, env.session.timeouts.effectMs);
        if (archived === null) return 'unknown';
        return archived === want ? 'done' : 'notDone';
      },
      act: async (commit) => {
        const stop = await open(true);
        if (stop) return outcomeStep(stop);
        const menu = await options.open();
        if (!menu) return outcomeStep(await unexpected(ctx, env.browser, 'sales-thread-options-unreadable'));
        if (menu.archived === want) {
          await menu.close();
          return outcomeStep(success());
        }
        const item = menu.item(ctx.params.operation);
        if (!item) return outcomeStep(await unexpected(ctx, env.browser, 'sales-thread-option-missing'));
        await commit();
        await item.click();
        return { kind: 'effect' };
      },
      succeeded: () => success(),
      unverified: () => unexpected(ctx, env.browser, 'sales-conversation-option-not-confirmed'),
    });
  },
});
