// Finds the thread of a conversation with a person from the messaging page's conversation list
// (linkedin-dom A17 "Full page": `.msg-conversation-card__participant-names`, each card linking to
// `/messaging/thread/<id>/`) — for st.manageConversation under st.sendMessage, which hands on the person
// when it wrote from their profile. The list shows names only: a name that two cards show is ambiguous.
import { threadIdFromUrl } from '../../selectors/url/linkedin-url.ts';
import { normalizeText } from '../../selectors/linkedin/text.ts';
import { navigate } from '../shared/navigation.ts';
import { LinkedInPage } from './linkedin-page.ts';
import { assertSession, readState } from './page-state.ts';

export type ThreadLookup =
  | { kind: 'found'; threadId: string }
  | { kind: 'none' }
  | { kind: 'ambiguous' }
  | { kind: 'unknown'; reason: string };

export class InboxThreadLookup extends LinkedInPage {
  /** Opens `/messaging/` and looks for the one conversation card naming `name`. */
  async threadWith(name: string): Promise<ThreadLookup> {
    const nav = await navigate(this.s.page, `${this.s.origin}/messaging/`, {
      timeoutMs: this.s.timeouts.navigationMs,
      ...(this.s.signal ? { signal: this.s.signal } : {}),
    });
    const reading = await readState(this.s);
    assertSession(reading);
    if (!nav.ok || reading.state.page !== 'messaging') return { kind: 'unknown', reason: 'inbox-not-open' };
    const cards = this.s.page.locator(
      'li.msg-conversation-listitem, li.msg-conversations-container__convo-item',
    );
    await this.poll(async () => ((await cards.count()) > 0 ? true : undefined), this.s.timeouts.hydrationMs);
    const rows = await cards.evaluateAll((lis) =>
      lis.map((li) => ({
        name: li.querySelector('.msg-conversation-card__participant-names')?.textContent ?? '',
        href: li.querySelector('a[href*="/messaging/thread/"]')?.getAttribute('href') ?? '',
      })),
    );
    const wanted = normalizeText(name);
    const hits = rows.filter((r) => normalizeText(r.name) === wanted && r.href);
    if (hits.length === 0) return { kind: 'none' };
    const ids = new Set(hits.map((h) => threadIdFromUrl(new URL(h.href, this.s.origin).href)));
    if (ids.size > 1) return { kind: 'ambiguous' };
    const [id] = [...ids];
    return id ? { kind: 'found', threadId: id } : { kind: 'unknown', reason: 'thread-link-unreadable' };
  }
}
