// Phrase tables, normalisation, locale detection and degree parsing.
import { describe, expect, it } from 'vitest';
import { parseDegree } from '../../../selectors/linkedin/classify-profile.ts';
import {
  COMPLETE_LOCALES,
  detectLocale,
  missingKeys,
  PHRASE_TABLES,
  phraseTableFor,
} from '../../../selectors/linkedin/locales/index.ts';
import { equalsAny, matchPattern, normalizeText, phrasesToRegExp } from '../../../selectors/linkedin/text.ts';

describe('normalisation', () => {
  it("folds ’ and ', NBSP and whitespace runs", () => {
    expect(normalizeText('Send  Avery\u00a0Quinn’s profile\n via message')).toBe(
      "Send Avery Quinn's profile via message",
    );
    expect(equalsAny('  Send\u00a0without a note ', ['Send without a note'])).toBe(true);
  });
  it('label patterns capture the name', () => {
    expect(matchPattern('Invite Avery Quinn to connect', PHRASE_TABLES.en!.inviteLabel)).toBe('Avery Quinn');
    expect(matchPattern('Accept Avery Quinn’s invitation', PHRASE_TABLES.en!.acceptLabel)).toBe(
      'Avery Quinn',
    );
    expect(
      matchPattern('Zaproś użytkownika Jan Kowalski do nawiązania kontaktu', PHRASE_TABLES.pl!.inviteLabel),
    ).toBe('Jan Kowalski');
    expect(matchPattern('Inviter Marie Curie à rejoindre votre réseau', PHRASE_TABLES.fr!.inviteLabel)).toBe(
      'Marie Curie',
    );
  });
  it('role-name RegExps accept raw labels with typographic apostrophes', () => {
    expect(
      phrasesToRegExp(["You've reached the weekly invitation limit"])!.test(
        'You’ve reached the weekly invitation limit',
      ),
    ).toBe(true);
  });
});

describe('tables', () => {
  it('en, de, fr, pl cover every key the drivers use', () => {
    for (const loc of COMPLETE_LOCALES) expect(missingKeys(PHRASE_TABLES[loc]!), loc).toEqual([]);
  });
  it('undocumented keys are declared and exist', () => {
    for (const t of Object.values(PHRASE_TABLES))
      for (const k of t.undocumented) expect(k in t, `${t.locale}.${k}`).toBe(true);
  });
});

describe('detectLocale', () => {
  it('html[lang] first, region stripped', () => {
    expect(detectLocale({ htmlLang: 'de-DE', declared: [], uiTexts: [] })).toEqual({
      locale: 'de',
      source: 'html-lang',
    });
    expect(phraseTableFor('pt-BR')?.locale).toBe('pt');
    expect(phraseTableFor('ja')).toBeNull();
  });
  it('partial dumps: declared languages, then a clear vote of language-unique UI texts', () => {
    expect(detectLocale({ htmlLang: null, declared: [null, 'pl_PL'], uiTexts: [] }).locale).toBe('pl');
    expect(
      detectLocale({ htmlLang: null, declared: [], uiTexts: ['Połącz', 'Wiadomość', 'Więcej'] }),
    ).toEqual({ locale: 'pl', source: 'ui-texts' });
    // "Message" is both EN and FR: it does not vote; one vote is not enough.
    expect(detectLocale({ htmlLang: null, declared: [], uiTexts: ['Message', 'Connect'] }).locale).toBeNull();
  });
});

describe('parseDegree', () => {
  it('reads every documented form', () => {
    expect(parseDegree('· 1st', PHRASE_TABLES.en!)).toBe(1);
    expect(parseDegree('2nd degree connection', PHRASE_TABLES.en!)).toBe(2);
    expect(parseDegree('3rd+', PHRASE_TABLES.en!)).toBe(3);
    expect(parseDegree('· 1.', PHRASE_TABLES.de!)).toBe(1);
    expect(parseDegree('· 1er', PHRASE_TABLES.fr!)).toBe(1);
    expect(parseDegree('· 2.', PHRASE_TABLES.pl!)).toBe(2);
  });
  it('language-free digit fallback, and nothing else', () => {
    expect(parseDegree('· 2º', null)).toBe(2);
    expect(parseDegree('· She/Her', null)).toBeNull();
    expect(parseDegree('· 500+', null)).toBeNull();
  });
});
