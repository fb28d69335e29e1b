// Public API of selectors/linkedin for drivers and doctor. Data and pure functions only; the two
// functions that touch a Page (`resolve*`, `readPage*`) only read, never wait and never log.
//
//   const { state } = await readPageState(page);            // page, frontEnd, locale, relationship, …
//   const ctx = resolveContextFor(state);                   // phrases + owner vanity/name
//   const hit = await resolve(page, sel.profile.actionRow.connect, ctx);
//   if (hit) { log.info({ key: hit.key }, 'connect.selector_match'); await hit.locator.first().click(); }
import {
  confirmFooterPrimary,
  DIALOG_DESCRIPTORS,
  emailGate,
  inviteAddNote,
  inviteDialog,
  inviteDismiss,
  inviteEmailInput,
  inviteNoteCounter,
  inviteNoteTextarea,
  invitePremiumLink,
  inviteSend,
  inviteSendWithoutNote,
  noteQuotaUpsell,
  removeConfirm,
  removeConfirmButton,
  removeConfirmPrimary,
  takeCareAccept,
  takeCareDialog,
  toastError,
  toastSuccess,
  unfollowConfirm,
  unfollowConfirmButton,
  weeklyLimitDialog,
  weeklyLimitGotIt,
  withdrawCancelButton,
  withdrawConfirm,
  withdrawConfirmButton,
} from './descriptors/dialogs.ts';
import {
  cookieAccept,
  cookieBanner,
  cookieReject,
  growingNetworkDialog,
  growingNetworkGotIt,
  interstitialCloser,
  INTERSTITIAL_DESCRIPTORS,
  messagingOverlay,
  messagingOverlayClose,
  notificationPrompt,
  notificationPromptDismiss,
  premiumUpsell,
  premiumUpsellDismiss,
} from './descriptors/interstitials.ts';
import {
  connectionCard,
  connectionCardAnyFrontEnd,
  connectionCardMore,
  connectionCardName,
  connectionCardOccupation,
  connectionCardRemove,
  LIST_DESCRIPTORS,
  loadMore,
  paginationNext,
  receivedAccept,
  receivedCard,
  receivedCardAnyType,
  receivedExpand,
  receivedPersonCard,
  receivedIgnore,
  receivedNote,
  searchCard,
  searchCardConnect,
  sentCard,
  sentCardHeadline,
  sentCardName,
  sentCardNameLink,
  sentCardTime,
  sentCardWithdraw,
} from './descriptors/lists.ts';
import {
  MENU_DESCRIPTORS,
  moreMenu,
  moreMenuConnect,
  moreMenuFollow,
  moreMenuRemoveConnection,
  moreMenuUnfollow,
  moreMenuWithdraw,
} from './descriptors/menu.ts';
import {
  about,
  connect,
  contactInfo,
  degree,
  experienceCard,
  experienceEntry,
  experienceRoleTitle,
  follow,
  following,
  headline,
  location,
  message,
  more,
  name,
  pending,
  PROFILE_DESCRIPTORS,
  selfMarkers,
  topCard,
  topCardCompany,
  topCardCompanyLink,
  topCardFollowers,
} from './descriptors/profile.ts';
import type { Descriptor } from './descriptor.ts';
import { SALESNAV_DESCRIPTORS } from '../salesnav/descriptors.ts';

export const sel = {
  profile: {
    topCard,
    name,
    headline,
    location,
    contactInfo,
    degree,
    self: selfMarkers,
    about,
    company: topCardCompany,
    companyLink: topCardCompanyLink,
    followers: topCardFollowers,
    experience: { card: experienceCard, entry: experienceEntry, roleTitle: experienceRoleTitle },
    actionRow: { connect, pending, message, follow, following, more },
    moreMenu: {
      menu: moreMenu,
      connect: moreMenuConnect,
      withdraw: moreMenuWithdraw,
      unfollow: moreMenuUnfollow,
      follow: moreMenuFollow,
      removeConnection: moreMenuRemoveConnection,
    },
  },
  dialogs: {
    invite: {
      dialog: inviteDialog,
      addNote: inviteAddNote,
      sendWithoutNote: inviteSendWithoutNote,
      send: inviteSend,
      noteTextarea: inviteNoteTextarea,
      noteCounter: inviteNoteCounter,
      emailInput: inviteEmailInput,
      dismiss: inviteDismiss,
      premiumLink: invitePremiumLink,
    },
    noteQuotaUpsell,
    emailGate,
    weeklyLimit: { dialog: weeklyLimitDialog, gotIt: weeklyLimitGotIt },
    withdrawConfirm: {
      dialog: withdrawConfirm,
      confirm: withdrawConfirmButton,
      cancel: withdrawCancelButton,
    },
    removeConfirm: { dialog: removeConfirm, confirm: removeConfirmButton, primary: removeConfirmPrimary },
    unfollowConfirm: { dialog: unfollowConfirm, confirm: unfollowConfirmButton },
    /** The last footer button of any SDUI confirmation (its primary action). */
    confirmFooterPrimary,
    takeCare: { dialog: takeCareDialog, accept: takeCareAccept },
    toast: { success: toastSuccess, error: toastError },
  },
  invitationManager: {
    sent: {
      card: sentCard,
      nameLink: sentCardNameLink,
      name: sentCardName,
      headline: sentCardHeadline,
      sentTime: sentCardTime,
      withdraw: sentCardWithdraw,
    },
    received: {
      card: receivedCard,
      cardAnyType: receivedCardAnyType,
      personCard: receivedPersonCard,
      accept: receivedAccept,
      ignore: receivedIgnore,
      note: receivedNote,
      expand: receivedExpand,
    },
    loadMore,
    paginationNext,
  },
  connections: {
    card: connectionCard,
    name: connectionCardName,
    occupation: connectionCardOccupation,
    cardAnyFrontEnd: connectionCardAnyFrontEnd,
    more: connectionCardMore,
    remove: connectionCardRemove,
  },
  search: { card: searchCard, connect: searchCardConnect },
  interstitials: {
    cookieBanner,
    cookieAccept,
    cookieReject,
    closer: interstitialCloser,
    messagingOverlay,
    messagingOverlayClose,
    growingNetwork: { dialog: growingNetworkDialog, gotIt: growingNetworkGotIt },
    premiumUpsell: { dialog: premiumUpsell, dismiss: premiumUpsellDismiss },
    notificationPrompt: { dialog: notificationPrompt, dismiss: notificationPromptDismiss },
  },
} as const;

/** Every descriptor (doctor resolves them all). */
export const ALL_DESCRIPTORS: readonly Descriptor[] = [
  ...PROFILE_DESCRIPTORS,
  ...MENU_DESCRIPTORS,
  ...DIALOG_DESCRIPTORS,
  ...LIST_DESCRIPTORS,
  ...INTERSTITIAL_DESCRIPTORS,
  ...SALESNAV_DESCRIPTORS,
];

export type { Candidate, Descriptor, ResolveContext, Root } from './descriptor.ts';
export { cssString, vanityHrefCss } from './descriptor.ts';
export {
  anyCandidate,
  candidateLocator,
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
export { extractPageSignals, pageSignalsExpression, type ExtractOptions } from './extract-page-signals.ts';
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
