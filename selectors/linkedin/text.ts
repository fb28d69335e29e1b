// Text normalisation and phrase matching. LinkedIn mixes typographic and ASCII apostrophes, NBSPs and
// runs of whitespace in the same label, so every comparison goes through `normalizeText` first.

/** Apostrophes, NBSP-like spaces and whitespace runs folded; Unicode NFC; trimmed. Case kept. */
export function normalizeText(s: string | null | undefined): string {
  if (!s) return '';
  return s
    .normalize('NFC')
    .replace(/[\u2019\u2018\u02bc\u2032\u00b4`]/g, "'")
    .replace(/[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2060]/g, ' ')
    .replace(/[\u200b\u200e\u200f\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Comparison key: normalised and lower-cased. */
export function textKey(s: string | null | undefined): string {
  return normalizeText(s).toLowerCase();
}

/** True when `s` equals one of `phrases` after normalisation, case-insensitively. */
export function equalsAny(s: string | null | undefined, phrases: readonly string[]): boolean {
  const k = textKey(s);
  if (k === '') return false;
  return phrases.some((p) => textKey(p) === k);
}

/** True when `s` starts with one of `prefixes` (normalised, case-insensitive). */
export function startsWithAny(s: string | null | undefined, prefixes: readonly string[]): boolean {
  const k = textKey(s);
  if (k === '') return false;
  return prefixes.some((p) => {
    const pk = textKey(p);
    return pk !== '' && k.startsWith(pk);
  });
}

/** True when `s` contains one of `fragments` (normalised, case-insensitive). */
export function containsAny(s: string | null | undefined, fragments: readonly string[]): boolean {
  const k = textKey(s);
  if (k === '') return false;
  return fragments.some((p) => {
    const pk = textKey(p);
    return pk !== '' && k.includes(pk);
  });
}

/**
 * Tests normalised `s` against `patterns` (written against normalised text: ASCII apostrophes,
 * single spaces). Returns the first capture group (usually a person's name), `''` when the
 * pattern has no group, or `null` when nothing matches.
 */
export function matchPattern(s: string | null | undefined, patterns: readonly RegExp[]): string | null {
  const n = normalizeText(s);
  if (n === '') return null;
  for (const re of patterns) {
    const m = re.exec(n);
    if (m) return m[1] ?? '';
  }
  return null;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A RegExp matching any of `phrases` exactly, for Playwright accessible-name matching (which sees the
 * raw label): apostrophes match both ASCII and typographic forms, spaces match NBSPs too.
 */
export function phrasesToRegExp(
  phrases: readonly string[],
  mode: 'exact' | 'prefix' = 'exact',
): RegExp | null {
  if (phrases.length === 0) return null;
  const alts = phrases.map((p) => looseLiteral(normalizeText(p)));
  const body = `(?:${alts.join('|')})`;
  return new RegExp(mode === 'exact' ? `^\\s*${body}\\s*$` : `^\\s*${body}`, 'iu');
}

/** Turns a pattern written against normalised text into one that accepts raw LinkedIn labels. */
export function loosenPattern(re: RegExp): RegExp {
  // \x27, not a literal ': Playwright's selector parser reads "['" inside a has-text regex as the start of a
  // quoted string and then rejects the flags (`Invalid flags … 'iu >> visible=true'`).
  const src = re.source.replace(/'/g, '[\\x27\\u2019\\u2018\\u02bc]').replace(/ /g, '[\\s\\u00a0\\u202f]+');
  const flags = re.flags.includes('u') ? re.flags : `${re.flags}u`;
  return new RegExp(src, flags.includes('i') ? flags : `${flags}i`);
}

/** Joins several patterns (each loosened) into one alternation, for role-name matching. */
export function patternsToRegExp(patterns: readonly RegExp[]): RegExp | null {
  if (patterns.length === 0) return null;
  return new RegExp(patterns.map((p) => `(?:${loosenPattern(p).source})`).join('|'), 'iu');
}

function looseLiteral(s: string): string {
  return escapeRegExp(s).replace(/'/g, '[\\x27\\u2019\\u2018\\u02bc]').replace(/ /g, '[\\s\\u00a0\\u202f]+');
}
