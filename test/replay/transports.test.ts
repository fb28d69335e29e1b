// The two transports serve the same recorded LinkedIn: the HTTP server (`fixtures serve`, with its control
// endpoints) and route interception (fails closed). Also: sessions (signed out, checkpoint), slow SDUI
// hydration, interstitials and the German UI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { startReplayServer, type ReplayServer } from '../../fixtures/replay/http-server.ts';
import { ORIGIN, launch, moreButton, routed, topCard } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The user's example by clicks, from any origin. */
async function inviteWithdrawUnfollow(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/in/person1/`);
  await topCard(page).locator('a[href*="/preload/custom-invite/?vanityName=person1"]:visible').click();
  const dlg = page.locator('#interop-outlet [role="dialog"]');
  await dlg.locator('input[type="email"]').fill('example1@gmail.com');
  await dlg.getByRole('button', { name: 'Add a note' }).click();
  await dlg.locator('textarea').fill('Hello there');
  await dlg.getByRole('button', { name: 'Send invitation' }).click();
  await topCard(page).locator('a[aria-label^="Pending, click to withdraw"]').click();
  await page
    .locator('dialog[open]')
    .getByRole('button', { name: /^Withdraw/ })
    .click();
  await topCard(page).locator('a[href*="/preload/custom-invite/?vanityName=person1"]:visible').waitFor();
  await moreButton(page).click();
  await page.locator('[data-floating-ui-portal]').getByRole('menuitem', { name: 'Following' }).click();
  await page.locator('dialog[open]').getByRole('button', { name: 'Unfollow' }).click();
}

const EXPECTED = [
  { type: 'invitation', person: 'person1', note: 'Hello there', email: 'example1@gmail.com' },
  { type: 'withdrawal', person: 'person1' },
  { type: 'unfollow', person: 'person1' },
];

describe('HTTP server (fixtures serve)', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startReplayServer({ scenario: 'demo' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('listens on 127.0.0.1 and serves LinkedIn paths; unknown vanities redirect to /in/unavailable/', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/in/nobody-here/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${server.url}/in/unavailable/`);
    const unknown = await fetch(`${server.url}/jobs/view/1/`);
    expect(unknown.status).toBe(404);
    expect(server.replay.unhandled()).toEqual([`GET ${server.url}/jobs/view/1/`]);
  });

  it('behaves like the route transport: same clicks, same effects; effects and reset endpoints', async () => {
    const ctx = await browser.newContext();
    ctx.setDefaultTimeout(8_000);
    try {
      const page = await ctx.newPage();
      await inviteWithdrawUnfollow(page, server.url);
      await expect
        .poll(async () => (await (await fetch(`${server.url}/__linkwright/effects`)).json()).length)
        .toBe(3);
      expect(await (await fetch(`${server.url}/__linkwright/effects`)).json()).toEqual(EXPECTED);
      // pages point at the server, never at linkedin.com
      expect(await page.locator('a[href^="https://www.linkedin.com/"]').count()).toBe(0);
    } finally {
      await ctx.close();
    }
    const routedRun = await routed(browser, 'demo');
    try {
      await inviteWithdrawUnfollow(routedRun.page, ORIGIN);
      await expect.poll(() => routedRun.replay.effects().length).toBe(3);
      expect(routedRun.replay.effects()).toEqual(EXPECTED);
      expect(routedRun.replay.unhandled()).toEqual([]);
    } finally {
      await routedRun.close();
    }
    const reset = await fetch(`${server.url}/__linkwright/reset`, { method: 'POST' });
    expect(await reset.json()).toEqual({ scenario: 'demo' });
    expect(await (await fetch(`${server.url}/__linkwright/effects`)).json()).toEqual([]);
    const toOther = await fetch(`${server.url}/__linkwright/reset`, {
      method: 'POST',
      body: JSON.stringify({ scenario: 'weekly-limit' }),
    });
    expect(await toOther.json()).toEqual({ scenario: 'weekly-limit' });
    const bad = await fetch(`${server.url}/__linkwright/reset`, {
      method: 'POST',
      body: JSON.stringify({ scenario: 'nope' }),
    });
    expect(bad.status).toBe(400);
    await fetch(`${server.url}/__linkwright/reset`, {
      method: 'POST',
      body: JSON.stringify({ scenario: 'demo' }),
    });
  });
});

describe('route transport fails closed', () => {
  it('aborts unknown paths, control endpoints and other hosts, and reports them', async () => {
    const r = await routed(browser, 'demo');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/feed/`);
      const results = await page.evaluate(async () => {
        const tries = ['/__linkwright/effects', 'https://static.licdn.com/x.js'];
        const out: string[] = [];
        for (const u of tries) {
          try {
            await fetch(u);
            out.push('ok');
          } catch {
            out.push('blocked');
          }
        }
        return out;
      });
      expect(results).toEqual(['blocked', 'blocked']);
      await expect(page.goto(`${ORIGIN}/jobs/view/1/`)).rejects.toThrow();
      expect(r.replay.unhandled()).toEqual([
        `GET ${ORIGIN}/__linkwright/effects`,
        'GET https://static.licdn.com/x.js',
        `GET ${ORIGIN}/jobs/view/1/`,
      ]);
    } finally {
      await r.close();
    }
  });
});

describe('sessions', () => {
  it('signed out: signed-in pages go to /login?session_redirect=…; checkpoint: to /checkpoint/challenge/…', async () => {
    const out = await routed(browser, 'signed-out');
    try {
      await out.page.goto(`${ORIGIN}/feed/`);
      expect(out.page.url()).toBe(
        `${ORIGIN}/login?session_redirect=${encodeURIComponent(`${ORIGIN}/feed/`)}&fromSignIn=true&trk=public_profile_nav-header-signin`,
      );
      expect(await out.page.locator('input#username').count()).toBe(1);
      expect(await out.page.locator('input[name="session_redirect"]').getAttribute('value')).toBe(
        `${ORIGIN}/feed/`,
      );
    } finally {
      await out.close();
    }
    const cp = await routed(browser, 'checkpoint');
    try {
      await cp.page.goto(`${ORIGIN}/in/person1/`);
      expect(new URL(cp.page.url()).pathname).toMatch(/^\/checkpoint\/challenge\//);
      expect(await cp.page.locator('input[name="pin"]').count()).toBe(1);
    } finally {
      await cp.close();
    }
    const ok = await routed(browser, 'demo');
    try {
      await ok.page.goto(`${ORIGIN}/login`);
      expect(ok.page.url()).toBe(`${ORIGIN}/feed/`);
    } finally {
      await ok.close();
    }
  });
});

describe('scenario behaviours', () => {
  it('slow hydration: the SDUI shell arrives with an empty <main>, the top card follows', async () => {
    const r = await routed(browser, 'slow-hydration', 'sdui');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person1/`, { waitUntil: 'domcontentloaded' });
      expect(await page.locator('main').count()).toBe(1);
      expect(await page.locator('[componentkey$="Topcard"]').count()).toBe(0);
      await page.locator('section[componentkey$="Topcard"]').waitFor({ timeout: 10_000 });
      expect(await topCard(page).locator('a[href*="/preload/custom-invite/"]:visible').count()).toBe(1);
    } finally {
      await r.close();
    }
  });

  it('interstitials: cookie banner until a choice, a Premium upsell once, "You\'re growing your network!" after an invitation', async () => {
    const r = await routed(browser, 'interstitials', 'ember');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person2/`);
      const banner = page.locator('div.artdeco-global-alert[type="COOKIE_CONSENT"]');
      expect(await banner.count()).toBe(1);
      const upsell = page.locator('#artdeco-modal-outlet [role="dialog"]');
      await upsell.getByText('Send unlimited personalized invites with Premium').waitFor();
      await upsell.getByRole('button', { name: 'Dismiss' }).click();
      await banner.locator('button[action-type="ACCEPT"]').click();
      expect(await banner.count()).toBe(0);
      await page.reload();
      expect(await banner.count()).toBe(0);
      expect(await upsell.count()).toBe(0);
      await moreButton(page).click();
      await page
        .locator('.artdeco-dropdown__content--is-open')
        .getByRole('button', { name: 'Invite Tomas Lindqvist to connect' })
        .click();
      await page
        .locator('#artdeco-modal-outlet')
        .getByRole('button', { name: 'Send without a note' })
        .click();
      await page
        .locator('#artdeco-modal-outlet [role="dialog"]')
        .getByText("You're growing your network!")
        .waitFor();
      await page.locator('#artdeco-modal-outlet').getByRole('button', { name: 'Got it' }).click();
      expect(r.replay.effects()).toEqual([{ type: 'invitation', person: 'person2' }]);
    } finally {
      await r.close();
    }
  });

  it('German UI: the invite flow and Pending in German', async () => {
    const r = await routed(browser, 'locale-de', 'sdui');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person2/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      await moreButton(page).click();
      const menu = page.locator('[data-floating-ui-portal] [role="menu"]');
      expect(await menu.getByText('Als PDF speichern').count()).toBe(1);
      await menu.locator('a[href*="/preload/custom-invite/?vanityName=person2"]').click();
      const dlg = page.locator('#interop-outlet [role="dialog"]');
      await dlg.getByRole('button', { name: 'Nachricht hinzufügen' }).click();
      await dlg.locator('textarea').fill('Hallo Tomas');
      await dlg.getByRole('button', { name: 'Einladung senden' }).click();
      await topCard(page).locator('a[aria-label^="Ausstehend"]').waitFor();
      expect(r.replay.effects()).toEqual([{ type: 'invitation', person: 'person2', note: 'Hallo Tomas' }]);
    } finally {
      await r.close();
    }
  });
});
