// The pure session classifier on plain signal objects (the same pages, in a real browser, are in
// health.test.ts).
import { describe, expect, it } from 'vitest';
import {
  classifySessionState,
  EMPTY_SESSION_SIGNALS,
  phrasesFor,
  SESSION_PHRASES,
} from '../../selectors/linkedin/session-state.ts';
import type { SessionSignals } from '../../selectors/linkedin/session-signals.ts';

const sig = (s: Partial<SessionSignals>): SessionSignals => ({ ...EMPTY_SESSION_SIGNALS, ...s });
const LI = 'https://www.linkedin.com';

describe('classifySessionState', () => {
  it('signed in from the SDUI or Ember global navigation', () => {
    expect(classifySessionState(`${LI}/feed/`, sig({ signedInNav: true, mainPresent: true }))).toEqual({
      state: 'signedIn',
    });
  });

  it('signed-out URLs win over anything but a checkpoint', () => {
    expect(
      classifySessionState(`${LI}/login?session_redirect=%2Ffeed%2F`, sig({ loginPageForm: true })),
    ).toEqual({ state: 'signedOut', kind: 'loginPage' });
    expect(classifySessionState(`${LI}/uas/login?trk=x`, sig({}))).toEqual({
      state: 'signedOut',
      kind: 'loginPage',
    });
    expect(classifySessionState(`${LI}/authwall?trk=gf`, sig({ guestNav: true }))).toEqual({
      state: 'signedOut',
      kind: 'authwall',
    });
  });

  it('signed out from structure when the URL says nothing', () => {
    expect(classifySessionState(`${LI}/`, sig({ guestNav: true, mainPresent: true }))).toEqual({
      state: 'signedOut',
      kind: 'guest',
    });
    expect(classifySessionState(`${LI}/in/someone`, sig({ publicTracking: 12, signInForm: true }))).toEqual({
      state: 'signedOut',
      kind: 'guest',
    });
    expect(classifySessionState(`${LI}/feed/`, sig({ rememberMe: true }))).toEqual({
      state: 'signedOut',
      kind: 'loginPage',
    });
  });

  it('a guest header next to a nav link to the feed is still a guest page', () => {
    expect(classifySessionState(`${LI}/`, sig({ signedInNav: true, guestNav: true }))).toEqual({
      state: 'signedOut',
      kind: 'guest',
    });
  });

  it('checkpoints from URL and structure', () => {
    expect(classifySessionState(`${LI}/checkpoint/challenge/AgE`, sig({ captchaFrame: true }))).toEqual({
      state: 'checkpoint',
      kind: 'captcha',
    });
    expect(classifySessionState(`${LI}/checkpoint/challenge/AgH`, sig({ challengeForm: true }))).toEqual({
      state: 'checkpoint',
      kind: 'verification',
    });
    expect(classifySessionState(`${LI}/checkpoint/challenge/AgH`, sig({}))).toEqual({
      state: 'checkpoint',
      kind: 'verification',
    });
    expect(classifySessionState(`${LI}/feed/`, sig({ rehab: true }))).toEqual({
      state: 'checkpoint',
      kind: 'restricted',
    });
    // Structure beats a signed-in nav: a captcha over the feed is still a captcha.
    expect(classifySessionState(`${LI}/feed/`, sig({ signedInNav: true, captchaFrame: true }))).toEqual({
      state: 'checkpoint',
      kind: 'captcha',
    });
  });

  it('the login form re-rendered under /checkpoint/lg/login-submit is the login page', () => {
    expect(classifySessionState(`${LI}/checkpoint/lg/login-submit`, sig({ loginPageForm: true }))).toEqual({
      state: 'signedOut',
      kind: 'loginPage',
    });
  });

  it('text decides only on short pages without <main>, through the page language', () => {
    const de = sig({
      htmlLang: 'de-DE',
      bodyTextLength: 90,
      bodyTextExcerpt: 'Ihr Konto wurde vorübergehend eingeschränkt.',
    });
    expect(classifySessionState(`${LI}/feed/`, de)).toEqual({ state: 'checkpoint', kind: 'restricted' });
    expect(classifySessionState(`${LI}/feed/`, { ...de, mainPresent: true })).toEqual({ state: 'unknown' });
    expect(classifySessionState(`${LI}/feed/`, { ...de, bodyTextLength: 50_000 })).toEqual({
      state: 'unknown',
    });
    // Unknown page language: no guessing from English.
    expect(classifySessionState(`${LI}/feed/`, { ...de, htmlLang: null })).toEqual({ state: 'unknown' });
    const en = sig({
      htmlLang: 'en',
      bodyTextLength: 60,
      bodyTextExcerpt: 'Let’s do a quick  security check',
    });
    expect(classifySessionState(`${LI}/feed/`, en)).toEqual({ state: 'checkpoint', kind: 'verification' });
  });

  it('an empty or unparseable page is unknown', () => {
    expect(classifySessionState('about:blank', sig({}))).toEqual({ state: 'unknown' });
    expect(classifySessionState('not a url', sig({ metaRefresh: true }))).toEqual({ state: 'unknown' });
  });

  it('has phrase tables for en, de, fr and pl', () => {
    for (const l of ['en', 'de-DE', 'fr_FR', 'pl']) {
      const p = phrasesFor(l);
      expect(p?.restricted.length).toBeGreaterThan(0);
      expect(p?.verification.length).toBeGreaterThan(0);
    }
    expect(phrasesFor('xx')).toBeNull();
    expect(SESSION_PHRASES.en?.undocumented).toBe(false);
  });
});
