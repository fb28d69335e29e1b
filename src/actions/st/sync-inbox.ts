// st.syncInbox: registers the inbox for syncing (once per account) and reads the conversation list into
// the store: each conversation's newest message as its card shows it (sender from the snippet's "You:" /
// "<First>:" prefix), stored once per identity. Only messages that arrive after the inbox sync was enabled
// are reported by `inbox poll`: the first read stores what the list already shows as the baseline
// (timestamped just before the sync started). Read-only, and it never opens a conversation — opening one
// is what LinkedIn counts as reading it — so what it sees is the list's snippet (LinkedIn may shorten a
// long message there) and two identical newest messages in a row count once. Message text is never logged.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';
import { success } from '../kit/outcomes.ts';
import { ConversationListPage } from '../../../drivers/linkedin/conversation-list.ts';
import { hashedMessageId } from '../support/message-identity.ts';

export const ACTION_TYPE = 'st.syncInbox' as const;

/** How many conversations of the list one sync reads (newest first). */
export const INBOX_READ_BOUND = 100;

/** The store key of a conversation known by its thread. */
export function threadConversationKey(threadId: string): string {
  return `thread:${threadId}`;
}

export const syncInbox = defineAction({
  actionType: ACTION_TYPE,
  async run(ctx): Promise<ActionOutcome> {
    const { repo, account } = ctx.conversations;
    const existing = await repo.getInboxSync(account);
    const startedAt = await repo.registerInboxSync(account, ctx.conversations.now());
    const env = await driverEnv(ctx);
    const page = new ConversationListPage(env.session);
    const opened = await page.open();
    if (opened.kind !== 'list') return unexpected(ctx, env.browser, opened.reason);
    const cards = await page.read(INBOX_READ_BOUND);
    // The first read is the baseline: stored as seen before the sync began, so never reported as new.
    const at = existing?.lastSyncedAt ? ctx.conversations.now() : new Date(startedAt.getTime() - 1);
    let fresh = 0;
    for (const c of cards) {
      if (!c.sender || !c.text) continue;
      const key = threadConversationKey(c.threadId);
      await repo.upsertConversation({ account, key, threadId: c.threadId, name: c.name, now: at });
      const stored = await repo.recordMessages(
        account,
        key,
        [
          {
            id: hashedMessageId(key, c.sender, c.text, 1),
            sender: c.sender,
            text: c.text,
            shownTime: c.shownTime,
          },
        ],
        at,
      );
      fresh += stored.length;
    }
    await repo.markInboxSynced(account, ctx.conversations.now());
    ctx.log.info({ conversations: cards.length, new: fresh }, 'inbox synced');
    return success();
  },
});
