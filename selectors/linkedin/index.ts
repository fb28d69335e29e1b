// Public API of selectors/linkedin for drivers and doctor. Data and pure functions only; the two
// functions that touch a Page (`resolve*`, `readPage*`) only read, never wait and never log.
//
//   const { state } = await readPageState(page);            // page, frontEnd, locale, relationship, …
//   const ctx = resolveContextFor(state);                   // phrases + owner vanity/name
//   const hit = await resolve(page, sel.profile.actionRow.connect, ctx);
//   if (hit) { log.info({ key: hit.key }, 'connect.selector_match'); await hit.locator.first().click(); }
import { descriptorsIn, type Descriptor } from './descriptor.ts';
import { dialogSelectors } from './descriptors/dialogs.ts';
import { interstitialSelectors } from './descriptors/interstitials.ts';
import { listSelectors } from './descriptors/lists.ts';
import { messagingSelectors } from './descriptors/messaging.ts';
import { moreMenuSelectors } from './descriptors/menu.ts';
import { profileSelectors } from './descriptors/profile.ts';
import { salesNavSelectors } from '../salesnav/descriptors.ts';
import { salesSearchSelectors } from '../salesnav/search-descriptors.ts';
import { salesAccountSelectors } from '../salesnav/company-descriptors.ts';

/**
 * Every descriptor by meaning. Each surface registers its descriptors once, in its own file
 * (`descriptors/*.ts`, `../salesnav/descriptors.ts`); a new descriptor goes into that file's tree.
 */
export const sel = {
  profile: { ...profileSelectors, moreMenu: moreMenuSelectors },
  dialogs: dialogSelectors,
  ...listSelectors,
  interstitials: interstitialSelectors,
  messaging: messagingSelectors,
  salesNav: salesNavSelectors,
  salesLists: { search: salesSearchSelectors, account: salesAccountSelectors },
} as const;

/** Every descriptor (doctor resolves them all), derived from `sel` in its order. */
export const ALL_DESCRIPTORS: readonly Descriptor[] = descriptorsIn(sel);

export type { Candidate, Descriptor, DescriptorTree, ResolveContext, Root } from './descriptor.ts';
export { cssString, descriptorsIn, vanityHrefCss } from './descriptor.ts';
export {
  anyCandidate,
  candidateLocator,
  candidateFlavour,
  candidatesInOrder,
  countCandidates,
  resolve,
  type CandidateCount,
  type Resolved,
  type ResolveOptions,
} from './resolve.ts';

export type {
  ControlSignal,
  DegreeSignal,
  DialogButtonSignal,
  DialogSignal,
  ListSignals,
  MenuSignals,
  PageMarkers,
  PageSignals,
  PreloadLinkSignal,
  SalesNavSignals,
  SelfSignals,
  TopCardSignals,
} from './signals.ts';
export type { ExtractOptions, SignalParts } from './signals/assemble.ts';
export { pageSignalsExpression, SIGNAL_PARTS } from './signals/expression.ts';
export { readPageSignals, readPageState, resolveContextFor } from './read-signals.ts';

export {
  classifyPage,
  classifyFrontEnd,
  effectiveUrl,
  type ClassifyOptions,
  type FrontEnd,
  type PageKind,
  type PageState,
} from './classify-page.ts';
export {
  classifyProfile,
  parseDegree,
  readDegree,
  type ConnectVia,
  type ProfileContext,
  type ProfileVerdict,
  type Relationship,
} from './classify-profile.ts';
export {
  classifyControl,
  preloadVanity,
  type ControlContext,
  type ControlKind,
  type ControlVerdict,
} from './classify-control.ts';
export {
  classifyDialog,
  classifyDialogs,
  isShowing,
  noteLimitOf,
  DIALOG_PRECEDENCE,
  type DialogKind,
  type DialogsVerdict,
  type DialogVerdict,
} from './classify-dialog.ts';
export { urlFacts, type UrlFacts, type UrlPage } from './urls.ts';
export { sameVanity } from '../url/linkedin-url.ts';

export {
  COMPLETE_LOCALES,
  detectLocale,
  missingKeys,
  PHRASE_TABLES,
  phraseTableFor,
  primaryLanguage,
  type DetectedLocale,
  type LocaleEvidence,
  type PhraseKey,
  type PhraseTable,
} from './locales/index.ts';
export {
  containsAny,
  equalsAny,
  matchPattern,
  normalizeText,
  patternsToRegExp,
  phrasesToRegExp,
  startsWithAny,
  textKey,
} from './text.ts';

// The session layer's classifier (written by the sessions engineer), re-exported for one import path.
export { classifySessionState, type SessionState } from './session-state.ts';
export { extractSessionSignals, SESSION_MARKERS, type SessionSignals } from './session-signals.ts';
