// Things that sit over the page (linkedin-dom.md A20): the EU cookie banner and generic closers of
// upsells and prompts. Closers are tried only on a recognised blocker, never page-wide blindly.
import type { Descriptor } from '../descriptor.ts';
import { exact } from './names.ts';

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

export const INTERSTITIAL_DESCRIPTORS: readonly Descriptor[] = [
  cookieBanner,
  cookieAccept,
  cookieReject,
  interstitialCloser,
  messagingOverlay,
];
