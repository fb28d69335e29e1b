// A card of the connections list (../shared/spec/linkedin-dom.md A16) → the connection it shows, with
// "Connected 2 weeks ago" read in the page's language. Structure first (the profile link), phrase tables
// second.
import type { PhraseTable } from '../locales/index.ts';
import { equalsAny, escapeRegExp, matchPattern, normalizeText } from '../text.ts';
import { memberUrnOf, toLinkedInUrl, vanityOf } from './links.ts';
import type { CardContext, RawCard } from './raw-card.ts';

export interface Connection {
  name: string | null;
  publicUrl: string | null;
  vanity: string | null;
  headline: string | null;
  /** "2 days ago" as the card says it (relative, the UI's language). */
  connectedAgo: string | null;
  urn: string | null;
}

const wordRe = (w: string): RegExp => new RegExp(`(^|\\s)${escapeRegExp(w)}(\\s|$)`, 'iu');

/** The line without the page language's "Connected" word(s). */
function withoutWords(line: string, words: readonly string[]): string {
  let t = normalizeText(line);
  for (const w of words) t = t.replace(wordRe(w), ' ');
  return normalizeText(t);
}

/**
 * The card line that says when the connection was made ("Connected 2 weeks ago"). A headline may hold
 * the word too ("Connected Car Engineer"): prefer the line whose rest reads as a relative time in the
 * page's language, else the last line with the word (the time comes after the headline).
 */
export function connectedTimeLine(lines: readonly string[], phrases: PhraseTable | null): string | null {
  const words = phrases?.connectedWord ?? [];
  const candidates = lines.filter((l) => words.some((w) => wordRe(w).test(l)));
  const isTime = (t: string): boolean =>
    phrases !== null &&
    (matchPattern(t, phrases.timeAgo) !== null ||
      equalsAny(t, phrases.timeToday) ||
      equalsAny(t, phrases.timeYesterday) ||
      equalsAny(t, phrases.timeJustNow));
  return candidates.find((l) => isTime(withoutWords(l, words))) ?? candidates[candidates.length - 1] ?? null;
}

export function parseConnection(raw: RawCard, c: CardContext): Connection {
  const phrases = c.phrases;
  const words = phrases?.connectedWord ?? [];
  const link =
    raw.links.find((l) => vanityOf(l.href) !== null && l.text !== '') ??
    raw.links.find((l) => vanityOf(l.href) !== null);
  const timeLine = connectedTimeLine(raw.lines, phrases);
  const timeText = timeLine === null ? null : normalizeText(timeLine);
  const lines = raw.lines.map((l) => normalizeText(l)).filter((l) => l !== '' && l !== timeText);
  const name = link?.imgAlt ?? lines[0] ?? null;
  const headline =
    lines.find(
      (l) => l !== name && !(link?.text && l === normalizeText(link.text) && l.includes(name ?? '\u0000')),
    ) ?? null;
  const connectedAgo = timeLine ? withoutWords(timeLine, words) || null : null;
  return {
    name: name ? normalizeText(name) : null,
    publicUrl: link ? toLinkedInUrl(link.href, c.origin) : null,
    vanity: link ? vanityOf(link.href) : null,
    headline: headline && headline !== name ? headline : null,
    connectedAgo,
    urn: memberUrnOf(raw),
  };
}

/** One connection per person, across scrolls. */
export function connectionKey(c: Connection): string {
  return c.publicUrl ?? `${c.name}|${c.headline}`;
}
