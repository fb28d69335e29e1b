// Page-wide structural markers the page classifier and the session layer decide from: front end (SDUI
// root and screens, Ember app), main and its text size, signed-in nav, guest / login / not-found /
// checkpoint hooks, surfaces (messaging, feed, invitation manager, connections), cookie banner, toasts.
//
// Runs IN THE PAGE as a part of `pageSignalsExpression` (expression.ts): self-contained, reads the DOM
// only through the kit it is given.
import type { PageMarkers } from '../signals.ts';
import type { DomKit } from './dom-kit.ts';

export function readMarkers(kit: DomKit): PageMarkers {
  const { html, body, main, meta, cap, textOf } = kit;
  const sduiScreens = Array.from(
    new Set(
      Array.from(document.querySelectorAll('[data-sdui-screen]')).map(
        (e) => e.getAttribute('data-sdui-screen') ?? '',
      ),
    ),
  )
    .filter(Boolean)
    .slice(0, 10);

  const toasts: PageMarkers['toasts'] = [];
  for (const t of Array.from(document.querySelectorAll('[data-test-artdeco-toast-item-type]')).slice(0, 5)) {
    toasts.push({ type: t.getAttribute('data-test-artdeco-toast-item-type'), text: cap(textOf(t), 200) });
  }
  const sduiToastTitle = document.querySelector('[data-testid="toasts-title"]');
  if (sduiToastTitle && sduiToastTitle.parentElement) {
    for (const t of Array.from(
      sduiToastTitle.parentElement.querySelectorAll('[role="alert"], [role="status"], li'),
    ).slice(0, 5)) {
      toasts.push({ type: null, text: cap(textOf(t), 200) });
    }
  }
  const mainText = main ? textOf(main) : '';

  return {
    bodyRehydrated: !!body && body.hasAttribute('data-rehydrated'),
    sduiRoot: document.querySelector('div#root[data-strictmode]') !== null,
    workspaceMain: document.querySelector('main#workspace') !== null,
    sduiScreens,
    emberApp:
      !!body &&
      (body.classList.contains('ember-application') || html.classList.contains('ember-application')),
    emberViews: Math.min(document.querySelectorAll('.ember-view').length, 9999),
    artdeco: document.querySelector('.artdeco-card, .artdeco-button, .artdeco-modal') !== null,
    memberIdSections: document.querySelectorAll('section[data-member-id]').length,
    mainPresent: main !== null,
    mainEmpty: main !== null && mainText.length < 20,
    mainTextLength: mainText.length,
    signedInNav:
      document.querySelector(
        '[data-testid="primary-nav"], nav[componentkey="primaryNavLinksComponentRef"], #global-nav, .global-nav__primary-link, [data-control-name="nav.settings"], .global-nav__me',
      ) !== null,
    interopOutlet: document.querySelector('#interop-outlet') !== null,
    interopIframe:
      document.querySelector('iframe[data-testid="interop-iframe"], iframe[src="/preload/"]') !== null,
    publicTracking: document.querySelectorAll(
      '[data-tracking-control-name^="public_profile"], a[href*="trk=public_profile"]',
    ).length,
    loginForm:
      document.querySelector(
        'input#username, input[name="session_key"], form[action*="/uas/login"], form.login__form',
      ) !== null,
    notFoundHeadline:
      document.querySelector(
        'h1.page-not-found__headline, .page-not-found, [data-test-id="page-not-found"]',
      ) !== null,
    captchaFrame:
      document.querySelector(
        'iframe#humanThirdPartyIframe, iframe[title="LinkedIn security verification"], iframe[src*="li.protechts.net"], #captcha-internal',
      ) !== null,
    // Signed-in Ember pages carry HUMAN's zero-size sensor iframe (#humanThirdPartyIframe, li.protechts.net)
    // on every load; only a captcha frame with a real box is a challenge.
    captchaFrameVisible: Array.from(
      document.querySelectorAll(
        'iframe#humanThirdPartyIframe, iframe[title="LinkedIn security verification"], iframe[src*="li.protechts.net"], #captcha-internal',
      ),
    ).some((f) => {
      const r = f.getBoundingClientRect();
      return r.width > 20 && r.height > 20 && r.right > 0 && r.bottom > 0;
    }),
    challengeForm:
      document.querySelector('input[name="pin"], input[name="challengeId"], form[action*="/checkpoint/"]') !==
      null,
    rehab: document.querySelector('#rehab-challenge') !== null,
    metaRefresh: meta('meta[http-equiv="refresh" i]'),
    messagingForm: document.querySelector('form.msg-form, .msg-form__contenteditable') !== null,
    messagingList:
      document.querySelector(
        '.msg-conversations-container, .msg-conversation-card, .msg-conversation-listitem, .msg-conversations-container__conversations-list',
      ) !== null,
    feedMarkers: document.querySelectorAll(
      '.feed-shared-update-v2, [data-urn^="urn:li:activity"], [data-id^="urn:li:activity"], .scaffold-finite-scroll__content',
    ).length,
    invitationManagerMarkers: document.querySelectorAll(
      'button[data-view-name="sent-invitations-withdraw-single"], .invitation-card, .mn-invitation-manager, .invitation-manager, [data-view-name^="invitation"]',
    ).length,
    connectionsMarkers: document.querySelectorAll(
      '.mn-connection-card, #mn-connections-search-input, .mn-connections',
    ).length,
    cookieBanner:
      document.querySelector(
        '.artdeco-global-alert--COOKIE_CONSENT, [type="COOKIE_CONSENT"], button[data-control-name^="ga-cookie.consent"], button[data-tracking-control-name^="ga-cookie.consent"]',
      ) !== null,
    toasts,
  };
}
