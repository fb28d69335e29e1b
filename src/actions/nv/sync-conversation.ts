// nv.syncConversation: registers the Sales Navigator conversation with a person for syncing (a new period
// of `days`; history already collected is kept) and reads it into the store now: the lead page's Message →
// the composer overlay, which shows the conversation → every message, stored once per identity. Read-only:
// nothing is typed or sent. A lead that accepts no messages, or no conversation yet: registered with
// nothing to read. Stored under its own key (`salesnav:<lead id>`), apart from the standard conversation
// with the same person. Message text is never logged.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { profileViewAtRoot } from '../kit/limit-uses.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';
import { success } from '../kit/outcomes.ts';
import { identifyMessages } from '../support/message-identity.ts';
import { openLeadPage, salesPersonUrlOf } from '../support/sales-lead.ts';
import { SalesComposer } from '../../../drivers/salesnav/composer.ts';

export const ACTION_TYPE = 'nv.syncConversation' as const;

const DAY_MS = 86_400_000;

/** The store key of the Sales Navigator conversation with a lead. */
export function salesConversationKey(leadId: string): string {
  return `salesnav:${leadId}`;
}

export const nvSyncConversation = defineAction({
  actionType: ACTION_TYPE,
  limits: [profileViewAtRoot('nvPersonProfileViews')],
  async run(ctx): Promise<ActionOutcome> {
    const who = salesPersonUrlOf(ctx);
    if (!who.ok) return who.outcome;
    const env = await driverEnv(ctx);
    // Always a fresh load: an overlay left open earlier may not show what arrived since.
    const opened = await openLeadPage(ctx, env, who.personUrl, { reuse: false });
    if (!opened.ok) return opened.outcome;
    const leadId = /\/sales\/(?:lead|people)\/([A-Za-z0-9_-]+)/.exec(env.session.page.url())?.[1];
    if (!leadId) return unexpected(ctx, env.browser, 'lead-id-not-found');
    const info = await opened.lead.basicInfo();
    const { repo, account } = ctx.conversations;
    const key = salesConversationKey(leadId);
    const now = ctx.conversations.now();
    await repo.upsertConversation({
      account,
      key,
      personUrl: info.publicUrl ?? info.hashedUrl ?? who.personUrl,
      name: info.name,
      now,
    });
    await repo.registerConversationSync(
      account,
      key,
      now,
      new Date(now.getTime() + ctx.params.days * DAY_MS),
    );

    const composer = new SalesComposer(env.session);
    const open = await composer.openFromLead(opened.lead);
    if (open.kind === 'notAllowed') {
      ctx.log.info('the lead accepts no messages: the sync is registered with nothing to read yet');
      return success();
    }
    if (open.kind !== 'open') return unexpected(ctx, env.browser, 'sales-composer-not-open');
    const threadId = await composer.threadId();
    if (threadId) await repo.upsertConversation({ account, key, threadId, now });
    const messages = await composer.messages();
    const fresh = await repo.recordMessages(
      account,
      key,
      identifyMessages(key, messages).map((m) => ({ ...m, shownTime: null })),
      ctx.conversations.now(),
    );
    ctx.log.info({ read: messages.length, new: fresh.length }, 'sales navigator conversation synced');
    return success();
  },
});
