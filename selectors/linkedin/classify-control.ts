// What one control of the top card's action row or overflow menu is, decided structure first
// (URLs, componentkey suffixes, icon names, ARIA state), then by the locale's phrase table (visible
// text before aria-label: LinkedIn's PL "Usuń kontakt" item carries a Message aria-label), and with no
// table no text decision at all.
import type { PhraseTable } from './locales/types.ts';
import type { ControlSignal } from './signals.ts';
import { equalsAny, matchPattern, normalizeText } from './text.ts';

export type ControlKind =
  | 'connect'
  | 'pending'
  | 'follow'
  | 'following'
  | 'message'
  | 'more'
  | 'unfollow'
  | 'withdraw'
  | 'removeConnection'
  | 'accept'
  | 'ignore'
  | 'notifications'
  | 'other';

export interface ControlVerdict {
  kind: ControlKind;
  /** How it was recognised: 'structure:…', 'text:…', 'label:…'. */
  by: string;
  /** The person named in the label or link, when there is one. */
  name: string | null;
}

export interface ControlContext {
  phrases: PhraseTable | null;
  /** 'row' = top-card action row; 'menu' = the top card's overflow menu. */
  where: 'row' | 'menu';
  /** The action row was located structurally (enables the labelled-link Pending fallback). */
  rowFound?: boolean;
}

const ICON_KIND: readonly [RegExp, ControlKind][] = [
  [/^connect(-|$)/, 'connect'],
  [/^clock(-|$)/, 'pending'],
  [/^overflow(-|$)/, 'more'],
  [/^bell(-|$)/, 'notifications'],
  [/^add-(small|medium)$/, 'follow'],
];

/**
 * Overflow-menu items that are none of our kinds, recognised by their icon — every item of the real
 * menus carries one (Ember dropdowns: AeroLeads 2025, scoutr 2024; SDUI portal menus: OpenOutreach
 * 2026-03): "Send profile in a message", "Save to PDF", "Report / Block", "About this profile",
 * "Verifications". Knowing them without text lets a menu be read as complete in any UI language.
 */
const MENU_OTHER_ICONS: readonly RegExp[] = [
  /^share-linkedin-/,
  /^download-/,
  /^report-/,
  /^signal-notice-/,
  /^verified-/,
];

/** The vanityName of a `/preload/…invite/?vanityName=` link. */
export function preloadVanity(href: string | null): string | null {
  if (!href) return null;
  const m = /[?&]vanityName=([^&#]+)/.exec(href);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

export function classifyControl(c: ControlSignal, ctx: ControlContext): ControlVerdict {
  const href = c.href ?? '';
  // 1. URLs — language-free and specific.
  if (/\/preload\/(search-)?custom-invite\//.test(href)) {
    return { kind: 'connect', by: 'structure:preload-custom-invite', name: preloadVanity(href) };
  }
  if (/\/preload\/withdraw-invite\//.test(href)) {
    return {
      kind: ctx.where === 'menu' ? 'withdraw' : 'pending',
      by: 'structure:preload-withdraw-invite',
      name: preloadVanity(href),
    };
  }
  // 2. Semantic componentkeys (2026-06+ builds): …_connect / …_pending / FollowButton…_following.
  const ck = c.componentKey ?? '';
  if (/_connect$/.test(ck) && /^ConnectButton/.test(ck))
    return { kind: 'connect', by: 'structure:componentkey-connect', name: null };
  if (/_pending$/.test(ck) && /^ConnectButton/.test(ck))
    return { kind: 'pending', by: 'structure:componentkey-pending', name: null };
  if (/^FollowButton/.test(ck)) {
    return /_following$/.test(ck)
      ? { kind: 'following', by: 'structure:componentkey-following', name: null }
      : { kind: 'follow', by: 'structure:componentkey-follow', name: null };
  }
  if (/\/messaging\/compose\//.test(href)) {
    // In the row it is the Message control; in the menu "Send profile in a message" (body=…).
    if (ctx.where === 'row' && !/[?&]body=/.test(href))
      return { kind: 'message', by: 'structure:compose-link', name: null };
    return { kind: 'other', by: 'structure:compose-share', name: null };
  }
  // 3. Ember overflow trigger.
  if ((c.id ?? '').endsWith('-profile-overflow-action') || c.classes.includes('artdeco-dropdown__trigger')) {
    return { kind: 'more', by: 'structure:ember-overflow-trigger', name: null };
  }
  // 4. Icons (SDUI svg ids and Ember data-test-icon share names).
  for (const icon of c.icons) {
    for (const [re, kind] of ICON_KIND) {
      if (re.test(icon)) {
        if (
          kind === 'follow' &&
          ctx.where === 'menu' &&
          c.ariaLabel &&
          ctx.phrases &&
          matchPattern(c.ariaLabel, ctx.phrases.followingLabel) !== null
        )
          break;
        return { kind, by: `structure:icon-${icon}`, name: null };
      }
    }
    // Message: the row button (Ember) and the Ember dropdown item "Message <First>" share the icon.
    if (/^send-privately(-|$)/.test(icon))
      return { kind: 'message', by: `structure:icon-${icon}`, name: null };
    if (ctx.where === 'menu' && MENU_OTHER_ICONS.some((re) => re.test(icon)))
      return { kind: 'other', by: `structure:icon-${icon}`, name: null };
  }
  if (ctx.where === 'menu' && /\/preload\/report-in-modal\//.test(href))
    return { kind: 'other', by: 'structure:report-link', name: null };
  // 5. SDUI overflow trigger: an unlabelled (or More-labelled) button with aria-expanded in the row.
  if (ctx.where === 'row' && c.tag === 'button' && c.ariaExpanded !== null && !c.href) {
    const labelOk = !c.ariaLabel || (ctx.phrases !== null && equalsAny(c.ariaLabel, ctx.phrases.moreLabel));
    if (labelOk) return { kind: 'more', by: 'structure:aria-expanded-button', name: null };
  }
  // 6. Phrase tables: visible text first, then aria-label patterns.
  const p = ctx.phrases;
  if (p) {
    const t = normalizeText(c.text);
    const byText: readonly [readonly string[], ControlKind][] = [
      [p.connect, 'connect'],
      [p.pending, 'pending'],
      [p.following, 'following'],
      [p.follow, 'follow'],
      [p.message, 'message'],
      [p.more, 'more'],
      [p.unfollow, 'unfollow'],
      [p.withdraw, 'withdraw'],
      [p.removeConnection, 'removeConnection'],
      [p.accept, 'accept'],
      [p.ignore, 'ignore'],
    ];
    if (t !== '') {
      for (const [phrases, kind] of byText)
        if (equalsAny(t, phrases)) return { kind, by: `text:${kind}`, name: labelName(c, p, kind) };
    }
    const label = c.ariaLabel;
    if (label) {
      const byLabel: readonly [readonly RegExp[], ControlKind][] = [
        [p.inviteLabel, 'connect'],
        [p.pendingLabel, 'pending'],
        [p.withdrawLabel, 'withdraw'],
        [p.followingLabel, 'following'],
        [p.unfollowLabel, 'unfollow'],
        [p.removeConnectionLabel, 'removeConnection'],
        [p.acceptLabel, 'accept'],
        [p.ignoreLabel, 'ignore'],
        [p.followLabel, 'follow'],
        [p.messageLabel, 'message'],
      ];
      for (const [patterns, kind] of byLabel) {
        const name = matchPattern(label, patterns);
        if (name !== null) return { kind, by: `label:${kind}`, name: name || null };
      }
      if (equalsAny(label, p.moreLabel)) return { kind: 'more', by: 'label:more', name: null };
    }
  }
  // 7. An aria-expanded row button nobody recognised is still the overflow trigger (its label may be in a
  //    language we have no table for, e.g. PL "Więcej" without the PL table).
  if (ctx.where === 'row' && c.tag === 'button' && c.ariaExpanded !== null && !c.href) {
    return { kind: 'more', by: 'structure:aria-expanded-button-labelled', name: null };
  }
  // 8. Language-free fallback for SDUI Pending: a labelled <a> in the located action row that links
  //    back to a profile and shows text (stickerdaniel's rule, narrowed: the notification bell is also
  //    a labelled profile link but shows only an icon and sits outside the row).
  if (
    ctx.where === 'row' &&
    ctx.rowFound === true &&
    c.tag === 'a' &&
    c.ariaLabel &&
    /\/in\/[^/?#]+\/?(?:[?#].*)?$/.test(href) &&
    normalizeText(c.text) !== '' &&
    !c.icons.some((i) => /^bell/.test(i))
  ) {
    return { kind: 'pending', by: 'structure:labelled-profile-link', name: null };
  }
  return { kind: 'other', by: 'none', name: null };
}

function labelName(c: ControlSignal, p: PhraseTable, kind: ControlKind): string | null {
  if (!c.ariaLabel) return null;
  const table: Partial<Record<ControlKind, readonly RegExp[]>> = {
    connect: p.inviteLabel,
    pending: p.pendingLabel,
    follow: p.followLabel,
    following: p.followingLabel,
    message: p.messageLabel,
    unfollow: p.unfollowLabel,
    removeConnection: p.removeConnectionLabel,
    withdraw: p.withdrawLabel,
    accept: p.acceptLabel,
    ignore: p.ignoreLabel,
  };
  const pats = table[kind];
  if (!pats) return null;
  const n = matchPattern(c.ariaLabel, pats);
  return n ? n : null;
}
