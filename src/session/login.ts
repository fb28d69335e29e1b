// Bringing an account back to "signed in": a person signs in in a headed window (we only watch,
// bounded), or a session cookie is imported from stdin. Both end with the health probe on the feed;
// success unparks the account. No automatic credential login: login churn is what gets accounts
// restricted.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { SessionFailureError, type SessionFailure } from '../errors/error-types.ts';
import { scrubText } from '../log/redaction.ts';
import type { AccountRecordStore } from './account-record.ts';
import { FileAccountRecordStore } from './account-record.ts';
import {
  openAccountSession,
  type AccountSession,
  type OpenAccountSessionOptions,
} from './account-session.ts';
import { unparkAccount } from './accounts.ts';
import { classifyCurrentPage } from './health-probe.ts';

export type LoginResult =
  { ok: true; account: string } | { ok: false; account: string; failure: SessionFailure };

export interface LoginOptions {
  account: string;
  origin?: string;
  home?: string;
  log: Logger;
  store?: AccountRecordStore;
  pool?: OpenAccountSessionOptions['pool'];
}

async function confirmAndUnpark(session: AccountSession, o: LoginOptions): Promise<LoginResult> {
  const health = await session.health();
  if (!health.ok) return { ok: false, account: o.account, failure: health.failure };
  const store = o.store ?? new FileAccountRecordStore(session.home);
  await unparkAccount(store, o.account);
  o.log.info({ account: o.account }, 'signed in; account is active');
  return { ok: true, account: o.account };
}

async function withSession(
  o: LoginOptions,
  extra: Partial<OpenAccountSessionOptions>,
  fn: (s: AccountSession) => Promise<LoginResult>,
): Promise<LoginResult> {
  let session: AccountSession;
  try {
    // Fields picked one by one: the cookie value never travels into session options.
    session = await openAccountSession({
      account: o.account,
      origin: o.origin,
      home: o.home,
      log: o.log,
      store: o.store,
      pool: o.pool,
      allowParked: true,
      purpose: 'login',
      ...extra,
    });
  } catch (err) {
    if (err instanceof SessionFailureError)
      return { ok: false, account: o.account, failure: { reason: err.reason, message: err.message } };
    throw err;
  }
  try {
    return await fn(session);
  } finally {
    await session.close({ closeBrowser: true });
  }
}

/** Headed: opens `${origin}/login` and waits (bounded) until the person has signed in. */
export async function loginInteractive(
  o: LoginOptions & { timeoutMs?: number; pollMs?: number },
): Promise<LoginResult> {
  const timeoutMs = o.timeoutMs ?? 10 * 60_000;
  const pollMs = o.pollMs ?? 2_000;
  return withSession(o, { headed: true }, async (session) => {
    const page = await session.browser.page();
    await page
      .goto(`${session.origin}/login`, { waitUntil: 'domcontentloaded', timeout: 60_000 })
      .catch((err: unknown) => {
        o.log.warn({ err: (err as Error).message.split('\n')[0] }, 'the login page did not load completely');
      });
    o.log.info(
      { account: o.account, minutes: Math.round(timeoutMs / 60_000) },
      'sign in to LinkedIn in the browser window',
    );
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (page.isClosed()) break;
      const now = await classifyCurrentPage(page);
      if (now.state.state === 'signedIn') return confirmAndUnpark(session, o);
      await sleep(pollMs);
    }
    return {
      ok: false,
      account: o.account,
      failure: {
        reason: 'linkedinAccountSignedOut',
        message: `account ${o.account} was not signed in within ${Math.round(timeoutMs / 1000)} s`,
      },
    };
  });
}

/** The cookie's scope: `.linkedin.com` for LinkedIn, the exact host for a fixture server. */
export function liAtCookie(origin: string, value: string) {
  const u = new URL(origin);
  const secure = u.protocol === 'https:';
  if (u.hostname === 'linkedin.com' || u.hostname.endsWith('.linkedin.com')) {
    return {
      name: 'li_at',
      value,
      domain: '.linkedin.com',
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'None' as const,
    };
  }
  return { name: 'li_at', value, url: u.origin, secure, httpOnly: true, sameSite: 'Lax' as const };
}

/** Validates a cookie value read from stdin; the value itself never appears in the message. */
export function parseLiAt(raw: string): string {
  const v = raw.trim();
  if (v.length < 10 || v.length > 4096 || /[\s;,"\\]/.test(v)) {
    throw new Error(`the li_at value on stdin is not a cookie value (${v.length} characters)`);
  }
  return v;
}

/** Headless: sets `li_at` in the account's profile, then checks the session on the feed. */
export async function importLiAt(o: LoginOptions & { liAt: string }): Promise<LoginResult> {
  return withSession(o, { headed: false }, async (session) => {
    const context = await session.context();
    try {
      await context.addCookies([liAtCookie(session.origin, o.liAt)]);
    } catch (err) {
      // Playwright's message may quote the cookie: never pass it on as it is.
      throw new Error(
        `could not set the session cookie: ${scrubText((err as Error).message.split('\n')[0] ?? '', [o.liAt])}`,
      );
    }
    o.log.info({ account: o.account }, 'session cookie imported');
    return confirmAndUnpark(session, o);
  });
}
