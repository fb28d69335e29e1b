// The session pool's memory cap with real Chromium on a stub LinkedIn: the open browsers' memory is
// measured from /proc (PSS of each Chromium's process tree), and when one more would not fit under the
// cap the least recently used idle browser is closed first — never one that is in use.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumPidsForProfile } from '../../src/browser/chromium-processes.ts';
import { profileDir } from '../../src/config/paths.ts';
import { openAccountSession } from '../../src/session/account-session.ts';
import { SessionPool } from '../../src/session/session-pool.ts';
import { isPidAlive } from '../../src/system/process-info.ts';
import { startStubLinkedIn, type StubLinkedIn } from './helpers/stub-linkedin.ts';
import { memoryLogger, tempHome } from './helpers/test-env.ts';

// Real Chromium launches on a shared machine: bounds well above the usual few seconds.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

const env = tempHome();
const mem = memoryLogger();
let stub: StubLinkedIn;
const pools: SessionPool[] = [];

beforeAll(async () => {
  stub = await startStubLinkedIn('signedIn');
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.closeAll()));
  await stub?.close();
  env.cleanup();
});

function poolWith(maxMemoryMB: number): SessionPool {
  const p = new SessionPool({ maxMemoryMB });
  pools.push(p);
  return p;
}

async function openOn(pool: SessionPool, account: string) {
  const s = await openAccountSession({ account, origin: stub.origin, home: env.home, log: mem.log, pool });
  const page = await s.browser.page();
  await page.goto(`${stub.origin}/feed/`);
  return s;
}

const running = (account: string): boolean =>
  chromiumPidsForProfile(profileDir(account, env.home)).browser.some(isPidAlive);

/** Chromium exits shortly after its pipe closes: wait for it (bounded), no timing asserted. */
async function gone(account: string): Promise<boolean> {
  const end = Date.now() + 20_000;
  while (running(account) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  return !running(account);
}

describe('the memory cap of warm browsers', () => {
  it('measures each open browser, closes the least recently used idle one, never a busy one', async () => {
    const pool = poolWith(1);
    const a = await openOn(pool, 'cap-a');
    const used = pool.memoryMB();
    // One Chromium (browser, zygotes, GPU, network, renderer) weighs tens of MB at least.
    expect(used.size).toBe(1);
    expect([...used.values()][0]).toBeGreaterThan(10);

    // Over the cap, but 'cap-a' is in use: it stays open and keeps working.
    const b = await openOn(pool, 'cap-b');
    expect(running('cap-a')).toBe(true);
    expect(pool.size).toBe(2);
    await (await a.browser.page()).goto(`${stub.origin}/feed/`);

    // 'cap-a' is idle now (warm) and the least recently used: opening 'cap-c' closes it, not busy 'cap-b'.
    await a.close();
    expect(running('cap-a')).toBe(true);
    const c = await openOn(pool, 'cap-c');
    expect(await gone('cap-a')).toBe(true);
    expect(running('cap-b')).toBe(true);
    expect(pool.size).toBe(2);
    expect(
      mem.lines().some((l) => l.msg === 'closing the least recently used browser' && l.evicted === 'cap-a'),
    ).toBe(true);
    await b.close({ closeBrowser: true });
    await c.close({ closeBrowser: true });
  });

  it('keeps idle browsers warm while they fit under the cap', async () => {
    const pool = poolWith(100_000);
    const a = await openOn(pool, 'roomy-a');
    await a.close();
    const b = await openOn(pool, 'roomy-b');
    expect(running('roomy-a')).toBe(true);
    expect(pool.size).toBe(2);
    await b.close({ closeBrowser: true });
  });
});
