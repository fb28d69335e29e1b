// The recorder round trip: record a page of the recorded LinkedIn (invite dialog open in the interop shadow
// root), then serve the recording and check that the doctor-relevant structure survived: the same counts of
// key locators, the shadow root with the dialog, the same doctor reading — with every person renamed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { recordPage } from '../../src/browser/record-page.ts';
import { doctorPage } from '../../src/app/doctor.ts';
import { ORIGIN, launch, moreButton, routed } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const KEY_LOCATORS = [
  'section[componentkey$="Topcard"]',
  '[componentkey$="Topcard"] button[aria-expanded][componentkey]',
  'a[href*="/preload/custom-invite/?vanityName="]',
  'button[aria-label^="Invite "][aria-label$=" to connect"]',
  '#interop-outlet[data-testid="interop-shadowdom"]',
  '#interop-outlet .send-invite[role="dialog"][aria-labelledby="send-invite-modal"]',
  '#interop-outlet .send-invite button',
  'dialog',
  '[role="toolbar"]',
];

async function counts(page: Page): Promise<number[]> {
  return Promise.all(KEY_LOCATORS.map((s) => page.locator(s).count()));
}

describe('linkwright record', () => {
  it('records a replayed page with its shadow-root dialog and replays it with the same structure', async () => {
    const r = await routed(browser, 'demo', 'sdui');
    const out = join(mkdtempSync(join(tmpdir(), 'lw-record-')), 'person2-invite');
    let live: number[];
    let liveDoctor: Awaited<ReturnType<typeof doctorPage>>;
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person2/`);
      await moreButton(page).click();
      await page.locator('[data-floating-ui-portal] a[href*="/preload/custom-invite/"]').click();
      await page.locator('#interop-outlet [role="dialog"]').waitFor();
      live = await counts(page);
      liveDoctor = await doctorPage(page, page.url());
      const res = await recordPage(page, { outDir: out, classify: (p, url) => doctorPage(p, url) });
      expect(res.shadowRoots).toBeGreaterThanOrEqual(1);
      expect(res.namesReplaced).toBeGreaterThan(3);
    } finally {
      await r.close();
    }
    const html = readFileSync(join(out, 'page.html'), 'utf8');
    const aria = readFileSync(join(out, 'aria.yml'), 'utf8');
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8'));
    expect(readFileSync(join(out, 'screenshot.png')).subarray(1, 4).toString()).toBe('PNG');
    // scrubbed: no scripts, no replay client, nobody from the scenario or the rail, no session secrets
    for (const gone of [
      '<script',
      'linkwrightReplayClient',
      'Tomas Lindqvist',
      'Morgan Reyes',
      'person2',
      'li_at',
      'JSESSIONID',
    ])
      expect(html.includes(gone), gone).toBe(false);
    expect(aria.includes('Tomas Lindqvist')).toBe(false);
    expect(html).toContain('<template shadowrootmode="open">');
    expect(meta.source.kind).toBe('real');
    expect(meta.source.parts).toEqual([{ part: 'page', page: 'recording' }]);
    expect(meta.url).toMatch(/^https:\/\/www\.linkedin\.com\/in\/recorded-person-\d+\/$/);
    expect(meta.frontEnd).toBe('sdui');
    expect(meta.locale).toBe('en');
    expect(meta.source.notes).toMatch(/Chromium \d+/);
    expect(meta.expected).toMatchObject({
      page: 'profile',
      frontEnd: 'sdui',
      relationship: liveDoctor.relationship,
      connectVia: liveDoctor.connectVia,
      dialog: liveDoctor.dialog,
    });

    // replay the recording: served at its own URL, scripts off, every other request aborted
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    try {
      await ctx.route('**/*', (route) =>
        route.request().url() === meta.url
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : route.abort(),
      );
      const page = await ctx.newPage();
      await page.goto(meta.url);
      expect(await counts(page)).toEqual(live);
      expect(
        await page.evaluate(() =>
          Boolean(document.getElementById('interop-outlet')?.shadowRoot?.querySelector('[role="dialog"]')),
        ),
      ).toBe(true);
      const again = await doctorPage(page, meta.url);
      expect({
        page: again.page,
        frontEnd: again.frontEnd,
        relationship: again.relationship,
        connectVia: again.connectVia,
        dialog: again.dialog,
      }).toEqual({
        page: liveDoctor.page,
        frontEnd: liveDoctor.frontEnd,
        relationship: liveDoctor.relationship,
        connectVia: liveDoctor.connectVia,
        dialog: liveDoctor.dialog,
      });
      expect(again.person?.name).toBe(meta.person.name);
    } finally {
      await ctx.close();
    }
  });
});
