// nv.searchPeople → nv.doForPeople → nv.openPersonPage on the recorded Sales Navigator, all real modules
// through the engine (test/actions/nv-lists.test.ts tested the hand-over with a stand-in before the two
// halves of the family were merged): each lead the search finds is opened on its lead page and reports
// its real basicInfo. Nothing is changed on LinkedIn.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesCompanyByName } from '../../fixtures/replay/scenarios/sales-companies.ts';
import {
  launchBrowser,
  openReplaySession,
  runWorkflowOn,
  type ReplaySession,
} from '../support/replay-session.ts';

const LI = 'https://www.linkedin.com';
const person = (s: ReplaySession, vanity: string) => s.replay.people().find((p) => p.person === vanity)!;
/** The scenario's id of a company: the lead page links the person's own employer. */
const company = (name: string) => salesCompanyByName(name)!.id;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('nv.searchPeople → nv.doForPeople → nv.openPersonPage', () => {
  it("opens each found lead's page and reports its real basicInfo, its employer's account included", async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const out = await runWorkflowOn(s, {
        actionType: 'nv.searchPeople',
        term: 'at',
        limit: 2,
        then: { actionType: 'nv.doForPeople', then: { actionType: 'nv.openPersonPage', basicInfo: true } },
      });
      const p1 = person(s, 'person1');
      const p2 = person(s, 'person2');
      expect(out).toEqual({
        status: 'completed',
        completion: {
          actionType: 'nv.searchPeople',
          success: true,
          data: [
            expect.objectContaining({
              name: 'Priya Nandakumar',
              then: {
                actionType: 'nv.openPersonPage',
                success: true,
                data: {
                  name: 'Priya Nandakumar',
                  publicUrl: p1.publicUrl,
                  hashedUrl: p1.hashedUrl,
                  headline: 'Data Engineer at Northwind Analytics',
                  location: 'Bengaluru, Karnataka, India',
                  countryCode: 'IN',
                  position: 'Data Engineer',
                  companyName: 'Northwind Analytics',
                  companyHashedUrl: `${LI}/company/${company('Northwind Analytics')}`,
                  urn: null,
                  companyUrn: `urn:li:organization:${company('Northwind Analytics')}`,
                },
              },
            }),
            expect.objectContaining({
              name: 'Tomas Lindqvist',
              then: {
                actionType: 'nv.openPersonPage',
                success: true,
                data: {
                  name: 'Tomas Lindqvist',
                  publicUrl: p2.publicUrl,
                  hashedUrl: p2.hashedUrl,
                  headline: 'Head of Growth at Fabrikam',
                  location: 'Stockholm, Stockholm County, Sweden',
                  countryCode: 'SE',
                  position: 'Head of Growth',
                  companyName: 'Fabrikam',
                  companyHashedUrl: `${LI}/company/${company('Fabrikam')}`,
                  urn: null,
                  companyUrn: `urn:li:organization:${company('Fabrikam')}`,
                },
              },
            }),
          ],
        },
      });
      // the company link is the employer's account, which nv.openCompanyPage opens
      const employer = await runWorkflowOn(s, {
        actionType: 'nv.openCompanyPage',
        companyHashedUrl: `${LI}/company/${company('Fabrikam')}`,
        basicInfo: true,
      });
      expect(employer).toMatchObject({
        status: 'completed',
        completion: { success: true, data: { name: 'Fabrikam' } },
      });
      expect(s.replay.effects()).toEqual([]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
