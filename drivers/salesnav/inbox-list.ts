// The Sales Navigator inbox's conversation list (/sales/inbox/), for nv.syncInbox: opens the inbox and
// reads its items (thread, name, newest-message snippet) through one PagedList (infinite scroll, bounded)
// as plain data parsed by selectors/salesnav/inbox-card.ts. It never clicks an item: opening a
// conversation is what Sales Navigator counts as reading it.
import { sel } from '../../selectors/linkedin/index.ts';
import {
  parseSalesInboxCard,
  type RawSalesInboxCard,
  type SalesInboxCard,
} from '../../selectors/salesnav/inbox-card.ts';
import { PagedList } from '../shared/paged-list.ts';
import { openSalesPage } from './sales-landing.ts';
import { SALES_CTX, SalesNavPage } from './sales-nav-page.ts';

export const SALES_INBOX_PATH = '/sales/inbox/';

export type SalesInboxOpened =
  { kind: 'list' } | { kind: 'noSalesNavigator' } | { kind: 'unknown'; reason: string };

export class SalesInboxList extends SalesNavPage {
  async open(): Promise<SalesInboxOpened> {
    const landing = await openSalesPage(this.s, SALES_INBOX_PATH, 'salesInbox');
    if (landing.kind === 'noSalesNavigator') return { kind: 'noSalesNavigator' };
    if (landing.kind === 'other')
      return { kind: 'unknown', reason: `landed-on-${landing.reading.state.page}` };
    if (!(await this.waitFind(sel.salesNav.inbox.list, SALES_CTX, this.s.timeouts.hydrationMs)))
      return { kind: 'unknown', reason: 'sales-inbox-list-missing' };
    return { kind: 'list' };
  }

  private async raw(): Promise<RawSalesInboxCard[]> {
    const list = await this.find(sel.salesNav.inbox.list, SALES_CTX);
    if (!list) return [];
    // Runs in the page: only anonymous callbacks (see drivers/linkedin/conversation-list.ts).
    return list.locator('li').evaluateAll((items) =>
      items.flatMap((li) => {
        const a = li.querySelector('a[href*="/sales/inbox/"]');
        if (!a) return [];
        const name = li.querySelector('[data-anonymize="person-name"]');
        return [
          {
            href: (a as HTMLAnchorElement).href,
            name: name ? ((name as HTMLElement).innerText ?? name.textContent ?? '') : '',
            text: (a as HTMLElement).innerText ?? a.textContent ?? '',
          },
        ];
      }),
    );
  }

  /** The conversations in list order, newest first, up to `max` (bounded scrolling). */
  async read(max: number, maxScrolls = 20): Promise<SalesInboxCard[]> {
    const out: SalesInboxCard[] = [];
    const list = new PagedList<RawSalesInboxCard>(this.s, {
      name: 'sales conversations',
      rows: () => this.raw(),
      key: (r) => r.href ?? `${r.name}|${r.text}`,
      advance: [{ kind: 'infiniteScroll', settleMs: Math.min(this.s.timeouts.effectMs, 2_000) }],
      maxBatches: maxScrolls,
      intervalMs: 200,
    });
    for await (const fresh of list.batches()) {
      for (const { row } of fresh) {
        const card = parseSalesInboxCard(row);
        if (card) out.push(card);
        if (out.length >= max) return out;
      }
    }
    return out;
  }
}
