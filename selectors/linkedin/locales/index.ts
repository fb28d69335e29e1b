// Phrase tables by locale and locale detection. `html[lang]` decides; saved pages can be partial dumps
// without it, so a page's own texts can vote as a fallback (only phrases unique to one language count,
// and a clear winner is required — otherwise the locale stays unknown and text is not used).
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { tr } from './tr.ts';
import type { PhraseKey, PhraseTable } from './types.ts';
import { textKey } from '../text.ts';

export type { PhraseKey, PhraseTable } from './types.ts';
export { missingKeys } from './define.ts';

export const PHRASE_TABLES: Readonly<Record<string, PhraseTable>> = Object.freeze({
  en,
  de,
  fr,
  pl,
  es,
  pt,
  it,
  nl,
  tr,
});

/** Locales whose tables cover everything the drivers use (the others are partial). */
export const COMPLETE_LOCALES = ['en', 'de', 'fr', 'pl'] as const;

/** The phrase table for a locale id or an `html[lang]` value (`de-DE` → de); null when we have none. */
export function phraseTableFor(locale: string | null | undefined): PhraseTable | null {
  const primary = primaryLanguage(locale);
  if (!primary) return null;
  for (const t of Object.values(PHRASE_TABLES)) if (t.langs.includes(primary)) return t;
  return null;
}

/** `en-US` / `en_US` / `EN` → `en`; null for empty or malformed values. */
export function primaryLanguage(lang: string | null | undefined): string | null {
  if (!lang) return null;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$/.exec(lang);
  return m ? m[1]!.toLowerCase() : null;
}

export interface LocaleEvidence {
  /** `html[lang]`. */
  htmlLang: string | null;
  /** Other declared languages: `meta[http-equiv=content-language]`, `og:locale`, `body[lang]`, `main[lang]`. */
  declared: readonly (string | null)[];
  /** Short UI texts seen on the page (button texts, aria-labels of controls), used only as a fallback. */
  uiTexts: readonly string[];
}

export interface DetectedLocale {
  /** Primary language subtag, or null when unknown. */
  locale: string | null;
  source: 'html-lang' | 'declared' | 'ui-texts' | null;
}

// Short exact-match phrases that vote for a language in the fallback (button texts, More labels).
const VOTE_KEYS: readonly PhraseKey[] = [
  'connect',
  'pending',
  'follow',
  'following',
  'message',
  'more',
  'moreLabel',
  'addNote',
  'sendWithoutNote',
  'unfollow',
  'removeConnection',
];

export function detectLocale(ev: LocaleEvidence): DetectedLocale {
  const fromHtml = primaryLanguage(ev.htmlLang);
  if (fromHtml) return { locale: fromHtml, source: 'html-lang' };
  for (const d of ev.declared) {
    const p = primaryLanguage(d);
    if (p) return { locale: p, source: 'declared' };
  }
  // Fallback vote: a phrase counts only when exactly one table knows it (e.g. "Message" is en AND fr).
  const owners = new Map<string, Set<string>>();
  for (const t of Object.values(PHRASE_TABLES)) {
    for (const k of VOTE_KEYS) {
      for (const p of t[k] as readonly string[]) {
        const key = textKey(p);
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)!.add(t.locale);
      }
    }
  }
  const votes = new Map<string, number>();
  const seen = new Set<string>();
  for (const raw of ev.uiTexts) {
    const k = textKey(raw);
    if (seen.has(k)) continue;
    seen.add(k);
    const o = owners.get(k);
    if (o && o.size === 1) {
      const loc = [...o][0]!;
      votes.set(loc, (votes.get(loc) ?? 0) + 1);
    }
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  const second = ranked[1];
  if (best && best[1] >= 2 && (!second || best[1] >= 2 * second[1]))
    return { locale: best[0], source: 'ui-texts' };
  return { locale: null, source: null };
}
