// Sales Navigator lists on the recorded Sales Navigator: nv.searchPeople, nv.searchCompanies,
// nv.openCompanyPage, nv.retrieveCompanyEmployees, nv.retrieveCompanyDMs and nv.doForCompanies — every
// outcome and error, paging across numbered pages of lazily rendered rows up to `limit`.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCompanyPage } from '../../src/actions/nv/open-company-page.ts';
import { retrieveCompanyDMs } from '../../src/actions/nv/retrieve-company-dms.ts';
import { retrieveCompanyEmployees } from '../../src/actions/nv/retrieve-company-employees.ts';
import { searchCompanies } from '../../src/actions/nv/search-companies.ts';
import { searchPeople } from '../../src/actions/nv/search-people.ts';
import type { ActionOutcome, ListItem } from '../../src/engine/types.ts';
import { ACCOUNT_ME, JOHN, PERSON1, PERSON4 } from '../../fixtures/replay/scenarios/cast.ts';
import { salesLeadIdOf, salesLeadPath } from '../../fixtures/replay/sales-urls.ts';
import { categoriesFor, testServices } from '../support/action-services.ts';
import {
  launchBrowser,
  openReplaySession,
  runHandler,
  runWorkflowOn,
  silentLog,
} from '../support/replay-session.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION_HANDLERS, ACTION_RULES } from '../../src/actions/index.ts';
import type { ActionServices } from '../../src/actions/kit/services.ts';
import { executeWorkflow } from '../../src/engine/execute-workflow.ts';
import { shapeFromRegistry } from '../../src/engine/engine-shapes.ts';
import type { ActionHandler } from '../../src/engine/types.ts';
import { createPolicy } from '../../src/engine/policy/policy.ts';
import { parsePolicyConfig } from '../../src/engine/policy/policy-config.ts';
import { openStore } from '../../src/store/index.ts';
import { validateWorkflow } from '../../src/workflow/validate.ts';
import { ZERO_PACING } from '../../drivers/shared/pacing.ts';

const LI = 'https://www.linkedin.com';
const CONTOSO = `${LI}/company/91000101`;
const EXAMPLE_COMPANY = `${LI}/company/91000104`;
const EXAMPLE_PARTNERS = `${LI}/company/91000108`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function items(out: ActionOutcome): ListItem[] {
  expect(out.kind).toBe('list');
  return (out as { items: ListItem[] }).items;
}

function lead(p: { name: string; profileId: string; location: string }, position: string) {
  return {
    data: {
      name: p.name,
      hashedUrl: `${LI}/in/${salesLeadIdOf(p.profileId)}`,
      position,
      location: p.location,
      urn: null,
    },
    subject: { kind: 'salesPerson', personHashedUrl: `${LI}${salesLeadPath(p.profileId)}` },
  };
}

const noSeat = { salesNavigator: { seat: false, inmailCredits: 0 } };

describe('nv.searchPeople', () => {
  it('finds person4 by a word of the headline ("Recruiter"), with the lead URL as the subject', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const out = await runHandler(searchPeople, s, { params: { term: 'Recruiter' } });
      expect(items(out)).toEqual([lead(PERSON4, 'Senior Recruiter')]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('pages through numbered pages, scrolling lazily rendered rows into view, up to the limit', async () => {
    const s = await openReplaySession(browser, { scenario: 'many-pending' });
    try {
      const thirty = items(await runHandler(searchPeople, s, { params: { limit: 30 } }));
      expect(thirty).toHaveLength(30);
      const names = thirty.map((i) => i.data.name);
      expect(new Set(names).size).toBe(30);
      // rows 4…25 of page 1 were placeholders until scrolled into view; 26…30 come from page 2
      expect(names.slice(0, 2)).toEqual([PERSON1.name, 'Tomas Lindqvist']);
      expect(thirty.every((i) => typeof i.data.hashedUrl === 'string')).toBe(true);
      expect(new URL((await s.page()).url()).searchParams.get('page')).toBe('2');

      // More than there are: every result (31), then the disabled Next ends the walk.
      const all = items(await runHandler(searchPeople, s, { params: { limit: 100 } }));
      expect(all).toHaveLength(31);
      expect(all.slice(0, 30).map((i) => i.data.name)).toEqual(names);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('serves 25 rows a page; a row renders only once scrolled into view', async () => {
    const s = await openReplaySession(browser, { scenario: 'many-pending' });
    try {
      const page = await s.page();
      await page.goto(`${LI}/sales/search/people?query=(spellCorrectionEnabled%3Atrue)`);
      expect(await page.locator('#search-results-container li.artdeco-list__item').count()).toBe(25);
      // Row 21 lies far below the list's visible part: a placeholder until it is scrolled into view.
      const row21 = page.locator('#search-results-container li.artdeco-list__item').nth(20);
      expect(await row21.locator('[data-x-search-result]').count()).toBe(0);
      await row21.scrollIntoViewIfNeeded();
      await expect.poll(() => row21.locator('[data-x-search-result]').count()).toBe(1);
      expect(await page.locator('button[aria-label="Next"]').getAttribute('class')).not.toContain(
        'artdeco-button--disabled',
      );
    } finally {
      await s.close();
    }
  });

  it('reads only the rows of the first page when the limit fits in it (no page 2)', async () => {
    const s = await openReplaySession(browser, { scenario: 'many-pending' });
    try {
      expect(items(await runHandler(searchPeople, s, { params: { limit: 25 } }))).toHaveLength(25);
      expect(new URL((await s.page()).url()).searchParams.get('page')).toBeNull();
    } finally {
      await s.close();
    }
  });

  it("honours filters in Sales Navigator's query: company, first name, title; a filter on data nobody has finds nobody", async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const byCompany = items(
        await runHandler(searchPeople, s, { params: { filter: { currentCompanies: ['Contoso Talent'] } } }),
      );
      expect(byCompany.map((i) => i.data.name)).toEqual([PERSON4.name]);
      const byFirst = items(
        await runHandler(searchPeople, s, {
          params: { filter: { firstName: 'Priya', position: 'Data Engineer' } },
        }),
      );
      expect(byFirst.map((i) => i.data.name)).toEqual([PERSON1.name]);
      const bySchool = items(await runHandler(searchPeople, s, { params: { filter: { schools: ['MIT'] } } }));
      expect(bySchool).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('opens customSearchUrl as given', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const url = `${LI}/sales/search/people?query=(spellCorrectionEnabled%3Atrue%2Ckeywords%3AFounder)`;
      const out = items(
        await runHandler(searchPeople, s, { params: { customSearchUrl: url, term: 'ignored' } }),
      );
      expect(out.map((i) => i.data.name)).toEqual([JOHN.name]);
    } finally {
      await s.close();
    }
  });

  it('reports noSalesNavigator when Sales Navigator sends the account to its upsell', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', overrides: noSeat });
    try {
      expect(await runHandler(searchPeople, s, { params: { term: 'Recruiter' } })).toEqual({
        kind: 'failure',
        error: {
          type: 'noSalesNavigator',
          message: 'The LinkedIn account has no Sales Navigator subscription.',
        },
      });
    } finally {
      await s.close();
    }
  });

  it('reports searchingNotAllowed when Sales Navigator shows no results list for the search', async () => {
    const s = await openReplaySession(browser, {
      scenario: 'demo',
      overrides: { account: { ...ACCOUNT_ME, salesSearchAllowed: false } },
    });
    try {
      expect(await runHandler(searchPeople, s, { params: { term: 'Recruiter' } })).toMatchObject({
        kind: 'failure',
        error: { type: 'searchingNotAllowed' },
      });
      expect(await runHandler(searchCompanies, s, { params: {} })).toMatchObject({
        kind: 'failure',
        error: { type: 'searchingNotAllowed' },
      });
    } finally {
      await s.close();
    }
  });
});

describe('nv.searchCompanies', () => {
  it('filters by annual revenue (million USD) and reports name, hashed URL, industry, employees, urn', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const out = items(
        await runHandler(searchCompanies, s, {
          params: { filter: { annualRevenue: { min: '10', max: '50' } } },
        }),
      );
      expect(out.map((i) => i.data.name)).toEqual([
        'Contoso Talent',
        'Northwind Analytics',
        'Example Partners',
        'Fabrikam Analytics',
      ]);
      expect(out[0]).toEqual({
        data: {
          name: 'Contoso Talent',
          hashedUrl: CONTOSO,
          industry: 'Staffing and Recruiting',
          employeesCount: 180,
          urn: 'urn:li:organization:91000101',
        },
        subject: { kind: 'salesCompany', companyHashedUrl: CONTOSO },
      });
    } finally {
      await s.close();
    }
  });

  it('filters by size and by keyword; limit cuts the list', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const small = items(await runHandler(searchCompanies, s, { params: { filter: { sizes: ['11-50'] } } }));
      expect(small.map((i) => i.data.name)).toEqual(['Example Company', 'Startup Hub']);
      const fab = items(await runHandler(searchCompanies, s, { params: { term: 'Fabrikam', limit: 1 } }));
      expect(fab.map((i) => i.data.name)).toEqual(['Fabrikam']);
    } finally {
      await s.close();
    }
  });

  it('reports noSalesNavigator without a seat', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', overrides: noSeat });
    try {
      expect(await runHandler(searchCompanies, s, { params: { term: 'Contoso' } })).toMatchObject({
        kind: 'failure',
        error: { type: 'noSalesNavigator' },
      });
    } finally {
      await s.close();
    }
  });
});

describe('nv.openCompanyPage', () => {
  it('returns the account top card with basicInfo, and nothing without it', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const out = await runHandler(openCompanyPage, s, {
        params: { companyHashedUrl: CONTOSO, basicInfo: true },
        subject: { kind: 'salesCompany', companyHashedUrl: CONTOSO },
      });
      expect(out).toEqual({
        kind: 'success',
        data: {
          name: 'Contoso Talent',
          publicUrl: CONTOSO,
          description: 'Contoso Talent places engineers and data people with growing companies.',
          location: 'Denver, Colorado, United States',
          headquarters: 'US',
          industry: 'Staffing and Recruiting',
          website: 'https://contoso-talent.example.com',
          employeesCount: 180,
          yearFounded: 2012,
          urn: 'urn:li:organization:91000101',
        },
        subject: { kind: 'salesCompany', companyHashedUrl: CONTOSO },
      });
      const plain = await runHandler(openCompanyPage, s, {
        subject: { kind: 'salesCompany', companyHashedUrl: `${LI}/sales/company/91000101` },
      });
      expect(plain).toEqual({
        kind: 'success',
        subject: { kind: 'salesCompany', companyHashedUrl: CONTOSO },
      });
    } finally {
      await s.close();
    }
  });

  it('reports companyNotFound for an unknown account or a vanity company URL, noSalesNavigator without a seat', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      expect(
        await runHandler(openCompanyPage, s, {
          subject: { kind: 'salesCompany', companyHashedUrl: `${LI}/company/99999999` },
        }),
      ).toEqual({
        kind: 'failure',
        error: { type: 'companyNotFound', message: 'The company was not found in Sales Navigator.' },
      });
      expect(
        await runHandler(openCompanyPage, s, {
          subject: { kind: 'company', companyUrl: `${LI}/company/contoso` },
        }),
      ).toMatchObject({ kind: 'failure', error: { type: 'companyNotFound' } });
    } finally {
      await s.close();
    }
    const n = await openReplaySession(browser, { scenario: 'demo', overrides: noSeat });
    try {
      expect(
        await runHandler(openCompanyPage, n, {
          subject: { kind: 'salesCompany', companyHashedUrl: CONTOSO },
        }),
      ).toMatchObject({ kind: 'failure', error: { type: 'noSalesNavigator' } });
    } finally {
      await n.close();
    }
  });

  it('counts toward nvCompanyPageViews (limitExceeded comes from that limit)', () => {
    expect(categoriesFor('nv.openCompanyPage', { companyHashedUrl: CONTOSO })).toEqual([
      'nvCompanyPageViews',
    ]);
    expect(categoriesFor('nv.searchPeople', { term: 'x' })).toEqual([]);
  });
});

describe('nv.retrieveCompanyEmployees and nv.retrieveCompanyDMs', () => {
  it("lists the account's employees through its lead search, with filters", async () => {
    const s = await openReplaySession(browser, { scenario: 'many-pending' });
    try {
      const subject = { kind: 'salesCompany' as const, companyHashedUrl: EXAMPLE_PARTNERS };
      const all = items(await runHandler(retrieveCompanyEmployees, s, { subject, params: { limit: 100 } }));
      expect(all).toHaveLength(24);
      expect(all.every((i) => /^Consultant \d+$/.test(String(i.data.position)))).toBe(true);
      const one = items(
        await runHandler(retrieveCompanyEmployees, s, {
          subject,
          params: { filter: { positions: ['Consultant 7'] } },
        }),
      );
      expect(one.map((i) => i.data.position)).toEqual(['Consultant 7']);
    } finally {
      await s.close();
    }
  });

  it('reads the Decision makers section only (the activity rail is not), with the country code', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const out = await runWorkflowOn(s, {
        actionType: 'nv.openCompanyPage',
        companyHashedUrl: EXAMPLE_COMPANY,
        then: [
          { actionType: 'nv.retrieveCompanyDMs' },
          { actionType: 'nv.retrieveCompanyEmployees', limit: 5 },
        ],
      });
      const john = { ...lead(JOHN, 'Founder & CEO').data, countryCode: 'US' };
      expect(out).toEqual({
        status: 'completed',
        completion: {
          actionType: 'nv.openCompanyPage',
          success: true,
          data: {
            then: [
              { actionType: 'nv.retrieveCompanyDMs', success: true, data: [john] },
              {
                actionType: 'nv.retrieveCompanyEmployees',
                success: true,
                data: [lead(JOHN, 'Founder & CEO').data],
              },
            ],
          },
        },
      });
      const contoso = await runHandler(retrieveCompanyDMs, s, {
        subject: { kind: 'salesCompany', companyHashedUrl: CONTOSO },
      });
      expect(items(contoso)).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('nv.doForCompanies', () => {
  it('runs nv.openCompanyPage for each account of nv.searchCompanies', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const out = await runWorkflowOn(s, {
        actionType: 'nv.searchCompanies',
        term: 'Fabrikam',
        then: {
          actionType: 'nv.doForCompanies',
          then: { actionType: 'nv.openCompanyPage', basicInfo: true },
        },
      });
      expect(out.status).toBe('completed');
      const data = (out as { completion: { data: Array<Record<string, unknown>> } }).completion.data;
      expect(data.map((d) => d.name)).toEqual(['Fabrikam', 'Fabrikam Analytics']);
      expect(
        data.map((d) => (d.then as { data: { name: string; headquarters: string } }).data),
      ).toMatchObject([
        { name: 'Fabrikam', headquarters: 'SE' },
        { name: 'Fabrikam Analytics', headquarters: 'PT' },
      ]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('limits and nv.doForPeople', () => {
  it('fails the account page view past the nvCompanyPageViews limit with limitExceeded', async () => {
    const home = mkdtempSync(join(tmpdir(), 'lw-nv-limits-'));
    const store = openStore(home);
    const policy = createPolicy(store, {
      rules: ACTION_RULES,
      config: parsePolicyConfig({
        limits: [{ category: 'nvCompanyPageViews', period: 'daily', maxValue: 1, isEnabled: true }],
      }),
      home,
      env: {},
    });
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const run = policy.startRun({ account: 'nv-limits', workflowId: 'wf-nv-limits' });
      const v = validateWorkflow(
        {
          actionType: 'nv.searchCompanies',
          term: 'Fabrikam',
          then: { actionType: 'nv.doForCompanies', then: { actionType: 'nv.openCompanyPage' } },
        },
        { implemented: new Set(ACTION_HANDLERS.keys()).add('nv.doForCompanies') },
      );
      if (!v.ok) throw new Error(v.error.message);
      const services: ActionServices = { ...run.services(), pacing: ZERO_PACING, timeouts: {}, browser: s };
      const out = await executeWorkflow(v.workflow, {
        handlers: ACTION_HANDLERS,
        shapeOf: shapeFromRegistry,
        services,
        guard: run.guard(),
        log: silentLog,
      });
      const data = (out as { completion: { data: Array<{ then: unknown }> } }).completion.data;
      expect(data.map((d) => d.then)).toEqual([
        { actionType: 'nv.openCompanyPage', success: true },
        {
          actionType: 'nv.openCompanyPage',
          success: false,
          error: expect.objectContaining({ type: 'limitExceeded' }),
        },
      ]);
    } finally {
      await s.close();
      await store.close();
    }
  });

  it("hands each lead's URL to nv.doForPeople's child (nv.openPersonPage stands in here: another module)", async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const seen: unknown[] = [];
      const stand: ActionHandler<ActionServices> = {
        actionType: 'nv.openPersonPage',
        timeoutMs: 10_000,
        run: async (input) => {
          seen.push(input.subject);
          return { kind: 'success' };
        },
      };
      const v = validateWorkflow(
        {
          actionType: 'nv.searchPeople',
          term: 'at',
          limit: 2,
          then: { actionType: 'nv.doForPeople', then: { actionType: 'nv.openPersonPage' } },
        },
        { implemented: new Set([...ACTION_HANDLERS.keys(), 'nv.doForPeople', 'nv.openPersonPage']) },
      );
      if (!v.ok) throw new Error(v.error.message);
      const out = await executeWorkflow(v.workflow, {
        handlers: new Map([...ACTION_HANDLERS, ['nv.openPersonPage', stand]]),
        shapeOf: shapeFromRegistry,
        services: testServices(s),
        log: silentLog,
      });
      expect(out.status).toBe('completed');
      expect(seen).toHaveLength(2);
      expect(seen.every((x) => (x as { kind: string }).kind === 'salesPerson')).toBe(true);
      expect((seen[0] as { personHashedUrl: string }).personHashedUrl).toBe(
        `${LI}${salesLeadPath(PERSON1.profileId)}`,
      );
    } finally {
      await s.close();
    }
  });
});
