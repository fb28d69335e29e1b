// Invitation manager (Sent, Received), connections and messaging on the recorded LinkedIn: the lists
// follow the scenario's state, paging works, and every action records its effect. Real clicks only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { ORIGIN, launch, moreButton, openDialog, routed, topCard } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const names = (page: Page, sel: string) =>
  page
    .locator(sel)
    .evaluateAll((els) =>
      els.map((e) => (e.querySelector('a[href*="/in/"] p, a[href*="/in/"] span') ?? e).textContent!.trim()),
    );

describe('Sent tab', () => {
  it('SDUI: lists the pending invitations newest first, withdraws one through the native dialog', async () => {
    const r = await routed(browser, 'demo', 'sdui');
    try {
      const { page } = r;
      // a new invitation first (Sent today), by clicks on the profile
      await page.goto(`${ORIGIN}/in/person2/`);
      await moreButton(page).click();
      await page.locator('[data-floating-ui-portal] a[href*="/preload/custom-invite/"]').click();
      await page.locator('#interop-outlet').getByRole('button', { name: 'Send without a note' }).click();
      await topCard(page).locator('a[aria-label^="Pending"]').waitFor();
      await page.goto(`${ORIGIN}/mynetwork/invitation-manager/sent/`);
      const cards = '[role="list"] > [role="listitem"]';
      expect(await names(page, cards)).toEqual([
        'Tomas Lindqvist',
        'John Doe',
        'Jane Smith',
        'Carlos Santos',
      ]);
      expect(await page.locator(cards).first().innerText()).toContain('Sent today');
      expect(await page.getByText('People (4)').count()).toBe(1);
      const jane = page.locator(cards).filter({ hasText: 'Jane Smith' });
      await jane.locator('button[data-view-name="sent-invitations-withdraw-single"]').click();
      await page
        .locator('dialog[open]')
        .getByRole('button', { name: /^Withdraw/ })
        .last()
        .click();
      await expect.poll(() => page.locator(cards).count()).toBe(3);
      expect(await page.getByText('People (3)').count()).toBe(1);
      expect(r.replay.effects()).toEqual([
        { type: 'invitation', person: 'person2' },
        { type: 'withdrawal', person: 'janesmith' },
      ]);
      // the profile agrees: Connect is back for Jane
      await page.goto(`${ORIGIN}/in/janesmith/`);
      expect(
        await topCard(page).locator('a[aria-label^="Pending"], button[aria-label^="Pending"]').count(),
      ).toBe(0);
      expect(r.replay.unhandled()).toEqual([]);
    } finally {
      await r.close();
    }
  });

  it('Ember: withdraw through the artdeco confirm dialog', async () => {
    const r = await routed(browser, 'demo', 'ember');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/mynetwork/invitation-manager/sent/`);
      const cards = 'li.invitation-card';
      expect(await names(page, cards)).toEqual(['John Doe', 'Jane Smith', 'Carlos Santos']);
      await page
        .locator(cards)
        .filter({ hasText: 'Carlos Santos' })
        .locator('button.invitation-card__action-btn')
        .click();
      await page
        .locator('#artdeco-modal-outlet [role="dialog"]')
        .getByRole('button', { name: 'Withdraw' })
        .click();
      await expect.poll(() => page.locator(cards).count()).toBe(2);
      expect(r.replay.effects()).toEqual([{ type: 'withdrawal', person: 'carlossantos' }]);
    } finally {
      await r.close();
    }
  });

  it('many pending, SDUI: "Load more" until every invitation is listed', async () => {
    const r = await routed(browser, 'many-pending', 'sdui');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/mynetwork/invitation-manager/sent/`);
      const cards = '[role="list"] > [role="listitem"]';
      expect(await page.locator(cards).count()).toBe(10);
      expect(await page.getByText('People (27)').count()).toBe(1);
      const more = page.getByRole('button', { name: 'Load more' });
      await more.click();
      await expect.poll(() => page.locator(cards).count()).toBe(20);
      await more.click();
      await expect.poll(() => page.locator(cards).count()).toBe(27);
      expect(await more.count()).toBe(0);
      const all = await names(page, cards);
      expect(new Set(all).size).toBe(27);
      expect(r.replay.unhandled()).toEqual([]);
    } finally {
      await r.close();
    }
  });

  it('many pending, Ember: ?page=N pagination', async () => {
    const r = await routed(browser, 'many-pending', 'ember');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/mynetwork/invitation-manager/sent/`);
      const cards = 'li.invitation-card';
      const seen = new Set(await names(page, cards));
      expect(seen.size).toBe(10);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.waitForURL(/page=2/);
      for (const n of await names(page, cards)) seen.add(n);
      await page.getByRole('button', { name: 'Page 3' }).click();
      await page.waitForURL(/page=3/);
      expect(await page.locator(cards).count()).toBe(7);
      for (const n of await names(page, cards)) seen.add(n);
      expect(seen.size).toBe(27);
      expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    } finally {
      await r.close();
    }
  });
});

describe('Received tab', () => {
  for (const fe of ['sdui', 'ember'] as const) {
    it(`${fe}: accept and ignore every invitation type; effects carry the invitation type`, async () => {
      const r = await routed(browser, 'received-invitations', fe);
      try {
        const { page } = r;
        await page.goto(`${ORIGIN}/mynetwork/invitation-manager/received/`);
        const cards = page.locator(
          fe === 'sdui' ? '[role="list"] > [role="listitem"]' : 'li.invitation-card',
        );
        expect(await cards.count()).toBe(4);
        expect(await page.getByText('All (4)').count()).toBe(fe === 'sdui' ? 1 : 0);
        // the connect with a note (truncated behind "more" on SDUI)
        const sofia = cards.filter({ hasText: 'Sofia Marquez' });
        if (fe === 'sdui') {
          expect(await sofia.locator('button[data-testid="expandable-text-button"]').count()).toBe(0); // short note: nothing to expand
        }
        expect(await sofia.innerText()).toContain('great meeting you at the data summit');
        await sofia.getByRole('button', { name: 'Accept Sofia Marquez’s invitation' }).click();
        const takeCare = openDialog(page);
        if (await takeCare.count()) await takeCare.getByRole('button').last().click();
        await expect.poll(() => r.replay.effects().length).toBe(1);
        // "follows you" card: Accept is an <a>; a synthetic click does nothing
        // (../shared/spec/linkedin-dom.md A15), a real one accepts
        const tobias = cards.filter({ hasText: 'Tobias Weber' });
        const accept = tobias.getByLabel('Accept Tobias Weber’s invitation');
        expect(await accept.evaluate((el) => el.tagName)).toBe(fe === 'sdui' ? 'A' : 'BUTTON');
        if (fe === 'sdui') {
          await accept.evaluate((a) => (a as HTMLElement).click());
          await page.waitForLoadState('load');
          expect(r.replay.effects().length).toBe(1);
          await page
            .locator('[role="list"] > [role="listitem"]')
            .filter({ hasText: 'Tobias Weber' })
            .getByLabel('Accept Tobias Weber’s invitation')
            .click();
        } else {
          await tobias
            .getByRole('button', { name: 'Ignore an invitation to connect from Tobias Weber' })
            .click();
        }
        await expect.poll(() => r.replay.effects().length).toBe(2);
        const list = () =>
          page.locator(fe === 'sdui' ? '[role="list"] > [role="listitem"]' : 'li.invitation-card');
        await list()
          .filter({ hasText: 'invited you to follow' })
          .getByRole('button', { name: 'Ignore' })
          .click();
        await expect.poll(() => r.replay.effects().length).toBe(3);
        await list()
          .filter({ hasText: 'invited you to subscribe' })
          .getByRole('button', { name: 'Accept' })
          .click();
        await expect.poll(() => r.replay.effects().length).toBe(4);
        expect(r.replay.effects()).toEqual([
          { type: 'accept', person: 'sofia-marquez', invitationType: 'connect' },
          { type: fe === 'sdui' ? 'accept' : 'ignore', person: 'tobias-weber', invitationType: 'connect' },
          { type: 'ignore', person: 'rafael-dumont', invitationType: 'companyFollow' },
          { type: 'accept', person: 'helena-marsh', invitationType: 'newsletterSubscribe' },
        ]);
        await page.goto(`${ORIGIN}/in/sofia-marquez/`);
        expect(
          await topCard(page).locator('a[href*="/preload/custom-invite/"], a[aria-label^="Pending"]').count(),
        ).toBe(0);
        expect(r.replay.unhandled()).toEqual([]);
      } finally {
        await r.close();
      }
    });
  }
});

describe('connections and messaging', () => {
  it('Ember connections list: the card overflow removes the connection', async () => {
    const r = await routed(browser, 'demo', 'ember');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/mynetwork/invite-connect/connections/`);
      const cards = page.locator('li.mn-connection-card');
      expect(await names(page, 'li.mn-connection-card')).toEqual(['Dana Whitfield']);
      await cards.first().getByRole('button', { name: 'Show more actions for Dana Whitfield' }).click();
      await cards.first().getByRole('button', { name: 'Remove connection' }).click();
      await page
        .locator('#artdeco-modal-outlet [role="dialog"]')
        .getByRole('button', { name: 'Remove' })
        .click();
      await expect.poll(() => cards.count()).toBe(0);
      expect(r.replay.effects()).toEqual([{ type: 'removal', person: 'person4' }]);
    } finally {
      await r.close();
    }
  });

  it('SDUI connections list follows the state: an accepted invitation adds its person, a removal drops one', async () => {
    const r = await routed(browser, 'received-invitations', 'sdui');
    try {
      const { page } = r;
      // SDUI cards (A16): no list roles, the card is the block around the /in/ link with its own lines
      const cards = page.locator('main#workspace section div[componentkey]:has(> div > a[href*="/in/"])');
      const cardOf = (name: string) => cards.filter({ hasText: name });
      await page.goto(`${ORIGIN}/mynetwork/invite-connect/connections/`);
      expect(await cards.count()).toBe(1);
      expect(await cardOf('Dana Whitfield').innerText()).toContain('Senior Recruiter at Contoso Talent');
      expect(await page.getByText('1 connections').count()).toBe(1);

      await page.goto(`${ORIGIN}/mynetwork/invitation-manager/received/`);
      await page
        .locator('[role="list"] > [role="listitem"]')
        .filter({ hasText: 'Sofia Marquez' })
        .getByRole('button', { name: 'Accept Sofia Marquez’s invitation' })
        .click();
      const takeCare = openDialog(page);
      if (await takeCare.count()) await takeCare.getByRole('button').last().click();
      await expect.poll(() => r.replay.effects().length).toBe(1);
      await page.goto(`${ORIGIN}/mynetwork/invite-connect/connections/`);
      expect(await cards.count()).toBe(2);
      const sofia = await cardOf('Sofia Marquez').innerText();
      expect(sofia).toContain('Engineering Lead at Tailspin Toys');
      expect(sofia).not.toContain('Senior Recruiter');
      expect(await cardOf('Sofia Marquez').locator('a[href="/in/sofia-marquez/"]').count()).toBeGreaterThan(
        0,
      );

      await page.goto(`${ORIGIN}/in/person4/`);
      await moreButton(page).click();
      await page
        .locator('[data-floating-ui-portal]')
        .getByRole('menuitem', { name: 'Remove connection' })
        .click();
      await openDialog(page).getByRole('button', { name: 'Remove' }).click();
      await expect.poll(() => r.replay.effects().length).toBe(2);
      await page.goto(`${ORIGIN}/mynetwork/invite-connect/connections/`);
      expect(await cards.count()).toBe(1);
      expect(await cardOf('Dana Whitfield').count()).toBe(0);
      expect(await cardOf('Sofia Marquez').count()).toBe(1);
      expect(r.replay.effects()).toEqual([
        { type: 'accept', person: 'sofia-marquez', invitationType: 'connect' },
        { type: 'removal', person: 'person4' },
      ]);
      expect(r.replay.unhandled()).toEqual([]);
    } finally {
      await r.close();
    }
  });

  it('messaging: typing in the composer enables Send; sending records the message', async () => {
    const r = await routed(browser, 'demo', 'ember');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/messaging/thread/2-Rml4dHVyZVRocmVhZDAwMQ==/`);
      const box = page.locator('div.msg-form__contenteditable[role="textbox"][contenteditable="true"]');
      const send = page.locator('button.msg-form__send-button');
      expect(await send.isDisabled()).toBe(true);
      await box.click();
      await page.keyboard.type('See you on Thursday!');
      expect(await send.isDisabled()).toBe(false);
      await send.click();
      await expect.poll(() => r.replay.effects().length).toBe(1);
      expect(r.replay.effects()).toEqual([
        { type: 'message', person: 'person4', text: 'See you on Thursday!' },
      ]);
      // The effect is recorded when the request arrives; the page appends the message only
      // when the response returns, so wait for the DOM rather than reading it once.
      await expect
        .poll(() => page.locator('li.msg-s-message-list__event').last().innerText())
        .toContain('See you on Thursday!');
    } finally {
      await r.close();
    }
  });
});
