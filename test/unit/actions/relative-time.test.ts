// parseRelativeTime reads LinkedIn's relative times with the page's phrase table: word order ("ago"
// before or after the number), plural and case forms, today / yesterday / just now — and gives null for
// anything the table does not know, instead of trying another language.
import { describe, expect, it } from 'vitest';
import { parseRelativeTime } from '../../../src/actions/support/relative-time.ts';
import { PHRASE_TABLES, phraseTableFor } from '../../../selectors/linkedin/locales/index.ts';
import { definePhraseTable } from '../../../selectors/linkedin/locales/define.ts';
import type { PhraseTable } from '../../../selectors/linkedin/locales/types.ts';

const NOW = new Date('2026-06-15T12:00:00Z');
const DAY = 86_400_000;

/** The instant `days` (and `ms`) before NOW, as an ISO string. */
const ago = (days: number, ms = 0): string => new Date(NOW.getTime() - days * DAY - ms).toISOString();

function table(locale: string): PhraseTable {
  const t = PHRASE_TABLES[locale];
  if (!t) throw new Error(`no phrase table ${locale}`);
  return t;
}

function parse(text: string, locale: string): string | null {
  return parseRelativeTime(text, table(locale), NOW)?.toISOString() ?? null;
}

describe('parseRelativeTime — English', () => {
  it('reads the documented and fixture wordings ("Sent 1 month ago", "Connected 3 days ago")', () => {
    expect(parse('1 month ago', 'en')).toBe(ago(30));
    expect(parse('2 weeks ago', 'en')).toBe(ago(14));
    expect(parse('1 week ago', 'en')).toBe(ago(7));
    expect(parse('3 days ago', 'en')).toBe(ago(3));
    expect(parse('3 months ago', 'en')).toBe('2026-03-17T12:00:00.000Z');
    expect(parse('today', 'en')).toBe(NOW.toISOString());
  });
  it('singular and plural of every unit, abbreviations, yesterday / just now', () => {
    expect(parse('1 second ago', 'en')).toBe(ago(0, 1_000));
    expect(parse('30 seconds ago', 'en')).toBe(ago(0, 30_000));
    expect(parse('1 minute ago', 'en')).toBe(ago(0, 60_000));
    expect(parse('5 mins ago', 'en')).toBe(ago(0, 300_000));
    expect(parse('1 hour ago', 'en')).toBe(ago(0, 3_600_000));
    expect(parse('2 hrs ago', 'en')).toBe(ago(0, 7_200_000));
    expect(parse('1 day ago', 'en')).toBe(ago(1));
    expect(parse('1 year ago', 'en')).toBe(ago(365));
    expect(parse('2 years ago', 'en')).toBe(ago(730));
    expect(parse('3 mos ago', 'en')).toBe(ago(90));
    expect(parse('3mo ago', 'en')).toBe(ago(90));
    expect(parse('Yesterday', 'en')).toBe(ago(1));
    expect(parse('just now', 'en')).toBe(NOW.toISOString());
  });
  it('normalises case and LinkedIn spaces (NBSP between number and unit)', () => {
    expect(parse('2\u00a0Weeks  ago', 'en')).toBe(ago(14));
    expect(parse('  Today ', 'en')).toBe(NOW.toISOString());
  });
  it('unknown wordings are null, never guessed', () => {
    expect(parse('recently', 'en')).toBeNull();
    expect(parse('a week ago', 'en')).toBeNull();
    expect(parse('2 days', 'en')).toBeNull();
    expect(parse('2 fortnights ago', 'en')).toBeNull();
    expect(parse('', 'en')).toBeNull();
  });
});

describe('parseRelativeTime — word order before the number (de "vor", fr "il y a", es "hace")', () => {
  it('German: dative singular and plural', () => {
    expect(parse('vor 2 Wochen', 'de')).toBe(ago(14));
    expect(parse('vor 1 Woche', 'de')).toBe(ago(7));
    expect(parse('vor 2 Tagen', 'de')).toBe(ago(2));
    expect(parse('vor 1 Tag', 'de')).toBe(ago(1));
    expect(parse('vor 1 Monat', 'de')).toBe(ago(30));
    expect(parse('vor 3 Monaten', 'de')).toBe(ago(90));
    expect(parse('Vor 1 Jahr', 'de')).toBe(ago(365));
    expect(parse('vor 2 Jahren', 'de')).toBe(ago(730));
    expect(parse('vor 5 Stunden', 'de')).toBe(ago(0, 5 * 3_600_000));
    expect(parse('vor 1 Minute', 'de')).toBe(ago(0, 60_000));
    expect(parse('heute', 'de')).toBe(NOW.toISOString());
    expect(parse('Gestern', 'de')).toBe(ago(1));
  });
  it('French', () => {
    expect(parse('il y a 2 semaines', 'fr')).toBe(ago(14));
    expect(parse('il y a 1 semaine', 'fr')).toBe(ago(7));
    expect(parse('il y a 1 mois', 'fr')).toBe(ago(30));
    expect(parse('il y a 4 mois', 'fr')).toBe(ago(120));
    expect(parse('Il y a 3 jours', 'fr')).toBe(ago(3));
    expect(parse('il y a 1 an', 'fr')).toBe(ago(365));
    expect(parse('il y a 2 ans', 'fr')).toBe(ago(730));
    expect(parse('il y a 2 heures', 'fr')).toBe(ago(0, 2 * 3_600_000));
    expect(parse("aujourd'hui", 'fr')).toBe(NOW.toISOString());
    expect(parse('aujourd’hui', 'fr')).toBe(NOW.toISOString());
    expect(parse('hier', 'fr')).toBe(ago(1));
  });
  it('Spanish', () => {
    expect(parse('hace 2 semanas', 'es')).toBe(ago(14));
    expect(parse('hace 1 semana', 'es')).toBe(ago(7));
    expect(parse('hace 1 mes', 'es')).toBe(ago(30));
    expect(parse('hace 2 meses', 'es')).toBe(ago(60));
    expect(parse('hace 1 día', 'es')).toBe(ago(1));
    expect(parse('Hace 5 días', 'es')).toBe(ago(5));
    expect(parse('hace 1 año', 'es')).toBe(ago(365));
    expect(parse('hoy', 'es')).toBe(NOW.toISOString());
    expect(parse('ayer', 'es')).toBe(ago(1));
  });
  it('the English order is not accepted in these languages (and the reverse)', () => {
    expect(parse('2 Wochen vor', 'de')).toBeNull();
    expect(parse('2 semaines il y a', 'fr')).toBeNull();
    expect(parse('2 weeks ago', 'de')).toBeNull();
    expect(parse('vor 2 Tagen', 'en')).toBeNull();
  });
});

describe('parseRelativeTime — plural forms after the number (pl, tr)', () => {
  it('Polish: 1 / 2–4 / 5+ forms of every unit', () => {
    expect(parse('1 tydzień temu', 'pl')).toBe(ago(7));
    expect(parse('2 tygodnie temu', 'pl')).toBe(ago(14));
    expect(parse('5 tygodni temu', 'pl')).toBe(ago(35));
    expect(parse('1 dzień temu', 'pl')).toBe(ago(1));
    expect(parse('3 dni temu', 'pl')).toBe(ago(3));
    expect(parse('1 miesiąc temu', 'pl')).toBe(ago(30));
    expect(parse('2 miesiące temu', 'pl')).toBe(ago(60));
    expect(parse('5 miesięcy temu', 'pl')).toBe(ago(150));
    expect(parse('1 rok temu', 'pl')).toBe(ago(365));
    expect(parse('2 lata temu', 'pl')).toBe(ago(730));
    expect(parse('5 lat temu', 'pl')).toBe(ago(1825));
    expect(parse('1 godzinę temu', 'pl')).toBe(ago(0, 3_600_000));
    expect(parse('12 godzin temu', 'pl')).toBe(ago(0, 12 * 3_600_000));
    expect(parse('dzisiaj', 'pl')).toBe(NOW.toISOString());
    expect(parse('wczoraj', 'pl')).toBe(ago(1));
  });
  it('Turkish: the unit stays singular; "az önce" is just now, not a number', () => {
    expect(parse('2 hafta önce', 'tr')).toBe(ago(14));
    expect(parse('1 ay önce', 'tr')).toBe(ago(30));
    expect(parse('3 gün önce', 'tr')).toBe(ago(3));
    expect(parse('az önce', 'tr')).toBe(NOW.toISOString());
  });
});

describe('parseRelativeTime — unknown language', () => {
  it('no phrase table → null', () => {
    expect(parseRelativeTime('2 weeks ago', null, NOW)).toBeNull();
    expect(parseRelativeTime('2 weeks ago', phraseTableFor('ja'), NOW)).toBeNull();
  });
  it('a table without relative-time words → null, even for English text', () => {
    const bare = definePhraseTable({ locale: 'xx', langs: ['xx'], undocumented: [] });
    expect(parseRelativeTime('2 weeks ago', bare, NOW)).toBeNull();
    expect(parseRelativeTime('today', bare, NOW)).toBeNull();
  });
  it('every table that knows where "ago" goes knows every unit and "today"', () => {
    const units = [
      'timeSeconds',
      'timeMinutes',
      'timeHours',
      'timeDays',
      'timeWeeks',
      'timeMonths',
      'timeYears',
      'timeToday',
    ] as const;
    for (const t of Object.values(PHRASE_TABLES))
      if (t.timeAgo.length > 0)
        for (const k of units) expect(t[k].length, `${t.locale}.${k}`).toBeGreaterThan(0);
  });
});
