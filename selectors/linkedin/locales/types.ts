// The shape of one UI language's phrase table. Strings are compared after `normalizeText` (ASCII
// apostrophes, single spaces, case-insensitive); patterns are written against normalised text and
// capture the person's name where LinkedIn puts one in the label.
//
// Text is the SECOND layer: the classifier decides from URLs, attributes and structure first and only
// consults these tables where structure is silent. An empty list means "we do not know this string in
// this language" — the classifier then refuses to decide by text rather than fall back to English.

export interface PhraseTable {
  /** Our locale id, e.g. 'en', 'de', 'pt'. */
  readonly locale: string;
  /** `html[lang]` primary subtags that select this table (lower case). */
  readonly langs: readonly string[];

  // --- top-card action row / overflow menu: visible texts -------------------------------------------
  readonly connect: readonly string[];
  readonly pending: readonly string[];
  readonly follow: readonly string[];
  readonly following: readonly string[];
  readonly message: readonly string[];
  readonly more: readonly string[];
  readonly unfollow: readonly string[];
  readonly withdraw: readonly string[];
  readonly removeConnection: readonly string[];
  /** The confirm button of the remove-connection dialog ("Remove"). */
  readonly remove: readonly string[];
  readonly accept: readonly string[];
  readonly ignore: readonly string[];

  // --- aria-label patterns (capture group 1 = name where present) ------------------------------------
  /** "Invite (.+) to connect" */
  readonly inviteLabel: readonly RegExp[];
  /** "Pending, click to withdraw invitation sent to (.+)" */
  readonly pendingLabel: readonly RegExp[];
  readonly followLabel: readonly RegExp[];
  readonly followingLabel: readonly RegExp[];
  readonly messageLabel: readonly RegExp[];
  /** aria-labels of the overflow trigger ("More", "More actions"). */
  readonly moreLabel: readonly string[];
  readonly unfollowLabel: readonly RegExp[];
  readonly removeConnectionLabel: readonly RegExp[];
  readonly withdrawLabel: readonly RegExp[];
  readonly acceptLabel: readonly RegExp[];
  readonly ignoreLabel: readonly RegExp[];

  // --- conversation options (messaging thread) -----------------------------------------------------------
  /** The thread's options trigger ("Open the options list in your conversation with <Name>"). */
  readonly conversationOptionsLabel: readonly RegExp[];
  /** Its items that flip with the conversation's state. */
  readonly star: readonly string[];
  readonly unstar: readonly string[];
  readonly mute: readonly string[];
  readonly unmute: readonly string[];
  readonly archive: readonly string[];
  readonly unarchive: readonly string[];

  // --- invite dialog -----------------------------------------------------------------------------------
  readonly addNote: readonly string[];
  readonly sendWithoutNote: readonly string[];
  readonly send: readonly string[];
  readonly sendInvitation: readonly string[];
  readonly sendNow: readonly string[];
  readonly cancel: readonly string[];
  readonly dismiss: readonly string[];
  readonly close: readonly string[];
  readonly gotIt: readonly string[];
  /** Headings of the first invite step ("Add a note to your invitation?"). */
  readonly inviteHeading: readonly string[];
  /** Fragments of the email-gate text. */
  readonly emailGate: readonly string[];
  /** Fragments of the personalised-note quota upsell. */
  readonly noteQuota: readonly string[];
  /** Fragments of "N personalized invitations remaining". */
  readonly noteRemaining: readonly RegExp[];
  /** "How do you know (.+)?" (pre-2021 variant). */
  readonly howDoYouKnow: readonly RegExp[];
  /** Weekly / monthly invitation limit headings and texts. */
  readonly weeklyLimit: readonly string[];
  /** Withdraw confirmation heading / body fragments. */
  readonly withdrawConfirm: readonly string[];
  readonly removeConfirm: readonly string[];
  readonly unfollowConfirm: readonly string[];
  /** Success toast texts ("Invitation sent"). */
  readonly invitationSent: readonly string[];

  // --- degree labels ---------------------------------------------------------------------------------
  readonly degree1: readonly string[];
  readonly degree2: readonly string[];
  readonly degree3: readonly string[];

  // --- lists -----------------------------------------------------------------------------------------
  readonly loadMore: readonly string[];
  /** "Sent (.+) ago" / "Sent today" (capture = the relative time). */
  readonly sentAgo: readonly RegExp[];
  /** The word that goes with the relative time on sent cards ("Sent 2 weeks ago"); removed to leave the time. */
  readonly sentWord: readonly string[];
  /** The same on connection cards ("Connected 2 days ago"). */
  readonly connectedWord: readonly string[];
  /** Received page invitations: "<Name> invited you to follow <Page>" (capture = the sender). */
  readonly invitedToFollow: readonly RegExp[];
  /** Received newsletter invitations: "<Name> invited you to subscribe to <Newsletter>" (capture = the sender). */
  readonly invitedToSubscribe: readonly RegExp[];
  /** Cookie banner buttons. */
  readonly cookieAccept: readonly string[];
  readonly cookieReject: readonly string[];

  // --- top card beyond the action row --------------------------------------------------------------------
  /** The unit after the count on the top card ("3,122 followers"). */
  readonly followers: readonly string[];
  /** Ember right panel aria-label "Current company: <Name>. Click to skip to experience card" (capture = company). */
  readonly currentCompanyLabel: readonly RegExp[];

  // --- notices, overlays, refusals ------------------------------------------------------------------------
  /** Fragments of A12's early warning "You're growing your network!". */
  readonly growingNetwork: readonly string[];
  /** Fragments of the refusal when re-inviting within 3 weeks of a withdrawal (Voyager CANT_RESEND_YET). */
  readonly cantResend: readonly string[];
  /** Fragments saying the invitation limit is monthly (rather than weekly), inside the limit dialog. */
  readonly monthlyLimit: readonly string[];
  /** The notification permission prompt's button ("Not now"). */
  readonly notNow: readonly string[];
  /** Fragments of A15's "Take care when connecting" dialog. */
  readonly takeCare: readonly string[];
  /** Its "Accept invite" control. */
  readonly acceptInvite: readonly string[];

  // --- relative times ("Sent 2 weeks ago", "vor 2 Wochen", "2 tygodnie temu") -----------------------------
  // A relative time is "<n> <unit>" wrapped by the language's "ago": after it (en "2 weeks ago", pl
  // "2 tygodnie temu", tr "2 hafta önce") or before it (de "vor 2 Wochen", fr "il y a 2 semaines").
  // The unit lists hold every form the unit takes after a number (singular, plurals, grammatical case,
  // abbreviations LinkedIn uses), compared whole after normalisation, case-insensitively.
  /** Patterns over a whole relative time; capture group 1 = "<n> <unit>" (en `^(.+) ago$`, de `^vor (.+)$`). */
  readonly timeAgo: readonly RegExp[];
  readonly timeSeconds: readonly string[];
  readonly timeMinutes: readonly string[];
  readonly timeHours: readonly string[];
  readonly timeDays: readonly string[];
  readonly timeWeeks: readonly string[];
  readonly timeMonths: readonly string[];
  readonly timeYears: readonly string[];
  /** Whole relative times meaning the current day ("today"). */
  readonly timeToday: readonly string[];
  /** "yesterday". */
  readonly timeYesterday: readonly string[];
  /** "just now". */
  readonly timeJustNow: readonly string[];

  /**
   * Keys of this table whose strings are NOT confirmed by a real page or a documented source in
   * ../shared/spec/linkedin-dom.md (our best knowledge of LinkedIn's translation). Kept machine-readable so a
   * test and doctor can tell how much of a decision rests on undocumented text.
   */
  readonly undocumented: readonly PhraseKey[];
}

export type PhraseKey = Exclude<keyof PhraseTable, 'locale' | 'langs' | 'undocumented'>;

/** The relative-time keys, for tables that know none of them from a documented source. */
export const RELATIVE_TIME_KEYS = [
  'timeAgo',
  'timeSeconds',
  'timeMinutes',
  'timeHours',
  'timeDays',
  'timeWeeks',
  'timeMonths',
  'timeYears',
  'timeToday',
  'timeYesterday',
  'timeJustNow',
] as const satisfies readonly PhraseKey[];
