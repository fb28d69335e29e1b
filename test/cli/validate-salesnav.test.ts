// Issue 11 "Bad input" and "Done when", through the command line: `linkwright validate` accepts every nv.*
// action of the catalog (none is "not supported yet") and refuses Sales Navigator bad input with
// invalidWorkflow and the path; `linkwright run` refuses it the same way before any browser opens.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin/linkwright.js');

function cli(args: string[], input: string, home: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LINKWRIGHT_HOME: home, LINKWRIGHT_PACING: 'off', LINKWRIGHT_LOG_LEVEL: 'info' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const LEAD = 'https://www.linkedin.com/sales/lead/ACwAAFRp011PriyaNandakumarx0Fx1Fx2Fx3Fx,NAME_SEARCH,dGQS';
const HASHED = 'https://www.linkedin.com/in/ACoAAFRp011PriyaNandakumarx0Fx1Fx2Fx3Fx';
const COMPANY = 'https://www.linkedin.com/company/91000104';
const THREAD = '2-U2FsZXNUaHJlYWQtcGVyc29uMg==';

/** Every nv.* action of the catalog, each where the catalog lets it start. */
const EVERY_NV_ACTION = [
  {
    actionType: 'nv.openPersonPage',
    personHashedUrl: LEAD,
    basicInfo: true,
    then: [
      { actionType: 'nv.sendMessage', subject: 'Hello', text: 'Hi!' },
      { actionType: 'nv.syncConversation', days: 30 },
    ],
  },
  { actionType: 'nv.sendMessage', personUrl: HASHED, subject: 'Hello', text: 'Hi!' },
  { actionType: 'nv.syncConversation', personUrl: HASHED },
  { actionType: 'nv.syncInbox' },
  { actionType: 'nv.manageConversation', threadId: THREAD, operation: 'archive' },
  {
    actionType: 'nv.searchPeople',
    term: 'Recruiter',
    limit: 5,
    then: { actionType: 'nv.doForPeople', then: { actionType: 'nv.openPersonPage' } },
  },
  {
    actionType: 'nv.searchCompanies',
    filter: { annualRevenue: { min: '10', max: '50' } },
    then: { actionType: 'nv.doForCompanies', then: { actionType: 'nv.openCompanyPage' } },
  },
  {
    actionType: 'nv.openCompanyPage',
    companyHashedUrl: COMPANY,
    then: [{ actionType: 'nv.retrieveCompanyDMs' }, { actionType: 'nv.retrieveCompanyEmployees', limit: 10 }],
  },
];

const BAD = [
  { actionType: 'nv.openPersonPage', personHashedUrl: 'https://www.linkedin.com/in/person1' },
  { actionType: 'nv.sendMessage', personUrl: HASHED, subject: 'x'.repeat(81), text: 'Hi' },
  { actionType: 'nv.sendMessage', personUrl: HASHED, subject: 'Hi', text: 'x'.repeat(1901) },
  { actionType: 'nv.sendMessage', personUrl: COMPANY, subject: 'Hi', text: 'Hi' },
  { actionType: 'st.sendConnectionRequest', personUrl: 'https://www.linkedin.com/sales/company/91000104' },
  { actionType: 'nv.openPersonPage', personHashedUrl: COMPANY },
];

const BAD_MESSAGE = [
  '[0].personHashedUrl: must be a hashed profile URL (https://www.linkedin.com/in/ACoAA…) or a Sales Navigator lead URL, not a public profile URL',
  '[1].subject: at most 80 characters',
  '[2].text: at most 1900 characters',
  '[3].personUrl: must be a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>), not a company URL',
  '[4].personUrl: must be a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>) or a Sales Navigator lead URL (https://www.linkedin.com/sales/lead/<id>,…), not a Sales Navigator company URL',
  // Told what personHashedUrl takes (not a public profile URL).
  '[5].personHashedUrl: must be a hashed profile URL (https://www.linkedin.com/in/ACoAA…) or a Sales Navigator lead URL (https://www.linkedin.com/sales/lead/<id>,…), not a company URL',
].join('; ');

describe('Sales Navigator workflows on the command line', () => {
  it('validate accepts every nv.* action of the catalog', async () => {
    const home = mkdtempSync(join(tmpdir(), 'lw-validate-nv-'));
    const r = await cli(['validate', '-'], JSON.stringify(EVERY_NV_ACTION), home);
    expect(r.stdout.includes('not supported yet'), r.stdout).toBe(false);
    expect(JSON.parse(r.stdout)).toEqual({ success: true });
    expect(r.code).toBe(0);
  });

  it('validate and run refuse bad Sales Navigator input with the paths, before any browser', async () => {
    const home = mkdtempSync(join(tmpdir(), 'lw-validate-nv-'));
    const want = { success: false, error: { type: 'invalidWorkflow', message: BAD_MESSAGE } };
    const v = await cli(['validate', '-'], JSON.stringify(BAD), home);
    expect(v.code).toBe(2);
    expect(JSON.parse(v.stdout)).toEqual(want);
    const run = await cli(['run', '-', '--account', 'nv-bad'], JSON.stringify(BAD), home);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual(want);
    expect(run.stderr).not.toContain('Chromium launched');
  });
});
