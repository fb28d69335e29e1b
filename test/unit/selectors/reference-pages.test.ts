// Issue 14 item 5: doctor on every WHOLE real page of ../shared/linkedin-pages, as saved (not a derived
// fixture), must report the state its index.json names — with the page's address where the source
// named its files after it, and from structure alone without any address.
//
// The pages hold real people's data: they are read in memory only and the failures print ids and fields,
// never names. CI has ../shared beside the project; LINKWRIGHT_REAL_PAGES points elsewhere. The suite is
// skipped (with the reason in its title) only where the folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyLoadedPage, doctorPage, launchDoctorBrowser } from '../../../src/app/doctor.ts';
import { referencePages } from '../../../fixtures/tools/lib/reference-pages.ts';
import { referenceUrlOf, truthOf, truthViolations } from '../../../fixtures/tools/lib/reference-truth.ts';
import { savedPagePerFile } from '../../support/saved-page.ts';

const DIR =
  process.env['LINKWRIGHT_REAL_PAGES'] ?? resolve(import.meta.dirname, '../../../../shared/linkedin-pages');
const pages = (referencePages(DIR) ?? []).filter((p) => existsSync(join(DIR, p.file)));
const title =
  pages.length > 0
    ? `doctor on the ${pages.length} whole reference pages of ${DIR}`
    : `doctor on the whole reference pages — SKIPPED: no index.json at ${DIR} (set LINKWRIGHT_REAL_PAGES)`;

describe.skipIf(pages.length === 0)(title, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchDoctorBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  // One sealed page like doctor's (test/support/saved-page.ts): each reference page is loaded once and
  // read twice, instead of twice into a fresh context.
  const saved = savedPagePerFile(() => browser);

  it('covers every index.json entry', () => {
    expect(pages.length).toBe(referencePages(DIR)?.length);
  });

  for (const p of pages) {
    it(`${p.id}: state "${p.state.slice(0, 2)}…" (${p.frontEnd.split(' ')[0]})`, async () => {
      const html = readFileSync(join(DIR, p.file), 'utf8');
      const truth = truthOf(p.state, p.frontEnd);
      const lang = /<html\b[^>]*\blang="([a-zA-Z]{2})/.exec(html.slice(0, 4000))?.[1]?.toLowerCase() ?? null;
      const page = await saved.load(html);
      for (const url of new Set([referenceUrlOf(p.file), ''])) {
        // the whole doctor once (selector counts included), the classification alone for the second pass
        const r = url ? await doctorPage(page, url) : await classifyLoadedPage(page, url);
        const mode = url ? 'with its address' : 'structure only';
        expect(truthViolations(truth, r as unknown as Record<string, unknown>), `${p.id} ${mode}`).toEqual(
          [],
        );
        // A page without <html lang> and without text has no language (doctor refuses to guess).
        expect(r.locale, `${p.id} ${mode}: locale`).toBe(lang);
        expect(r.dialog, `${p.id} ${mode}: dialog`).toBeNull();
      }
    }, 120_000);
  }
});
