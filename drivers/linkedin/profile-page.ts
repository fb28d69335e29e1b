// The profile page object (../shared/spec/linkedin-dom.md A1–A6, A14): open a person's profile, read who they
// are to the account, and use the top card's own controls — the action row and its overflow menu — never a
// sidebar card's. Reading goes through the selectors' signal extractor and classifier; clicking through their
// descriptors, scoped to the top card. Methods return data; the actions decide.
import type { Locator } from 'playwright';
import {
  sel,
  type Descriptor,
  type PageSignals,
  type ResolveContext,
} from '../../selectors/linkedin/index.ts';
import { navigate } from '../shared/navigation.ts';
import { dismissInterstitials } from './interstitials.ts';
import { refusalToast, type Refusal } from './toasts.ts';
import { LinkedInPage } from './linkedin-page.ts';
import { assertSession, readState, waitForReading, type Reading } from './page-state.ts';
import { profilePageUrl, samePageUrl } from '../../selectors/url/linkedin-url.ts';

export type ProfileStatus =
  | { kind: 'notFound' }
  | { kind: 'self' }
  | { kind: 'connected' }
  | { kind: 'pending' }
  /** connectVia `more` may be inferred (SDUI menu closed) — confirm by opening the menu. */
  | { kind: 'notConnected'; connectVia: 'primary' | 'more' | 'none' }
  | { kind: 'unknown'; reason: string };

export interface ProfileView {
  status: ProfileStatus;
  reading: Reading;
}

/** What the page says about its owner, in the action's vocabulary (no decisions about errors here). */
export function profileStatus(r: Reading): ProfileStatus {
  const st = r.state;
  if (st.page === 'notFound') return { kind: 'notFound' };
  if (st.page !== 'profile') return { kind: 'unknown', reason: `the page is ${st.page}, not a profile` };
  if (!st.ready) return { kind: 'unknown', reason: 'the profile top card did not load' };
  switch (st.relationship) {
    case 'self':
      return { kind: 'self' };
    case 'connected':
      return { kind: 'connected' };
    case 'pending':
      return { kind: 'pending' };
    case 'notConnected':
      return { kind: 'notConnected', connectVia: st.connectVia ?? 'none' };
    default:
      return {
        kind: 'unknown',
        reason: `the relationship is not recognisable (${st.evidence.slice(-3).join(', ')})`,
      };
  }
}

/**
 * The profile page. The methods that may open the overflow menu (`clickConnect`, `followState`,
 * `clickUnfollow`, `clickWithdraw`, `clickRemoveConnection`) take the view as last read: its reading
 * decides whether the More trigger is asked before it is clicked (see `openMoreMenu`).
 */
export class ProfilePage extends LinkedInPage {
  /**
   * Readings after which this page object opened the overflow menu: the menu may have stayed open since
   * (a close that did not take), so such a reading no longer says it is closed.
   */
  private readonly menuOpenedAfter = new WeakSet<Reading>();

  private url: string | undefined;

  /** The profile address last opened (on the session's origin). */
  get address(): string | undefined {
    return this.url;
  }

  /**
   * Opens the profile, dismisses interstitials, waits (bounded) for the top card to hydrate, and reads
   * the owner's status. Signed-out / checkpoint pages throw SessionFailureError.
   */
  async open(personUrl: string, opts: { reuse?: boolean } = {}): Promise<ProfileView> {
    this.url = profilePageUrl(this.s.origin, personUrl);
    // A child of st.openPersonPage finds its profile already open: read it instead of loading it again.
    if (opts.reuse && samePageUrl(this.s.page.url(), this.url)) {
      const view = await this.refresh();
      if (view.status.kind !== 'unknown') return view;
    }
    return this.load();
  }

  /** Navigates to the last opened profile again (a fresh server read of the state). */
  async reload(): Promise<ProfileView> {
    if (!this.url) throw new Error('ProfilePage.reload() before open()');
    return this.load();
  }

  private async load(): Promise<ProfileView> {
    const nav = await navigate(this.s.page, this.url!, {
      timeoutMs: this.s.timeouts.navigationMs,
      ...(this.s.signal ? { signal: this.s.signal } : {}),
    });
    if (!nav.ok) {
      this.s.log?.warn({ reason: nav.reason }, 'profile navigation failed');
      const reading = await readState(this.s).catch(() => undefined);
      if (reading) assertSession(reading);
      if (!reading) throw new Error(`profile navigation failed: ${nav.reason}`);
      return { status: { kind: 'unknown', reason: `navigation failed: ${nav.reason}` }, reading };
    }
    let reading = await readState(this.s);
    assertSession(reading);
    if (reading.state.page === 'profile') {
      const { dismissed } = await dismissInterstitials(this.s, reading);
      if (dismissed.length > 0 || !reading.state.ready || this.blockedByDialog(reading)) {
        reading = await this.settle();
      }
    }
    assertSession(reading);
    const view = { status: profileStatus(reading), reading };
    this.s.log?.debug(
      {
        status: view.status.kind,
        frontEnd: reading.state.frontEnd,
        locale: reading.state.locale,
        evidence: reading.state.evidence.slice(-6),
      },
      'profile read',
    );
    return view;
  }

  /** A profile covered by an unrecognised dialog cannot be read reliably. */
  private blockedByDialog(r: Reading): boolean {
    return r.state.dialogs.unrecognised > 0;
  }

  /** Waits (bounded) for a hydrated, decided top card (or a page that is not a profile at all). */
  private async settle(): Promise<Reading> {
    return waitForReading(
      this.s,
      (r) =>
        r.state.page !== 'profile' ||
        r.state.session.state === 'signedOut' ||
        r.state.session.state === 'checkpoint' ||
        (r.state.ready && r.state.relationship !== null),
      this.s.timeouts.hydrationMs,
    );
  }

  /**
   * Verification read: when the profile is the current page, its top card is re-read in place (bounded,
   * LinkedIn flips the control after its server accepted the change); otherwise, or when the flip does
   * not show, the profile is loaded again so the answer comes from the server.
   */
  async verifyStatus(
    personUrl: string,
    accept: (s: ProfileStatus) => boolean,
    inPlaceMs = 3_000,
  ): Promise<ProfileView> {
    const target = profilePageUrl(this.s.origin, personUrl);
    if (samePageUrl(this.s.page.url(), target)) {
      const view = await this.waitForStatus(accept, inPlaceMs);
      if (accept(view.status)) return view;
    }
    return this.open(personUrl);
  }

  /** Re-reads the current page without navigating (after an in-page change). */
  async refresh(): Promise<ProfileView> {
    const reading = await this.settle();
    assertSession(reading);
    return { status: profileStatus(reading), reading };
  }

  /** Waits (bounded) until the owner's status satisfies `accept`; returns the last view either way. */
  async waitForStatus(
    accept: (s: ProfileStatus) => boolean,
    timeoutMs = this.s.timeouts.effectMs,
  ): Promise<ProfileView> {
    const reading = await waitForReading(this.s, (r) => accept(profileStatus(r)), timeoutMs);
    assertSession(reading);
    return { status: profileStatus(reading), reading };
  }

  /**
   * After a click that may have sent an invitation: waits (bounded) until the owner shows pending or a
   * refusal toast appears. LinkedIn closes the dialog first and renders its refusal toast a moment later,
   * so reading the page once right after the dialog closed can see neither. `seen`, a reading made after
   * the click (the one that saw the dialog close), is taken when it already decides: no read repeated;
   * when it does not, the next read comes after one short pause (a read at once would see the same).
   */
  async waitForPendingOrRefusal(
    timeoutMs: number,
    seen?: Reading,
  ): Promise<{ view: ProfileView; refusal: Refusal | null }> {
    const decided = (r: Reading): boolean => profileStatus(r).kind === 'pending' || refusalToast(r) !== null;
    const reading =
      seen && decided(seen)
        ? seen
        : await waitForReading(this.s, decided, timeoutMs, { pauseFirst: seen !== undefined });
    assertSession(reading);
    return { view: { status: profileStatus(reading), reading }, refusal: refusalToast(reading) };
  }

  /**
   * Opens the top card's overflow menu and returns it (the scope for its items: resolving an item's
   * parent menu again costs the menu's whole candidate chain once more); null when it did not open
   * (bounded wait). `reading` is the page as read before: the first time the menu is opened after it,
   * a reading that shows no menu open and no expanded row control spares asking the trigger again.
   */
  private async openMoreMenu(reading: Reading): Promise<Locator | null> {
    const ctx = reading.ctx;
    const trigger = await this.find(sel.profile.actionRow.more, ctx);
    if (!trigger) return null;
    const askTrigger = this.menuOpenedAfter.has(reading) || menuMayBeOpen(reading.signals);
    // Already open (aria-expanded): clicking would close it.
    const open = askTrigger && (await trigger.getAttribute('aria-expanded').catch(() => null)) === 'true';
    this.menuOpenedAfter.add(reading);
    if (!open) await this.click(trigger);
    return this.waitFind(sel.profile.moreMenu.menu, ctx, this.s.timeouts.dialogMs);
  }

  /** Closes an open overflow menu (Escape; SDUI popovers and Ember dropdowns both close on it). */
  async closeMenu(ctx: ResolveContext): Promise<void> {
    const menu = await this.find(sel.profile.moreMenu.menu, ctx);
    if (!menu) return;
    const hidden = (ms: number): Promise<boolean> =>
      menu.waitFor({ state: 'hidden', timeout: ms }).then(
        () => true,
        () => false,
      );
    await this.s.page.keyboard.press('Escape');
    if (await hidden(1_000)) return;
    // Some builds keep the popover open until its trigger toggles it.
    const trigger = await this.find(sel.profile.actionRow.more, ctx);
    if (trigger && (await trigger.getAttribute('aria-expanded').catch(() => null)) === 'true') {
      await trigger.click({ timeout: this.s.timeouts.actionMs }).catch(() => undefined);
      await hidden(1_000);
    }
  }

  /**
   * Clicks the item `d` of the overflow menu (opened here); false when the menu or the item is missing
   * (the menu is closed again then).
   */
  private async clickMenuItem(d: Descriptor, reading: Reading): Promise<boolean> {
    const ctx = reading.ctx;
    const menu = await this.openMoreMenu(reading);
    if (!menu) return false;
    const item = await this.find(d, ctx, menu);
    if (!item) {
      await this.closeMenu(ctx);
      return false;
    }
    await this.click(item);
    return true;
  }

  /**
   * Clicks the owner's Connect: the action row's when there, else the overflow menu's. Returns where it
   * was found, or 'none' after checking the open menu (follow-only people).
   */
  async clickConnect(view: ProfileView): Promise<'primary' | 'more' | 'none'> {
    const ctx = view.reading.ctx;
    if (view.status.kind === 'notConnected' && view.status.connectVia === 'primary') {
      const c = await this.find(sel.profile.actionRow.connect, ctx);
      if (c) {
        await this.click(c);
        return 'primary';
      }
    }
    return (await this.clickMenuItem(sel.profile.moreMenu.connect, view.reading)) ? 'more' : 'none';
  }

  /**
   * Does the account follow the owner? From the row (Follow / Following button) or, failing that, the
   * overflow menu's Follow / Unfollow item (the menu is opened to look and closed again).
   */
  async followState(view: ProfileView): Promise<'following' | 'notFollowing' | 'unknown'> {
    const ctx = view.reading.ctx;
    if (await this.find(sel.profile.actionRow.following, ctx)) return 'following';
    if (await this.find(sel.profile.actionRow.follow, ctx)) return 'notFollowing';
    const menu = await this.openMoreMenu(view.reading);
    if (!menu) return 'unknown';
    try {
      if (await this.find(sel.profile.moreMenu.unfollow, ctx, menu)) return 'following';
      if (await this.find(sel.profile.moreMenu.follow, ctx, menu)) return 'notFollowing';
      return 'unknown';
    } finally {
      await this.closeMenu(ctx);
    }
  }

  /** Clicks the owner's unfollow control (row "Following" or the menu's Unfollow); false when none. */
  async clickUnfollow(view: ProfileView): Promise<boolean> {
    const ctx = view.reading.ctx;
    const row = await this.find(sel.profile.actionRow.following, ctx);
    if (row) {
      await this.click(row);
      return true;
    }
    return this.clickMenuItem(sel.profile.moreMenu.unfollow, view.reading);
  }

  /** Clicks the owner's Pending control (row), else the menu's Withdraw item; where it was found. */
  async clickWithdraw(view: ProfileView): Promise<'row' | 'menu' | 'none'> {
    const ctx = view.reading.ctx;
    const row = await this.find(sel.profile.actionRow.pending, ctx);
    if (row) {
      await this.click(row);
      return 'row';
    }
    return (await this.clickMenuItem(sel.profile.moreMenu.withdraw, view.reading)) ? 'menu' : 'none';
  }

  /**
   * Clicks the owner's Message control in the top card (SDUI compose link, Ember button; A4/A17) — never
   * a sticky-header or rail copy. False when the top card offers none.
   */
  async clickMessage(view: ProfileView): Promise<boolean> {
    const m = await this.find(sel.profile.actionRow.message, view.reading.ctx);
    if (!m) return false;
    await this.click(m);
    return true;
  }

  /** Clicks the menu's Remove connection item; false when the menu or item is missing. */
  async clickRemoveConnection(view: ProfileView): Promise<boolean> {
    return this.clickMenuItem(sel.profile.moreMenu.removeConnection, view.reading);
  }
}

/** The reading shows an open overflow menu or an expanded top-card control. */
function menuMayBeOpen(s: PageSignals): boolean {
  return s.menus.some((m) => m.open) || (s.topCard?.row ?? []).some((c) => c.ariaExpanded === 'true');
}
