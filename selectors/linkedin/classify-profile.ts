// The profile owner's relationship and where Connect is, from the top card only (never rail cards):
// explicit precedence, structure first, phrases second, and `null` when the page does not say.
import { classifyControl, preloadVanity, type ControlKind, type ControlVerdict } from './classify-control.ts';
import type { PhraseTable } from './locales/types.ts';
import type { DegreeSignal, MenuSignals, PageSignals, PreloadLinkSignal } from './signals.ts';
import { equalsAny, normalizeText } from './text.ts';
import { sameVanity } from '../url/linkedin-url.ts';

export type Relationship = 'connected' | 'pending' | 'notConnected' | 'self';
export type ConnectVia = 'primary' | 'more' | 'none';

export interface ProfileVerdict {
  relationship: Relationship | null;
  connectVia: ConnectVia | null;
  /**
   * How `connectVia` is known: 'row' (Connect in the action row), 'menu' (seen in the overflow menu or
   * Ember's pre-rendered dropdown), 'preload-link' (owner's /preload/custom-invite/ link outside the row),
   * 'inferred' (SDUI menu closed: Connect can only be in it — open it and check), 'state' (none because
   * connected/pending/self), 'menu-without-connect' (menu seen, no Connect: follow-only), null.
   */
  connectViaSource:
    'row' | 'menu' | 'preload-link' | 'inferred' | 'state' | 'menu-without-connect' | 'no-overflow' | null;
  /** Degree shown in the top card (visible lines only; null when absent or contradictory). */
  degree: 1 | 2 | 3 | null;
  /** All distinct degrees read (visible lines), for diagnostics. */
  degreesSeen: (1 | 2 | 3)[];
  /** Row and menu controls as recognised (kinds only where recognised). */
  row: ControlVerdict[];
  menu: ControlVerdict[];
  /** The overflow menu that belongs to the top card, if any was found. */
  menuState: 'ember-rendered' | 'sdui-open' | 'closed' | 'absent';
  evidence: string[];
}

export interface ProfileContext {
  phrases: PhraseTable | null;
  /** Owner vanity (from the URL, else the top card's own links). */
  vanity: string | null;
  /** The URL is /in/me/. */
  me: boolean;
}

/** Parses one degree line ("· 2nd", "2nd", "1.", "1er", "3rd+"): locale table first, then the digit. */
export function parseDegree(text: string, phrases: PhraseTable | null): 1 | 2 | 3 | null {
  const t = normalizeText(text).replace(/^[·•]\s*/, '');
  if (t === '') return null;
  if (phrases) {
    if (equalsAny(t, phrases.degree1)) return 1;
    if (equalsAny(t, phrases.degree2)) return 2;
    if (equalsAny(t, phrases.degree3)) return 3;
  }
  // Language-free: every UI language we know writes the degree as a leading digit with a short
  // ordinal mark (1st, 1., 1er, 1º, 1°, 1e) — the digit itself is not English.
  const m = /^([123])(?:[^\d\s]{0,3})\+?$/.exec(t);
  return m ? (Number(m[1]) as 1 | 2 | 3) : null;
}

export function readDegree(
  degrees: readonly DegreeSignal[],
  phrases: PhraseTable | null,
): { degree: 1 | 2 | 3 | null; seen: (1 | 2 | 3)[] } {
  const visible = degrees.filter((d) => d.visible);
  const pool = visible.length > 0 ? visible : degrees;
  const seen = new Set<1 | 2 | 3>();
  for (const d of pool) {
    const v = parseDegree(d.text, phrases);
    if (v !== null) seen.add(v);
  }
  const list = [...seen].sort();
  return { degree: list.length === 1 ? list[0]! : null, seen: list };
}

function ownerMenu(menus: readonly MenuSignals[], rowHasExpandedMore: boolean): MenuSignals | null {
  const owned = menus.find((m) => m.ownedByTopCard);
  if (owned) return owned;
  // A single open SDUI portal menu while the top card's More says aria-expanded=true is that menu.
  const portals = menus.filter((m) => m.kind === 'sdui.portal');
  if (rowHasExpandedMore && portals.length === 1) return portals[0]!;
  return null;
}

export function classifyProfile(s: PageSignals, ctx: ProfileContext): ProfileVerdict {
  const evidence: string[] = [];
  const top = s.topCard;
  const empty: ProfileVerdict = {
    relationship: null,
    connectVia: null,
    connectViaSource: null,
    degree: null,
    degreesSeen: [],
    row: [],
    menu: [],
    menuState: 'absent',
    evidence,
  };
  if (!top) {
    evidence.push('no-top-card');
    return empty;
  }
  const p = ctx.phrases;
  const vanity = ctx.vanity ?? top.vanities[0] ?? null;

  // Visible controls win over hidden duplicates; if nothing is visible (saved page without CSS) use all.
  const rowSignals = top.row.some((c) => c.visible) ? top.row.filter((c) => c.visible) : top.row;
  const row = rowSignals.map((c) => classifyControl(c, { phrases: p, where: 'row', rowFound: top.rowFound }));
  // A row Connect link to someone else's vanity is not the owner's (defensive: should not happen in a top card).
  const rowKinds = new Set<ControlKind>();
  row.forEach((v, i) => {
    if (
      v.kind === 'connect' &&
      v.by === 'structure:preload-custom-invite' &&
      vanity &&
      !sameVanity(preloadVanity(rowSignals[i]!.href), vanity)
    ) {
      evidence.push('row-connect-other-vanity-ignored');
      return;
    }
    rowKinds.add(v.kind);
  });
  const moreExpanded = rowSignals.some((c, i) => c.ariaExpanded === 'true' && row[i]?.kind === 'more');
  const menuSig = ownerMenu(s.menus, moreExpanded);
  const menu = menuSig ? menuSig.items.map((c) => classifyControl(c, { phrases: p, where: 'menu' })) : [];
  const menuKinds = new Set(menu.map((v) => v.kind));
  const menuState: ProfileVerdict['menuState'] = menuSig
    ? menuSig.kind === 'ember.dropdown'
      ? 'ember-rendered'
      : 'sdui-open'
    : rowKinds.has('more')
      ? 'closed'
      : 'absent';
  const ownerLinks: PreloadLinkSignal[] = s.preloadLinks.filter(
    (l) =>
      l.kind === 'custom-invite' &&
      (vanity ? sameVanity(l.vanity, vanity) : l.where === 'topCardRow' || l.where === 'ownedMenu'),
  );
  const { degree, seen } = readDegree(top.degrees, p);
  for (const v of row) if (v.kind !== 'other') evidence.push(`row:${v.kind}:${v.by}`);
  for (const v of menu) if (v.kind !== 'other') evidence.push(`menu:${v.kind}:${v.by}`);
  if (seen.length) evidence.push(`degree:${seen.join('/')}`);

  const result = (
    relationship: Relationship | null,
    connectVia: ConnectVia | null,
    source: ProfileVerdict['connectViaSource'],
  ): ProfileVerdict => ({
    relationship,
    connectVia,
    connectViaSource: source,
    degree,
    degreesSeen: seen,
    row,
    menu,
    menuState,
    evidence,
  });

  // 1. Own profile: edit links / self componentkeys (language-free), or /in/me/.
  const self = top.self;
  if (
    self.editIntroLink ||
    self.selfComponentKeys > 0 ||
    self.isSelfProfileLinks > 0 ||
    (ctx.me && !rowKinds.has('connect') && !rowKinds.has('message'))
  ) {
    evidence.push('self');
    return result('self', 'none', 'state');
  }
  // 2. Pending: the row's Pending control, or a Withdraw item in the owner's menu.
  if (rowKinds.has('pending') || menuKinds.has('withdraw')) return result('pending', 'none', 'state');
  // 3. Connected: Remove connection in the owner's menu, or 1st degree with no invite/follow control.
  const inviteish =
    rowKinds.has('connect') ||
    rowKinds.has('follow') ||
    rowKinds.has('following') ||
    menuKinds.has('connect');
  if (menuKinds.has('removeConnection')) return result('connected', 'none', 'state');
  if (degree === 1 && !rowKinds.has('connect') && !menuKinds.has('connect'))
    return result('connected', 'none', 'state');
  // Contradictory degree lines (LinkedIn keeps a hidden "· 2nd" next to a visible "· 1st"; without CSS both
  // read as visible): 1st counts when the row is Message (+ More) only.
  if (
    degree === null &&
    seen.includes(1) &&
    !inviteish &&
    rowKinds.has('message') &&
    ownerLinks.length === 0
  ) {
    evidence.push('degree-ambiguous-row-message-only');
    return result('connected', 'none', 'state');
  }
  // 4. Not connected.
  if (rowKinds.has('connect')) return result('notConnected', 'primary', 'row');
  if (ownerLinks.some((l) => l.where === 'topCardRow')) return result('notConnected', 'primary', 'row');
  const notConnected = inviteish || ownerLinks.length > 0 || degree === 2 || degree === 3;
  if (!notConnected) {
    evidence.push('relationship-undecided');
    return result(null, null, null);
  }
  if (menuKinds.has('connect')) return result('notConnected', 'more', 'menu');
  if (ownerLinks.length > 0) return result('notConnected', 'more', 'preload-link');
  if (menuSig) {
    // The menu is rendered (Ember) or open (SDUI) and has no Connect. Only claim "none" when every item
    // was recognised (by kind, or as a known non-Connect item by its icon or link — language-free) or a
    // phrase table could have recognised a text-only Connect item.
    const allKnown = menu.every((v) => v.kind !== 'other' || v.by.startsWith('structure:')) || p !== null;
    return allKnown
      ? result('notConnected', 'none', 'menu-without-connect')
      : result('notConnected', null, null);
  }
  if (rowKinds.has('more')) {
    // SDUI renders the overflow menu only when opened: Connect can only be there. Reported as `more`
    // (to be confirmed by opening the menu); a follow-only person is recognised once it is open.
    evidence.push('connectVia:inferred-closed-menu');
    return result('notConnected', 'more', 'inferred');
  }
  return result('notConnected', 'none', 'no-overflow');
}
