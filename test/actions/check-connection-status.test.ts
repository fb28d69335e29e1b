// st.checkConnectionStatus and st.openPersonPage (read-only) on the recorded LinkedIn, both front ends
// and German: every relationship, the own profile, a missing profile, and basicInfo.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConnectionStatus } from '../../src/actions/check-connection-status.ts';
import { openPersonPage } from '../../src/actions/open-person-page.ts';
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
      expect(s.replay.effects()).toEqual([]);
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
