// The messaging page's conversation list (linkedin-dom A17), for st.syncInbox: opens /messaging/ and reads
// the cards (thread, name, time, newest-message snippet, unread marker) through one PagedList (infinite
// scroll, bounded), as plain data parsed by selectors/linkedin/cards/conversation-card.ts. It never clicks
// a card: opening a conversation is what LinkedIn counts as reading it.
import { sel, type ResolveContext } from '../../selectors/linkedin/index.ts';
import {
  parseConversationCard,
  type ConversationCard,
  type RawConversationCard,
} from '../../selectors/linkedin/cards/conversation-card.ts';
import { MESSAGING_PATH, pageUrl } from '../../selectors/url/linkedin-url.ts';
import { normalizeText } from '../../selectors/linkedin/text.ts';
import { navigate } from '../shared/navigation.ts';
import { PagedList } from '../shared/paged-list.ts';
import { LinkedInPage } from './linkedin-page.ts';
import { assertSession, readState, waitForReading } from './page-state.ts';

export type InboxOpened = { kind: 'list' } | { kind: 'unknown'; reason: string };

export type ThreadLookup =
  | { kind: 'found'; threadId: string }
  | { kind: 'none' }
  | { kind: 'ambiguous' }
  | { kind: 'unknown'; reason: string };

export class ConversationListPage extends LinkedInPage {
  private ctx: ResolveContext = { phrases: null };

  async open(): Promise<InboxOpened> {
    const nav = await navigate(this.s.page, pageUrl(this.s.origin, MESSAGING_PATH), {
      timeoutMs: this.s.timeouts.navigationMs,
      ...(this.s.signal ? { signal: this.s.signal } : {}),
    });
    if (!nav.ok) {
      const r = await readState(this.s).catch(() => undefined);
      if (r) assertSession(r);
      return { kind: 'unknown', reason: 'navigation-failed' };
    }
    const r = await waitForReading(
      this.s,
      (x) =>
        x.signals.markers.messagingList ||
        x.state.session.state === 'signedOut' ||
        x.state.session.state === 'checkpoint',
      this.s.timeouts.hydrationMs,
    );
    assertSession(r);
    this.ctx = r.ctx;
    if (!(await this.find(sel.messaging.conversationList, r.ctx)))
      return { kind: 'unknown', reason: `conversation-list-missing-on-${r.state.page}` };
    return { kind: 'list' };
  }

  private async raw(): Promise<RawConversationCard[]> {
    const list = await this.find(sel.messaging.conversationList, this.ctx);
    if (!list) return [];
    // Runs in the page: no named inner function (tsx's keepNames would wrap it in `__name(...)`, which
    // the page lacks — see list-cards.ts), only anonymous callbacks passed as arguments.
    return list.locator('li.msg-conversation-listitem').evaluateAll((items) =>
      items.map((li) => {
        const [name, time, snippet] = [
          '.msg-conversation-card__participant-names',
          '.msg-conversation-card__time-stamp',
          '.msg-conversation-card__message-snippet',
        ].map((q) => {
          const el = li.querySelector(q);
          return el ? ((el as HTMLElement).innerText ?? el.textContent ?? '') : '';
        });
        const a = li.querySelector('a[href*="/messaging/thread/"]');
        const card = li.querySelector('.msg-conversation-card');
        return {
          href: a ? (a as HTMLAnchorElement).href : null,
          name: name ?? '',
          time: time ?? '',
          snippet: snippet ?? '',
          unread:
            !!card &&
            (/--unread\b/.test(card.className) || li.querySelector('.notification-badge--show') !== null),
        };
      }),
    );
  }

  /** The conversations in list order, newest first, up to `max` (bounded scrolling). */
  async read(max: number, maxScrolls = 20): Promise<ConversationCard[]> {
    const out: ConversationCard[] = [];
    const list = new PagedList<RawConversationCard>(this.s, {
      name: 'conversations',
      rows: () => this.raw(),
      key: (r) => r.href ?? `${r.name}|${r.snippet}`,
      advance: [{ kind: 'infiniteScroll', settleMs: Math.min(this.s.timeouts.effectMs, 2_000) }],
      maxBatches: maxScrolls,
      intervalMs: 200,
    });
    for await (const fresh of list.batches()) {
      for (const { row } of fresh) {
        const card = parseConversationCard(row);
        if (card) out.push(card);
        if (out.length >= max) return out;
      }
    }
    return out;
  }

  /**
   * The thread of the one conversation whose card names `name` (st.manageConversation under
   * st.sendMessage from a profile). The list shows names only: two threads with that name are ambiguous,
   * never guessed. Reads at most `max` cards (bounded scrolling), never opens one.
   */
  async threadWith(name: string, max = 200): Promise<ThreadLookup> {
    const opened = await this.open();
    if (opened.kind !== 'list') return opened;
    const wanted = normalizeText(name);
    const ids = new Set((await this.read(max)).filter((c) => c.name === wanted).map((c) => c.threadId));
    if (ids.size === 0) return { kind: 'none' };
    if (ids.size > 1) return { kind: 'ambiguous' };
    return { kind: 'found', threadId: [...ids][0]! };
  }
}
