// LinkedIn's relative times ("2 days ago", "vor 2 Tagen", "il y a 1 mois", "2 tygodnie temu", "today")
// → an approximate instant. Used only to honour `since` on the connections list, where LinkedIn shows no
// absolute date; the result is as precise as the text (a "1 month ago" is 30 days before now).
//
// Every word comes from the page's phrase table (selectors/linkedin/locales): where "ago" goes
// (`timeAgo`), the forms of each unit, and "today" / "yesterday" / "just now". No table, or a word the
// table does not know, gives null — never an English (or any other language's) guess.
import type { PhraseTable } from '../../../selectors/linkedin/index.ts';
import { equalsAny, matchPattern, normalizeText } from '../../../selectors/linkedin/index.ts';

const DAY_MS = 86_400_000;

type UnitKey =
  'timeSeconds' | 'timeMinutes' | 'timeHours' | 'timeDays' | 'timeWeeks' | 'timeMonths' | 'timeYears';

const UNITS: readonly (readonly [UnitKey, number])[] = [
  ['timeSeconds', 1_000],
  ['timeMinutes', 60_000],
  ['timeHours', 3_600_000],
  ['timeDays', DAY_MS],
  ['timeWeeks', 7 * DAY_MS],
  ['timeMonths', 30 * DAY_MS],
  ['timeYears', 365 * DAY_MS],
];

/**
 * `text` is the relative time as the page shows it without its "Sent"/"Connected" word ("2 weeks ago");
 * `phrases` is the page's phrase table (`phraseTableFor(reading.state.locale)`).
 */
export function parseRelativeTime(text: string, phrases: PhraseTable | null, now: Date): Date | null {
  if (!phrases) return null;
  const t = normalizeText(text);
  if (t === '') return null;
  if (equalsAny(t, phrases.timeToday) || equalsAny(t, phrases.timeJustNow)) return new Date(now.getTime());
  if (equalsAny(t, phrases.timeYesterday)) return new Date(now.getTime() - DAY_MS);
  // "<n> <unit>" inside the language's "ago" ("2 weeks" of "2 weeks ago", of "vor 2 Wochen").
  const amount = matchPattern(t, phrases.timeAgo);
  if (amount === null) return null;
  const m = /^(\d+)\s*(\S.*)$/u.exec(amount.trim());
  if (!m) return null;
  const n = Number(m[1]);
  for (const [key, ms] of UNITS) if (equalsAny(m[2], phrases[key])) return new Date(now.getTime() - n * ms);
  return null;
}
