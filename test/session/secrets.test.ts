// A planted fake li_at must not reach captures, traces, logs or error messages, even when a page
// echoes the cookie into its own HTML (the worst case).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { readZipEntries } from '../../src/browser/trace-scrub.ts';
import { scrubText } from '../../src/log/redaction.ts';
import { openAccountSession } from '../../src/session/account-session.ts';
import { liAtCookie } from '../../src/session/login.ts';
import { SessionPool } from '../../src/session/session-pool.ts';
import { startStubLinkedIn, type StubLinkedIn } from './helpers/stub-linkedin.ts';
import { memoryLogger, tempHome } from './helpers/test-env.ts';

// Real Chromium launches on a shared machine: bounds well above the usual few seconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const env = tempHome();
const pool = new SessionPool();
const mem = memoryLogger();
let stub: StubLinkedIn;
const FAKE_LI_AT = `lwPlanted${Math.random().toString(36).slice(2)}${'Q'.repeat(40)}`;

beforeAll(async () => {
  stub = await startStubLinkedIn('cookie', FAKE_LI_AT);
});
afterAll(async () => {
  await pool.closeAll();
  await stub?.close();
  env.cleanup();
});

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

it('captures, traces and logs of a run never contain the session cookie', async () => {
  const traceDir = join(env.home, 'traces');
  const s = await openAccountSession({
    account: 'secret',
    origin: stub.origin,
    home: env.home,
    log: mem.log,
    pool,
    traceDir,
  });
  await (await s.context()).addCookies([liAtCookie(stub.origin, FAKE_LI_AT)]);
  expect((await s.health()).ok).toBe(true);

  await s.beginAction('st.openPersonPage');
  const page = await s.browser.page();
  await page.goto(`${stub.origin}/echo`);
  expect(await page.locator('#echo').textContent()).toContain(FAKE_LI_AT); // the page really shows it
  const capture = await s.browser.capture(`unexpectedError: li_at=${FAKE_LI_AT} on /echo`);
  await s.endAction('st.openPersonPage', true);

  stub.scenario = 'unknown';
  const unknown = await s.health();
  expect(unknown.ok).toBe(false);
  if (!unknown.ok) expect(unknown.failure.message).not.toContain(FAKE_LI_AT);
  await s.close({ closeBrowser: true });

  // Captures: every file of both capture folders.
  const captureFiles = filesUnder(join(env.home, 'captures'));
  expect(captureFiles.length).toBeGreaterThanOrEqual(10);
  for (const f of captureFiles) expect(readFileSync(f).includes(FAKE_LI_AT), f).toBe(false);
  const html = readFileSync(join(capture as string, 'page.html'), 'utf8');
  expect(html).toContain('[REDACTED]');
  expect(html).not.toContain('ajax:1234567890123456789');

  // Traces: one zip for the action, every entry decompressed and searched.
  const traces = readdirSync(traceDir);
  expect(traces).toEqual(['001-st-openpersonpage-failed.zip']);
  const entries = readZipEntries(readFileSync(join(traceDir, traces[0] as string)));
  expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['trace.trace', 'trace.network']));
  for (const e of entries) expect(e.data.includes(FAKE_LI_AT), e.name).toBe(false);
  // …and the cookie header was there before scrubbing (the check is not vacuous).
  expect(entries.find((e) => e.name === 'trace.network')?.data.toString('utf8')).toContain(
    'li_at=[REDACTED]',
  );

  // Logs.
  expect(mem.text()).not.toContain(FAKE_LI_AT);
  expect(mem.text()).toContain('page captured');
  expect(mem.text()).toContain('trace written');
});

it('scrubText removes the session cookie, LinkedIn CSRF tokens and emails', () => {
  const out = scrubText(
    `li_at=${FAKE_LI_AT}; JSESSIONID="ajax:1234567890123456789" <input name="loginCsrfParam" value="5d1c6f0e-aaaa"> a.b@example.com`,
    [FAKE_LI_AT],
  );
  expect(out).not.toContain(FAKE_LI_AT);
  expect(out).not.toContain('1234567890123456789');
  expect(out).not.toContain('5d1c6f0e-aaaa');
  expect(out).not.toContain('a.b@example.com');
});
