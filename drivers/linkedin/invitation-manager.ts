// The invitation manager (../shared/spec/linkedin-dom.md A15): the Sent tab (pending invitations, withdraw)
// and the Received tab (connection, page-follow and newsletter invitations; accept / ignore). Cards are found
// by the selectors' descriptors and read in the page as plain data; the pure parsers in
// selectors/linkedin/cards/ interpret them. Both tabs page through one PagedList ("Load more", else the
// pagination's Next). Callers get data and intents (a card's `withdraw()`, a Control), never Locators.
import type { Locator } from 'playwright';
import { sel, type Descriptor, type ResolveContext } from '../../selectors/linkedin/index.ts';
import { linksToVanity } from '../../selectors/linkedin/cards/links.ts';
import type { CardContext } from '../../selectors/linkedin/cards/raw-card.ts';
import {
  matchesInvitation,
  parseReceivedInvitation,
  receivedInvitationKey,
  type InvitationTarget,
  type ReceivedInvitation,
} from '../../selectors/linkedin/cards/received-invitation.ts';
import {
  parseSentInvitation,
  sentInvitationKey,
  type SentInvitation,
} from '../../selectors/linkedin/cards/sent-invitation.ts';
import { phraseTableFor } from '../../selectors/linkedin/locales/index.ts';
import { normalizeText } from '../../selectors/linkedin/text.ts';
import { navigate } from '../shared/navigation.ts';
import type { Control } from '../shared/page-object.ts';
import { PagedList } from '../shared/paged-list.ts';
import { dismissInterstitials } from './interstitials.ts';
import { LinkedInPage, findIn } from './linkedin-page.ts';
import { readCardsInPage, type RawCard } from './list-cards.ts';
import { assertSession, readState, waitForReading, type Reading } from './page-state.ts';
import {
  INVITATION_MANAGER_RECEIVED_PATH,
  INVITATION_MANAGER_SENT_PATH,
  pageUrl,
} from '../../selectors/url/linkedin-url.ts';

export type { InvitationTarget, ReceivedInvitation, SentInvitation };

/** A card of the Sent tab: what it shows, and its one intent. */
export interface SentCard {
  invitation: SentInvitation;
  /** Clicks the card's Withdraw (the confirmation follows); `clicked: false` when the card has none. */
  withdraw(): Promise<{ clicked: boolean }>;
}

/** A card of the Received tab: what it shows, and its controls. */
export interface ReceivedCard {
  invitation: ReceivedInvitation;
  /** The card's Accept / Ignore, or null when the card no longer offers it. */
  control(which: 'accept' | 'ignore'): Promise<Control | null>;
  /**
   * After a click on `which`: waits (bounded, default the effect budget) until this invitation's card
   * no longer offers it (the card is re-found by what it shows, never by position: LinkedIn removes or
   * re-renders it, and the next card takes its place), or, when `takeCare`, until "Take care when
   * connecting" (../shared/spec/linkedin-dom.md A15) offers its own Accept. `timeout` when neither came.
   */
  waitSettled(
    which: 'accept' | 'ignore',
    opts?: { takeCare?: boolean; timeoutMs?: number },
  ): Promise<{ kind: 'controlGone' } | { kind: 'takeCare'; accept: Control } | { kind: 'timeout' }>;
}

/** Common mechanics of both tabs. */
abstract class InvitationTab extends LinkedInPage {
  protected reading: Reading | undefined;

  protected abstract path: string;
  protected abstract cardDescriptor: Descriptor;
  protected abstract listName: string;
  /** The list's bound: at most this many "Load more" / Next clicks per walk. */
  protected abstract maxBatches: number;

  get ctx(): ResolveContext {
    return this.reading?.ctx ?? { phrases: null };
  }

  protected cardContext(): CardContext {
    return {
      phrases: this.reading ? phraseTableFor(this.reading.state.locale) : null,
      origin: this.s.origin,
    };
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

  /** Every card shown now (all matches of the card descriptor), or null. */
  protected async cards(): Promise<Locator | null> {
    return (await findIn(this.s, this.cardDescriptor, this.ctx))?.all ?? null;
  }

  protected async rawCards(): Promise<RawCard[]> {
    const cards = await this.cards();
    return cards ? cards.evaluateAll(readCardsInPage) : [];
  }

  /** The tab's list: "Load more", else the pagination's Next. `beforeRead` runs before each batch. */
  protected list(beforeRead?: () => Promise<void>): PagedList<RawCard> {
    const ctx = (): ResolveContext => this.ctx;
    const control = (d: Descriptor) => async (): Promise<Locator | null> =>
      (await findIn(this.s, d, ctx()))?.all ?? null;
    return new PagedList<RawCard>(this.s, {
      name: this.listName,
      rows: () => this.rawCards(),
      key: (raw) => this.rowKey(raw),
      advance: [
        {
          kind: 'loadMore',
          control: control(sel.invitationManager.loadMore),
          settleMs: this.s.timeouts.effectMs,
        },
        {
          kind: 'numbered',
          control: control(sel.invitationManager.paginationNext),
          settleMs: this.s.timeouts.effectMs,
        },
      ],
      maxBatches: this.maxBatches,
      disabled: async (c) =>
        !(await c.isEnabled().catch(() => false)) ||
        ((await c.getAttribute('class').catch(() => '')) ?? '').includes('artdeco-button--disabled'),
      afterAdvance: async () => {
        this.reading = await readState(this.s);
      },
      ...(beforeRead ? { beforeRead } : {}),
    });
  }

  protected abstract rowKey(raw: RawCard): string;

  /** The card at `index` among the cards shown now. */
  protected async cardAt(index: number): Promise<Locator | null> {
    const cards = await this.cards();
    return cards ? cards.nth(index) : null;
  }
}

export class SentInvitationsTab extends InvitationTab {
  protected path = INVITATION_MANAGER_SENT_PATH;
  protected cardDescriptor = sel.invitationManager.sent.card;
  protected listName = 'sentInvitations';
  protected maxBatches = 200;

  protected rowKey(raw: RawCard): string {
    return sentInvitationKey(parseSentInvitation(raw, this.cardContext()));
  }

  /** Every pending invitation, following "Load more" / pagination to the end (bounded). */
  async readAll(): Promise<SentInvitation[]> {
    const out: SentInvitation[] = [];
    for await (const fresh of this.list().batches()) {
      for (const { row } of fresh) out.push(parseSentInvitation(row, this.cardContext()));
    }
    return out;
  }

  /** The card of the invitation to `vanity`, loading further batches until found (bounded). */
  async findCard(vanity: string): Promise<SentCard | null> {
    const hit = await this.list().find((raw) => linksToVanity(raw, vanity));
    if (!hit) return null;
    const card = await this.cardAt(hit.index);
    if (!card) return null;
    return {
      invitation: parseSentInvitation(hit.row, this.cardContext()),
      withdraw: async () => {
        const control = await this.find(sel.invitationManager.sent.withdraw, this.ctx, card);
        if (!control) return { clicked: false };
        await this.click(control, { scroll: false });
        return { clicked: true };
      },
    };
  }
}

export class ReceivedInvitationsTab extends InvitationTab {
  protected path = INVITATION_MANAGER_RECEIVED_PATH;
  protected cardDescriptor: Descriptor = sel.invitationManager.received.cardAnyType;
  protected listName = 'receivedInvitations';
  protected maxBatches = 50;

  protected rowKey(raw: RawCard): string {
    return receivedInvitationKey(parseReceivedInvitation(raw, null, this.cardContext()));
  }

  /** Expands truncated notes ("…more") so the whole note is read. */
  private async expandNotes(): Promise<void> {
    const cards = await this.cards();
    if (!cards) return;
    const n = await cards.count();
    for (let i = 0; i < n; i++) {
      const more = await this.find(sel.invitationManager.received.expand, this.ctx, cards.nth(i));
      if (more) await more.click({ timeout: this.s.timeouts.actionMs }).catch(() => undefined);
    }
  }

  private async note(card: Locator): Promise<string | null> {
    const el = await this.find(sel.invitationManager.received.note, this.ctx, card);
    if (!el) return null;
    const t = normalizeText(await el.innerText({ timeout: this.s.timeouts.actionMs }).catch(() => ''));
    return t || null;
  }

  /** Every received invitation (all three types), notes expanded, through every batch (bounded). */
  async readAll(): Promise<ReceivedInvitation[]> {
    const out: ReceivedInvitation[] = [];
    for await (const fresh of this.list(() => this.expandNotes()).batches()) {
      for (const { row, index } of fresh) {
        const card = await this.cardAt(index);
        const note = card ? await this.note(card) : null;
        out.push(parseReceivedInvitation(row, note, this.cardContext()));
      }
    }
    return out;
  }

  /** The card of the invitation `t`, searched through every batch (bounded); null when none has it. */
  async findCard(t: InvitationTarget): Promise<ReceivedCard | null> {
    const hit = await this.list().find((raw) => matchesInvitation(raw, t));
    if (!hit) return null;
    const card = await this.cardAt(hit.index);
    if (!card) return null;
    const descriptor = (which: 'accept' | 'ignore'): Descriptor =>
      which === 'accept' ? sel.invitationManager.received.accept : sel.invitationManager.received.ignore;
    return {
      invitation: parseReceivedInvitation(hit.row, null, this.cardContext()),
      control: (which) => this.findControl(descriptor(which), this.ctx, card, { scroll: false }),
      waitSettled: async (which, opts = {}) => {
        const settled = await this.poll(async () => {
          if (opts.takeCare) {
            const el = await this.find(sel.dialogs.takeCare.accept, this.ctx, this.s.page);
            if (el)
              return {
                kind: 'takeCare' as const,
                accept: this.control(sel.dialogs.takeCare.accept.id, el, { scroll: false }),
              };
          }
          return (await this.offers(t, descriptor(which))) ? undefined : { kind: 'controlGone' as const };
        }, opts.timeoutMs ?? this.s.timeouts.effectMs);
        return settled ?? { kind: 'timeout' };
      },
    };
  }

  /** Whether the card of invitation `t` shown now still offers the control `d` (no card: false). */
  private async offers(t: InvitationTarget, d: Descriptor): Promise<boolean> {
    const cards = await this.cards();
    if (!cards) return false;
    const i = (await cards.evaluateAll(readCardsInPage)).findIndex((raw) => matchesInvitation(raw, t));
    if (i < 0) return false;
    return (await this.find(d, this.ctx, cards.nth(i)).catch(() => null)) !== null;
  }
}
