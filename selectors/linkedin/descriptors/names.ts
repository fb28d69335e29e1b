// Accessible-name RegExps built from phrase tables, for role candidates.
import type { PhraseTable } from '../locales/types.ts';
import { patternsToRegExp, phrasesToRegExp } from '../text.ts';

type Part = RegExp | null;

/** Union of several name RegExps (null parts dropped); null when none is known for the locale. */
export function union(...parts: Part[]): RegExp | null {
  const ok = parts.filter((p): p is RegExp => p !== null);
  if (ok.length === 0) return null;
  if (ok.length === 1) return ok[0]!;
  return new RegExp(ok.map((r) => `(?:${r.source})`).join('|'), 'iu');
}

/** Exact visible-text / label phrases. */
export const exact =
  (list: (p: PhraseTable) => readonly string[]) =>
  (p: PhraseTable): RegExp | null =>
    phrasesToRegExp(list(p));
/** Label patterns (capturing the person's name). */
export const pattern =
  (list: (p: PhraseTable) => readonly RegExp[]) =>
  (p: PhraseTable): RegExp | null =>
    patternsToRegExp(list(p));
/** Text fragments anywhere in an element's text. */
export function fragments(list: readonly string[]): RegExp | null {
  if (list.length === 0) return null;
  const alts = list.map((s) =>
    s
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/'/g, '[\\x27\u2019]') /* \x27: see text.ts loosenPattern */
      .replace(/ /g, '\\s+'),
  );
  return new RegExp(alts.join('|'), 'iu');
}
