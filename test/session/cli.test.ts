// The session commands through the real CLI (bin/linkwright.js): selfcheck passes on the work page
// and on the first tab; login --li-at-stdin imports a session without the value ever appearing in a
// process's command line; accounts lists and unparks.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listProcessCmdlines } from '../../src/system/process-info.ts';
import { FileAccountRecordStore } from '../../src/session/account-record.ts';
import { parkAccount } from '../../src/session/accounts.ts';
import { startStubLinkedIn, type StubLinkedIn } from './helpers/stub-linkedin.ts';
import { REPO_ROOT, tempHome } from './helpers/test-env.ts';

// Each CLI call is a fresh Node process (plus Chromium for most): generous bounds on a shared machine.
vi.setConfig({ testTimeout: 180_000 });

const env = tempHome();
let stub: StubLinkedIn;
const FAKE_LI_AT = `lwFakeLiAt${Math.random().toString(36).slice(2)}${'x'.repeat(40)}`;

beforeAll(async () => {
  stub = await startStubLinkedIn('cookie', FAKE_LI_AT);
});
afterAll(async () => {
  await stub?.close();
  env.cleanup();
});

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Command lines of every process seen while the CLI ran that contained the watched string. */
  leaks: string[];
}

function cli(args: string[], opts: { input?: string; watch?: string } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['bin/linkwright.js', ...args], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        LINKWRIGHT_HOME: env.home,
        LINKWRIGHT_ORIGIN: stub.origin,
        LINKWRIGHT_LOG_LEVEL: 'debug',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const leaks: string[] = [];
    proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const watcher = opts.watch
      ? setInterval(() => {
          for (const p of listProcessCmdlines()) {
            const line = p.args.join(' ');
            if (line.includes(opts.watch as string)) leaks.push(line);
          }
        }, 50)
      : undefined;
    proc.stdin.end(opts.input ?? '');
    proc.on('exit', (code) => {
      if (watcher) clearInterval(watcher);
      resolve({ code, stdout, stderr, leaks });
    });
  });
}

describe('linkwright selfcheck', () => {
  it('passes every check on the work page and on the first tab', async () => {
    const r = await cli(['selfcheck']);
    const out = JSON.parse(r.stdout) as {
      pass: boolean;
      checks: { name: string; pass: boolean; value: unknown }[];
    };
    const failed = out.checks.filter((c) => !c.pass);
    expect(failed).toEqual([]);
    expect(out.pass).toBe(true);
    expect(r.code).toBe(0);
    const names = out.checks.map((c) => c.name);
    for (const n of [
      'webdriver',
      'userAgent.noHeadless',
      'worker.userAgent',
      'platform.coherent',
      'brands.coherent',
      'chrome.runtime',
      'plugins',
      'languages',
      'webgl',
      'permissions.notifications',
      'timezone',
      'locale',
    ]) {
      expect(names).toContain(`workPage.${n}`);
      expect(names).toContain(`firstTab.${n}`);
    }
    expect(names).toContain('firstTab.parked');
  });
});

describe('linkwright login --li-at-stdin', () => {
  it('imports the cookie from stdin, never from a command line, and signs the account in', async () => {
    const store = new FileAccountRecordStore(env.home);
    const r = await cli(['login', '--account', 'cookie', '--li-at-stdin'], {
      input: `${FAKE_LI_AT}\n`,
      watch: FAKE_LI_AT,
    });
    expect(r.leaks).toEqual([]);
    expect(JSON.parse(r.stdout)).toEqual({ success: true, account: 'cookie' });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain(FAKE_LI_AT);
    expect((await store.read('cookie'))?.status).toBe('active');
    // The server saw the cookie: it was set in the profile and sent with the probe.
    expect(stub.hits.some((h) => h.path === '/feed/' && h.cookie.includes(`li_at=${FAKE_LI_AT}`))).toBe(true);
  });

  it('a wrong cookie fails with exit 3 and parks the account', async () => {
    const r = await cli(['login', '--account', 'wrong', '--li-at-stdin'], {
      input: 'lwNotTheRightCookieValue000000',
    });
    expect(r.code).toBe(3);
    const out = JSON.parse(r.stdout) as { success: boolean; error: { type: string; message: string } };
    expect(out.success).toBe(false);
    expect(out.error.type).toBe('linkedinAccountSignedOut');
    expect(out.error.message).not.toContain('lwNotTheRightCookieValue000000');
  });

  it('a malformed value is refused without echoing it', async () => {
    const r = await cli(['login', '--account', 'bad', '--li-at-stdin'], {
      input: 'lwSecretish value; with spaces',
    });
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).not.toContain('lwSecretish');
  });
});

describe('linkwright accounts', () => {
  it('lists accounts with status and reason, and unparks', async () => {
    const store = new FileAccountRecordStore(env.home);
    await parkAccount(store, 'cookie', {
      reason: 'securityCheckpoint',
      kind: 'captcha',
      message: 'test park',
    });
    const list = JSON.parse((await cli(['accounts'])).stdout) as {
      accounts: { name: string; status: string; reason: string | null }[];
    };
    expect(list.accounts.find((a) => a.name === 'cookie')).toMatchObject({
      status: 'parked',
      reason: 'securityCheckpoint',
      kind: 'captcha',
    });
    expect(list.accounts.find((a) => a.name === 'wrong')).toMatchObject({
      status: 'parked',
      reason: 'linkedinAccountSignedOut',
    });

    const un = await cli(['accounts', 'unpark', 'cookie']);
    expect(un.code).toBe(0);
    expect((await store.read('cookie'))?.status).toBe('active');
    expect((await cli(['accounts', 'unpark', 'nobody'])).code).toBe(2);
  });

  it('sets an identity; a proxy password is read from stdin only and never printed', async () => {
    const r = await cli(
      [
        'accounts',
        'set',
        'fresh',
        '--locale',
        'pl-PL',
        '--timezone',
        'Europe/Warsaw',
        '--proxy-server',
        'http://127.0.0.1:3128',
        '--proxy-username',
        'u1',
        '--proxy-password-stdin',
      ],
      {
        input: 'pw-from-stdin\n',
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain('pw-from-stdin');
    const rec = await new FileAccountRecordStore(env.home).read('fresh');
    expect(rec?.identity).toMatchObject({
      locale: 'pl-PL',
      timezone: 'Europe/Warsaw',
      proxy: { server: 'http://127.0.0.1:3128', username: 'u1', password: 'pw-from-stdin' },
    });
    const bad = await cli(['accounts', 'set', 'fresh', '--timezone', 'Mars/Olympus']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).error.message).toMatch(/timezone/);
  });
});
