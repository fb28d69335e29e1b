// The replay core without a browser: scenarios, routing at LinkedIn's paths, fail-closed bookkeeping,
// person substitution, the HTML scanner and the fixtures each scenario needs.
import { describe, expect, it } from 'vitest';
import { createReplay } from '../../fixtures/replay/replay-core.ts';
import { defaultFixtureStore } from '../../fixtures/replay/fixture-store.ts';
import { findElements, innerHTML, outerHTML, scanElements } from '../../fixtures/replay/html-scan.ts';
import { applyNoteLimit } from '../../fixtures/replay/html-edit.ts';
import { DEFAULT_SCENARIO, loadScenario, scenarioNames } from '../../fixtures/replay/scenarios/index.ts';
import { substitute } from '../../fixtures/replay/substitute.ts';

const O = 'https://www.linkedin.com';

describe('scenarios', () => {
  it('all validate; demo is the default and matches issue 4 §3', () => {
    for (const n of scenarioNames()) expect(loadScenario(n).name).toBe(n);
    expect(DEFAULT_SCENARIO).toBe('demo');
    const demo = loadScenario('demo');
    expect(demo.account.vanity).toBe('me');
    const by = Object.fromEntries(demo.people.map((p) => [p.vanity, p]));
    expect(Object.keys(by).sort()).toEqual([
      'carlossantos',
      'janesmith',
      'johndoe',
      'person1',
      'person2',
      'person4',
      'person5',
    ]);
    expect(by.person1).toMatchObject({ state: 'connect-primary', degree: 2, requiresEmail: true });
    expect(by.person2).toMatchObject({ state: 'connect-more', degree: 3 });
    expect(by.person4).toMatchObject({ state: 'connected', degree: 1 });
    expect(by.person5).toMatchObject({ state: 'follow-only' });
    expect([by.johndoe, by.janesmith, by.carlossantos].map((p) => [p!.name, p!.headline, p!.state])).toEqual([
      ['John Doe', 'Founder & CEO at Example Company', 'pending'],
      ['Jane Smith', 'CTO at Tech Solutions', 'pending'],
      ['Carlos Santos', 'Product Manager at Startup Hub', 'pending'],
    ]);
  });

  it('an unknown scenario is refused', () => {
    expect(() => createReplay({ scenario: 'nope' })).toThrow(/unknown scenario "nope"/);
  });
});

describe('routing at LinkedIn paths', () => {
  it('profiles, redirects, self, not found; unknown requests are null and listed', () => {
    const r = createReplay();
    const get = (p: string) => r.handle({ method: 'GET', url: O + p });
    expect(get('/in/person1/')!.status).toBe(200);
    expect(get('/in/someone-else/')).toMatchObject({
      status: 302,
      headers: { location: `${O}/in/unavailable/` },
    });
    expect(get('/in/unavailable/')!.status).toBe(200);
    expect(get('/in/me/')!.body).toContain('/in/me/edit/intro/');
    expect(get('/login')).toMatchObject({ status: 302, headers: { location: `${O}/feed/` } });
    expect(get('/mynetwork/invitation-manager/sent/')!.body).toContain('People (3)');
    expect(get('/jobs/')).toBeNull();
    expect(r.handle({ method: 'DELETE', url: `${O}/in/person1/` })).toBeNull();
    expect(r.unhandled()).toEqual([`GET ${O}/jobs/`, `DELETE ${O}/in/person1/`]);
    r.reset();
    expect(r.unhandled()).toEqual([]);
  });

  it('absolute linkedin.com URLs in pages point at the serving origin', () => {
    const r = createReplay({ origin: 'http://127.0.0.1:9' });
    const body = r.handle({ method: 'GET', url: 'http://127.0.0.1:9/in/johndoe/' })!.body;
    expect(body).not.toContain('https://www.linkedin.com/');
    expect(body).toContain('http://127.0.0.1:9/in/johndoe/');
  });

  it('every page of every scenario is served from a fixture in both front ends', () => {
    const pages = [
      '/feed/',
      '/in/me/',
      '/in/person1/',
      '/in/person2/',
      '/in/johndoe/',
      '/in/janesmith/',
      '/in/person4/',
      '/in/person5/',
      '/in/unavailable/',
      '/mynetwork/invitation-manager/sent/',
      '/mynetwork/invitation-manager/received/',
      '/mynetwork/invite-connect/connections/',
      '/search/results/people/?keywords=x',
      '/messaging/',
    ];
    for (const scenario of scenarioNames())
      for (const frontEnd of ['sdui', 'ember'] as const) {
        const r = createReplay({ scenario, frontEnd });
        for (const p of pages) {
          const res = r.handle({ method: 'GET', url: O + p });
          expect(res && [200, 302].includes(res.status), `${scenario}/${frontEnd} ${p}`).toBe(true);
        }
        expect(r.unhandled(), `${scenario}/${frontEnd}`).toEqual([]);
      }
  });
});

describe('missing variants fail loudly', () => {
  it('a page with no variant in the locale or front end is a 500 listed in unhandled(), not English', () => {
    const r = createReplay({
      scenario: 'locale-de',
      overrides: { fallbackLocale: undefined, fallbackFrontEnd: [] },
    });
    const res = r.handle({ method: 'GET', url: `${O}/in/person5/` })!;
    expect(res.status).toBe(500);
    expect(res.body).not.toContain('Follow');
    // Ember person2 has no German Ember page: not served as the SDUI one either
    expect(r.handle({ method: 'GET', url: `${O}/in/person2/` })!.status).toBe(500);
    expect(r.unhandled()).toEqual([
      `GET ${O}/in/person5/ (no fixture for profile/follow-only (sdui, de))`,
      `GET ${O}/in/person2/ (no fixture for profile/connect-more (ember, de))`,
    ]);
    // a part of the page counts too: the InMail upsell behind person1's Message link exists only in English
    r.reset();
    expect(r.handle({ method: 'GET', url: `${O}/in/person1/` })!.status).toBe(500);
    expect(r.unhandled()).toEqual([
      `GET ${O}/in/person1/ (no fixture for messaging/inmail-upsell (sdui, de))`,
    ]);
  });

  it('the demo serves the other front end only for the states it declares', () => {
    const strict = createReplay({ overrides: { fallbackFrontEnd: [] } });
    expect(strict.handle({ method: 'GET', url: `${O}/in/unavailable/` })!.status).toBe(500);
    expect(strict.unhandled()).toEqual([
      `GET ${O}/in/unavailable/ (no fixture for profile/not-found (sdui, en))`,
    ]);
    expect(loadScenario('demo').fallbackFrontEnd).toEqual([
      'profile/not-found',
      'messaging/thread',
      'feed/home',
    ]);
    const declared = createReplay();
    expect(declared.handle({ method: 'GET', url: `${O}/in/unavailable/` })!.status).toBe(200);
    expect(declared.unhandled()).toEqual([]);
  });

  it('the store itself is strict unless a fallback is passed', () => {
    const store = defaultFixtureStore();
    const q = { surface: 'profile', state: 'follow-only', frontEnd: 'sdui', locale: 'de' };
    expect(store.find(q)).toBeUndefined();
    expect(store.find({ ...q, fallback: { locale: 'en' } })?.id).toBe('profile/follow-only/sdui-en');
    expect(store.find({ ...q, state: 'pending', frontEnd: 'ember' })).toBeUndefined();
    expect(store.find({ ...q, state: 'pending', frontEnd: 'ember', fallback: { frontEnd: true } })?.id).toBe(
      'profile/pending/sdui-de',
    );
    // signed-out pages belong to neither app: guest and unknown name the same thing
    expect(store.find({ surface: 'auth', state: 'login', frontEnd: 'guest', locale: 'en' })?.id).toBe(
      'auth/login/unknown-en',
    );
  });
});

describe('substitution and markup helpers', () => {
  it('swaps people in one pass (no chained replacements), vanities only where they are vanities', () => {
    const html =
      '<a href="https://www.linkedin.com/in/avery-quinn/" aria-label="Invite Avery Quinn to connect">Avery</a><p>Founder &amp; CEO</p><p>avery-quinn me</p>';
    const out = substitute(html, [
      {
        from: { name: 'Avery Quinn', firstName: 'Avery', vanity: 'avery-quinn', headline: 'Founder & CEO' },
        to: { name: 'Quinn Avery', firstName: 'Quinn', vanity: 'person1', headline: 'CTO & Co' },
      },
    ]);
    expect(out).toBe(
      '<a href="https://www.linkedin.com/in/person1/" aria-label="Invite Quinn Avery to connect">Quinn</a><p>CTO &amp; Co</p><p>avery-quinn me</p>',
    );
  });

  it('scans nested elements, void elements and raw text', () => {
    const h =
      '<div id="a"><p>x<br>y</p><script>if (a<b) {}</script><textarea><div></textarea><ul><li>1</li></ul></div>';
    const els = scanElements(h);
    const div = findElements(h, (e) => e.attrs.id === 'a')[0]!;
    expect(outerHTML(h, div)).toBe(h);
    expect(els.map((e) => e.tag)).toEqual(['div', 'p', 'br', 'script', 'textarea', 'ul', 'li']);
    expect(
      innerHTML(
        h,
        els.find((e) => e.tag === 'textarea')!,
      ),
    ).toBe('<div>');
  });

  it('note limits: counter, label and the remaining-notes line', () => {
    const d =
      '<label>Please limit personal note to 300 characters.</label><textarea></textarea><div>0/300</div><p>3 personalized invitations remaining for this month.</p><a href="/premium/x">Try</a>';
    expect(applyNoteLimit(d, 200, 5)).toBe(
      '<label>Please limit personal note to 200 characters.</label><textarea></textarea><div>0/200</div><p>5 personalized invitations remaining for this month.</p><a href="/premium/x">Try</a>',
    );
    expect(applyNoteLimit(d, 300, null)).toBe(
      '<label>Please limit personal note to 300 characters.</label><textarea></textarea><div>0/300</div>',
    );
  });

  it('reads every fixture folder the replay relies on', () => {
    const store = defaultFixtureStore();
    expect(store.problems).toEqual([]);
    for (const [s, st] of [
      ['profile', 'connect-primary'],
      ['profile', 'connect-more'],
      ['profile', 'pending'],
      ['profile', 'connected'],
      ['profile', 'follow-only'],
      ['profile', 'self'],
      ['dialogs', 'invite'],
      ['dialogs', 'invite-note'],
      ['dialogs', 'email-gate'],
      ['dialogs', 'weekly-limit'],
      ['dialogs', 'withdraw-confirm'],
      ['invitation-manager', 'sent'],
      ['invitation-manager', 'received'],
    ] as const)
      for (const fe of ['sdui', 'ember'])
        expect(
          store.find({
            surface: s,
            state: st,
            frontEnd: fe,
            locale: 'en',
            suffix: st === 'invite-note' ? 'free' : '',
          })?.frontEnd,
          `${s}/${st}/${fe}`,
        ).toBe(fe);
  });
});
