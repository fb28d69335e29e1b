// What the lead page's overflow menu items mean, per UI language. The items have no hook but their text
// (../shared/spec/linkedin-dom.md A19: "Connect", "View LinkedIn profile", "Copy LinkedIn.com URL"); an
// unknown locale classifies nothing, so a driver refuses to act rather than guess (Part C rule 3).
// Connect / Pending / Withdraw and the degree are the words LinkedIn uses in its standard UI, so they come
// from the standard phrase tables (selectors/linkedin/locales): Sales Navigator's menus read in every locale
// those tables know. "View LinkedIn profile" is recognised by its /in/ link (the driver), its text only in
// English, and "Copy LinkedIn.com URL" has no documented translation. "Pending" and "Withdraw invitation"
// are NOT VERIFIED on Sales Navigator (A19: "low for Pending").
import { phraseTableFor, type PhraseTable } from '../linkedin/locales/index.ts';
import { equalsAny, normalizeText } from '../linkedin/text.ts';

export type LeadMenuItem = 'connect' | 'pending' | 'withdraw' | 'viewProfile' | 'copyUrl';

/** Sales Navigator's own items (no standard counterpart), by language. */
const SALES_ONLY: Readonly<Record<string, Readonly<Partial<Record<LeadMenuItem, RegExp>>>>> = {
  en: { viewProfile: /^View LinkedIn profile$/i, copyUrl: /^Copy LinkedIn\.com URL$/i },
};

function norm(s: string): string {
  return normalizeText(s);
}

const tableOf = (locale: string | null): PhraseTable | null => phraseTableFor(locale);

/** Locales whose menu items are known (every standard phrase table that names Connect and Pending). */
export function salesNavLocaleKnown(locale: string | null): boolean {
  const t = tableOf(locale);
  return t !== null && t.connect.length > 0 && t.pending.length > 0;
}

/** The meaning of one overflow menu item's text, or null (unknown text or locale). */
export function classifyLeadMenuItem(text: string, locale: string | null): LeadMenuItem | null {
  const table = tableOf(locale);
  if (!table) return null;
  const t = norm(text);
  if (equalsAny(t, table.connect)) return 'connect';
  if (equalsAny(t, table.pending)) return 'pending';
  if (equalsAny(t, table.withdraw)) return 'withdraw';
  const own = SALES_ONLY[table.locale] ?? {};
  for (const [k, re] of Object.entries(own) as Array<[LeadMenuItem, RegExp]>) if (re.test(t)) return k;
  return null;
}

/** True when the degree text beside the name (`· 1st`, `· 1.`) says 1st degree in `locale`. */
export function isFirstDegree(degree: string | null, locale: string | null): boolean {
  const table = tableOf(locale);
  if (degree === null || !table) return false;
  return equalsAny(norm(degree).replace(/^[·•]\s*/, ''), table.degree1);
}

export type LeadRelationship = 'notConnected' | 'pending' | 'connected' | 'noConnect';

/**
 * The relationship an open overflow menu and the degree show: Connect → not connected, Pending → pending,
 * neither and 1st degree → connected, neither otherwise → LinkedIn offers no Connect.
 */
export function leadRelationship(
  items: readonly (LeadMenuItem | null)[],
  degree: string | null,
  locale: string | null,
): LeadRelationship {
  if (items.includes('pending') || items.includes('withdraw')) return 'pending';
  if (items.includes('connect')) return 'notConnected';
  if (isFirstDegree(degree, locale)) return 'connected';
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
 * invite dialog's, A10/A12). Other locales: the standard tables' weekly-limit and email-gate texts.
 * Anything else, or an unknown locale: `other`.
 */
export function classifyConnectError(text: string, locale: string | null): ConnectRefusal {
  const t = norm(text);
  if (locale === 'en') {
    for (const [k, re] of CONNECT_ERRORS_EN) if (re.test(t)) return k;
    return 'other';
  }
  const table = tableOf(locale);
  if (!table) return 'other';
  const has = (phrases: readonly string[]): boolean =>
    phrases.some((p) => p !== '' && t.toLowerCase().includes(norm(p).toLowerCase()));
  if (has(table.weeklyLimit)) return 'weeklyLimit';
  if (has(table.emailGate)) return 'emailRequired';
  return 'other';
}

/** "You have 0 remaining credits" — the composer says InMail credits are used up (A19 "… remaining credits"). */
export function noCreditsLeft(creditsText: string | null): boolean {
  if (creditsText === null) return false;
  return /(^|\D)0 remaining credits/i.test(norm(creditsText));
}

export type ThreadMenuItem = 'archive' | 'unarchive';

/** An inbox conversation's options item (the standard tables' Archive / Unarchive; NOT VERIFIED on Sales
 * Navigator); null for anything else or an unknown locale. */
export function classifyThreadMenuItem(text: string, locale: string | null): ThreadMenuItem | null {
  const table = tableOf(locale);
  if (!table) return null;
  if (equalsAny(text, table.unarchive)) return 'unarchive';
  if (equalsAny(text, table.archive)) return 'archive';
  return null;
}
