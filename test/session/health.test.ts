// Health probe against local pages derived from real LinkedIn states (fixtures/linkedin/…, see helpers/stub-linkedin.ts): every state
// is classified in a real headless Chromium, signed-out and checkpoint states park the account, and
// a parked account then fails fast, before any browser is launched, until it is unparked.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumPidsForProfile } from '../../src/browser/chromium-processes.ts';
import { profileDir } from '../../src/config/paths.ts';
import { SessionFailureError } from '../../src/errors/error-types.ts';
import { FileAccountRecordStore } from '../../src/session/account-record.ts';
import { openAccountSession, type AccountSession } from '../../src/session/account-session.ts';
import { unparkAccount } from '../../src/session/accounts.ts';
import { SessionPool } from '../../src/session/session-pool.ts';
import { startStubLinkedIn, type Scenario, type StubLinkedIn } from './helpers/stub-linkedin.ts';
import { memoryLogger, tempHome } from './helpers/test-env.ts';

// Real Chromium launches on a shared machine: bounds well above the usual few seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const env = tempHome();
const pool = new SessionPool();
const { log } = memoryLogger();
let stub: StubLinkedIn;
let session: AccountSession;
const store = new FileAccountRecordStore(env.home);

beforeAll(async () => {
  stub = await startStubLinkedIn('signedIn');
  session = await openAccountSession({
    account: 'probe',
    origin: stub.origin,
    home: env.home,
    log,
    pool,
    probe: { settleTimeoutMs: 3_000 },
  });
});

afterAll(async () => {
  await session?.close();
  await pool.closeAll();
  await stub?.close();
  env.cleanup();
});

const cases: [Scenario, Record<string, string>, string | null][] = [
  ['signedIn', { state: 'signedIn' }, null],
  ['signedInEmber', { state: 'signedIn' }, null],
  ['login', { state: 'signedOut', kind: 'loginPage' }, 'linkedinAccountSignedOut'],
  ['authwall', { state: 'signedOut', kind: 'authwall' }, 'linkedinAccountSignedOut'],
  ['guest', { state: 'signedOut', kind: 'guest' }, 'linkedinAccountSignedOut'],
  ['guestProfile', { state: 'signedOut', kind: 'guest' }, 'linkedinAccountSignedOut'],
  ['captcha', { state: 'checkpoint', kind: 'captcha' }, 'securityCheckpoint'],
  ['pin', { state: 'checkpoint', kind: 'verification' }, 'securityCheckpoint'],
  ['restricted', { state: 'checkpoint', kind: 'restricted' }, 'securityCheckpoint'],
  ['restrictedTextDe', { state: 'checkpoint', kind: 'restricted' }, 'securityCheckpoint'],
];

describe('health probe', () => {
  it.each(cases)('%s → %o, parks with %s', async (scenario, expected, reason) => {
    await unparkAccount(store, 'probe');
    stub.scenario = scenario;
    const health = await session.health();
    expect(health.state).toEqual(expected);
    const record = await store.read('probe');
    expect(record?.lastHealth?.state).toBe(expected.state);
    if (reason === null) {
      expect(health.ok).toBe(true);
      expect(record?.status).toBe('active');
    } else {
      expect(health.ok).toBe(false);
      if (!health.ok) expect(health.failure.reason).toBe(reason);
      expect(record?.status).toBe('parked');
      expect(record?.parked?.reason).toBe(reason);
      expect(record?.parked?.kind).toBe(expected.kind);
    }
  });

  it('a page that loads but is not recognisably signed in parks the account, with a capture', async () => {
    await unparkAccount(store, 'probe');
    stub.scenario = 'unknown';
    const health = await session.health();
    expect(health.ok).toBe(false);
    if (!health.ok) {
      expect(health.failure.reason).toBe('linkedinAccountSignedOut');
      expect(health.capture).toBeTruthy();
      expect(health.failure.message).toContain(health.capture);
      expect(health.failure.message).toContain('is parked');
    }
    const r = await store.read('probe');
    expect(r?.status).toBe('parked');
    expect(r?.parked?.kind).toBe('unrecognized');
  });

  it('an app shell that never renders fails the session without parking', async () => {
    await unparkAccount(store, 'probe');
    stub.scenario = 'emptyShell';
    const health = await session.health();
    expect(health.ok).toBe(false);
    if (!health.ok) {
      expect(health.failure.reason).toBe('linkedinAccountSignedOut');
      expect(health.failure.message).not.toContain('parked');
      expect(health.capture).toBeTruthy();
    }
    expect((await store.read('probe'))?.status).toBe('active');
  });

  it('a server error fails the session without parking: an outage says nothing about the account', async () => {
    await unparkAccount(store, 'probe');
    stub.scenario = 'serverError';
    const health = await session.health();
    expect(health.ok).toBe(false);
    if (!health.ok) {
      expect(health.failure.reason).toBe('linkedinAccountSignedOut');
      expect(health.failure.message).toContain('HTTP 503');
      expect(health.failure.message).not.toContain('parked');
      expect(health.capture).toBeTruthy();
    }
    expect((await store.read('probe'))?.status).toBe('active');
  });

  describe("on the first action's own page (`at`)", () => {
    const pathsSince = (n: number): string[] => stub.hits.slice(n).map((h) => h.path);

    it('classifies that page and loads no /feed/: a signed-out page there parks the account', async () => {
      await unparkAccount(store, 'probe');
      stub.scenario = 'signedIn';
      const before = stub.hits.length;
      const health = await session.health({ at: `${stub.origin}/login` });
      expect(health.state).toEqual({ state: 'signedOut', kind: 'loginPage' });
      if (!health.ok) expect(health.failure.reason).toBe('linkedinAccountSignedOut');
      expect((await store.read('probe'))?.parked?.reason).toBe('linkedinAccountSignedOut');
      expect(pathsSince(before)).not.toContain('/feed/');
    });

    it('a page that is not decidable (a missing profile) is checked again on /feed/', async () => {
      await unparkAccount(store, 'probe');
      stub.scenario = 'signedIn';
      const before = stub.hits.length;
      const health = await session.health({ at: `${stub.origin}/in/nobody/` });
      expect(health.ok).toBe(true);
      expect(health.state).toEqual({ state: 'signedIn' });
      // Sub-resources of the derived pages (assets, favicon, the SDUI feed's /preload/ frame) aside.
      const pages = pathsSince(before).filter(
        (p) => !p.startsWith('/assets/') && p !== '/favicon.ico' && !p.startsWith('/preload/'),
      );
      expect(pages).toEqual(['/in/nobody/', '/feed/']);
      expect((await store.read('probe'))?.status).toBe('active');
    });

    it('a page on another origin is ignored: the probe loads /feed/ as without it', async () => {
      await unparkAccount(store, 'probe');
      stub.scenario = 'signedIn';
      const before = stub.hits.length;
      const health = await session.health({ at: 'https://elsewhere.invalid/in/someone/' });
      expect(health.ok).toBe(true);
      expect(pathsSince(before)).toContain('/feed/');
    });
  });

  it('a parked account fails fast before launching, until unparked', async () => {
    stub.scenario = 'captcha';
    const other = await openAccountSession({
      account: 'parkme',
      origin: stub.origin,
      home: env.home,
      log,
      pool,
    });
    const h = await other.health();
    expect(h.ok).toBe(false);
    await other.close({ closeBrowser: true });
    expect(chromiumPidsForProfile(profileDir('parkme', env.home)).browser).toEqual([]);

    const before = stub.hits.length;
    const err = await openAccountSession({
      account: 'parkme',
      origin: stub.origin,
      home: env.home,
      log,
      pool,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SessionFailureError);
    expect((err as SessionFailureError).reason).toBe('securityCheckpoint');
    expect((err as SessionFailureError).message).toMatch(/parked since .*linkwright login --account parkme/);
    // Nothing was launched or loaded for the refused run.
    expect(pool.size).toBe(1);
    expect(stub.hits.length).toBe(before);
    expect(chromiumPidsForProfile(profileDir('parkme', env.home)).browser).toEqual([]);

    await unparkAccount(store, 'parkme');
    stub.scenario = 'signedIn';
    const again = await openAccountSession({
      account: 'parkme',
      origin: stub.origin,
      home: env.home,
      log,
      pool,
    });
    expect((await again.health()).ok).toBe(true);
    await again.close({ closeBrowser: true });
  });
});
