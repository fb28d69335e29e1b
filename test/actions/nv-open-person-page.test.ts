// nv.openPersonPage on the recorded Sales Navigator: a lead URL, a hashed /in/ URL and a public URL all reach
// the lead page; basicInfo in the catalog's fields; no seat → noSalesNavigator; an unknown lead →
// personNotFound. Nothing is changed on LinkedIn.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nvOpenPersonPage } from '../../src/actions/nv/open-person-page.ts';
import { launchBrowser, openReplaySession, runHandler } from '../support/replay-session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const lead = (url: string) => ({ kind: 'salesPerson' as const, personHashedUrl: url });

describe('nv.openPersonPage', () => {
  it('opens the lead page from a lead, hashed or public URL and returns basicInfo', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const p1 = s.replay.people().find((p) => p.person === 'person1')!;
      for (const url of [p1.salesLeadUrl, p1.hashedUrl, p1.publicUrl]) {
        const out = await runHandler(nvOpenPersonPage, s, {
          subject: lead(url),
          params: { basicInfo: true },
        });
        expect(out, url).toEqual({
          kind: 'success',
          subject: lead(url),
          data: {
            name: 'Priya Nandakumar',
            publicUrl: 'https://www.linkedin.com/in/person1',
            hashedUrl: p1.hashedUrl,
            headline: 'Data Engineer at Northwind Analytics',
            location: 'Bengaluru, Karnataka, India',
            countryCode: 'IN',
            position: 'Data Engineer',
            companyName: 'Northwind Analytics',
            companyHashedUrl: 'https://www.linkedin.com/company/91000102',
            urn: null,
            companyUrn: 'urn:li:organization:91000102',
          },
        });
      }
      const plain = await runHandler(nvOpenPersonPage, s, { subject: lead(p1.salesLeadUrl) });
      expect(plain).toEqual({ kind: 'success', subject: lead(p1.salesLeadUrl) });
      expect(s.replay.effects()).toEqual([]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('names an unknown lead personNotFound', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const out = await runHandler(nvOpenPersonPage, s, {
        subject: lead(
          'https://www.linkedin.com/sales/lead/ACwAAFNoSuchLeadx0Fx1Fx2Fx3Fx4Fx5Fx6Fx7,NAME_SEARCH,abcd',
        ),
      });
      expect(out).toMatchObject({ kind: 'failure', error: { type: 'personNotFound' } });
    } finally {
      await s.close();
    }
  });

  it('reports noSalesNavigator when the account has no seat', async () => {
    const s = await openReplaySession(browser, { scenario: 'no-sales-navigator' });
    try {
      const p1 = s.replay.people().find((p) => p.person === 'person1')!;
      for (const url of [p1.salesLeadUrl, p1.publicUrl]) {
        const out = await runHandler(nvOpenPersonPage, s, {
          subject: lead(url),
          params: { basicInfo: true },
        });
        expect(out, url).toMatchObject({ kind: 'failure', error: { type: 'noSalesNavigator' } });
      }
    } finally {
      await s.close();
    }
  });
});
