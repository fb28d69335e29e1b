// nv.syncInbox: registers the Sales Navigator inbox for syncing (once per account, apart from the standard
// inbox of st.syncInbox) and reads /sales/inbox/'s conversation list into the store: each conversation's
// newest message as its item shows it, stored once per identity under `salesnav:thread:<threadId>`. Only
// messages that arrive after the sync was enabled are reported by `inbox poll` (type nv): the first read
// is the baseline, timestamped just before the sync started. Read-only, and it never opens a conversation
// — opening one is what Sales Navigator counts as reading it — so what it sees is the snippet, and two
// identical newest messages in a row count once. No seat: noSalesNavigator, nothing registered. Message
// text is never logged.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';
import { failure, MESSAGES, success } from '../kit/outcomes.ts';
import { hashedMessageId } from '../support/message-identity.ts';
import { SalesInboxList } from '../../../drivers/salesnav/inbox-list.ts';

export const ACTION_TYPE = 'nv.syncInbox' as const;

/** How many conversations of the list one sync reads (newest first), as st.syncInbox. */
export const SALES_INBOX_READ_BOUND = 100;

/** The store key of a Sales Navigator conversation known by its thread (the inbox reads threads only). */
export function salesThreadConversationKey(threadId: string): string {
  return `salesnav:thread:${threadId}`;
}

export const nvSyncInbox = defineAction({
  actionType: ACTION_TYPE,
  async run(ctx): Promise<ActionOutcome> {
    const { repo, account } = ctx.conversations;
    const env = await driverEnv(ctx);
    const page = new SalesInboxList(env.session);
    const opened = await page.open();
    if (opened.kind === 'noSalesNavigator') return failure('noSalesNavigator', MESSAGES.noSalesNavigator);
    if (opened.kind !== 'list') return unexpected(ctx, env.browser, opened.reason);
    const existing = await repo.getInboxSync(account, 'nv');
    const startedAt = await repo.registerInboxSync(account, ctx.conversations.now(), 'nv');
    const cards = await page.read(SALES_INBOX_READ_BOUND);
    // The first read is the baseline: stored as seen before the sync began, so never reported as new.
    const at = existing?.lastSyncedAt ? ctx.conversations.now() : new Date(startedAt.getTime() - 1);
    let fresh = 0;
    for (const c of cards) {
      const key = salesThreadConversationKey(c.threadId);
      await repo.upsertConversation({ account, key, threadId: c.threadId, name: c.name, now: at });
      const stored = await repo.recordMessages(
        account,
        key,
        [{ id: hashedMessageId(key, c.sender, c.text, 1), sender: c.sender, text: c.text, shownTime: null }],
        at,
      );
      fresh += stored.length;
    }
    await repo.markInboxSynced(account, ctx.conversations.now(), 'nv');
    ctx.log.info({ conversations: cards.length, new: fresh }, 'sales navigator inbox synced');
    return success();
  },
});
