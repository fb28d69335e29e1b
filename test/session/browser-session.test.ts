// The account browser end to end in one process: persistence across launches, reuse across
// sessions, crash relaunch, idle close, identity and resource blocking, captures. One stub server
// and one pool for the whole file; each test uses its own account.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumPidsForProfile } from '../../src/browser/chromium-processes.ts';
import { isPidAlive } from '../../src/system/process-info.ts';
import { profileDir } from '../../src/config/paths.ts';
import { SessionFailureError } from '../../src/errors/error-types.ts';
import { FileAccountRecordStore, accountDir } from '../../src/session/account-record.ts';
import { openAccountSession } from '../../src/session/account-session.ts';
import { SessionPool } from '../../src/session/session-pool.ts';
import { startStubLinkedIn, type StubLinkedIn } from './helpers/stub-linkedin.ts';
import { memoryLogger, tempHome } from './helpers/test-env.ts';

// Real Chromium launches on a shared machine: bounds well above the usual few seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const env = tempHome();
const pool = new SessionPool();
const mem = memoryLogger();
const log = mem.log;
let stub: StubLinkedIn;
const store = new FileAccountRecordStore(env.home);
const open = (account: string, extra: Partial<Parameters<typeof openAccountSession>[0]> = {}) =>
  openAccountSession({ account, origin: stub.origin, home: env.home, log, pool, ...extra });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(100);
  }
}

beforeAll(async () => {
  stub = await startStubLinkedIn('signedIn');
});
afterAll(async () => {
  await pool.closeAll();
  await stub?.close();
  env.cleanup();
});

describe('persistent profile', () => {
  it('a cookie set in one launch is present in the next; files are private', async () => {
    const a = await open('persist');
    const page = await a.browser.page();
    await page.goto(`${stub.origin}/set-cookie?v=kept-across-launches`);
    await a.close({ closeBrowser: true });
    expect(chromiumPidsForProfile(profileDir('persist', env.home)).browser).toEqual([]);

    const b = await open('persist');
    const cookies = await (await b.context()).cookies(stub.origin);
    expect(cookies.find((c) => c.name === 'lw_persist')?.value).toBe('kept-across-launches');
    const p2 = await b.browser.page();
    const before = stub.hits.length;
    await p2.goto(`${stub.origin}/feed/`);
    expect(stub.hits.slice(before).some((h) => h.cookie.includes('lw_persist=kept-across-launches'))).toBe(
      true,
    );
    await b.close({ closeBrowser: true });

    expect(statSync(profileDir('persist', env.home)).mode & 0o777).toBe(0o700);
    expect(statSync(accountDir(env.home, 'persist')).mode & 0o777).toBe(0o700);
    expect(statSync(join(accountDir(env.home, 'persist'), 'account.json')).mode & 0o777).toBe(0o600);
    const rec = await store.read('persist');
    expect(rec?.lastLaunch?.browserVersion).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(rec?.lastLaunch?.headless).toBe(true);
  });

  it('the identity is applied at every launch', async () => {
    const s = await open('identity', {
      identity: { locale: 'fr-FR', timezone: 'America/New_York', viewport: { width: 1280, height: 800 } },
    });
    const page = await s.browser.page();
    await page.goto(`${stub.origin}/feed/`);
    const seen = await page.evaluate(() => ({
      lang: navigator.language,
      tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
      w: window.innerWidth,
      h: window.innerHeight,
      ua: navigator.userAgent,
    }));
    expect(seen).toMatchObject({ lang: 'fr-FR', tz: 'America/New_York', w: 1280, h: 800 });
    expect(seen.ua).not.toContain('Headless');
    const feedHit = stub.hits.filter((h) => h.path === '/feed/').at(-1);
    expect(feedHit?.acceptLanguage).toMatch(/^fr-FR\b/);
    await s.close({ closeBrowser: true });
  });

  it('refuses a profile last written by a newer Chromium, before launching', async () => {
    const dir = profileDir('newer', env.home);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'Last Version'), '999.0.0.0');
    const err = await open('newer').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SessionFailureError);
    expect((err as SessionFailureError).reason).toBe('browserUnavailable');
    expect((err as SessionFailureError).message).toMatch(/last used by Chromium 999\.0\.0\.0, newer than/);
    expect(chromiumPidsForProfile(dir).browser).toEqual([]);
    // The lock was given back: nothing holds the account.
    expect(existsSync(join(accountDir(env.home, 'newer'), 'profile.lock'))).toBe(false);
  });

  it('warns when the proxy of an account with a live session changes', async () => {
    const s = await open('proxied');
    expect((await s.health()).ok).toBe(true);
    await s.close({ closeBrowser: true });
    const rec = await store.read('proxied');
    if (!rec) throw new Error('no record');
    await store.write({
      ...rec,
      identity: {
        ...rec.identity,
        proxy: { server: 'http://127.0.0.1:9', username: 'u', password: 'proxy-secret-pw' },
      },
    });
    const again = await open('proxied');
    await again.close({ closeBrowser: true });
    const warn = mem
      .lines()
      .find((l) => l.msg?.startsWith('the proxy of an account with a live session changed'));
    expect(warn).toMatchObject({ account: 'proxied', from: null, to: 'http://127.0.0.1:9' });
    expect(mem.text()).not.toContain('proxy-secret-pw');
  });
});

describe('lifecycle', () => {
  it('reuses the open browser across sessions in one process', async () => {
    const a = await open('reuse');
    const ctxA = await a.context();
    const pageA = await a.browser.page();
    await a.close();
    const b = await open('reuse');
    expect(await b.context()).toBe(ctxA);
    expect(await b.browser.page()).toBe(pageA);
    await b.close({ closeBrowser: true });
  });

  it('opens the work page during launch and hands it out once; later work pages are new ones', async () => {
    const s = await open('spare');
    const launched = await s.launched();
    // The first tab and the work page exist before anything asked for a page.
    await until(() => launched.context.pages().length === 2);
    const opened = launched.context.pages().find((p) => p !== launched.firstTab);
    const work = await s.browser.page();
    expect(work).toBe(opened);
    expect(work).not.toBe(launched.firstTab);
    await work.close();
    // A new work page is handed out as Chromium made it: playwright-extra's newPage wrapper, which
    // loaded about:blank into every new page first (≈ 50 ms of every start), is off.
    const navigations: string[] = [];
    launched.context.once('page', (p) => p.on('framenavigated', (f) => navigations.push(f.url())));
    const next = await launched.newWorkPage();
    expect(next).not.toBe(work);
    expect(launched.context.pages()).toHaveLength(2);
    expect(navigations).toEqual([]);
    await s.close({ closeBrowser: true });
  });

  it('relaunches after Chromium is killed, with a log line, and continues', async () => {
    const s = await open('crash');
    const page = await s.browser.page();
    await page.goto(`${stub.origin}/feed/`);
    const [pid] = chromiumPidsForProfile(profileDir('crash', env.home)).browser;
    expect(pid).toBeGreaterThan(0);
    process.kill(pid as number, 'SIGKILL');
    await until(() => mem.text().includes('Chromium disconnected unexpectedly'));
    const next = await s.browser.page();
    expect(next).not.toBe(page);
    await next.goto(`${stub.origin}/feed/`);
    expect((await s.health()).ok).toBe(true);
    expect(mem.text()).toContain('relaunched Chromium after a crash; continuing');
    expect(isPidAlive(pid as number)).toBe(false);
    await s.close({ closeBrowser: true });
  });

  it('closes the browser and frees the lock after the idle timeout', async () => {
    const idleHome = tempHome();
    try {
      writeFileSync(join(idleHome.home, 'browser.json'), JSON.stringify({ idleTimeoutMs: 1000 }));
      const s = await openAccountSession({
        account: 'idle',
        origin: stub.origin,
        home: idleHome.home,
        log,
        pool,
      });
      await s.browser.page();
      await s.close();
      const lock = join(accountDir(idleHome.home, 'idle'), 'profile.lock');
      expect(existsSync(lock)).toBe(true);
      await until(() => !existsSync(lock));
      await until(() => chromiumPidsForProfile(profileDir('idle', idleHome.home)).browser.length === 0);
      expect(mem.text()).toContain('closing the idle browser');
    } finally {
      idleHome.cleanup();
    }
  });
});

describe('resources', () => {
  it('blocks everything from a configured block host, never the origin itself', async () => {
    writeFileSync(
      join(env.home, 'browser.json'),
      JSON.stringify({ resources: { blockHosts: ['localhost'] } }),
    );
    try {
      const s = await open('blocking');
      const page = await s.browser.page();
      const port = new URL(stub.origin).port;
      const third = `http://localhost:${port}`;
      const before = stub.hits.length;
      await page.goto(`${stub.origin}/resources?third=${encodeURIComponent(third)}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => true));
      await sleep(500);
      const hits = stub.hits
        .slice(before)
        .map((h) => `${h.host.startsWith('localhost') ? 'third' : 'own'} ${h.path}`);
      expect(hits).toEqual(
        expect.arrayContaining([
          'own /assets/own.css',
          'own /assets/own.js',
          'own /assets/own.woff2',
          'own /assets/own.png',
        ]),
      );
      // localhost is a configured block host here: nothing of it loads, not even its script.
      expect(hits.filter((h) => h.startsWith('third'))).toEqual([]);
      await s.close({ closeBrowser: true });
    } finally {
      writeFileSync(join(env.home, 'browser.json'), '{}');
    }
  });

  it('blocks third-party fonts and media by type while their scripts and styles load', async () => {
    const s = await open('blocking-types');
    const page = await s.browser.page();
    const port = new URL(stub.origin).port;
    const before = stub.hits.length;
    await page.goto(`${stub.origin}/resources?third=${encodeURIComponent(`http://localhost:${port}`)}`, {
      waitUntil: 'load',
    });
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await sleep(500);
    const third = stub.hits
      .slice(before)
      .filter((h) => h.host.startsWith('localhost'))
      .map((h) => h.path);
    expect(third).toEqual(expect.arrayContaining(['/assets/third.css', '/assets/third.js']));
    expect(third).not.toContain('/assets/third.woff2');
    expect(third).not.toContain('/assets/clip.mp4');
    await s.close({ closeBrowser: true });
  });
});

describe('captures', () => {
  it('writes html with open shadow roots, screenshot, url and aria snapshot, scrubbed, and logs the path', async () => {
    const s = await open('capture');
    const page = await s.browser.page();
    await page.goto(`${stub.origin}/shadow?email=ines.marlow@example.com`);
    const dir = await s.browser.capture('unexpected profile state');
    expect(dir).toBeTruthy();
    const d = dir as string;
    expect(d.startsWith(join(env.home, 'captures'))).toBe(true);
    expect(readdirSync(d).sort()).toEqual([
      'aria.yml',
      'meta.json',
      'page.html',
      'screenshot.png',
      'url.txt',
    ]);
    const html = readFileSync(join(d, 'page.html'), 'utf8');
    expect(html).toContain('<template shadowrootmode="open">');
    expect(html).toContain('aria-label="Send without a note"');
    expect(html).not.toContain('ines.marlow@example.com');
    expect(readFileSync(join(d, 'url.txt'), 'utf8')).not.toContain('ines.marlow@example.com');
    expect(readFileSync(join(d, 'aria.yml'), 'utf8')).toContain('Send without a note');
    expect(statSync(join(d, 'page.html')).mode & 0o777).toBe(0o600);
    expect(mem.lines().some((l) => l.msg === 'page captured' && l.capture === d)).toBe(true);

    // The saved page reloads with the same shadow tree.
    const check = await s.browser.page();
    await check.setContent(html);
    // The real dialog has Dismiss / Add a note / Send without a note: the shadow tree survives whole.
    const dialog = check.locator('#interop-outlet [role="dialog"]');
    expect(await dialog.locator('button[aria-label="Send without a note"]').count()).toBe(1);
    expect(await dialog.locator('button[aria-label="Add a note"]').count()).toBe(1);
    await s.close({ closeBrowser: true });
  });
});
