// The connections list (linkedin-dom.md A16): read the account's 1st-degree connections, scrolling for
// more (infinite scroll in both front ends) until the wanted number or the end, bounded.
import type { Locator } from 'playwright';
import { resolve, sel, type ResolveContext } from '../../selectors/linkedin/index.ts';
import { phraseTableFor, type PhraseTable } from '../../selectors/linkedin/locales/index.ts';
import { equalsAny, escapeRegExp, matchPattern, normalizeText } from '../../selectors/linkedin/text.ts';
import { navigate } from '../shared/navigation.ts';
import { dismissInterstitials } from './interstitials.ts';
import { readCardsInPage, vanityOf, type RawCard } from './list-cards.ts';
import { assertSession, readState, waitForReading, type Reading } from './page-state.ts';
import type { LinkedInSession } from './session.ts';
import { CONNECTIONS_PATH, pageUrl, toLinkedInUrl } from '../../selectors/url/linkedin-url.ts';

export interface Connection {
  name: string | null;
  publicUrl: string | null;
  vanity: string | null;
  headline: string | null;
  /** "2 days ago" as the card says it (relative, the UI's language). */
  connectedAgo: string | null;
  urn: string | null;
}

const wordRe = (w: string): RegExp => new RegExp(`(^|\\s)${escapeRegExp(w)}(\\s|$)`, 'iu');

/** The line without the page language's "Connected" word(s). */
function withoutWords(line: string, words: readonly string[]): string {
  let t = normalizeText(line);
  for (const w of words) t = t.replace(wordRe(w), ' ');
  return normalizeText(t);
}

/**
 * The card line that says when the connection was made ("Connected 2 weeks ago"). A headline may hold
 * the word too ("Connected Car Engineer"): prefer the line whose rest reads as a relative time in the
 * page's language, else the last line with the word (the time comes after the headline).
 */
export function connectedTimeLine(lines: readonly string[], phrases: PhraseTable | null): string | null {
  const words = phrases?.connectedWord ?? [];
  const candidates = lines.filter((l) => words.some((w) => wordRe(w).test(l)));
  const isTime = (t: string): boolean =>
    phrases !== null &&
    (matchPattern(t, phrases.timeAgo) !== null ||
      equalsAny(t, phrases.timeToday) ||
      equalsAny(t, phrases.timeYesterday) ||
      equalsAny(t, phrases.timeJustNow));
  return candidates.find((l) => isTime(withoutWords(l, words))) ?? candidates[candidates.length - 1] ?? null;
}

export class ConnectionsPage {
  private reading: Reading | undefined;
  constructor(private readonly s: LinkedInSession) {}

  get ctx(): ResolveContext {
    return this.reading?.ctx ?? { phrases: null };
  }

  /** The page's phrase table (null before `open()` or when the UI language is unknown). */
  phrases(): PhraseTable | null {
    return phraseTableFor(this.reading?.state.locale ?? null);
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

  async cards(): Promise<Locator | null> {
    const hit = await resolve(this.s.page, sel.connections.cardAnyFrontEnd, this.ctx);
    if (!hit) return null;
    this.s.log?.debug(
      { selector: sel.connections.cardAnyFrontEnd.id, key: hit.key, count: hit.count },
      'selector matched',
    );
    return hit.locator;
  }

  private async raw(): Promise<RawCard[]> {
    const c = await this.cards();
    return c ? c.evaluateAll(readCardsInPage) : [];
  }

  interpret(raw: RawCard): Connection {
    const phrases = this.phrases();
    const words = phrases?.connectedWord ?? [];
    const link =
      raw.links.find((l) => vanityOf(l.href) !== null && l.text !== '') ??
      raw.links.find((l) => vanityOf(l.href) !== null);
    const timeLine = connectedTimeLine(raw.lines, phrases);
    const timeText = timeLine === null ? null : normalizeText(timeLine);
    const lines = raw.lines.map((l) => normalizeText(l)).filter((l) => l !== '' && l !== timeText);
    const name = link?.imgAlt ?? lines[0] ?? null;
    const headline =
      lines.find(
        (l) => l !== name && !(link?.text && l === normalizeText(link.text) && l.includes(name ?? '\u0000')),
      ) ?? null;
    let connectedAgo: string | null = null;
    if (timeLine) connectedAgo = withoutWords(timeLine, words) || null;
    return {
      name: name ? normalizeText(name) : null,
      publicUrl: link ? toLinkedInUrl(link.href, this.s.origin) : null,
      vanity: link ? vanityOf(link.href) : null,
      headline: headline && headline !== name ? headline : null,
      connectedAgo,
      urn: raw.memberIds[0] ? `urn:li:member:${raw.memberIds[0]}` : null,
    };
  }

  /**
   * Reads connections in list order until `enough` says stop or the list ends: scrolls to the end and
   * waits (bounded) for more cards; stops when a scroll brings none.
   */
  async read(enough: (sofar: Connection[]) => boolean, maxScrolls = 200): Promise<Connection[]> {
    const out: Connection[] = [];
    const seen = new Set<string>();
    for (let i = 0; i <= maxScrolls; i++) {
      for (const raw of await this.raw()) {
        const c = this.interpret(raw);
        const key = c.publicUrl ?? `${c.name}|${c.headline}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(c);
        if (enough(out)) return out;
      }
      if (!(await this.scrollForMore(seen.size))) break;
    }
    return out;
  }

  private async scrollForMore(have: number): Promise<boolean> {
    await this.s.pacing.pause('step');
    await this.s.page.mouse.wheel(0, 4000).catch(() => undefined);
    await this.s.page.evaluate('window.scrollTo(0, document.body.scrollHeight)').catch(() => undefined);
    const deadline = Date.now() + Math.min(this.s.timeouts.effectMs, 3_000);
    while (Date.now() < deadline) {
      const c = await this.cards();
      if (c && (await c.count()) > have) return true;
      await this.s.page.waitForTimeout(200);
    }
    return false;
  }

  /** The card of `vanity`, or null. */
  async card(vanity: string): Promise<Locator | null> {
    const c = await this.cards();
    if (!c) return null;
    const raws = await c.evaluateAll(readCardsInPage);
    const i = raws.findIndex((r) =>
      r.links.some((l) => (vanityOf(l.href) ?? '').toLowerCase() === vanity.toLowerCase()),
    );
    return i >= 0 ? c.nth(i) : null;
  }

  /** Card overflow → Remove connection; false when either is missing. */
  async clickRemove(card: Locator): Promise<boolean> {
    const more = await resolve(card, sel.connections.more, this.ctx);
    if (!more) return false;
    await this.s.pacing.pause('step');
    await more.locator.first().click({ timeout: this.s.timeouts.actionMs });
    // The menu is in the card, or rendered elsewhere but tied to this card's trigger by aria-controls;
    // never "any Remove item on the page", which could belong to another person.
    const controls = await more.locator
      .first()
      .getAttribute('aria-controls')
      .catch(() => null);
    const menu = controls ? this.s.page.locator(`[id="${controls.replace(/["\\]/g, '')}"]`) : null;
    const deadline = Date.now() + this.s.timeouts.dialogMs;
    for (;;) {
      const item =
        (await resolve(card, sel.connections.remove, this.ctx)) ??
        (menu ? await resolve(menu, sel.connections.remove, this.ctx) : null);
      if (item) {
        await this.s.pacing.pause('step');
        await item.locator.first().click({ timeout: this.s.timeouts.actionMs });
        return true;
      }
      if (Date.now() >= deadline) return false;
      await this.s.page.waitForTimeout(100);
    }
  }
}
