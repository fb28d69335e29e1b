// st.checkConnectionStatus and st.openPersonPage (read-only) on the recorded LinkedIn, both front ends
// and German: every relationship, the own profile, a missing profile, and basicInfo (its `position` also
// on every profile fixture as saved).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBasicInfo } from '../../drivers/linkedin/basic-info.ts';
import { makeSession } from '../../drivers/linkedin/session.ts';
import { readPageState, resolve, resolveContextFor, sel } from '../../selectors/linkedin/index.ts';
import { checkConnectionStatus } from '../../src/actions/st/check-connection-status.ts';
import { openPersonPage } from '../../src/actions/st/open-person-page.ts';
import { ZERO_PACING as noPacing } from '../../drivers/shared/pacing.ts';
import { launchBrowser, openReplaySession, person, runHandler } from '../support/replay-session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const EXPECTED: [string, string][] = [
  ['person1', 'notConnected'],
  ['person2', 'notConnected'],
  ['johndoe', 'pending'],
  ['person4', 'connected'],
  ['person5', 'notConnected'],
];

describe.each([
  ['demo', 'sdui'],
  ['demo', 'ember'],
  ['locale-de', undefined],
] as const)('st.checkConnectionStatus (%s, %s)', (scenario, frontEnd) => {
  it('reads every relationship from the top card, and names the own and missing profiles', async () => {
    const s = await openReplaySession(browser, { scenario, ...(frontEnd ? { frontEnd } : {}) });
    try {
      for (const [vanity, status] of EXPECTED) {
        const out = await runHandler(checkConnectionStatus, s, { subject: person(vanity) });
        expect(out, vanity).toEqual({ kind: 'success', data: { connectionStatus: status } });
      }
      expect(await runHandler(checkConnectionStatus, s, { subject: person('me') })).toMatchObject({
        kind: 'failure',
        error: { type: 'selfProfileNotAllowed' },
      });
      expect(
        await runHandler(checkConnectionStatus, s, { subject: person('no-such-person-xyz') }),
      ).toMatchObject({ kind: 'failure', error: { type: 'personNotFound' } });
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe.each(['sdui', 'ember'] as const)('st.openPersonPage (%s)', (frontEnd) => {
  it('returns basicInfo in the catalog fields and hands the person to its children', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd });
    try {
      const out = await runHandler(openPersonPage, s, {
        subject: person('person1'),
        params: { basicInfo: true },
      });
      expect(out.kind).toBe('success');
      const { data, subject } = out as { data: Record<string, unknown>; subject: unknown };
      expect(subject).toEqual(person('person1'));
      expect(Object.keys(data).sort()).toEqual(
        [
          'about',
          'companyHashedUrl',
          'companyName',
          'countryCode',
          'followersCount',
          'hashedUrl',
          'headline',
          'location',
          'name',
          'position',
          'publicUrl',
          'urn',
        ].sort(),
      );
      expect(data.publicUrl).toBe('https://www.linkedin.com/in/person1');
      expect(typeof data.name).toBe('string');
      expect(typeof data.headline).toBe('string');
      expect(typeof data.location).toBe('string');
      expect(data.countryCode).toMatch(/^[A-Z]{2}$/);
      if (data.urn !== null) expect(data.urn).toMatch(/^urn:li:member:\d+$/);
      if (data.hashedUrl !== null) expect(data.hashedUrl).toMatch(/^https:\/\/www\.linkedin\.com\/in\/ACoAA/);
      // Ember serves connect-primary/ember-en (single-role first entry) with person1's role swapped in;
      // SDUI pages have no Experience card. The current company is the scenario person's on both.
      expect(data.position).toBe(frontEnd === 'ember' ? 'Data Engineer' : null);
      expect(data.companyName).toBe('Northwind Analytics');
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('reads position from the first Experience entry (Ember), null where the page has none (SDUI)', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd });
    try {
      // person4 → connected/ember-en: the first entry is a company with two roles (bold company name,
      // nested current role, then an earlier one); person2 → connect-more/ember-en (2025 build) and
      // janesmith → pending/ember-en: single-role first entries. The replay swaps the fixture person's
      // current role and company for the scenario person's, so each shows their own.
      const roles: Record<string, string> = {
        person4: 'Senior Recruiter',
        person2: 'Head of Growth',
        janesmith: 'CTO',
      };
      for (const vanity of ['person4', 'person2', 'janesmith']) {
        const out = await runHandler(openPersonPage, s, {
          subject: person(vanity),
          params: { basicInfo: true },
        });
        expect(out.kind, vanity).toBe('success');
        const { data } = out as { data: Record<string, unknown> };
        expect(data.position, vanity).toBe(frontEnd === 'ember' ? roles[vanity] : null);
      }
    } finally {
      await s.close();
    }
  });

  it('returns no data without basicInfo, and personNotFound for a missing profile', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd });
    try {
      expect(await runHandler(openPersonPage, s, { subject: person('person4') })).toEqual({
        kind: 'success',
        subject: person('person4'),
      });
      expect(
        await runHandler(openPersonPage, s, {
          subject: person('no-such-person-xyz'),
          params: { basicInfo: true },
        }),
      ).toMatchObject({
        kind: 'failure',
        error: { type: 'personNotFound' },
      });
    } finally {
      await s.close();
    }
  });
});

const PROFILE_FIXTURES = join(import.meta.dirname, '../../fixtures/linkedin/profile');
const HEAD = 'Head of Platform Engineering';
/** Ember profile fixtures → the Experience reading (candidate key, position); SDUI ones have no card. */
const EMBER_POSITION: Record<string, { key: string; position: string } | null> = {
  'connect-primary/ember-en': { key: 'experienceRole.ember.entity-title', position: HEAD },
  'connect-primary/ember-en-premium': { key: 'experienceRole.ember.entity-title', position: HEAD },
  'pending/ember-en': { key: 'experienceRole.ember.entity-title', position: HEAD },
  // The untrimmed pages: the same fictional Experience card in place of the real one, every other card kept.
  'connect-primary/ember-en-untrimmed': { key: 'experienceRole.ember.entity-title', position: HEAD },
  'pending/ember-en-untrimmed': { key: 'experienceRole.ember.entity-title', position: HEAD },
  // A company with several roles: the bold company name ("Northwind Labs") is not the position.
  'connected/ember-en': { key: 'experienceRole.ember.grouped-nested-title', position: HEAD },
  'connected/ember-en-menu-open': { key: 'experienceRole.ember.grouped-nested-title', position: HEAD },
  'connect-more/ember-en': { key: 'experienceRole.ember.entity-title', position: HEAD },
  'connect-more/ember-en-menu-open': { key: 'experienceRole.ember.entity-title', position: HEAD },
  'follow-only/ember-en': { key: 'experienceRole.ember.entity-title', position: HEAD },
  // Own-profile fixture: no Experience card was derived (its edit controls are not captured).
  'self/ember-en': null,
};

describe('basicInfo position on the saved profile fixtures', () => {
  it('is the first role of the first Experience entry on Ember, null on SDUI', async () => {
    const dirs = readdirSync(PROFILE_FIXTURES).flatMap((state) =>
      readdirSync(join(PROFILE_FIXTURES, state)).map((v) => `${state}/${v}`),
    );
    // Saved pages as doctor loads them: fresh context, JavaScript off, every request aborted.
    const context = await browser.newContext({ javaScriptEnabled: false, bypassCSP: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    const session = makeSession({ page, origin: 'https://www.linkedin.com', pacing: noPacing });
    const seen: string[] = [];
    try {
      for (const dir of dirs) {
        const meta = JSON.parse(readFileSync(join(PROFILE_FIXTURES, dir, 'meta.json'), 'utf8')) as {
          url: string;
          frontEnd: string;
          expected: { page: string };
        };
        if (meta.expected.page !== 'profile') continue;
        await page.setContent(readFileSync(join(PROFILE_FIXTURES, dir, 'page.html'), 'utf8'), {
          waitUntil: 'domcontentloaded',
        });
        const { signals, state } = await readPageState(page, { url: meta.url });
        const reading = { url: meta.url, signals, state, ctx: resolveContextFor(state) };
        const hit = await resolve(page, sel.profile.experience.roleTitle, reading.ctx);
        const info = await readBasicInfo(session, reading);
        if (meta.frontEnd === 'ember') {
          expect(Object.keys(EMBER_POSITION), `${dir} needs an expectation`).toContain(dir);
          const want = EMBER_POSITION[dir] ?? null;
          expect({ key: hit?.key ?? null, position: info.position }, dir).toEqual(
            want ?? { key: null, position: null },
          );
          seen.push(dir);
        } else {
          expect({ key: hit?.key ?? null, position: info.position }, dir).toEqual({
            key: null,
            position: null,
          });
        }
      }
      expect(seen.sort()).toEqual(Object.keys(EMBER_POSITION).sort());
    } finally {
      await context.close();
    }
  });
});
