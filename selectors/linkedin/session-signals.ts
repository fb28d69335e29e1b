// What the session classifier looks at, extracted from a page in one evaluate. Structure only,
// plus a capped text excerpt that the classifier reads through per-locale phrases and only on short
// pages without <main> (a signed-in page is never judged by its text).
//
// Sources: ../shared/spec/linkedin-dom.md A7 (login page, guest pages, logged-in markers), A8 (checkpoint,
// captcha, restriction), the real guest pages (scoutr, 2024: nav-header-join / nav-header-signin, session_key
// forms posting to /uas/login-submit, public_profile_* tracking names).

export interface SessionSignals {
  /** `html[lang]` as written, or null. */
  htmlLang: string | null;
  /** Signed-in global navigation (SDUI primary nav, Ember global nav, nav links to /feed and /mynetwork). */
  signedInNav: boolean;
  /** The /login page's own form: `input#username` with `input#password`. */
  loginPageForm: boolean;
  /** A guest sign-in form: `session_key`/`session_password` inputs, a form posting to /uas/login, its submit button. */
  signInForm: boolean;
  /** The account chooser ("Welcome back"): `#rememberme-div`. */
  rememberMe: boolean;
  /** Guest header with both "Join now" and "Sign in" (tracking names or /signup + /login links). */
  guestNav: boolean;
  /** Count of `public_profile_*` tracking hooks (a logged-out public profile). */
  publicTracking: number;
  /**
   * A VISIBLE captcha / security-verification iframe. HUMAN's sensor iframe `#humanThirdPartyIframe`
   * (src li.protechts.net, 0×0, left:-9999px, aria-hidden) sits on ordinary signed-in pages (real
   * scoutr/AeroLeads Ember pages), so presence alone proves nothing.
   */
  captchaFrame: boolean;
  /**
   * Verification PIN form. (Not "a form posting to /checkpoint/": the ordinary /login form posts to
   * /checkpoint/lg/login-submit.)
   */
  challengeForm: boolean;
  /** Restricted-account ("rehab") page. */
  rehab: boolean;
  /** A `<meta http-equiv="refresh">` (the bot interstitial a non-browser client gets). */
  metaRefresh: boolean;
  mainPresent: boolean;
  bodyTextLength: number;
  /** At most 2000 characters of body text. */
  bodyTextExcerpt: string;
}

/** CSS of the structural markers, shared with tests and doctor-style reports. */
export const SESSION_MARKERS = {
  signedInNav:
    'div[data-testid="primary-nav"], nav[componentkey="primaryNavLinksComponentRef"], .global-nav__primary-link, #global-nav, [data-control-name="nav.settings"]',
  navFeedLink: 'nav a[href*="/feed"]',
  navNetworkLink: 'nav a[href*="/mynetwork"]',
  loginUsername: 'input#username',
  loginPassword: 'input#password',
  signInForm:
    'input[name="session_key"], input[name="session_password"], form[action*="/uas/login"], button[data-id="sign-in-form__submit-btn"], form[data-id="sign-in-form"]',
  rememberMe: '#rememberme-div',
  guestJoin:
    'a[data-tracking-control-name$="nav-header-join"], header a[href*="/signup"], nav a[href*="/signup"]',
  guestSignIn:
    'a[data-tracking-control-name$="nav-header-signin"], header a[href*="/login"], nav a[href*="/login"]',
  publicTracking: '[data-tracking-control-name^="public_profile"]',
  captchaFrame:
    'iframe#humanThirdPartyIframe, iframe[title="LinkedIn security verification"], iframe[src*="li.protechts.net"]',
  challengeForm: 'input[name="pin"], input[name="challengeId"]',
  rehab: '#rehab-challenge, [id^="rehab-"]',
  metaRefresh: 'meta[http-equiv="refresh" i]',
} as const;

/**
 * Runs IN THE PAGE via `page.evaluate(extractSessionSignals, SESSION_MARKERS)`: self-contained, no
 * imports, no named inner functions.
 */
export function extractSessionSignals(m: typeof SESSION_MARKERS): SessionSignals {
  // Written without helper closures on purpose: the TypeScript runner wraps named closures in a
  // helper that does not exist in the page.
  const d = document;
  const text = d.body ? d.body.innerText || d.body.textContent || '' : '';
  let captchaFrame = false;
  const frames = d.querySelectorAll(m.captchaFrame);
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Element;
    const box = f.getBoundingClientRect();
    const onScreen = box.right > 0 && box.bottom > 0;
    if (box.width >= 10 && box.height >= 10 && onScreen && f.getAttribute('aria-hidden') !== 'true')
      captchaFrame = true;
  }
  return {
    htmlLang: d.documentElement.getAttribute('lang'),
    signedInNav:
      d.querySelector(m.signedInNav) !== null ||
      (d.querySelector(m.navFeedLink) !== null && d.querySelector(m.navNetworkLink) !== null),
    loginPageForm: d.querySelector(m.loginUsername) !== null && d.querySelector(m.loginPassword) !== null,
    signInForm: d.querySelector(m.signInForm) !== null,
    rememberMe: d.querySelector(m.rememberMe) !== null,
    guestNav: d.querySelector(m.guestJoin) !== null && d.querySelector(m.guestSignIn) !== null,
    publicTracking: Math.min(d.querySelectorAll(m.publicTracking).length, 9999),
    captchaFrame,
    challengeForm: d.querySelector(m.challengeForm) !== null,
    rehab: d.querySelector(m.rehab) !== null,
    metaRefresh: d.querySelector(m.metaRefresh) !== null,
    mainPresent: d.querySelector('main') !== null,
    bodyTextLength: text.length,
    bodyTextExcerpt: text.slice(0, 2000),
  };
}
