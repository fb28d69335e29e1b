// Sales Navigator's lead and account search results (../shared/spec/linkedin-dom.md A19): a list that
// renders rows only once they scroll into view (the rest are empty `li` placeholders) and pages through
// numbered pages (Next, disabled by class `artdeco-button--disabled`). A page is read by scrolling each
// placeholder into view until it renders (bounded per row), then reading every rendered row in one
// evaluate; pages are walked with the shared PagedList up to what the caller wants, with progress logged.
import type { Locator } from 'playwright';
import { sel } from '../../selectors/linkedin/index.ts';
import {
  parseAccountRow,
  parseLeadRow,
  salesRowKey,
  type RawSalesRow,
  type SalesAccount,
  type SalesLead,
} from '../../selectors/salesnav/cards.ts';
import { LinkedInPage, findIn } from '../linkedin/linkedin-page.ts';
import { PagedList } from '../shared/paged-list.ts';
import { readSalesRowsInPage } from './sales-rows.ts';
import { openSalesPage, type SalesLanding } from './sales-landing.ts';

export type { SalesAccount, SalesLead };

/** Sales Navigator shows 25 rows a page and serves at most 2,500 results (100 pages). */
export const SALES_SEARCH_MAX_PAGES = 100;
const PAGE_SIZE = 25;

export class SalesSearchPage extends LinkedInPage {
  /** Opens a search address (`/sales/search/people?…` or `/sales/search/company?…`). */
  open(path: string): Promise<SalesLanding> {
    return openSalesPage(this.s, path, 'salesSearch');
  }

  /**
   * Whether the page shows a results list at all (`#search-results-container`, also when it holds no
   * rows). A search page without one is Sales Navigator refusing the search.
   */
  async hasResultsList(): Promise<boolean> {
    return (await findIn(this.s, sel.salesLists.search.container, { phrases: null })) !== null;
  }

  private async rowLocator(): Promise<Locator | null> {
    return (await findIn(this.s, sel.salesLists.search.rows, { phrases: null }))?.all ?? null;
  }

  /** The rows rendered now, in list order (placeholders left out). Never scrolls. */
  private async rendered(): Promise<RawSalesRow[]> {
    const rows = await this.rowLocator();
    if (!rows) return [];
    const raw = await rows.evaluateAll(readSalesRowsInPage);
    return raw.filter((r): r is RawSalesRow => r !== null);
  }

  /**
   * Scrolls every still-empty row into view and waits (bounded per row) until it renders, as a person
   * scrolling down the list would. A row that never renders is left out and logged.
   */
  async renderAll(): Promise<void> {
    const rows = await this.rowLocator();
    if (!rows) return;
    const n = await rows.count();
    let scrolled = 0;
    let missing = 0;
    const budget = Math.min(this.s.timeouts.effectMs, 5_000);
    for (let i = 0; i < n; i++) {
      const li = rows.nth(i);
      const isRendered = (): Promise<boolean> =>
        li.evaluate((el) => el.querySelector('[data-x-search-result]') !== null).catch(() => false);
      if (await isRendered()) continue;
      await this.s.pacing.pause('step');
      await li.scrollIntoViewIfNeeded({ timeout: this.s.timeouts.actionMs }).catch(() => undefined);
      scrolled++;
      const ok = await this.poll(async () => ((await isRendered()) ? true : undefined), budget);
      if (!ok) missing++;
    }
    if (missing > 0)
      this.s.log?.warn({ rows: n, missing }, 'search rows did not render when scrolled into view');
    else this.s.log?.debug({ rows: n, scrolled }, 'search rows rendered');
  }

  private list(maxPages: number): PagedList<RawSalesRow> {
    let page = 1;
    return new PagedList<RawSalesRow>(this.s, {
      name: 'salesSearch',
      rows: () => this.rendered(),
      key: salesRowKey,
      beforeRead: () => this.renderAll(),
      advance: [
        {
          kind: 'numbered',
          control: async () =>
            (await findIn(this.s, sel.salesLists.search.next, { phrases: null }))?.first ?? null,
          settleMs: this.s.timeouts.effectMs,
        },
      ],
      disabled: async (c) =>
        ((await c.getAttribute('class').catch(() => null)) ?? '').includes('artdeco-button--disabled') ||
        !(await c.isEnabled().catch(() => false)),
      afterAdvance: async () => {
        page++;
        this.s.log?.info({ page }, 'search results: next page');
      },
      maxBatches: Math.max(0, Math.min(maxPages, SALES_SEARCH_MAX_PAGES) - 1),
      intervalMs: 150,
    });
  }

  /** Rows across pages in order until `limit` rows are read or the results end (bounded). */
  private async read(limit: number): Promise<RawSalesRow[]> {
    const out: RawSalesRow[] = [];
    if (limit <= 0) return out;
    const pages = Math.ceil(limit / PAGE_SIZE) + 1;
    let page = 1;
    for await (const fresh of this.list(pages).batches()) {
      for (const { row } of fresh) {
        out.push(row);
        if (out.length >= limit) break;
      }
      this.s.log?.info({ page, read: out.length, wanted: limit }, 'search results read');
      page++;
      if (out.length >= limit) break;
    }
    return out;
  }

  async readLeads(limit: number): Promise<SalesLead[]> {
    return (await this.read(limit)).filter((r) => r.kind !== 'ACCOUNT').map(parseLeadRow);
  }

  async readAccounts(limit: number): Promise<SalesAccount[]> {
    return (await this.read(limit)).filter((r) => r.kind === 'ACCOUNT').map(parseAccountRow);
  }
}
