// The Sales Navigator menus read in every language the standard phrase tables know (issue 11): Connect /
// Pending / Withdraw and the degree come from selectors/linkedin/locales, and the German lead fixtures'
// menus classify exactly as the English ones do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyLeadMenuItem,
  classifyThreadMenuItem,
  isFirstDegree,
  leadRelationship,
  salesNavLocaleKnown,
  type LeadMenuItem,
} from '../../../selectors/salesnav/phrases.ts';
import { COMPLETE_LOCALES, PHRASE_TABLES } from '../../../selectors/linkedin/locales/index.ts';

const LEAD = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'linkedin', 'salesnav-lead');

/** The texts of a fixture menu's items, in order (the menu.html the replay mounts in the outlet). */
function menuTexts(state: string, variant: string): string[] {
  const html = readFileSync(join(LEAD, state, variant, 'menu.html'), 'utf8');
  return [...html.matchAll(/role="menuitem"[^>]*>([^<]+)</g)].map((m) => m[1]!.trim());
}

function langOf(state: string, variant: string): string | null {
  const html = readFileSync(join(LEAD, state, variant, 'page.html'), 'utf8');
  return /<html lang="([a-z]{2})/.exec(html)?.[1] ?? null;
}

describe('Sales Navigator menu phrases', () => {
  it('know every complete standard locale, and their Connect / Pending / Withdraw words', () => {
    for (const locale of COMPLETE_LOCALES) {
      const t = PHRASE_TABLES[locale]!;
      expect(salesNavLocaleKnown(locale), locale).toBe(true);
      expect(classifyLeadMenuItem(t.connect[0]!, locale), locale).toBe('connect');
      expect(classifyLeadMenuItem(t.pending[0]!, locale), locale).toBe('pending');
      expect(classifyLeadMenuItem(t.withdraw.at(-1)!, locale), locale).toBe('withdraw');
      expect(classifyThreadMenuItem(t.archive[0]!, locale), locale).toBe('archive');
    }
    // A language without a table decides nothing; English words in a German UI are not German.
    expect(salesNavLocaleKnown('sv')).toBe(false);
    expect(classifyLeadMenuItem('Connect', 'sv')).toBeNull();
    expect(classifyLeadMenuItem('Connect', 'de')).toBeNull();
    expect(classifyLeadMenuItem('Vernetzen', 'de')).toBe('connect');
  });

  it('read the degree beside the name per locale', () => {
    expect(isFirstDegree('· 1st', 'en')).toBe(true);
    expect(isFirstDegree('· 2nd', 'en')).toBe(false);
    expect(isFirstDegree('· 1.', 'de')).toBe(true);
    expect(isFirstDegree('· 1st', 'de')).toBe(false);
    expect(leadRelationship(['copyUrl'], '· 1.', 'de')).toBe('connected');
    expect(leadRelationship([null], '· 2.', 'de')).toBe('noConnect');
  });

  it('classify the German lead fixtures’ menus as the English ones', () => {
    const expected: Record<string, Array<LeadMenuItem | null>> = {
      // "View LinkedIn profile" is known by its /in/ link in the driver; its text only in English.
      'not-connected': ['connect', null, null, null],
      pending: ['pending', 'withdraw', null, null, null],
    };
    for (const state of ['not-connected', 'pending']) {
      expect(langOf(state, 'salesnav-de')).toBe('de');
      const de = menuTexts(state, 'salesnav-de').map((t) => classifyLeadMenuItem(t, 'de'));
      expect(de, state).toEqual(expected[state]);
      // The same items in English, where Sales Navigator's own two items are known by text as well.
      const en = menuTexts(state, 'salesnav-en').map((t) => classifyLeadMenuItem(t, 'en'));
      expect(en.map((k) => (k === 'viewProfile' || k === 'copyUrl' ? null : k))).toEqual(de);
      expect(leadRelationship(de, '· 2.', 'de')).toBe(state === 'pending' ? 'pending' : 'notConnected');
    }
  });
});
