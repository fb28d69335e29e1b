// The polls of Linked API §6 read from the store (nothing touches LinkedIn): `conversations poll` — the
// messages of conversations registered with st.syncConversation (type st) or nv.syncConversation (type
// nv) — and `inbox poll` — messages that reached
// the standard inbox since st.syncInbox / the Sales Navigator inbox since nv.syncInbox was enabled, newest
// first. A conversation or inbox never synced answers
// `conversationsNotSynced`. `time` is when a sync first stored the message (LinkedIn's pages show only
// relative times).
import type {
  ConversationMessageRecord,
  ConversationRecord,
  ConversationRepository,
  InboxKind,
} from '../store/store.ts';
import { openStore } from '../store/index.ts';
import { normalizePersonUrl, vanityFromPersonUrl } from '../../selectors/url/linkedin-url.ts';

export type PollError = { type: 'conversationsNotSynced'; message: string };
export type PollResult<T> = { ok: true; result: T } | { ok: false; error: PollError };

export interface PolledMessage {
  id: string;
  sender: 'us' | 'them';
  text: string;
  time: string;
  threadId?: string;
}

export interface PolledConversation {
  personUrl: string | null;
  since?: string;
  type: InboxKind;
  messages: PolledMessage[];
  syncUntil: string | null;
  personUrn: string | null;
}

const notSynced = (what: string): PollResult<never> => ({
  ok: false,
  error: {
    type: 'conversationsNotSynced',
    message: `${what} has not been synced: run the sync action first.`,
  },
});

export async function pollConversations(
  repo: ConversationRepository,
  q: { account: string; personUrl?: string; threadId?: string; since?: Date; type?: InboxKind },
): Promise<PollResult<PolledConversation[]>> {
  const type = q.type ?? 'st';
  // nv.syncConversation stores under `salesnav:<lead id>` (the inbox's `salesnav:thread:` is apart);
  // st conversations are every other key.
  const ofType = (c: ConversationRecord): boolean =>
    type === 'nv'
      ? c.key.startsWith('salesnav:') && !c.key.startsWith('salesnav:thread:')
      : !c.key.startsWith('salesnav:');
  const synced = (await repo.listConversations(q.account, { synced: true })).filter(ofType);
  let chosen: ConversationRecord[] = synced;
  if (q.personUrl !== undefined && type === 'nv') {
    // A lead URL is no /in/ URL: it matches by its lead id; a profile URL by the stored one.
    let url: string | null = null;
    try {
      url = normalizePersonUrl(q.personUrl);
    } catch {
      url = null;
    }
    const leadId = /\/sales\/(?:lead|people)\/([A-Za-z0-9_-]+)/.exec(q.personUrl)?.[1];
    chosen = synced.filter((c) => c.personUrl === url || (leadId && c.key === `salesnav:${leadId}`));
    if (chosen.length === 0) return notSynced('The Sales Navigator conversation with this person');
  } else if (q.personUrl !== undefined) {
    const url = normalizePersonUrl(q.personUrl);
    const key = `person:${vanityFromPersonUrl(q.personUrl)}`;
    chosen = synced.filter((c) => c.key === key || c.personUrl === url);
    if (chosen.length === 0) return notSynced('The conversation with this person');
  } else if (q.threadId !== undefined) {
    chosen = synced.filter((c) => c.threadId === q.threadId || c.key === `thread:${q.threadId}`);
    if (chosen.length === 0) return notSynced('The conversation with this thread id');
  }
  const result: PolledConversation[] = [];
  for (const c of chosen) {
    const msgs = await repo.listMessages({
      account: q.account,
      conversation: c.key,
      ...(q.since ? { since: q.since } : {}),
    });
    result.push({
      personUrl: c.personUrl,
      ...(q.since ? { since: q.since.toISOString() } : {}),
      type,
      messages: msgs.map((m) => ({
        id: m.id,
        sender: m.sender,
        text: m.text,
        time: m.time.toISOString(),
        ...(c.threadId ? { threadId: c.threadId } : {}),
      })),
      syncUntil: c.syncUntil?.toISOString() ?? null,
      personUrn: null,
    });
  }
  return { ok: true, result };
}

export interface InboxMessage {
  id: string;
  /** Which inbox: the standard one (st.syncInbox) or Sales Navigator's (nv.syncInbox). */
  type: InboxKind;
  threadId: string;
  personUrl: string | null;
  sender: 'us' | 'them';
  text: string;
  time: string;
  personUrn: string | null;
  /** The list shows no profile link: null until a conversation sync resolved the person. */
  personHashedUrl: string | null;
  personPublicUrl: string | null;
}

/** Where each inbox's sync stores its conversations (st.syncInbox / nv.syncInbox keys). */
const INBOX_KEY_PREFIX: Record<InboxKind, string> = { st: 'thread:', nv: 'salesnav:thread:' };

/**
 * Messages that reached the inbox of `type` — both synced inboxes when omitted — since its sync was
 * enabled, newest first. An inbox asked for by type and never synced, or none synced at all:
 * conversationsNotSynced.
 */
export async function pollInbox(
  repo: ConversationRepository,
  q: { account: string; since?: Date; threadId?: string; type?: InboxKind },
): Promise<PollResult<{ messages: InboxMessage[] }>> {
  const kinds: InboxKind[] = q.type ? [q.type] : ['st', 'nv'];
  const synced: { kind: InboxKind; startedAt: Date }[] = [];
  for (const kind of kinds) {
    const sync = await repo.getInboxSync(q.account, kind);
    if (sync) synced.push({ kind, startedAt: sync.startedAt });
  }
  if (synced.length === 0) return notSynced(q.type === 'nv' ? 'The Sales Navigator inbox' : 'The inbox');
  const convs = new Map((await repo.listConversations(q.account)).map((c) => [c.key, c]));
  const messages: InboxMessage[] = [];
  for (const { kind, startedAt } of synced) {
    // Only what arrived after the inbox sync was enabled (the first read is a baseline stored before it).
    const since = q.since && q.since > startedAt ? q.since : startedAt;
    const prefix = INBOX_KEY_PREFIX[kind];
    const msgs: ConversationMessageRecord[] = (await repo.listMessages({ account: q.account, since })).filter(
      (m) => m.conversation.startsWith(prefix),
    );
    messages.push(
      ...msgs
        .map((m) => {
          const c = convs.get(m.conversation);
          const threadId = c?.threadId ?? m.conversation.slice(prefix.length);
          return {
            id: m.id,
            type: kind,
            threadId,
            personUrl: c?.personUrl ?? null,
            sender: m.sender,
            text: m.text,
            time: m.time.toISOString(),
            personUrn: null,
            personHashedUrl: null,
            personPublicUrl: c?.personUrl ?? null,
          };
        })
        .filter((m) => q.threadId === undefined || m.threadId === q.threadId)
        .reverse(),
    );
  }
  // Newest first across both inboxes (a stable sort keeps each inbox's own order within one instant).
  if (synced.length > 1) messages.sort((a, b) => b.time.localeCompare(a.time));
  return { ok: true, result: { messages } };
}

/** Runs `fn` on the store under `home`, always closing it (for the poll commands). */
export async function withConversationStore<T>(
  home: string,
  fn: (store: ConversationRepository) => Promise<T>,
): Promise<T> {
  const store = openStore(home);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Is `url` a LinkedIn profile URL a poll can name (`https://www.linkedin.com/in/…`)? */
export function isPersonUrl(url: string): boolean {
  try {
    vanityFromPersonUrl(url);
    return true;
  } catch {
    return false;
  }
}
