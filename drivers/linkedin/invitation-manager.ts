// The invitation manager (linkedin-dom.md A15): the Sent tab (pending invitations, withdraw) and the
// Received tab (connection, page-follow and newsletter invitations; accept / ignore). Cards are found by
// the selectors' descriptors; a card's texts are read in document order and interpreted structure
// first (links, the order of lines), phrase tables second.
import type { Locator } from 'playwright';
import { resolve, sel, type Descriptor, type ResolveContext } from '../../selectors/linkedin/index.ts';
import { phraseTableFor, type PhraseTable } from '../../selectors/linkedin/locales/index.ts';
import { escapeRegExp, matchPattern, normalizeText } from '../../selectors/linkedin/text.ts';
import { navigate } from '../shared/navigation.ts';
import { dismissInterstitials } from './interstitials.ts';
import { assertSession, readState, waitForReading, type Reading } from './page-state.ts';
import { readCardsInPage, vanityOf, type RawCard } from './list-cards.ts';
import type { LinkedInSession } from './session.ts';
import {
  INVITATION_MANAGER_RECEIVED_PATH,
  INVITATION_MANAGER_SENT_PATH,
  pageUrl,
  slugFromUrl,
  toLinkedInUrl,
} from '../../selectors/url/linkedin-url.ts';

export interface SentInvitation {
  name: string | null;
  publicUrl: string | null;
  vanity: string | null;
  headline: string | null;
  sentTime: string | null;
  urn: string | null;
}

export interface ReceivedInvitation {
  invitationType: 'connect' | 'companyFollow' | 'newsletterSubscribe';
  name: string | null;
  publicUrl: string | null;
  vanity: string | null;
  urn: string | null;
  headline?: string | null;
  note?: string | null;
  companyUrl?: string | null;
  companyName?: string | null;
  companySlug?: string | null;
  newsletterUrl?: string | null;
  newsletterName?: string | null;
  newsletterSlug?: string | null;
}

/** Common mechanics of both tabs. */
abstract class InvitationTab {
  protected reading: Reading | undefined;
  constructor(protected readonly s: LinkedInSession) {}

  protected abstract path: string;
  protected abstract cardDescriptor: Descriptor;

  get ctx(): ResolveContext {
    return this.reading?.ctx ?? { phrases: null };
  }

  protected phrases(): PhraseTable | null {
    return this.reading ? phraseTableFor(this.reading.state.locale) : null;
  }

  /** Opens the tab, dismisses interstitials, waits (bounded) for the list (or its empty state). */
  async open(): Promise<Reading> {
    const nav = await navigate(this.s.page, pageUrl(this.s.origin, this.path), {
      timeoutMs: this.s.timeouts.navigationMs,
      ...(this.s.signal ? { signal: this.s.signal } : {}),
    });
    if (!nav.ok) throw new Error(`invitation manager navigation failed: ${nav.reason}`);
    let r = await readState(this.s);
    assertSession(r);
    if (r.state.page === 'invitationManager') await dismissInterstitials(this.s, r);
    r = await waitForReading(
      this.s,
      (x) =>
        x.state.page !== 'invitationManager' ||
        x.state.session.state !== 'signedIn' ||
        (x.state.ready && (x.state.people ?? 0) >= 0),
      this.s.timeouts.hydrationMs,
    );
    assertSession(r);
    this.reading = r;
    return r;
  }

  async cards(): Promise<Locator | null> {
    const hit = await resolve(this.s.page, this.cardDescriptor, this.ctx);
    if (!hit) return null;
    this.s.log?.debug(
      { selector: this.cardDescriptor.id, key: hit.key, count: hit.count },
      'selector matched',
    );
    return hit.locator;
  }

  async rawCards(): Promise<RawCard[]> {
    const cards = await this.cards();
    if (!cards) return [];
    return cards.evaluateAll(readCardsInPage);
  }

  /** Loads the next batch ("Load more", else the pagination's Next); false when there is none. */
  async nextBatch(): Promise<boolean> {
    const before = await this.signature();
    const more = await resolve(this.s.page, sel.invitationManager.loadMore, this.ctx);
    const next = more ?? (await resolve(this.s.page, sel.invitationManager.paginationNext, this.ctx));
    if (!next) return false;
    const control = next.locator.last();
    if (!(await control.isEnabled().catch(() => false))) return false;
    if ((await control.getAttribute('class').catch(() => ''))?.includes('artdeco-button--disabled'))
      return false;
    await this.s.pacing.pause('step');
    await control.scrollIntoViewIfNeeded({ timeout: this.s.timeouts.actionMs }).catch(() => undefined);
    await control.click({ timeout: this.s.timeouts.actionMs });
    const r = await waitForReading(this.s, () => true, 0);
    this.reading = r;
    const deadline = Date.now() + this.s.timeouts.effectMs;
    while (Date.now() < deadline) {
      if ((await this.signature()) !== before) {
        this.reading = await readState(this.s);
        return true;
      }
      await this.s.page.waitForTimeout(150);
    }
    return false;
  }

  /** Changes whenever the list shows other or more cards. */
  private async signature(): Promise<string> {
    const raw = await this.rawCards().catch(() => [] as RawCard[]);
    return `${raw.length}:${raw[0]?.links[0]?.href ?? ''}:${raw[raw.length - 1]?.links[0]?.href ?? ''}`;
  }

  /** The card whose links include `hrefPart` (a `/in/<vanity>/` or `/company/<slug>/` path), or null. */
  async cardWith(test: (raw: RawCard) => boolean): Promise<Locator | null> {
    const cards = await this.cards();
    if (!cards) return null;
    const raws = await cards.evaluateAll(readCardsInPage);
    const i = raws.findIndex(test);
    return i >= 0 ? cards.nth(i) : null;
  }
}

export class SentInvitationsTab extends InvitationTab {
  protected path = INVITATION_MANAGER_SENT_PATH;
  protected cardDescriptor = sel.invitationManager.sent.card;

  interpret(raw: RawCard): SentInvitation {
    const p = this.phrases();
    const link = raw.links.find((l) => vanityOf(l.href) !== null);
    const vanity = link ? vanityOf(link.href) : null;
    const sentPatterns = p?.sentAgo ?? [];
    const isSent = (line: string): boolean => matchPattern(line, sentPatterns) !== null;
    const sentLine = raw.lines.find(isSent) ?? null;
    const textLines = raw.lines.filter((l) => l !== sentLine);
    // The name is the link's own first line when the link holds text (SDUI: name, headline, time all sit
    // in the link; Ember: the name link holds only the name).
    const name = textLines[0] ?? link?.imgAlt ?? null;
    const headline = textLines.find((l, i) => i > 0 && l !== name) ?? null;
    let sentTime: string | null = null;
    if (sentLine) {
      const words = p?.sentWord ?? [];
      let t = normalizeText(sentLine);
      for (const w of words) t = t.replace(new RegExp(`(^|\\s)${escapeRegExp(w)}(\\s|$)`, 'u'), ' ');
      sentTime = normalizeText(t) || null;
    }
    return {
      name: name ? normalizeText(name) : null,
      publicUrl: link ? toLinkedInUrl(link.href, this.s.origin) : null,
      vanity,
      headline: headline ? normalizeText(headline) : null,
      sentTime,
      urn: raw.memberIds[0] ? `urn:li:member:${raw.memberIds[0]}` : null,
    };
  }

  /** Every pending invitation, following "Load more" / pagination to the end (bounded). */
  async readAll(maxBatches = 200): Promise<SentInvitation[]> {
    const out: SentInvitation[] = [];
    const seen = new Set<string>();
    for (let batch = 0; batch <= maxBatches; batch++) {
      for (const raw of await this.rawCards()) {
        const inv = this.interpret(raw);
        const key = inv.publicUrl ?? `${inv.name}|${inv.headline}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(inv);
      }
      if (!(await this.nextBatch())) break;
    }
    return out;
  }

  /** The card of the invitation to `vanity`, loading further batches until found (bounded). */
  async findCard(vanity: string, maxBatches = 200): Promise<Locator | null> {
    const match = (raw: RawCard): boolean =>
      raw.links.some((l) => (vanityOf(l.href) ?? '').toLowerCase() === vanity.toLowerCase());
    for (let batch = 0; batch <= maxBatches; batch++) {
      const card = await this.cardWith(match);
      if (card) return card;
      if (!(await this.nextBatch())) return null;
    }
    return null;
  }

  async withdrawControl(card: Locator): Promise<Locator | null> {
    const hit = await resolve(card, sel.invitationManager.sent.withdraw, this.ctx);
    return hit ? hit.locator.first() : null;
  }
}

export interface InvitationTarget {
  invitationType: 'connect' | 'companyFollow' | 'newsletterSubscribe';
  /** Vanity (connect), company slug, or newsletter slug — compared case-insensitively. */
  id: string;
}

export class ReceivedInvitationsTab extends InvitationTab {
  protected path = INVITATION_MANAGER_RECEIVED_PATH;
  protected cardDescriptor: Descriptor = sel.invitationManager.received.cardAnyType;

  /** Expands truncated notes ("…more") so the whole note is read. */
  async expandNotes(): Promise<void> {
    const cards = await this.cards();
    if (!cards) return;
    const n = await cards.count();
    for (let i = 0; i < n; i++) {
      const hit = await resolve(cards.nth(i), sel.invitationManager.received.expand, this.ctx);
      if (hit)
        await hit.locator
          .first()
          .click({ timeout: this.s.timeouts.actionMs })
          .catch(() => undefined);
    }
  }

  async note(card: Locator): Promise<string | null> {
    const hit = await resolve(card, sel.invitationManager.received.note, this.ctx);
    if (!hit) return null;
    const t = normalizeText(
      await hit.locator
        .first()
        .innerText({ timeout: this.s.timeouts.actionMs })
        .catch(() => ''),
    );
    return t || null;
  }

  interpret(raw: RawCard, note: string | null): ReceivedInvitation {
    const p = this.phrases();
    const company = raw.links.find((l) => slugFromUrl(l.href, 'company') !== null);
    const newsletter = raw.links.find((l) => slugFromUrl(l.href, 'newsletters') !== null);
    const personLink = raw.links.find((l) => vanityOf(l.href) !== null);
    const vanity = personLink ? vanityOf(personLink.href) : null;
    const urn = raw.memberIds[0] ? `urn:li:member:${raw.memberIds[0]}` : null;
    const publicUrl = personLink ? toLinkedInUrl(personLink.href, this.s.origin) : null;
    const senderFromText = (patterns: readonly RegExp[]): string | null => {
      for (const line of raw.lines) {
        const m = matchPattern(line, patterns);
        if (m) return normalizeText(m);
      }
      return null;
    };
    if (company || newsletter) {
      const link = (company ?? newsletter)!;
      const name =
        senderFromText(company ? (p?.invitedToFollow ?? []) : (p?.invitedToSubscribe ?? [])) ??
        personLink?.imgAlt ??
        (personLink?.text || null);
      const base = { name, publicUrl, vanity, urn };
      return company
        ? {
            invitationType: 'companyFollow',
            ...base,
            companyUrl: toLinkedInUrl(link.href, this.s.origin),
            companyName: link.text || null,
            companySlug: slugFromUrl(link.href, 'company'),
          }
        : {
            invitationType: 'newsletterSubscribe',
            ...base,
            newsletterUrl: toLinkedInUrl(link.href, this.s.origin),
            newsletterName: link.text || null,
            newsletterSlug: slugFromUrl(link.href, 'newsletters'),
          };
    }
    // Connect: the name from Accept/Ignore labels (phrase tables), else the link's image alt, else the
    // first line; the headline is the first later line that does not repeat the name (skips "<Name>
    // follows you and is inviting you to connect") and is not the note.
    let name: string | null = null;
    if (p) {
      for (const b of raw.buttons) {
        const m = matchPattern(b.label, p.acceptLabel) ?? matchPattern(b.label, p.ignoreLabel);
        if (m) {
          name = normalizeText(m);
          break;
        }
      }
    }
    name ??= personLink?.imgAlt ?? raw.lines[0] ?? null;
    const lines = raw.lines.map((l) => normalizeText(l));
    const at = name ? lines.findIndex((l) => l === name) : -1;
    const headline =
      lines.find(
        (l, i) =>
          i > at &&
          name !== null &&
          !l.includes(name) &&
          l !== note &&
          !(note && note.startsWith(l.replace(/…$/, ''))),
      ) ?? null;
    return { invitationType: 'connect', name, publicUrl, vanity, urn, headline, note };
  }

  async readAll(maxBatches = 50): Promise<ReceivedInvitation[]> {
    const out: ReceivedInvitation[] = [];
    const seen = new Set<string>();
    for (let batch = 0; batch <= maxBatches; batch++) {
      await this.expandNotes();
      const cards = await this.cards();
      const n = cards ? await cards.count() : 0;
      const raws = cards ? await cards.evaluateAll(readCardsInPage) : [];
      for (let i = 0; i < n; i++) {
        const note = await this.note(cards!.nth(i));
        const inv = this.interpret(raws[i]!, note);
        const key = `${inv.invitationType}|${inv.publicUrl}|${inv.companyUrl ?? ''}|${inv.newsletterUrl ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(inv);
      }
      if (!(await this.nextBatch())) break;
    }
    return out;
  }

  matches(raw: RawCard, t: InvitationTarget): boolean {
    const id = t.id.toLowerCase();
    const company = raw.links.some((l) => slugFromUrl(l.href, 'company') !== null);
    const newsletter = raw.links.some((l) => slugFromUrl(l.href, 'newsletters') !== null);
    switch (t.invitationType) {
      case 'companyFollow':
        return raw.links.some((l) => slugFromUrl(l.href, 'company') === id);
      case 'newsletterSubscribe':
        return raw.links.some((l) => slugFromUrl(l.href, 'newsletters') === id);
      case 'connect':
        return (
          !company && !newsletter && raw.links.some((l) => (vanityOf(l.href) ?? '').toLowerCase() === id)
        );
    }
  }

  async findCard(t: InvitationTarget): Promise<Locator | null> {
    return this.cardWith((raw) => this.matches(raw, t));
  }

  async control(card: Locator, which: 'accept' | 'ignore'): Promise<Locator | null> {
    const d =
      which === 'accept' ? sel.invitationManager.received.accept : sel.invitationManager.received.ignore;
    const hit = await resolve(card, d, this.ctx);
    if (!hit) return null;
    this.s.log?.debug({ selector: d.id, key: hit.key }, 'selector matched');
    return hit.locator.first();
  }

  /** "Take care when connecting" after Accept: its "Accept invite" control, when that dialog shows. */
  async takeCareAccept(timeoutMs: number): Promise<Locator | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = await resolve(this.s.page, sel.dialogs.takeCare.accept, this.ctx);
      if (hit) return hit.locator.first();
      if (Date.now() >= deadline) return null;
      await this.s.page.waitForTimeout(150);
    }
  }
}
