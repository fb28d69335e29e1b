// Things that sit over the page (../shared/spec/linkedin-dom.md A12, A17, A20): the EU cookie banner, the
// "growing your network" notice, Premium upsells, the notification prompt, the messaging overlay, and generic
// closers. Closers are tried only on a recognised blocker (their `parent`), never page-wide blindly.
import type { Descriptor } from '../descriptor.ts';
import { OPEN_DIALOG } from './dialogs.ts';
import { exact, fragments } from './names.ts';

export const cookieBanner: Descriptor = {
  id: 'interstitial.cookieBanner',
  description: 'Cookie consent banner (guest / EU)',
  candidates: [
    { key: 'cookieBanner.artdeco-global-alert', css: '.artdeco-global-alert--COOKIE_CONSENT' },
    { key: 'cookieBanner.type-attr', css: '[type="COOKIE_CONSENT"]' },
  ],
};

export const cookieAccept: Descriptor = {
  id: 'interstitial.cookieBanner.accept',
  description: 'Accept cookies',
  parent: cookieBanner,
  candidates: [
    { key: 'cookieAccept.action-type', css: 'button[action-type="ACCEPT"]' },
    {
      key: 'cookieAccept.control-name',
      css: 'button[data-control-name^="ga-cookie.consent.accept"], button[data-tracking-control-name^="ga-cookie.consent.accept"]',
    },
    { key: 'cookieAccept.name', roles: ['button'], name: exact((p) => p.cookieAccept) },
  ],
};

export const cookieReject: Descriptor = {
  id: 'interstitial.cookieBanner.reject',
  description: 'Reject cookies',
  parent: cookieBanner,
  candidates: [
    { key: 'cookieReject.action-type', css: 'button[action-type="DENY"]' },
    {
      key: 'cookieReject.control-name',
      css: 'button[data-control-name^="ga-cookie.consent.deny"], button[data-tracking-control-name^="ga-cookie.consent.deny"]',
    },
    { key: 'cookieReject.name', roles: ['button'], name: exact((p) => p.cookieReject) },
  ],
};

export const interstitialCloser: Descriptor = {
  id: 'interstitial.closer',
  description: 'Generic close control of an upsell / prompt / modal (scope it to the blocker)',
  candidates: [
    { key: 'closer.artdeco-modal-dismiss', css: 'button.artdeco-modal__dismiss' },
    { key: 'closer.test-modal-close', css: 'button[data-test-modal-close-btn]' },
    { key: 'closer.dismiss-label', roles: ['button'], name: exact((p) => p.dismiss) },
    { key: 'closer.close-label', roles: ['button'], name: exact((p) => p.close) },
    { key: 'closer.salesnav-teaching-bubble', css: '[data-test-enterprise-teaching-bubble-dismiss-btn]' },
  ],
};

export const messagingOverlay: Descriptor = {
  id: 'interstitial.messagingOverlay',
  description: 'Messaging overlay bubble (can stack over dialogs)',
  candidates: [{ key: 'messagingOverlay.bubble', css: '.msg-overlay-conversation-bubble' }],
};

/** The messaging overlay's close control (A17: "Close your conversation with <Name>"). */
export const messagingOverlayClose: Descriptor = {
  id: 'interstitial.messagingOverlay.close',
  description: 'Close button of a conversation bubble in the messaging overlay',
  candidates: [
    {
      key: 'messagingOverlay.close.header-control',
      css: '.msg-overlay-conversation-bubble .msg-overlay-bubble-header__controls button:last-child',
      note: 'A17: the last header control closes the bubble',
    },
  ],
};

/** A12 early warning "You're growing your network!" with its "Got it" button. */
export const growingNetworkDialog: Descriptor = {
  id: 'interstitial.growingNetwork',
  description: '"You\'re growing your network!" (A12 early warning)',
  searchPreloadFrames: true,
  candidates: [
    {
      key: 'growingNetwork.dialog-text',
      css: `:is(${OPEN_DIALOG}):not(.ip-fuse-limit-alert):not(.send-invite)`,
      text: (p) => fragments(p.growingNetwork),
    },
  ],
};

export const growingNetworkGotIt: Descriptor = {
  id: 'interstitial.growingNetwork.gotIt',
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
  id: 'interstitial.premiumUpsell',
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
  id: 'interstitial.premiumUpsell.dismiss',
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
  id: 'interstitial.notificationPrompt',
  description: 'Prompt to enable push notifications',
  candidates: [
    {
      key: 'notificationPrompt.dialog-not-now',
      css: `:is(${OPEN_DIALOG}):not(.send-invite):not(.ip-fuse-limit-alert)`,
      has: 'button',
      text: (p) => fragments(p.notNow),
    },
  ],
};

export const notificationPromptDismiss: Descriptor = {
  id: 'interstitial.notificationPrompt.dismiss',
  description: '"Not now" on the notification prompt',
  parent: notificationPrompt,
  candidates: [
    { key: 'notificationPrompt.notNow.name', roles: ['button'], name: exact((p) => p.notNow) },
    {
      key: 'notificationPrompt.dismiss.name',
      roles: ['button'],
      name: exact((p) => [...p.dismiss, ...p.close]),
    },
  ],
};

/** Interstitials the drivers clear (`sel.interstitials`): the one registration of these descriptors. */
export const interstitialSelectors = {
  cookieBanner,
  cookieAccept,
  cookieReject,
  closer: interstitialCloser,
  messagingOverlay,
  messagingOverlayClose,
  growingNetwork: { dialog: growingNetworkDialog, gotIt: growingNetworkGotIt },
  premiumUpsell: { dialog: premiumUpsell, dismiss: premiumUpsellDismiss },
  notificationPrompt: { dialog: notificationPrompt, dismiss: notificationPromptDismiss },
} as const;
