// Issue 14 item 6: the 2026-06 SDUI build, whose relationship controls carry semantic componentkeys
// (`ConnectButtonstate:invitation:urn:li:member:<id>_connect` / `…_pending`, linkedin-dom.md §0.5, A3).
// Its fixtures (fixtures/linkedin/profile/*/sdui-en-2026-06, tools/derive-build-2026-06.ts) are checked
// as they are, and again with the controls' other evidence removed, so the key alone has to carry the state.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doctorHtml, launchDoctorBrowser } from '../../../src/app/doctor.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/linkedin/profile');
const URL = 'https://www.linkedin.com/in/avery-quinn/';
const KEYED =
  /<a\b[^>]*\scomponentkey="ConnectButtonstate:invitation:urn:li:member:\d+_(?:connect|pending)"[^>]*>/g;

const page = (dir: string): string => readFileSync(join(FIXTURES, dir, 'page.html'), 'utf8');
/** Pending: the keyed links without their aria-label (the href is only the profile's own URL). */
const unlabelled = (html: string): string =>
  html.replace(KEYED, (tag) => tag.replace(/\saria-label="[^"]*"/, ''));
/**
 * Connect: the keyed links as the `<button>`s this build also renders (A3: "it can be a <button>"), with no
 * aria-label and no preload href: nothing but the componentkey says what they are.
 */
function asBareButtons(html: string): string {
  let out = '';
  let at = 0;
  for (const m of html.matchAll(KEYED)) {
    const close = html.indexOf('</a>', m.index);
    const key = /componentkey="[^"]*"/.exec(m[0])![0];
    const cls = /\sclass="[^"]*"/.exec(m[0])?.[0] ?? '';
    out += html.slice(at, m.index) + `<button type="button"${cls} ${key}>`;
    out += html.slice(m.index + m[0].length, close) + '</button>';
    at = close + '</a>'.length;
  }
  return out + html.slice(at);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchDoctorBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the 2026-06 SDUI build (semantic componentkeys)', () => {
  it('the fixtures carry the documented keys on the top person controls only', () => {
    const connect = page('connect-primary/sdui-en-2026-06');
    const pending = page('pending/sdui-en-2026-06');
    expect(connect.match(KEYED)?.length).toBeGreaterThan(0);
    expect(pending.match(KEYED)?.length).toBeGreaterThan(0);
    expect(connect).not.toContain('_pending"');
    expect(pending).not.toContain('_connect"');
    for (const tag of [...(connect.match(KEYED) ?? []), ...(pending.match(KEYED) ?? [])]) {
      expect(tag).toMatch(/Avery Quinn|vanityName=avery-quinn|\/in\/avery-quinn\//);
    }
  });

  it('connect: primary Connect, also when only the `_connect` key says so', async () => {
    const html = page('connect-primary/sdui-en-2026-06');
    const r = await doctorHtml(browser, html, URL);
    expect([r.relationship, r.connectVia]).toEqual(['notConnected', 'primary']);
    const bare = await doctorHtml(browser, asBareButtons(html), URL);
    expect([bare.relationship, bare.connectVia], bare.evidence.join(', ')).toEqual([
      'notConnected',
      'primary',
    ]);
    expect(bare.evidence).toContain('row:connect:structure:componentkey-connect');
  });

  it('pending: the `_pending` key alone makes it pending', async () => {
    const html = page('pending/sdui-en-2026-06');
    const r = await doctorHtml(browser, html, URL);
    expect([r.relationship, r.connectVia]).toEqual(['pending', 'none']);
    expect(r.evidence).toContain('row:pending:structure:componentkey-pending');
    const bare = await doctorHtml(browser, unlabelled(html), URL);
    expect([bare.relationship, bare.connectVia], bare.evidence.join(', ')).toEqual(['pending', 'none']);
  });
});
