// Doctor in a UI language we have no phrase table for. Every fixture (auto-discovered like
// test/integration/fixtures-doctor.spec.ts) is served in a pseudo locale (fixtures/tools/lib/pseudo-locale.ts:
// `<html lang="ja">`, every UI text and aria-label rewritten into made-up words, names/digits/URLs and the
// whole structure kept) and must keep its page state; every other field either keeps its expected value
// or — only where ../shared/spec/linkedin-dom.md leaves nothing but words to tell (TEXT_ONLY) — falls back to
// null. A field decided to a different value is a text guess and fails.
//
// The real reference pages (never copied into the repo) are checked the same way, in memory, against
// doctor's output on the original page — opt-in, because they are large (≈50 s on two cores):
//   LINKWRIGHT_REAL_PAGES=/work/shared/linkedin-pages npx vitest run test/unit/selectors/pseudo-locale.test.ts
// (`npx tsx fixtures/tools/pseudo-locale-report.ts --real` prints the same figures as a table.)
//
// One headless Chromium for the whole file. The fixtures are classified in one sealed page set up like
// doctor's (test/support/saved-page.ts): a fresh context per page cost as much as the page itself.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  classifyHtml,
  classifyLoadedPage,
  launchDoctorBrowser,
  type ClassificationReport,
} from '../../../src/app/doctor.ts';
import {
  CAST_NAMES,
  discoverPseudoCases,
  pseudoLangFor,
} from '../../../fixtures/tools/lib/pseudo-fixtures.ts';
import { PseudoLocale, skeleton } from '../../../fixtures/tools/lib/pseudo-locale.ts';
import { classifyDialog } from '../../../selectors/linkedin/classify-dialog.ts';
import { classifyPage } from '../../../selectors/linkedin/classify-page.ts';
import { en } from '../../../selectors/linkedin/locales/en.ts';
import { PHRASE_TABLES, phraseTableFor } from '../../../selectors/linkedin/locales/index.ts';
import type { DialogButtonSignal } from '../../../selectors/linkedin/signals.ts';
import { textKey } from '../../../selectors/linkedin/text.ts';
import { savedPagePerFile } from '../../support/saved-page.ts';
import {
  control,
  dialog,
  menu,
  sduiFollow,
  sduiMessage,
  sduiMore,
  signals,
  topCard,
} from './build-signals.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'fixtures');
const REAL = process.env['LINKWRIGHT_REAL_PAGES'] ?? '';

/**
 * Values that only words can give: the withdraw / remove / unfollow confirmations have the same shape
 * (two buttons; ../shared/spec/linkedin-dom.md A3, A4, A14, A15 name them by text or by an aria-label text),
 * so in a language without a table they are reported as an unnamed confirmation (dialog null + evidence).
 */
const TEXT_ONLY: Readonly<Record<string, readonly unknown[]>> = {
  dialog: ['withdrawConfirm', 'removeConfirm', 'unfollowConfirm'],
};

const FIELDS = ['frontEnd', 'relationship', 'connectVia', 'people', 'dialog', 'degree'] as const;

/** Fields that differ from `expected`: kept values pass, null passes only where TEXT_ONLY allows it. */
function violations(expected: Record<string, unknown>, r: ClassificationReport): string[] {
  const out: string[] = [];
  const actual = r as unknown as Record<string, unknown>;
  for (const f of FIELDS) {
    if (!(f in expected)) continue;
    const exp = expected[f];
    const act = actual[f];
    if (act === exp) continue;
    const allowed = (act === null || act === 'unknown') && (TEXT_ONLY[f] ?? []).includes(exp);
    if (!allowed) out.push(`${f}: expected ${JSON.stringify(exp)}, got ${JSON.stringify(act)}`);
  }
  return out;
}

const cases = discoverPseudoCases(FIXTURES);
const lang = pseudoLangFor('kana');

/** Each fixture page and its pseudo-locale rewrite, made once (two test groups read them). */
const pseudoPages = new Map<string, { html: string; pseudo: string }>();
function pseudoPage(c: (typeof cases)[number]): { html: string; pseudo: string } {
  let p = pseudoPages.get(c.dir);
  if (!p) {
    const html = readFileSync(join(c.dir, 'page.html'), 'utf8');
    p = { html, pseudo: new PseudoLocale({ lang, script: 'kana', keepNames: c.names }).html(html) };
    pseudoPages.set(c.dir, p);
  }
  return p;
}

let browser: Browser | undefined;
const getBrowser = async (): Promise<Browser> => (browser ??= await launchDoctorBrowser());
afterAll(async () => {
  await browser?.close();
});

// The language-free rules the pseudo locale asked for, on hand-built signals (no browser).
describe('structure-first rules that survive an unknown language', () => {
  const unknownLang = { htmlLang: lang, session: { htmlLang: lang } };
  // Real menu items (SDUI portal, OpenOutreach 2026-03; same icons in Ember dropdowns), texts made up.
  const share = control({
    tag: 'a',
    role: 'menuitem',
    href: '/messaging/compose/?screenContext=NON_SELF_PROFILE_VIEW&body=x&interop=msgOverlay',
    text: 'Fjätökv',
    icons: ['share-linkedin-medium'],
  });
  const pdf = control({ tag: 'div', role: 'menuitem', text: 'Gapå', icons: ['download-medium'] });
  const report = control({
    tag: 'a',
    role: 'menuitem',
    href: 'https://www.linkedin.com/preload/report-in-modal/?entityUrn=urn%3Ali%3Amember%3A1',
    text: 'Holötr',
    icons: ['report-medium'],
  });
  const verifications = control({
    tag: 'a',
    role: 'menuitem',
    href: 'https://www.linkedin.com/in/avery-quinn/',
    text: 'Visysä',
    icons: ['verified-medium'],
  });
  const profileWithMenu = (items: ReturnType<typeof control>[]) =>
    signals({
      ...unknownLang,
      topCard: topCard({ row: [sduiFollow('x'), sduiMessage(), sduiMore(true)] }),
      menus: [menu({ items })],
    });

  it('an open menu whose every item is known by icon or link and none is Connect → connectVia none', () => {
    const r = classifyPage(profileWithMenu([share, pdf, report, verifications]));
    expect([r.relationship, r.connectVia, r.profile?.connectViaSource]).toEqual([
      'notConnected',
      'none',
      'menu-without-connect',
    ]);
  });

  it('an item known only by its words keeps connectVia unknown (it could be a text-only Connect)', () => {
    const textOnly = control({ tag: 'div', role: 'menuitem', text: 'Påbafj' });
    const r = classifyPage(profileWithMenu([share, pdf, textOnly, report]));
    expect([r.relationship, r.connectVia]).toEqual(['notConnected', null]);
  });

  it('the Ember dropdown Message item is known by its icon', () => {
    const r = classifyPage(
      profileWithMenu([share, control({ role: 'button', text: 'Påb', icons: ['send-privately-medium'] })]),
    );
    expect(r.profile?.menu.map((v) => v.kind)).toEqual(['other', 'message']);
    expect(r.connectVia).toBe('none');
  });

  const button = (o: Partial<DialogButtonSignal>): DialogButtonSignal => ({
    ariaLabel: null,
    text: 'Xyz',
    disabled: false,
    classes: ['artdeco-button'],
    dataTestModalCloseBtn: false,
    dataViewName: null,
    dataControlName: null,
    type: 'submit',
    region: null,
    ...o,
  });
  const dismiss = button({ dataTestModalCloseBtn: true, classes: ['artdeco-modal__dismiss'] });
  const sendInvite = { ariaLabelledBy: 'send-invite-modal', classes: ['artdeco-modal', 'send-invite'] };

  it('the invite modal with choice buttons in its content is the old chooser, in any language', () => {
    const chooser = dialog({
      ...sendInvite,
      buttons: [
        dismiss,
        button({ region: 'content' }),
        button({ region: 'content' }),
        button({ region: 'content' }),
        button({ region: 'actionbar', classes: ['artdeco-button--primary'] }),
      ],
    });
    expect(classifyDialog(chooser, null).kind).toBe('howDoYouKnow');
    expect(classifyDialog(chooser, en).kind).toBe('howDoYouKnow');
    // The first step (A9) has its buttons in the action bar only.
    const first = dialog({
      ...sendInvite,
      buttons: [dismiss, button({ region: 'actionbar' }), button({ region: 'actionbar' })],
    });
    expect(classifyDialog(first, null).kind).toBe('invite');
  });

  it('a confirmation it cannot name is reported as an unnamed confirmation, not guessed', () => {
    const native = dialog({
      tag: 'dialog',
      open: true,
      buttons: [
        button({ ariaLabel: 'Xy' }),
        button({ region: 'actionbar' }),
        button({ region: 'actionbar', ariaLabel: 'Påbafj Avery Quinn' }),
      ],
    });
    const v = classifyDialog(native, null);
    expect([v.kind, v.by]).toEqual([null, 'structure:confirm-shape-unnamed']);
    const ember = dialog({
      buttons: [
        dismiss,
        button({ classes: ['artdeco-modal__confirm-dialog-btn', 'artdeco-button--primary'] }),
      ],
    });
    expect(classifyDialog(ember, null).by).toBe('structure:confirm-shape-unnamed');
    const r = classifyPage(signals({ ...unknownLang, dialogs: [native] }));
    expect(r.dialog).toBeNull();
    expect(r.evidence).toContain('dialog:unnamed:structure:confirm-shape-unnamed:no-phrase-table');
  });
});

describe('pseudo-locale transform', () => {
  const sample =
    '<!DOCTYPE html><html class="x"><head><title>Sign In | LinkedIn</title><style>.a{content:"More"}</style>' +
    '<script>var t = "Connect";</script></head><body data-x="Connect">' +
    '<a href="/preload/custom-invite/?vanityName=avery-quinn" aria-label="Invite Avery Quinn to connect" ' +
    'class="artdeco-button" data-test-icon="connect-small">Connect</a><p>· 2nd</p>' +
    "<p title='Sent 3 weeks ago'>0/200 &amp; www.example.com</p><!-- Message -->" +
    '<div id="interop-outlet"><template shadowrootmode="open"><button>Send without a note</button></template></div>' +
    '<input type="submit" value="Sign in"><input name="session_key" value="keep me"></body></html>';
  const pl = new PseudoLocale({ lang: 'sv', script: 'latin', keepNames: ['Avery Quinn'] });
  const out = pl.html(sample);

  it('sets <html lang>, rewrites texts and human attributes, keeps names, digits, entities, URLs', () => {
    expect(out).toContain('<html lang="sv" class="x">');
    expect(out).not.toMatch(/>Connect<|Sign In|>Send without a note<|value="Sign in"|Sent 3 weeks/);
    expect(out).toMatch(/aria-label="\S+ Avery Quinn \S+ \S+"/);
    expect(out).toMatch(/<p>· 2\S{2}<\/p>/);
    expect(out).toContain('0/200 &amp; www.example.com');
    expect(out).toContain('| LinkedIn</title>');
  });

  it('keeps structure, hooks, scripts, styles, comments and non-text attributes byte for byte', () => {
    expect(skeleton(out)).toBe(skeleton(sample));
    for (const kept of [
      '<style>.a{content:"More"}</style>',
      '<script>var t = "Connect";</script>',
      'data-x="Connect"',
      'href="/preload/custom-invite/?vanityName=avery-quinn"',
      'data-test-icon="connect-small"',
      '<!-- Message -->',
      'value="keep me"',
      '<template shadowrootmode="open"><button>',
    ])
      expect(out).toContain(kept);
    expect(pl.html(sample)).toBe(out);
  });

  it('leaves every fixture structurally identical and free of phrase-table texts', () => {
    const phrases = new Set<string>();
    for (const t of Object.values(PHRASE_TABLES))
      for (const k of [
        'connect',
        'pending',
        'follow',
        'message',
        'more',
        'addNote',
        'sendWithoutNote',
      ] as const)
        for (const p of t[k]) phrases.add(textKey(p));
    for (const c of cases) {
      const { html, pseudo } = pseudoPage(c);
      expect(skeleton(pseudo), c.name).toBe(skeleton(html));
      const texts = [
        ...Array.from(pseudo.matchAll(/>([^<]+)</g), (m) => m[1]!),
        ...Array.from(pseudo.matchAll(/aria-label="([^"]*)"/g), (m) => m[1]!),
      ];
      const leaked = texts.filter((t) => phrases.has(textKey(t)));
      expect(leaked, c.name).toEqual([]);
    }
  });
});

describe(`doctor on every fixture in a pseudo locale (${lang}, no phrase table)`, () => {
  beforeAll(async () => {
    expect(phraseTableFor(lang)).toBeNull();
    await getBrowser();
  });
  const saved = savedPagePerFile(getBrowser);

  it('fixtures are discovered', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const { pseudo } = pseudoPage(c);
      const r = await classifyLoadedPage(await saved.load(pseudo), c.url);
      const why = `evidence: ${r.evidence.join(', ')}`;
      expect(r.page, why).toBe(c.expected['page']);
      expect(r.locale).toBe(lang);
      expect(r.localeSource).toBe('html-lang');
      expect(violations(c.expected, r), why).toEqual([]);
      // An unnamed confirmation is still reported as one (structure), not silently dropped.
      if (r.dialog === null && TEXT_ONLY['dialog']!.includes(c.expected['dialog']))
        expect(r.evidence, why).toContain('dialog:unnamed:structure:confirm-shape-unnamed:no-phrase-table');
    });
  }
});

interface RealEntry {
  file: string;
}
const realIndex = REAL ? join(REAL, 'index.json') : '';
const realPages: RealEntry[] =
  realIndex && existsSync(realIndex)
    ? (JSON.parse(readFileSync(realIndex, 'utf8')) as RealEntry[]).filter((e) =>
        existsSync(join(REAL, e.file)),
      )
    : [];
const realLang = pseudoLangFor('latin');

// Real pages are read in memory only; doctor's output on the original is the reference. Skipped unless
// LINKWRIGHT_REAL_PAGES names a folder with their index.json.
describe.skipIf(realPages.length === 0)(`reference pages in a pseudo locale (${realLang})`, () => {
  for (const e of realPages) {
    it(e.file, async () => {
      const html = readFileSync(join(REAL, e.file), 'utf8');
      const b = await getBrowser();
      const original = await classifyHtml(b, html, '');
      const pseudo = new PseudoLocale({ lang: realLang, script: 'latin', keepNames: CAST_NAMES }).html(html);
      expect(skeleton(pseudo)).toBe(skeleton(html));
      const r = await classifyHtml(b, pseudo, '');
      const why = `evidence: ${r.evidence.join(', ')} / original: ${original.evidence.join(', ')}`;
      expect(r.page, why).toBe(original.page);
      expect(r.locale).toBe(realLang);
      const expected: Record<string, unknown> = {};
      for (const f of FIELDS) expected[f] = (original as unknown as Record<string, unknown>)[f];
      expect(violations(expected, r), why).toEqual([]);
    });
  }
});
