// `linkwright selfcheck`: opens the account's browser exactly as a run does (same pool, identity,
// launch, page preparation), loads a local page and judges what the page and a worker report
// (fingerprint-checks.ts) — on the work page AND on the persistent context's first tab, the one the
// stealth plugin alone leaves unpatched.
//
// The page comes from an in-process HTTP server on 127.0.0.1 (never the internet). It is shown
// under an https:// address mapped to that server by a route, because LinkedIn is a secure origin
// and several real-browser traits (chrome.runtime) only exist on secure origins.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Page, Route } from 'playwright';
import { collectPageFacts, judgeFacts, type Check } from '../browser/fingerprint-checks.ts';
import { withTimeout } from '../browser/with-timeout.ts';
import { linkwrightHome } from '../config/paths.ts';
import { openAccountSession } from './account-session.ts';
import type { SessionPool } from './session-pool.ts';

export interface SelfcheckResult {
  pass: boolean;
  checks: Check[];
}

export const SELFCHECK_URL = 'https://selfcheck.linkwright.invalid/';

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>linkwright selfcheck</title></head>
<body><main><h1>linkwright selfcheck</h1><p>Local page; nothing here leaves this machine.</p></main></body></html>
`;

async function startServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(PAGE);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('selfcheck server has no port');
  return { server, url: `http://127.0.0.1:${addr.port}/` };
}

async function factsOn(page: Page, localUrl: string) {
  const handler = async (route: Route) => {
    const res = await fetch(localUrl);
    await route.fulfill({
      status: res.status,
      contentType: 'text/html; charset=utf-8',
      body: await res.text(),
    });
  };
  await page.route(`${SELFCHECK_URL}**`, handler);
  try {
    await page.goto(SELFCHECK_URL, { waitUntil: 'load', timeout: 30_000 });
    return await withTimeout(page.evaluate(collectPageFacts), 30_000, 'the self-check page');
  } finally {
    await page.unroute(`${SELFCHECK_URL}**`, handler).catch(() => {});
  }
}

export async function runSelfcheck(o: {
  account?: string;
  home?: string;
  log: Logger;
  pool?: SessionPool;
}): Promise<SelfcheckResult> {
  const tempHome = o.account ? undefined : mkdtempSync(join(tmpdir(), 'linkwright-selfcheck-'));
  const home = tempHome ?? o.home ?? linkwrightHome();
  const account = o.account ?? 'selfcheck';
  const { server, url } = await startServer();
  try {
    const session = await openAccountSession({
      account,
      home,
      origin: url.replace(/\/$/, ''),
      log: o.log,
      allowParked: true,
      purpose: 'selfcheck',
      pool: o.pool,
    });
    try {
      const { identity } = await session.record();
      const want = { locale: identity.locale, timezone: identity.timezone };
      const launched = await session.launched();
      const work = await session.browser.page();
      const checks: Check[] = judgeFacts('workPage', await factsOn(work, url), want);
      const first = launched.firstTab;
      checks.push({
        name: 'firstTab.parked',
        pass: first !== undefined && first !== work,
        value:
          first === undefined
            ? 'no first tab'
            : first === work
              ? 'the first tab is the work page'
              : 'work runs in its own page',
      });
      if (first && !first.isClosed()) {
        checks.push(...judgeFacts('firstTab', await factsOn(first, url), want));
        await first.goto('about:blank').catch(() => {});
      }
      return { pass: checks.every((c) => c.pass), checks };
    } finally {
      await session.close({ closeBrowser: true });
    }
  } finally {
    server.close();
    if (tempHome) rmSync(tempHome, { recursive: true, force: true });
  }
}
