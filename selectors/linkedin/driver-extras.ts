// Selectors the connection drivers (drivers/linkedin) need and the shared set lacks — kept in ONE file,
// same descriptor format, so the selectors owner can merge them. Each names its source in linkedin-dom.md
// or the fixture it was checked against. Phrase lists that PhraseTable has no key for are small local
// tables keyed by locale (empty = unknown in that language: the candidate is skipped, never guessed).
import type { Descriptor } from './descriptor.ts';
import type { PhraseTable } from './locales/types.ts';
import { exact, fragments } from './descriptors/names.ts';

const OPEN_DIALOG = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** Texts with no PhraseTable key, per locale. `undocumented` as in the phrase tables. */
export const EXTRA_PHRASES: Readonly<
  Record<
    string,
    {
      /** Header of A12's early warning "You're growing your network!". */
      growingNetwork: readonly string[];
      /** Toast/dialog when re-inviting within 3 weeks of a withdrawal (Voyager CANT_RESEND_YET). */
      cantResend: readonly string[];
      /** Monthly (rather than weekly) invitation limit wording. */
      monthlyLimit: readonly string[];
      /** "<n> followers" on the top card. */
      followers: readonly string[];
      /** Ember right panel: "Current company: <Name>. Click to skip to experience card". */
      currentCompanyLabel: readonly RegExp[];
      /** Notification permission prompt buttons ("Not now"). */
      notNow: readonly string[];
      /** Remove-connection confirmation primary ("Remove"). */
      remove: readonly string[];
      /** The word that precedes the relative time on sent cards ("Sent 2 weeks ago"). */
      sentWord: readonly string[];
      /** Received page/newsletter invitations: "<Name> invited you to follow" / "… to subscribe to". */
      invitedToFollow: readonly RegExp[];
      invitedToSubscribe: readonly RegExp[];
      /** Connections list: the word before the relative time ("Connected 2 days ago"). */
      connectedWord: readonly string[];
      /** A15 "Take care when connecting" dialog and its "Accept invite" button. */
      takeCare: readonly string[];
      acceptInvite: readonly string[];
    }
  >
> = Object.freeze({
  en: {
    growingNetwork: ["You're growing your network", 'You’re growing your network'],
    cantResend: ['after withdrawing it', 'resend an invitation', "can't resend", 'cannot resend'],
    monthlyLimit: ['monthly invitation limit', 'invitations for this month'],
    followers: ['followers', 'follower'],
    currentCompanyLabel: [/^Current company: (.+?)\. Click to skip to experience card$/i],
    notNow: ['Not now'],
    remove: ['Remove'],
    sentWord: ['Sent'],
    connectedWord: ['Connected'],
    invitedToFollow: [/^(.*?)\s*invited you to follow\b/i],
    invitedToSubscribe: [/^(.*?)\s*invited you to subscribe to\b/i],
    takeCare: ['Take care when connecting'],
    acceptInvite: ['Accept invite'],
  },
  de: {
    growingNetwork: ['Ihr Netzwerk wächst'],
    cantResend: ['nach dem Zurückziehen', 'erneut einladen'],
    monthlyLimit: ['monatliche Einladungslimit', 'monatliches Limit'],
    followers: ['Follower'],
    currentCompanyLabel: [/^Aktuelles Unternehmen: (.+?)\./i],
    notNow: ['Jetzt nicht'],
    remove: ['Entfernen'],
    sentWord: ['Gesendet', 'gesendet'],
    connectedWord: ['Vernetzt', 'vernetzt'],
    invitedToFollow: [/^(.*?)\s*hat Sie eingeladen, .+ zu folgen/i],
    invitedToSubscribe: [/^(.*?)\s*hat Sie eingeladen, .+ zu abonnieren/i],
    takeCare: ['Seien Sie vorsichtig'],
    acceptInvite: ['Einladung annehmen'],
  },
  fr: {
    growingNetwork: ['Votre réseau s’agrandit', "Votre réseau s'agrandit"],
    cantResend: ['après l’avoir retirée', "après l'avoir retirée"],
    monthlyLimit: ['limite mensuelle'],
    followers: ['abonnés', 'abonné'],
    currentCompanyLabel: [],
    notNow: ['Pas maintenant'],
    remove: ['Retirer', 'Supprimer'],
    sentWord: ['Envoyée', 'envoyée'],
    connectedWord: ['Relation établie'],
    invitedToFollow: [],
    invitedToSubscribe: [],
    takeCare: [],
    acceptInvite: [],
  },
  pl: {
    growingNetwork: [],
    cantResend: [],
    monthlyLimit: ['miesięczny limit'],
    followers: ['obserwujących', 'obserwujący'],
    currentCompanyLabel: [],
    notNow: ['Nie teraz'],
    remove: ['Usuń'],
    sentWord: ['Wysłano', 'wysłano'],
    connectedWord: ['Połączono'],
    invitedToFollow: [],
    invitedToSubscribe: [],
    takeCare: [],
    acceptInvite: [],
  },
});

export function extraPhrases(p: PhraseTable | null): (typeof EXTRA_PHRASES)[string] | null {
  return p ? (EXTRA_PHRASES[p.locale] ?? null) : null;
}

const listOf =
  (
    key:
      | 'growingNetwork'
      | 'cantResend'
      | 'monthlyLimit'
      | 'followers'
      | 'notNow'
      | 'remove'
      | 'takeCare'
      | 'acceptInvite',
  ) =>
  (p: PhraseTable): readonly string[] =>
    extraPhrases(p)?.[key] ?? [];

/** A12 early warning "You're growing your network!" with its "Got it" button. */
export const growingNetworkDialog: Descriptor = {
  id: 'extras.dialog.growingNetwork',
  description: '"You\'re growing your network!" (A12 early warning)',
  searchPreloadFrames: true,
  candidates: [
    {
      key: 'growingNetwork.dialog-text',
      css: `:is(${OPEN_DIALOG}):not(.ip-fuse-limit-alert):not(.send-invite)`,
      text: (p) => fragments(listOf('growingNetwork')(p)),
    },
  ],
};

export const growingNetworkGotIt: Descriptor = {
  id: 'extras.dialog.growingNetwork.gotIt',
  description: '"Got it" on the growing-network notice',
  parent: growingNetworkDialog,
  candidates: [
    {
      key: 'growingNetwork.gotIt.label',
      css: 'button[aria-label="Got it"]',
      note: "A12: button[aria-label='Got it']",
    },
    { key: 'growingNetwork.gotIt.name', roles: ['button'], name: exact((p) => p.gotIt) },
    {
      key: 'growingNetwork.gotIt.dismiss',
      css: 'button[data-test-modal-close-btn], button.artdeco-modal__dismiss',
    },
  ],
};

/**
 * A Premium upsell over the page (A20). LinkedIn reuses the invite modal's shell for it (class
 * `send-invite`, "Send unlimited personalized invites with Premium"), so it is told apart from the note
 * quota by WHEN it shows — the drivers look for interstitials only when a page has just loaded, before any
 * click of theirs — and from the invite steps and the weekly limit by structure (no textarea, no email
 * input, no ip-fuse alert).
 */
export const premiumUpsell: Descriptor = {
  id: 'extras.interstitial.premiumUpsell',
  description: 'Premium upsell dialog over a page',
  searchPreloadFrames: true,
  candidates: [
    {
      key: 'premiumUpsell.dialog-premium-link',
      css: `:is(${OPEN_DIALOG}):not(.ip-fuse-limit-alert):not(:has(textarea, input[type="email"], input[name*="email" i], #ip-fuse-limit-alert__header, .ip-fuse-limit-alert__warning))`,
      has: 'a[href*="/premium/"]',
    },
  ],
};

export const premiumUpsellDismiss: Descriptor = {
  id: 'extras.interstitial.premiumUpsell.dismiss',
  description: 'Close control of the Premium upsell',
  parent: premiumUpsell,
  candidates: [
    { key: 'premiumUpsell.dismiss.test-hook', css: 'button[data-test-modal-close-btn]' },
    { key: 'premiumUpsell.dismiss.artdeco', css: 'button.artdeco-modal__dismiss' },
    { key: 'premiumUpsell.dismiss.name', roles: ['button'], name: exact((p) => [...p.dismiss, ...p.close]) },
  ],
};

/** LinkedIn's in-page prompt to turn on browser notifications ("Not now"). */
export const notificationPrompt: Descriptor = {
  id: 'extras.interstitial.notificationPrompt',
  description: 'Prompt to enable push notifications',
  candidates: [
    {
      key: 'notificationPrompt.dialog-not-now',
      css: `:is(${OPEN_DIALOG}):not(.send-invite):not(.ip-fuse-limit-alert)`,
      has: 'button',
      text: (p) => fragments(listOf('notNow')(p)),
    },
  ],
};

export const notificationPromptDismiss: Descriptor = {
  id: 'extras.interstitial.notificationPrompt.dismiss',
  description: '"Not now" on the notification prompt',
  parent: notificationPrompt,
  candidates: [
    { key: 'notificationPrompt.notNow.name', roles: ['button'], name: exact(listOf('notNow')) },
    {
      key: 'notificationPrompt.dismiss.name',
      roles: ['button'],
      name: exact((p) => [...p.dismiss, ...p.close]),
    },
  ],
};

/** The messaging overlay's minimise/close controls (A17: "Close your conversation with <Name>"). */
export const messagingOverlayClose: Descriptor = {
  id: 'extras.interstitial.messagingOverlay.close',
  description: 'Close button of a conversation bubble in the messaging overlay',
  candidates: [
    {
      key: 'messagingOverlay.close.header-control',
      css: '.msg-overlay-conversation-bubble .msg-overlay-bubble-header__controls button:last-child',
      note: 'A17: the last header control closes the bubble',
    },
  ],
};

/**
 * Primary of the SDUI remove-connection confirmation: its button says "Remove" (not "Remove
 * connection"), so the shared descriptor's name candidate misses it. Name first, then position (the
 * confirm is the last footer button — followed by a state check).
 */
export const removeConfirmPrimary: Descriptor = {
  id: 'extras.dialog.removeConfirm.confirm',
  description: 'Remove (primary) in the SDUI confirmation',
  candidates: [
    { key: 'removeConfirm.confirm.remove-name', roles: ['button'], name: exact(listOf('remove')) },
    { key: 'removeConfirm.confirm.footer-last', css: 'footer button:last-child' },
  ],
};

/** Same shape for the SDUI unfollow confirmation (button "Unfollow"; Ember handled by the shared set). */
export const confirmFooterPrimary: Descriptor = {
  id: 'extras.dialog.confirm.footerPrimary',
  description: 'The last footer button of an SDUI confirmation dialog (its primary action)',
  candidates: [{ key: 'confirm.footer-last', css: 'footer button:last-child' }],
};

/** The top card's About text (SDUI About card; Ember #about section). */
export const profileAbout: Descriptor = {
  id: 'extras.profile.about',
  description: 'About section text',
  candidates: [
    { key: 'about.sdui.expandable', css: '[componentkey$="About"] [data-testid="expandable-text-box"]' },
    {
      key: 'about.ember.visible-span',
      css: 'section:has(> #about) [class*="inline-show-more-text"] > span[aria-hidden="true"]',
    },
    { key: 'about.ember.show-more-text', css: 'section:has(> #about) [class*="inline-show-more-text"]' },
  ],
};

/** Current company chip of the top card (SDUI company-logo button; Ember right panel). */
export const topCardCompany: Descriptor = {
  id: 'extras.profile.topCard.company',
  description: "The owner's current company as the top card shows it",
  candidates: [
    {
      key: 'company.sdui.logo-button',
      css: 'section[componentkey$="Topcard"] [role="button"]:has(svg[id^="company-"]) p',
    },
    {
      key: 'company.ember.current-company-label',
      css: 'section[data-member-id] .pv-text-details__right-panel button[aria-label]',
      text: () => /\S/,
    },
  ],
};

/** A /company/<id>/ link in the top card (hashed company URL). */
export const topCardCompanyLink: Descriptor = {
  id: 'extras.profile.topCard.companyLink',
  description: 'Link to the current company page from the top card',
  candidates: [
    {
      key: 'companyLink.topcard',
      css: 'section[componentkey$="Topcard"] a[href*="/company/"], section[data-member-id] a[href*="/company/"]',
    },
  ],
};

/** "<n> followers" line of the top card. */
export const topCardFollowers: Descriptor = {
  id: 'extras.profile.topCard.followers',
  description: 'Followers count line',
  candidates: [
    {
      key: 'followers.topcard-text',
      css: 'section[componentkey$="Topcard"] p, section[data-member-id] li, section[data-member-id] span',
      text: (p) => {
        const f = listOf('followers')(p);
        return f.length
          ? new RegExp(
              `^\\s*[\\d.,\\s\\u00a0\\u202f]+\\s*(?:${f.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*$`,
              'iu',
            )
          : null;
      },
    },
  ],
};

/** A15: "Take care when connecting" before accepting some invitations (View profile / Accept invite). */
export const takeCareDialog: Descriptor = {
  id: 'extras.dialog.takeCare',
  description: '"Take care when connecting" dialog',
  searchPreloadFrames: true,
  candidates: [
    { key: 'takeCare.dialog-text', css: OPEN_DIALOG, text: (p) => fragments(listOf('takeCare')(p)) },
  ],
};

export const takeCareAccept: Descriptor = {
  id: 'extras.dialog.takeCare.accept',
  description: '"Accept invite" in the take-care dialog',
  parent: takeCareDialog,
  candidates: [
    { key: 'takeCare.accept.name', roles: ['button', 'link'], name: exact(listOf('acceptInvite')) },
    {
      key: 'takeCare.accept.footer-last',
      css: 'footer button:last-child, .artdeco-modal__actionbar button.artdeco-button--primary',
    },
  ],
};

/**
 * Received cards of every type. The shared descriptor requires a /in/ link, which SDUI page-follow and
 * newsletter cards do not have (their sender is plain text); this one also takes cards with a
 * /company/ or /newsletters/ link and Accept/Ignore buttons.
 */
export const receivedCardAnyType: Descriptor = {
  id: 'extras.invitationManager.received.cardAnyType',
  description: 'A received invitation card of any type',
  candidates: [
    { key: 'receivedCard.ember.invitation-card', css: 'li.invitation-card' },
    {
      key: 'receivedCard.sdui.listitem-any-type',
      css: 'main [role="listitem"]:has(button):is(:has(a[href*="/in/"]), :has(a[href*="/company/"]), :has(a[href*="/newsletters/"]))',
    },
    {
      key: 'receivedCard.ember.li-with-buttons',
      css: 'main li:has(button):is(:has(a[href*="/in/"]), :has(a[href*="/company/"]), :has(a[href*="/newsletters/"]))',
    },
  ],
};

/**
 * A connection card of the connections list (A16). Ember: li.mn-connection-card. SDUI has no list roles
 * or classes: the cards are the siblings (between <hr role="presentation">) that link to a profile.
 */
export const connectionCardAnyFrontEnd: Descriptor = {
  id: 'extras.connections.card',
  description: 'A connection in the connections list, either front end',
  candidates: [
    { key: 'connectionCard.ember.mn-connection-card', css: 'li.mn-connection-card' },
    {
      key: 'connectionCard.sdui.hr-siblings',
      css: 'main div:has(> hr[role="presentation"]) > div:has(a[href*="/in/"])',
    },
    { key: 'connectionCard.sdui.listitem', css: 'main [role="listitem"]:has(a[href*="/in/"])' },
  ],
};

/** The card's overflow trigger ("Show more actions for <Name>"), and its Remove connection item. */
export const connectionCardMore: Descriptor = {
  id: 'extras.connections.card.more',
  description: 'Overflow trigger of a connection card',
  candidates: [
    { key: 'connectionCard.more.ember-trigger', css: 'button.mn-connection-card__dropdown-trigger' },
    { key: 'connectionCard.more.aria-expanded', css: 'button[aria-expanded]' },
  ],
};

export const connectionCardRemove: Descriptor = {
  id: 'extras.connections.card.remove',
  description: 'Remove connection item of a connection card',
  candidates: [
    { key: 'connectionCard.remove.ember-item', css: '.mn-connection-card__dropdown-item button' },
    {
      key: 'connectionCard.remove.name',
      roles: ['button', 'menuitem'],
      name: exact((p) => p.removeConnection),
    },
  ],
};

export const extras = {
  connectionCardAnyFrontEnd,
  connectionCardMore,
  connectionCardRemove,
  receivedCardAnyType,
  takeCareDialog,
  takeCareAccept,
  growingNetworkDialog,
  growingNetworkGotIt,
  premiumUpsell,
  premiumUpsellDismiss,
  notificationPrompt,
  notificationPromptDismiss,
  messagingOverlayClose,
  removeConfirmPrimary,
  confirmFooterPrimary,
  profileAbout,
  topCardCompany,
  topCardCompanyLink,
  topCardFollowers,
} as const;

export const DRIVER_EXTRA_DESCRIPTORS: readonly Descriptor[] = Object.values(extras);
