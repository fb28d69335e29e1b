// Is this account signed in? A pure classifier from the page's URL and its SessionSignals
// (session-signals.ts). Used by the health probe before work, by `login`, and by the general page
// classifier for its `signedOut` / `checkpoint` pages.
//
// Precedence: checkpoint (URL, then structure) > signed-out URLs > signed-in navigation >
// signed-out structure > per-locale text on short pages without <main> > unknown.
// Sources: ../shared/spec/linkedin-dom.md A7/A8; real guest pages (scoutr 2024); stickerdaniel's URL list and
// its rule to use text heuristics only on short pages without <main>.
import { containsAny } from './text.ts';
import type { SessionSignals } from './session-signals.ts';

export type SignedOutKind = 'loginPage' | 'authwall' | 'guest';
export type CheckpointKind = 'captcha' | 'verification' | 'restricted';

export type SessionState =
  | { state: 'signedIn' }
  | { state: 'signedOut'; kind: SignedOutKind }
  | { state: 'checkpoint'; kind: CheckpointKind }
  | { state: 'unknown' };

/** Phrases that identify a checkpoint when structure is silent; compared after normalisation. */
export interface SessionPhrases {
  restricted: readonly string[];
  verification: readonly string[];
  /** True when the strings are our best translation, not confirmed by a real page or documented source. */
  undocumented: boolean;
}

export const SESSION_PHRASES: Readonly<Record<string, SessionPhrases>> = Object.freeze({
  // ../shared/spec/linkedin-dom.md A8 (public automation code, 2026).
  en: {
    restricted: [
      'we noticed some unusual activity',
      'unusual activity',
      'temporarily restricted',
      'account has been restricted',
    ],
    verification: ['security verification', "let's do a quick security check"],
    undocumented: false,
  },
  de: {
    restricted: ['ungewöhnliche Aktivität', 'ungewöhnliche Aktivitäten', 'vorübergehend eingeschränkt'],
    verification: ['Sicherheitsüberprüfung'],
    undocumented: true,
  },
  fr: {
    restricted: ['activité inhabituelle', 'temporairement restreint', 'temporairement limité'],
    verification: ['vérification de sécurité', 'contrôle de sécurité'],
    undocumented: true,
  },
  pl: {
    restricted: [
      'nietypową aktywność',
      'nietypowa aktywność',
      'tymczasowo ograniczone',
      'tymczasowo ograniczony',
    ],
    verification: ['weryfikacja zabezpieczeń', 'weryfikacja bezpieczeństwa'],
    undocumented: true,
  },
});

/** Text longer than this is a real page, not an interstitial: its text is never used. */
export const SHORT_PAGE_CHARS = 1500;

const CHECKPOINT_PATHS = [/^\/checkpoint(\/|$)/, /^\/challenge(\/|$)/, /^\/uas\/consumer-email-challenge/];
const AUTHWALL_PATHS = [/^\/authwall(\/|$)/];
const LOGIN_PATHS = [/^\/login(\/|$)/, /^\/uas\/login/];

function pathOf(url: string): string {
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return '';
  }
}

export function phrasesFor(htmlLang: string | null): SessionPhrases | null {
  const primary = (htmlLang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return SESSION_PHRASES[primary] ?? null;
}

function checkpointKindFromStructure(s: SessionSignals): CheckpointKind | null {
  if (s.captchaFrame) return 'captcha';
  if (s.rehab) return 'restricted';
  if (s.challengeForm) return 'verification';
  return null;
}

function checkpointKindFromText(s: SessionSignals): CheckpointKind | null {
  if (s.mainPresent || s.bodyTextLength > SHORT_PAGE_CHARS) return null;
  const p = phrasesFor(s.htmlLang);
  if (!p) return null;
  if (containsAny(s.bodyTextExcerpt, p.restricted)) return 'restricted';
  if (containsAny(s.bodyTextExcerpt, p.verification)) return 'verification';
  return null;
}

export function classifySessionState(url: string, s: SessionSignals): SessionState {
  const path = pathOf(url);

  if (CHECKPOINT_PATHS.some((re) => re.test(path))) {
    const kind = checkpointKindFromStructure(s) ?? checkpointKindFromText(s);
    // A failed sign-in re-renders the plain login form under /checkpoint/lg/login-submit.
    if (!kind && s.loginPageForm) return { state: 'signedOut', kind: 'loginPage' };
    return { state: 'checkpoint', kind: kind ?? 'verification' };
  }
  const structural = checkpointKindFromStructure(s);
  if (structural) return { state: 'checkpoint', kind: structural };

  if (AUTHWALL_PATHS.some((re) => re.test(path))) return { state: 'signedOut', kind: 'authwall' };
  if (LOGIN_PATHS.some((re) => re.test(path))) return { state: 'signedOut', kind: 'loginPage' };

  if (s.signedInNav && !s.loginPageForm && !s.guestNav) return { state: 'signedIn' };

  if (s.loginPageForm || s.rememberMe) return { state: 'signedOut', kind: 'loginPage' };
  if (s.guestNav || s.signInForm || s.publicTracking > 0) return { state: 'signedOut', kind: 'guest' };

  const textual = checkpointKindFromText(s);
  if (textual) return { state: 'checkpoint', kind: textual };
  return { state: 'unknown' };
}

/** Signals of an empty page, for tests and callers that build signals from another extractor. */
export const EMPTY_SESSION_SIGNALS: SessionSignals = Object.freeze({
  htmlLang: null,
  signedInNav: false,
  loginPageForm: false,
  signInForm: false,
  rememberMe: false,
  guestNav: false,
  publicTracking: 0,
  captchaFrame: false,
  challengeForm: false,
  rehab: false,
  metaRefresh: false,
  mainPresent: false,
  bodyTextLength: 0,
  bodyTextExcerpt: '',
});
