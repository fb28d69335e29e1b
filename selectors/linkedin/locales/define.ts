// Builds a complete PhraseTable from the keys a language actually documents; every other key is an
// empty list, which the classifier reads as "unknown in this language: do not decide by text".
import type { PhraseKey, PhraseTable } from './types.ts';

type Partial_ = { readonly [K in PhraseKey]?: PhraseTable[K] };

const EMPTY: { [K in PhraseKey]: readonly never[] } = {
  connect: [],
  pending: [],
  follow: [],
  following: [],
  message: [],
  more: [],
  unfollow: [],
  withdraw: [],
  removeConnection: [],
  remove: [],
  accept: [],
  ignore: [],
  inviteLabel: [],
  pendingLabel: [],
  followLabel: [],
  followingLabel: [],
  messageLabel: [],
  moreLabel: [],
  unfollowLabel: [],
  removeConnectionLabel: [],
  withdrawLabel: [],
  acceptLabel: [],
  ignoreLabel: [],
  addNote: [],
  sendWithoutNote: [],
  send: [],
  sendInvitation: [],
  sendNow: [],
  cancel: [],
  dismiss: [],
  close: [],
  gotIt: [],
  inviteHeading: [],
  emailGate: [],
  noteQuota: [],
  noteRemaining: [],
  howDoYouKnow: [],
  weeklyLimit: [],
  withdrawConfirm: [],
  removeConfirm: [],
  unfollowConfirm: [],
  invitationSent: [],
  degree1: [],
  degree2: [],
  degree3: [],
  loadMore: [],
  sentAgo: [],
  sentWord: [],
  connectedWord: [],
  invitedToFollow: [],
  invitedToSubscribe: [],
  cookieAccept: [],
  cookieReject: [],
  followers: [],
  currentCompanyLabel: [],
  growingNetwork: [],
  cantResend: [],
  monthlyLimit: [],
  notNow: [],
  takeCare: [],
  acceptInvite: [],
  timeAgo: [],
  timeSeconds: [],
  timeMinutes: [],
  timeHours: [],
  timeDays: [],
  timeWeeks: [],
  timeMonths: [],
  timeYears: [],
  timeToday: [],
  timeYesterday: [],
  timeJustNow: [],
};

export function definePhraseTable(
  t: { locale: string; langs: readonly string[]; undocumented: readonly PhraseKey[] } & Partial_,
): PhraseTable {
  return Object.freeze({ ...EMPTY, ...t }) as PhraseTable;
}

/** The keys a table leaves empty (for reports and tests). */
export function missingKeys(t: PhraseTable): PhraseKey[] {
  return (Object.keys(EMPTY) as PhraseKey[]).filter((k) => (t[k] as readonly unknown[]).length === 0);
}
