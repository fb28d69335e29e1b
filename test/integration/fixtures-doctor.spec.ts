// Auto-discovered doctor checks: one test per fixture folder (`fixtures/**/meta.json` next to its
// `page.html`), comparing `linkwright doctor`'s output with `meta.expected` field by field — only the
// fields the fixture states. Adding a fixture folder adds a test.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { doctorHtml } from '../../src/app/doctor.ts';
import { discoverFixtureCases } from '../../fixtures/tools/lib/fixture-cases.ts';
import { ALL_DESCRIPTORS } from '../../selectors/linkedin/index.ts';

const ROOT = resolvePath(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'fixtures');

const cases = discoverFixtureCases(FIXTURES);

// The browser comes from playwright.config.ts (same Chromium discovery and flags as the worker;
// headless in `replay`, visible in `headed`); doctor opens a fresh sealed context per page.
test.describe('doctor on every fixture', () => {
  test.describe.configure({ mode: 'parallel' });

  test('fixtures are discovered', () => {
    expect(cases.length, `no fixture folder with meta.json + page.html under ${FIXTURES}`).toBeGreaterThan(0);
  });

  for (const c of cases) {
    test(c.name, async ({ browser }) => {
      const html = readFileSync(join(c.dir, 'page.html'), 'utf8');
      const report = await doctorHtml(browser, html, c.url);
      const actual: Record<string, unknown> = {};
      for (const k of Object.keys(c.expected)) actual[k] = (report as unknown as Record<string, unknown>)[k];
      expect(actual, `doctor evidence: ${report.evidence.join(', ')}`).toEqual(c.expected);
      // Every candidate key of every descriptor is reported, even those with no match.
      expect(report.selectors.map((x) => x.key)).toEqual(
        ALL_DESCRIPTORS.flatMap((d) => d.candidates.map((k) => k.key)),
      );
    });
  }
});
