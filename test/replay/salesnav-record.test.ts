// `linkwright record` / `doctor` on a Sales Navigator page: recording a replayed lead page yields a
// `salesnav` fixture folder whose expected doctor reading names the page salesLead, and the doctor says so live.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { recordPage } from '../../src/browser/record-page.ts';
import { doctorPage } from '../../src/app/doctor.ts';
import { ORIGIN, launch, routed } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('record and doctor on Sales Navigator', () => {
  it('records a lead page as a salesnav fixture folder', async () => {
    const r = await routed(browser, 'demo', 'sdui');
    const out = join(mkdtempSync(join(tmpdir(), 'lw-record-sn-')), 'lead');
    try {
      const p1 = r.replay.people().find((p) => p.person === 'person1')!;
      await r.page.goto(p1.salesLeadUrl.replace('https://www.linkedin.com', ORIGIN));
      const live = await doctorPage(r.page, r.page.url());
      expect({ page: live.page, frontEnd: live.frontEnd }).toEqual({
        page: 'salesLead',
        frontEnd: 'salesnav',
      });
      await recordPage(r.page, { outDir: out, classify: (p, url) => doctorPage(p, url) });
    } finally {
      await r.close();
    }
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8'));
    expect(meta.frontEnd).toBe('salesnav');
    expect(meta.expected).toMatchObject({ page: 'salesLead', frontEnd: 'salesnav' });
    expect(readFileSync(join(out, 'page.html'), 'utf8')).not.toContain('<script');
  });
});
