// The recorded Sales Navigator's list surfaces without a browser: routes, the seat, paging and filters
// (fixtures/replay/salesnav-lists.ts), and that the committed fixtures are what the derivation writes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createReplay } from '../../fixtures/replay/replay-core.ts';

const O = 'https://www.linkedin.com';
const rendered = (body: string) =>
  (body.match(/<li class="artdeco-list__item pl3 pv3 "><div data-x-search-result/g) ?? []).length;
const rows = (body: string) => (body.match(/<li class="artdeco-list__item pl3 pv3 ">/g) ?? []).length;

describe('Sales Navigator list routes', () => {
  it('serves 25 rows a page (3 rendered), a second page, and clamps the page number', () => {
    const r = createReplay({ scenario: 'many-pending' });
    const p1 = r.handle({ method: 'GET', url: `${O}/sales/search/people` })!;
    expect(p1.status).toBe(200);
    expect(rows(p1.body)).toBe(25);
    expect(rendered(p1.body)).toBe(3);
    expect(p1.body).toContain('aria-label="Page 2"');
    const p2 = r.handle({ method: 'GET', url: `${O}/sales/search/people?page=2` })!;
    expect(rows(p2.body)).toBe(6);
    expect(p2.body).toMatch(/artdeco-pagination__button--next[^"]*artdeco-button--disabled/);
    expect(rows(r.handle({ method: 'GET', url: `${O}/sales/search/people?page=9` })!.body)).toBe(6);
    expect(r.unhandled()).toEqual([]);
  });

  it('sends an account without a seat to the upsell page, which it serves', () => {
    const r = createReplay({
      scenario: 'demo',
      overrides: { salesNavigator: { seat: false, inmailCredits: 0 } },
    });
    for (const path of ['/sales/search/people', '/sales/search/company', '/sales/company/91000101']) {
      const res = r.handle({ method: 'GET', url: O + path })!;
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe(
        `${O}/premium/products/?family=SALES&upsellOrderOrigin=sales_navigator_upsell`,
      );
    }
    expect(r.handle({ method: 'GET', url: `${O}/premium/products/?family=SALES` })!.status).toBe(200);
  });

  it('shows an unknown account as unavailable, and honours the revenue filter', () => {
    const r = createReplay({ scenario: 'demo' });
    const gone = r.handle({ method: 'GET', url: `${O}/sales/company/1` })!;
    expect(gone.status).toBe(200);
    expect(gone.body).not.toContain('data-x--account-top-card');
    const q = encodeURIComponent(
      '(filters:List((type:ANNUAL_REVENUE,rangeValue:(min:100),selectedSubFilter:USD)))',
    );
    const big = r.handle({ method: 'GET', url: `${O}/sales/search/company?query=${q}` })!;
    expect([...big.body.matchAll(/data-anonymize="company-name">([^<]+)/g)].map((m) => m[1])).toEqual([
      'Fabrikam',
    ]);
  });

  it('the committed fixtures are what derive-salesnav-lists.ts writes', () => {
    const out = mkdtempSync(join(tmpdir(), 'lw-salesnav-fixtures-'));
    execFileSync('npx', ['tsx', 'fixtures/tools/derive-salesnav-lists.ts'], {
      env: { ...process.env, LINKWRIGHT_FIXTURES_OUT: out },
      stdio: 'ignore',
    });
    for (const state of ['search-people', 'search-companies', 'company'])
      for (const file of ['page.html', 'meta.json'])
        expect(readFileSync(join(out, 'salesnav', state, 'salesnav-en', file), 'utf8')).toBe(
          readFileSync(join('fixtures/linkedin/salesnav', state, 'salesnav-en', file), 'utf8'),
        );
  });
});
