// The page classifier: PageSignals → the ../shared/spec/product.md §5 vocabulary (+ `dialog`). Pure, explicit
// precedence, structure and URLs first, phrase tables second, `unknown`/`null` rather than a guess.
//
// Precedence for `page`:
//   checkpoint (session layer) > notFound (URL /in/unavailable, /404; not-found headline)
//   > signedOut (session layer) > Sales Navigator (URL /sales/…, data-x-* hooks)
//   > URL kind (/in/…, /search/results/…, /messaging/…, /mynetwork/…, /feed/)
//   > SDUI screen name (data-sdui-screen) > structure (top card, result cards, msg-form, …) > unknown.
import { classifyDialogs, type DialogKind, type DialogsVerdict } from './classify-dialog.ts';
import {
  classifyProfile,
  type ConnectVia,
  type ProfileVerdict,
  type Relationship,
} from './classify-profile.ts';
import { detectLocale, phraseTableFor } from './locales/index.ts';
import type { PhraseTable } from './locales/types.ts';
import { classifySessionState, type SessionState } from './session-state.ts';
import type { PageSignals } from './signals.ts';
import { urlFacts, type UrlFacts } from './urls.ts';
import { classifySalesNavPage } from '../salesnav/classify-page.ts';
import { salesListFacts } from '../salesnav/classify-lists.ts';

export type PageKind =
  | 'profile'
  | 'search'
  | 'messaging'
  | 'invitationManager'
  | 'connections'
  | 'feed'
  | 'signedOut'
  | 'checkpoint'
  | 'notFound'
  | 'salesLead'
  | 'salesSearch'
  | 'salesCompany'
  | 'salesInbox'
  | 'unknown';

export type FrontEnd = 'ember' | 'sdui' | 'salesnav' | 'unknown';

export interface PageState {
  page: PageKind;
  frontEnd: FrontEnd;
  locale: string | null;
  relationship: Relationship | null;
  connectVia: ConnectVia | null;
  people: number | null;
  dialog: DialogKind | null;
  /** Beyond ../shared/spec/product.md: what drivers need to act safely. */
  session: SessionState;
  /** The page's main content is there (profile: top card with controls; lists: cards or an empty list). */
  ready: boolean;
  /** How the locale was found; null when unknown (then no text-based decision was made). */
  localeSource: 'html-lang' | 'declared' | 'ui-texts' | null;
  /** A phrase table exists for the locale. */
  phrasesAvailable: boolean;
  profile: ProfileVerdict | null;
  dialogs: DialogsVerdict;
  /** The profile owner as the top card shows them. */
  person: {
    vanity: string | null;
    name: string | null;
    headline: string | null;
    location: string | null;
    profileId: string | null;
  } | null;
  evidence: string[];
}

export interface ClassifyOptions {
  /** Override the phrase table (tests, or a configured account locale). */
  phrases?: PhraseTable | null;
}

export function classifyFrontEnd(s: PageSignals, url: UrlFacts): FrontEnd {
  const m = s.markers;
  if (
    /^\/sales(\/|$)/.test(url.path) ||
    s.salesNav.leadActionsBar ||
    s.salesNav.searchResultLeads > 0 ||
    s.salesNav.hueApp
  )
    return 'salesnav';
  if (
    m.bodyRehydrated ||
    m.workspaceMain ||
    m.sduiScreens.length > 0 ||
    m.sduiRoot ||
    s.topCard?.flavour === 'sdui'
  )
    return 'sdui';
  if (m.emberApp || m.emberViews > 0 || s.topCard?.flavour === 'ember') return 'ember';
  return 'unknown';
}

function pageFromScreens(screens: readonly string[]): PageKind | null {
  for (const sc of screens) {
    if (/\.profile\.Profile/.test(sc)) return 'profile';
    if (/\.search\.SearchResults/.test(sc)) return 'search';
    if (/messaging/i.test(sc)) return 'messaging';
    if (/invitation/i.test(sc)) return 'invitationManager';
    if (/connections/i.test(sc)) return 'connections';
    if (/\.feed\./i.test(sc)) return 'feed';
  }
  return null;
}

function pageFromStructure(s: PageSignals): PageKind | null {
  if (s.topCard) return 'profile';
  if (s.lists.searchCards > 0) return 'search';
  if (s.markers.messagingForm && s.markers.messagingList) return 'messaging';
  if (s.lists.sentWithdrawButtons > 0 || s.markers.invitationManagerMarkers > 0) return 'invitationManager';
  if (s.markers.connectionsMarkers > 0) return 'connections';
  if (s.markers.feedMarkers > 0) return 'feed';
  if (s.markers.messagingForm || s.markers.messagingList) return 'messaging';
  return null;
}

/** The best address we have: the caller's URL, else the saved page's canonical / og:url. */
export function effectiveUrl(s: PageSignals): string {
  const candidates = [s.url, s.canonical, s.ogUrl];
  for (const c of candidates) {
    if (!c || /^about:/.test(c)) continue;
    try {
      return new URL(c, 'https://www.linkedin.com').href;
    } catch {
      continue;
    }
  }
  return s.url ?? '';
}

/**
 * The session layer's verdict, with one correction: a `captcha` checkpoint decided only from a captcha
 * iframe's presence is dropped when that frame has no box and the page shows the signed-in navigation —
 * HUMAN's invisible sensor iframe (#humanThirdPartyIframe) sits on every signed-in Ember page
 * (real AeroLeads/scoutr pages). Reported to the session layer; a no-op once its signals check visibility.
 */
function sessionStateOf(href: string, s: PageSignals, evidence: string[]): SessionState {
  const verdict = classifySessionState(href, s.session);
  if (
    verdict.state === 'checkpoint' &&
    verdict.kind === 'captcha' &&
    !s.markers.captchaFrameVisible &&
    !s.session.challengeForm &&
    !s.session.rehab &&
    s.session.signedInNav &&
    urlFacts(href).page !== 'checkpoint'
  ) {
    evidence.push('session:hidden-sensor-iframe-ignored');
    return classifySessionState(href, { ...s.session, captchaFrame: false });
  }
  return verdict;
}

/**
 * The anti-bot interstitial a client without a valid session gets (../shared/spec/linkedin-dom.md A7, real
 * scoutr bannedPage): a meta refresh back to LinkedIn, no <main>, no signed-in navigation, (almost) no text.
 */
function isBotInterstitial(s: PageSignals): boolean {
  const refresh = s.markers.metaRefresh ?? '';
  return (
    /url=\s*https?:\/\/[^/]*linkedin\.com/i.test(refresh) &&
    !s.markers.mainPresent &&
    !s.markers.signedInNav &&
    s.bodyTextLength < 300
  );
}

export function classifyPage(s: PageSignals, opts: ClassifyOptions = {}): PageState {
  const evidence: string[] = [];
  const href = effectiveUrl(s);
  const url = urlFacts(href);
  const loc = detectLocale({ htmlLang: s.htmlLang, declared: s.declaredLangs, uiTexts: s.uiTexts });
  const phrases = opts.phrases !== undefined ? opts.phrases : phraseTableFor(loc.locale);
  const session = sessionStateOf(href, s, evidence);
  const frontEnd = classifyFrontEnd(s, url);
  const dialogs = classifyDialogs(s.dialogs, phrases);
  evidence.push(
    `url:${url.page ?? 'none'}`,
    `session:${session.state}`,
    `frontEnd:${frontEnd}`,
    // Without a table nothing below was decided by text: unknowns are refusals, not misses.
    `locale:${loc.locale ?? 'unknown'}${phrases ? '' : ':no-phrase-table'}`,
  );
  for (const v of dialogs.verdicts)
    evidence.push(
      v.kind ? `dialog:${v.kind}:${v.by}` : `dialog:unnamed:${v.by}${phrases ? '' : ':no-phrase-table'}`,
    );

  let page: PageKind;
  if (session.state === 'checkpoint') page = 'checkpoint';
  // Signed out beats "not found": the guest "Profile Not Found" page is only served to a logged-out
  // client, so for a worker it means the session is gone, not that the person does not exist.
  else if (session.state === 'signedOut') page = 'signedOut';
  else if (url.page === 'notFound' || s.markers.notFoundHeadline) page = 'notFound';
  else if (session.state === 'unknown' && isBotInterstitial(s)) {
    evidence.push('bot-interstitial');
    page = 'signedOut';
  } else {
    const sales = classifySalesNavPage(s, url);
    if (sales) page = sales;
    else if (
      url.page === 'profile' ||
      url.page === 'search' ||
      url.page === 'messaging' ||
      url.page === 'invitationManager' ||
      url.page === 'connections' ||
      url.page === 'feed'
    )
      page = url.page;
    // A known LinkedIn surface outside our vocabulary stays unknown: its widgets (invitation previews,
    // suggestion cards) must not pass for a list page.
    else if (url.page === 'other') page = 'unknown';
    else page = pageFromScreens(s.markers.sduiScreens) ?? pageFromStructure(s) ?? 'unknown';
  }

  let profile: ProfileVerdict | null = null;
  let relationship: Relationship | null = null;
  let connectVia: ConnectVia | null = null;
  let people: number | null = null;
  let ready = false;
  let person: PageState['person'] = null;
  if (page === 'profile') {
    const ownerVanity = url.vanity ?? s.topCard?.vanities[0] ?? null;
    profile = classifyProfile(s, { phrases, vanity: ownerVanity, me: url.me });
    relationship = profile.relationship;
    connectVia = profile.connectVia;
    ready = s.topCard !== null && s.topCard.row.length > 0;
    if (!ready)
      evidence.push(
        s.markers.mainEmpty || !s.markers.mainPresent ? 'profile:hydrating' : 'profile:no-top-card',
      );
    if (s.topCard) {
      person = {
        vanity: ownerVanity,
        name: s.topCard.name,
        headline: s.topCard.headline,
        location: s.topCard.location,
        profileId: s.topCard.profileId,
      };
    }
    evidence.push(...profile.evidence);
  } else if (page === 'search') {
    people = s.lists.searchCards;
    ready = people > 0 || s.markers.mainPresent;
  } else if (page === 'invitationManager') {
    // The address says which tab; a saved page without one says it through its current tab link.
    const tab = url.invitationTab ?? s.lists.invitationTab ?? null;
    people =
      tab === 'sent'
        ? s.lists.sentCards
        : tab === 'received'
          ? s.lists.receivedCards
          : Math.max(s.lists.sentCards, s.lists.receivedCards);
    ready = !s.markers.mainEmpty;
  } else if (page === 'connections') {
    people = s.lists.connectionCards;
    ready = !s.markers.mainEmpty;
  } else if (page === 'salesSearch' || page === 'salesCompany') {
    ({ people, ready } = salesListFacts(page, s));
  } else {
    ready = page !== 'unknown';
  }

  return {
    page,
    frontEnd,
    locale: loc.locale,
    relationship,
    connectVia,
    people,
    dialog: dialogs.dialog,
    session,
    ready,
    localeSource: loc.source,
    phrasesAvailable: phrases !== null,
    profile,
    dialogs,
    person,
    evidence,
  };
}
