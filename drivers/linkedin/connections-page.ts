// The connections list (../shared/spec/linkedin-dom.md A16): read the account's 1st-degree connections
// through one PagedList (infinite scroll in both front ends) until the wanted number or the end, bounded.
// Cards are read in the page as plain data and parsed by selectors/linkedin/cards/connection.ts; a card is
// handed out as data plus its one intent (`remove()`), never as a Locator.
import type { Locator } from 'playwright';
import { sel, type ResolveContext } from '../../selectors/linkedin/index.ts';
import {
  connectionKey,
  parseConnection,
  type Connection,
} from '../../selectors/linkedin/cards/connection.ts';
import { linksToVanity } from '../../selectors/linkedin/cards/links.ts';
import type { CardContext } from '../../selectors/linkedin/cards/raw-card.ts';
import { phraseTableFor, type PhraseTable } from '../../selectors/linkedin/locales/index.ts';
import { navigate } from '../shared/navigation.ts';
import { PagedList } from '../shared/paged-list.ts';
import { dismissInterstitials } from './interstitials.ts';
import { LinkedInPage, findIn } from './linkedin-page.ts';
import { readCardsInPage, type RawCard } from './list-cards.ts';
import { assertSession, readState, waitForReading, type Reading } from './page-state.ts';
import { CONNECTIONS_PATH, pageUrl } from '../../selectors/url/linkedin-url.ts';

export type { Connection };

/** A card of the connections list: who it shows, and its one intent. */
export interface ConnectionCard {
  connection: Connection;
  /** The card's overflow → Remove connection (the confirmation follows); `clicked: false` when missing. */
  remove(): Promise<{ clicked: boolean }>;
}

export class ConnectionsPage extends LinkedInPage {
  private reading: Reading | undefined;

  get ctx(): ResolveContext {
    return this.reading?.ctx ?? { phrases: null };
  }

  /** The page's phrase table (null before `open()` or when the UI language is unknown). */
  phrases(): PhraseTable | null {
    return phraseTableFor(this.reading?.state.locale ?? null);
  }

  private cardContext(): CardContext {
    return { phrases: this.phrases(), origin: this.s.origin };
  }

  async open(): Promise<Reading> {
    const nav = await navigate(this.s.page, pageUrl(this.s.origin, CONNECTIONS_PATH), {
      timeoutMs: this.s.timeouts.navigationMs,
      ...(this.s.signal ? { signal: this.s.signal } : {}),
    });
    if (!nav.ok) throw new Error(`connections navigation failed: ${nav.reason}`);
    let r = await readState(this.s);
    assertSession(r);
    if (r.state.page === 'connections') await dismissInterstitials(this.s, r);
    r = await waitForReading(
      this.s,
      (x) => x.state.page !== 'connections' || x.state.ready,
      this.s.timeouts.hydrationMs,
    );
    assertSession(r);
    this.reading = r;
    return r;
  }

  private async cards(): Promise<Locator | null> {
    return (await findIn(this.s, sel.connections.cardAnyFrontEnd, this.ctx))?.all ?? null;
  }

  private async raw(): Promise<RawCard[]> {
    const c = await this.cards();
    return c ? c.evaluateAll(readCardsInPage) : [];
  }

  /** The list: scrolling to the end loads more; a scroll that brings none within 3 s ends it. */
  private list(maxScrolls: number): PagedList<RawCard> {
    return new PagedList<RawCard>(this.s, {
      name: 'connections',
      rows: () => this.raw(),
      key: (raw) => connectionKey(parseConnection(raw, this.cardContext())),
      advance: [{ kind: 'infiniteScroll', settleMs: Math.min(this.s.timeouts.effectMs, 3_000) }],
      maxBatches: maxScrolls,
      intervalMs: 200,
    });
  }

  /** Reads connections in list order until `enough` says stop or the list ends (bounded). */
  async read(enough: (sofar: Connection[]) => boolean, maxScrolls = 200): Promise<Connection[]> {
    const out: Connection[] = [];
    for await (const fresh of this.list(maxScrolls).batches()) {
      for (const { row } of fresh) {
        out.push(parseConnection(row, this.cardContext()));
        if (enough(out)) return out;
      }
    }
    return out;
  }

  /** The card of `vanity` among the cards shown now (no scrolling), or null. */
  async findCard(vanity: string): Promise<ConnectionCard | null> {
    const hit = await this.list(0).find((raw) => linksToVanity(raw, vanity), 0);
    const card = hit ? (await this.cards())?.nth(hit.index) : undefined;
    if (!hit || !card) return null;
    return {
      connection: parseConnection(hit.row, this.cardContext()),
      remove: async () => ({ clicked: await this.clickRemove(card) }),
    };
  }

  /** Card overflow → Remove connection; false when either is missing. */
  private async clickRemove(card: Locator): Promise<boolean> {
    const more = await this.find(sel.connections.more, this.ctx, card);
    if (!more) return false;
    await this.click(more, { scroll: false });
    // The menu is in the card, or rendered elsewhere but tied to this card's trigger by aria-controls;
    // never "any Remove item on the page", which could belong to another person.
    const controls = await more.getAttribute('aria-controls').catch(() => null);
    const menu = controls ? this.s.page.locator(`[id="${controls.replace(/["\\]/g, '')}"]`) : null;
    const item = await this.poll(
      async () =>
        (await this.find(sel.connections.remove, this.ctx, card)) ??
        (menu ? await this.find(sel.connections.remove, this.ctx, menu) : null) ??
        undefined,
      this.s.timeouts.dialogMs,
    );
    if (!item) return false;
    await this.click(item, { scroll: false });
    return true;
  }
}
