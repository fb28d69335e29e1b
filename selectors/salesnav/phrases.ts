// What the lead page's overflow menu items mean, per UI language. The items have no hook but their text
// (../shared/spec/linkedin-dom.md A19: "Connect", "View LinkedIn profile", "Copy LinkedIn.com URL"); an
// unknown locale classifies nothing, so a driver refuses to act rather than guess (Part C rule 3).
// "Pending" and "Withdraw invitation" are NOT VERIFIED (A19: "low for Pending").

export type LeadMenuItem = 'connect' | 'pending' | 'withdraw' | 'viewProfile' | 'copyUrl';

const EN: Readonly<Record<LeadMenuItem, RegExp>> = {
  connect: /^Connect$/i,
  pending: /^Pending$/i,
  withdraw: /^Withdraw( invitation)?$/i,
  viewProfile: /^View LinkedIn profile$/i,
  copyUrl: /^Copy LinkedIn\.com URL$/i,
};

const TABLES: Readonly<Record<string, Readonly<Record<LeadMenuItem, RegExp>>>> = { en: EN };

function norm(s: string): string {
  return s
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Locales whose menu items are known. */
export function salesNavLocaleKnown(locale: string | null): boolean {
  return locale !== null && Object.hasOwn(TABLES, locale);
}

/** The meaning of one overflow menu item's text, or null (unknown text or locale). */
export function classifyLeadMenuItem(text: string, locale: string | null): LeadMenuItem | null {
  const table = locale !== null ? TABLES[locale] : undefined;
  if (!table) return null;
  const t = norm(text);
  for (const [k, re] of Object.entries(table) as Array<[LeadMenuItem, RegExp]>) if (re.test(t)) return k;
  return null;
}

export type LeadRelationship = 'notConnected' | 'pending' | 'connected' | 'noConnect';

/**
 * The relationship an open overflow menu and the degree show: Connect → not connected, Pending → pending,
 * neither and 1st degree → connected, neither otherwise → LinkedIn offers no Connect.
 */
export function leadRelationship(
  items: readonly (LeadMenuItem | null)[],
  degree: string | null,
): LeadRelationship {
  if (items.includes('pending') || items.includes('withdraw')) return 'pending';
  if (items.includes('connect')) return 'notConnected';
  if (degree !== null && /\b1st\b/.test(degree)) return 'connected';
  return 'noConnect';
}

export type ConnectRefusal = 'weeklyLimit' | 'emailRequired' | 'cantResend' | 'noteTooLong' | 'other';

const CONNECT_ERRORS_EN: ReadonlyArray<[ConnectRefusal, RegExp]> = [
  ['weeklyLimit', /weekly invitation limit/i],
  ['emailRequired', /email/i],
  ['cantResend', /resend/i],
  ['noteTooLong', /too long/i],
];

/**
 * What the connect form's error says (NOT VERIFIED: the texts are the replay's, modelled on the standard
 * invite dialog's, A10/A12). Anything else, or an unknown locale: `other`.
 */
export function classifyConnectError(text: string, locale: string | null): ConnectRefusal {
  if (locale !== 'en') return 'other';
  const t = norm(text);
  for (const [k, re] of CONNECT_ERRORS_EN) if (re.test(t)) return k;
  return 'other';
}

/** "You have 0 remaining credits" — the composer says InMail credits are used up (A19 "… remaining credits"). */
export function noCreditsLeft(creditsText: string | null): boolean {
  if (creditsText === null) return false;
  return /(^|\D)0 remaining credits/i.test(norm(creditsText));
}

export type ThreadMenuItem = 'archive' | 'unarchive';

const THREAD_EN: ReadonlyArray<[ThreadMenuItem, RegExp]> = [
  ['unarchive', /^Unarchive$/i],
  ['archive', /^Archive$/i],
];

/** An inbox conversation's options item (NOT VERIFIED texts); null for anything else or an unknown locale. */
export function classifyThreadMenuItem(text: string, locale: string | null): ThreadMenuItem | null {
  if (locale !== 'en') return null;
  const t = norm(text);
  for (const [k, re] of THREAD_EN) if (re.test(t)) return k;
  return null;
}
