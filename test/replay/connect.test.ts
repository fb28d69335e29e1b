// The invitation flows on the recorded LinkedIn, driven by real clicks in both front ends: Connect in the
// row or under More, the email gate, the note step and its counter, Send, Pending, withdraw, unfollow,
// the weekly limit, the note quota and the 3-week resend block. Effects are asserted exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { ORIGIN, launch, moreButton, openDialog, routed, topCard } from './helpers.ts';

const NOTE = 'Hi, I’d like to connect with you to discuss potential collaboration.';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('user example on the demo scenario (SDUI person1): invite with note + email, withdraw, unfollow', () => {
  it('records exactly an invitation with the note and email, a withdrawal and an unfollow', async () => {
    const r = await routed(browser, 'demo');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person1/`);
      // the top card also holds a hidden duplicate of Connect (decoy): click the visible one
      await topCard(page).locator('a[href*="/preload/custom-invite/?vanityName=person1"]:visible').click();
      // the Connect link is intercepted: no navigation, the dialog opens in the interop shadow root
      expect(page.url()).toBe(`${ORIGIN}/in/person1/`);
      const dlg = page.locator('#interop-outlet [role="dialog"]');
      await expect.poll(() => dlg.count()).toBe(1);
      const sendWithout = dlg.getByRole('button', { name: 'Send without a note' });
      expect(await sendWithout.isDisabled()).toBe(true);
      await dlg.locator('input[type="email"]').fill('example1@gmail.com');
      expect(await sendWithout.isDisabled()).toBe(false);
      await dlg.getByRole('button', { name: 'Add a note' }).click();
      const ta = dlg.locator('textarea#custom-message');
      expect(await ta.getAttribute('maxlength')).toBeNull();
      const send = dlg.getByRole('button', { name: 'Send invitation' });
      expect(await send.isDisabled()).toBe(true);
      await ta.fill(NOTE);
      expect(await dlg.getByText(`${NOTE.length}/200`).count()).toBe(1);
      expect(await ta.inputValue()).toBe(NOTE);
      await send.click();
      const pending = topCard(page).locator(
        'a[aria-label="Pending, click to withdraw invitation sent to Priya Nandakumar"]',
      );
      await pending.waitFor();
      expect(await page.locator('#interop-outlet [role="dialog"]').count()).toBe(0);
      await pending.click();
      const confirm = page.locator('dialog[open]');
      await confirm.getByRole('button', { name: 'Withdraw invitation sent to Priya Nandakumar' }).click();
      await topCard(page).locator('a[href*="/preload/custom-invite/?vanityName=person1"]:visible').waitFor();
      await moreButton(page).click();
      const menu = page.locator('[data-floating-ui-portal] [role="menu"]');
      await menu.getByRole('menuitem', { name: 'Following' }).click();
      await page.locator('dialog[open]').getByRole('button', { name: 'Unfollow' }).click();
      await expect.poll(() => r.replay.effects().length).toBe(3);
      expect(r.replay.effects()).toEqual([
        { type: 'invitation', person: 'person1', note: NOTE, email: 'example1@gmail.com' },
        { type: 'withdrawal', person: 'person1' },
        { type: 'unfollow', person: 'person1' },
      ]);
      expect(r.replay.unhandled()).toEqual([]);
    } finally {
      await r.close();
    }
  });
});

describe('email gate', () => {
  it('without an email nothing can be sent; a note alone does not unlock Send', async () => {
    const r = await routed(browser, 'demo', 'ember');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person1/`);
      await topCard(page).getByRole('button', { name: 'Invite Priya Nandakumar to connect' }).click();
      const dlg = page.locator('#artdeco-modal-outlet [role="dialog"]');
      await dlg
        .getByText('To verify this member knows you, please enter their email to connect.', { exact: false })
        .waitFor();
      expect(await dlg.getByRole('button', { name: 'Send without a note' }).isDisabled()).toBe(true);
      await dlg.getByRole('button', { name: 'Add a note' }).click();
      await dlg.locator('textarea').fill('Hello');
      expect(await dlg.getByRole('button', { name: 'Send invitation' }).isDisabled()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await openDialog(page).count()).toBe(0);
      expect(r.replay.effects()).toEqual([]);
    } finally {
      await r.close();
    }
  });
});

describe('Connect only under More (person2)', () => {
  it('Ember: the dropdown item opens the dialog; send without a note; success toast; Pending', async () => {
    const r = await routed(browser, 'demo', 'ember');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person2/`);
      expect(
        await topCard(page).getByRole('button', { name: 'Invite Tomas Lindqvist to connect' }).count(),
      ).toBe(0);
      await moreButton(page).click();
      await page
        .locator('.artdeco-dropdown__content--is-open')
        .getByRole('button', { name: 'Invite Tomas Lindqvist to connect' })
        .click();
      const dlg = page.locator('#artdeco-modal-outlet [role="dialog"]');
      await dlg.getByRole('button', { name: 'Send without a note' }).click();
      await page.locator('div[data-test-artdeco-toast-item-type="success"]').waitFor();
      await topCard(page)
        .getByRole('button', { name: 'Pending, click to withdraw invitation sent to Tomas Lindqvist' })
        .waitFor();
      expect(r.replay.effects()).toEqual([{ type: 'invitation', person: 'person2' }]);
    } finally {
      await r.close();
    }
  });

  it('Ember: withdraw returns Follow-primary as "Following"; the dropdown then offers Unfollow', async () => {
    const r = await routed(browser, 'demo', 'ember');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person2/`);
      await moreButton(page).click();
      await page
        .locator('.artdeco-dropdown__content--is-open')
        .getByRole('button', { name: 'Invite Tomas Lindqvist to connect' })
        .click();
      await page
        .locator('#artdeco-modal-outlet')
        .getByRole('button', { name: 'Send without a note' })
        .click();
      await topCard(page)
        .getByRole('button', { name: 'Pending, click to withdraw invitation sent to Tomas Lindqvist' })
        .click();
      await page.locator('#artdeco-modal-outlet').getByRole('button', { name: 'Withdraw' }).click();
      await topCard(page)
        .getByRole('button', { name: 'Following, click to unfollow Tomas Lindqvist' })
        .waitFor();
      await moreButton(page).click();
      const dd = page.locator('.artdeco-dropdown__content--is-open');
      expect(await dd.getByRole('button', { name: 'Invite Tomas Lindqvist to connect' }).count()).toBe(1);
      await dd.getByRole('button', { name: 'Unfollow Tomas Lindqvist' }).click();
      await page.locator('#artdeco-modal-outlet').getByRole('button', { name: 'Unfollow' }).click();
      await topCard(page).getByRole('button', { name: 'Follow Tomas Lindqvist' }).waitFor();
      expect(r.replay.effects()).toEqual([
        { type: 'invitation', person: 'person2' },
        { type: 'withdrawal', person: 'person2' },
        { type: 'unfollow', person: 'person2' },
      ]);
    } finally {
      await r.close();
    }
  });

  it('SDUI: floating-ui marks the page only while the More menu is open (both a captured-closed and a captured-open profile)', async () => {
    const r = await routed(browser, 'demo', 'sdui');
    try {
      const { page } = r;
      const marks = () =>
        page.evaluate(() => ({
          guards: document.querySelectorAll('[data-floating-ui-focus-guard][data-type="outside"]').length,
          owns: [...document.querySelectorAll('span[aria-owns]')].map((s) => s.getAttribute('aria-owns')),
          inert: document.querySelectorAll('[data-floating-ui-inert]').length,
          portals: [...document.querySelectorAll('[data-floating-ui-portal]')].map((p) => p.id),
        }));
      const closed = { guards: 0, owns: [], inert: 0, portals: [] };
      // person2's page derives from a closed capture, person5's (follow-only) from one taken with it open
      for (const vanity of ['person2', 'person5']) {
        await page.goto(`${ORIGIN}/in/${vanity}/`);
        expect(await marks(), vanity).toEqual(closed);
        expect(await moreButton(page).getAttribute('aria-expanded')).toBe('false');
        // the video players' popup menus are the other [role=menu]s of the page: present and hidden
        const vjsMenus = page.locator('.vjs-menu [role="menu"]');
        expect(await vjsMenus.count(), vanity).toBeGreaterThan(0);
        expect(await vjsMenus.evaluateAll((ms) => ms.filter((m) => m.checkVisibility()).length)).toBe(0);
        await moreButton(page).click();
        const open = await marks();
        expect(open.portals, vanity).toHaveLength(1);
        expect(open.owns, vanity).toEqual(open.portals);
        expect(open.guards, vanity).toBe(2);
        expect(open.inert, vanity).toBeGreaterThan(0);
        // as in the real open capture: guard, span[aria-owns], guard right after the trigger
        expect(
          await moreButton(page).evaluate((b) => {
            const a = b.nextElementSibling;
            const o = a?.nextElementSibling;
            return [
              a?.getAttribute('data-type'),
              o?.hasAttribute('aria-owns'),
              o?.nextElementSibling?.getAttribute('data-type'),
            ];
          }),
        ).toEqual(['outside', true, 'outside']);
        await page.keyboard.press('Escape');
        expect(await marks(), vanity).toEqual(closed);
      }
    } finally {
      await r.close();
    }
  });

  it('SDUI: the portal menu (data-floating-ui-portal > [popover] > [role=menu]) holds Connect; Escape closes it', async () => {
    const r = await routed(browser, 'demo', 'sdui');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person2/`);
      expect(await topCard(page).locator('a[href*="/preload/custom-invite/"]').count()).toBe(0);
      await moreButton(page).click();
      const item = page.locator(
        'div[data-floating-ui-portal] > div[popover] > div[role="menu"] a[role="menuitem"][href="/preload/custom-invite/?vanityName=person2"]',
      );
      expect(await item.isVisible()).toBe(true);
      expect(await moreButton(page).getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-floating-ui-portal]').count()).toBe(0);
      await moreButton(page).click();
      await item.click();
      const dlg = page.locator('#interop-outlet [role="dialog"]');
      await dlg.getByRole('button', { name: 'Add a note' }).click();
      await dlg.locator('textarea').fill('Hej Tomas');
      await dlg.getByRole('button', { name: 'Send invitation' }).click();
      await topCard(page).locator('a[aria-label^="Pending, click to withdraw invitation sent to"]').waitFor();
      expect(r.replay.effects()).toEqual([{ type: 'invitation', person: 'person2', note: 'Hej Tomas' }]);
    } finally {
      await r.close();
    }
  });

  it('the /preload/custom-invite/ deeplink shows the profile with the invite dialog open', async () => {
    const r = await routed(browser, 'demo', 'sdui');
    try {
      await r.page.goto(`${ORIGIN}/preload/custom-invite/?vanityName=person2`);
      await r.page.locator('#interop-outlet [role="dialog"][aria-labelledby="send-invite-modal"]').waitFor();
      expect(await topCard(r.page).count()).toBe(1);
    } finally {
      await r.close();
    }
  });
});

describe('timing and re-rendering as on LinkedIn', () => {
  it('the answer lags behind the request (latency): the effect is recorded before the card flips', async () => {
    const r = await routed(browser, 'demo', 'sdui', { latency: { minMs: 2_000, maxMs: 2_000, seed: 1 } });
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/johndoe/`);
      const rail = page.locator('button[aria-label^="Invite "][aria-label$=" to connect"]').first();
      const label = (await rail.getAttribute('aria-label'))!;
      await rail.click();
      await expect.poll(() => r.replay.effects().length).toBe(1);
      // recorded, but the response (and so the flip) is still on its way
      expect(await page.locator(`button[aria-label="${label}"]`).count()).toBe(1);
      await page
        .locator(
          `button[aria-label="${label.replace(/^Invite (.+) to connect$/, 'Pending, click to withdraw invitation sent to $1')}"]`,
        )
        .waitFor();
    } finally {
      await r.close();
    }
  });

  it('SDUI shows its toast after an invitation, in the page’s toasts section', async () => {
    const r = await routed(browser, 'demo', 'sdui');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/preload/custom-invite/?vanityName=person2`);
      const dlg = page.locator('#interop-outlet [role="dialog"]');
      await dlg.getByRole('button', { name: 'Send without a note' }).click();
      const toast = page.locator('div[data-test-artdeco-toast-item-type="success"]');
      await toast.waitFor();
      expect(await toast.innerText()).toContain('Your invitation to Tomas Lindqvist was sent.');
      expect(r.replay.effects()).toEqual([{ type: 'invitation', person: 'person2' }]);
    } finally {
      await r.close();
    }
  });

  it('a changed control is a fresh node: a handle held across the change is detached', async () => {
    const r = await routed(browser, 'demo', 'sdui');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/johndoe/`);
      const rail = page.locator('button[aria-label^="Invite "][aria-label$=" to connect"]').first();
      const label = (await rail.getAttribute('aria-label'))!;
      const held = await rail.elementHandle();
      await rail.click();
      const pending = page.locator(
        `button[aria-label="${label.replace(/^Invite (.+) to connect$/, 'Pending, click to withdraw invitation sent to $1')}"]`,
      );
      await pending.waitFor();
      expect(await held!.evaluate((n) => n.isConnected)).toBe(false);
      expect(await held!.getAttribute('aria-label')).toBe(label);
      // the top card too: its More button held before an invitation is gone after it
      await page.goto(`${ORIGIN}/preload/custom-invite/?vanityName=person2`);
      const more = await moreButton(page).elementHandle();
      await page
        .locator('#interop-outlet [role="dialog"]')
        .getByRole('button', { name: 'Send without a note' })
        .click();
      await expect.poll(() => more!.evaluate((n) => n.isConnected)).toBe(false);
      expect(await moreButton(page).count()).toBe(1);
    } finally {
      await r.close();
    }
  });
});

describe('the invite dialog in each shape LinkedIn uses (scenario inviteDialog, SDUI)', () => {
  it('shadow root, /preload/ iframe, plain dialog and alertdialog: each where it belongs, each sends', async () => {
    for (const inviteDialog of ['interop-shadow-root', 'preload-iframe', 'dialog', 'alertdialog'] as const) {
      const r = await routed(browser, 'demo', 'sdui', { inviteDialog });
      try {
        const { page } = r;
        await page.goto(`${ORIGIN}/preload/custom-invite/?vanityName=person2`);
        const frame = page.frameLocator('iframe[data-testid="interop-iframe"]');
        // Scoped: the profile's video players carry hidden role="dialog" elements of their own (decoys).
        const dlg =
          inviteDialog === 'preload-iframe'
            ? frame.locator('[role="dialog"]')
            : inviteDialog === 'interop-shadow-root'
              ? page.locator('#interop-outlet [role="dialog"]')
              : page.locator(`[role="${inviteDialog}"][aria-modal="true"]`);
        await dlg.getByRole('button', { name: 'Send without a note' }).waitFor();
        // where it is: light DOM (document.querySelector does not pierce the shadow root) or the frame
        const where = await page.evaluate(() => ({
          light:
            document
              .querySelector('[role="dialog"]:not(.vjs-modal-dialog), [role="alertdialog"]')
              ?.getAttribute('aria-modal') ?? null,
          shadow: document.querySelector('#interop-outlet')?.shadowRoot?.querySelector('[role="dialog"]')
            ? 1
            : 0,
        }));
        expect(where, inviteDialog).toEqual({
          light: inviteDialog === 'dialog' || inviteDialog === 'alertdialog' ? 'true' : null,
          shadow: inviteDialog === 'interop-shadow-root' ? 1 : 0,
        });
        await dlg.getByRole('button', { name: 'Send without a note' }).click();
        await expect.poll(() => r.replay.effects()).toEqual([{ type: 'invitation', person: 'person2' }]);
        await expect.poll(() => dlg.count()).toBe(0);
        expect(r.replay.unhandled()).toEqual([]);
      } finally {
        await r.close();
      }
    }
  });
});

describe('server decisions', () => {
  it('weekly limit: Send shows the weekly-limit dialog and nothing is recorded', async () => {
    const r = await routed(browser, 'weekly-limit', 'sdui');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person2/`);
      await moreButton(page).click();
      await page.locator('[data-floating-ui-portal] a[href*="/preload/custom-invite/"]').click();
      await page.locator('#interop-outlet').getByRole('button', { name: 'Send without a note' }).click();
      const limit = page.locator(
        '#interop-outlet [role="dialog"][aria-labelledby="ip-fuse-limit-alert__header"]',
      );
      await limit.getByText('You’ve reached the weekly invitation limit').waitFor();
      await limit.getByRole('button', { name: 'Got it' }).click();
      expect(await openDialog(page).count()).toBe(0);
      expect(r.replay.effects()).toEqual([]);
    } finally {
      await r.close();
    }
  });

  it('note quota used up (free): "Add a note" shows the Premium upsell; without a note it still sends', async () => {
    const r = await routed(browser, 'note-quota', 'ember');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person2/`);
      const connectViaMore = async () => {
        await moreButton(page).click();
        await page
          .locator('.artdeco-dropdown__content--is-open')
          .getByRole('button', { name: 'Invite Tomas Lindqvist to connect' })
          .click();
      };
      await connectViaMore();
      const dlg = page.locator('#artdeco-modal-outlet [role="dialog"]');
      await dlg.getByRole('button', { name: 'Add a note' }).click();
      await dlg.locator('a[href*="/premium/"]').waitFor();
      expect(await dlg.getByText('You’ve used all your free personalized invitations').count()).toBe(1);
      expect(await dlg.locator('textarea').count()).toBe(0);
      await dlg.getByRole('button', { name: 'Dismiss' }).first().click();
      expect(r.replay.effects()).toEqual([]);
      await connectViaMore();
      await dlg.getByRole('button', { name: 'Send without a note' }).click();
      await topCard(page)
        .getByRole('button', { name: 'Pending, click to withdraw invitation sent to Tomas Lindqvist' })
        .waitFor();
      expect(r.replay.effects()).toEqual([{ type: 'invitation', person: 'person2' }]);
    } finally {
      await r.close();
    }
  });

  it('premium: the note counter allows 300 characters', async () => {
    const r = await routed(browser, 'premium', 'sdui');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person2/`);
      await moreButton(page).click();
      await page.locator('[data-floating-ui-portal] a[href*="/preload/custom-invite/"]').click();
      await page.locator('#interop-outlet').getByRole('button', { name: 'Add a note' }).click();
      const dlg = page.locator('#interop-outlet [role="dialog"]');
      await dlg.getByText('0/300').waitFor();
      const note = 'x'.repeat(250);
      await dlg.locator('textarea').fill(note);
      await dlg.getByText('250/300').waitFor();
      await dlg.getByRole('button', { name: 'Send invitation' }).click();
      await topCard(page).locator('a[aria-label^="Pending"]').waitFor();
      expect(r.replay.effects()).toEqual([{ type: 'invitation', person: 'person2', note }]);
    } finally {
      await r.close();
    }
  });

  it('free account: a note over 200 characters cannot be sent', async () => {
    const r = await routed(browser, 'demo', 'sdui');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/person2/`);
      await moreButton(page).click();
      await page.locator('[data-floating-ui-portal] a[href*="/preload/custom-invite/"]').click();
      await page.locator('#interop-outlet').getByRole('button', { name: 'Add a note' }).click();
      const dlg = page.locator('#interop-outlet [role="dialog"]');
      await dlg.locator('textarea').fill('y'.repeat(201));
      await dlg.getByText('201/200').waitFor();
      expect(await dlg.getByRole('button', { name: 'Send invitation' }).isDisabled()).toBe(true);
      expect(r.replay.effects()).toEqual([]);
    } finally {
      await r.close();
    }
  });

  it('a person withdrawn in this scenario cannot be re-invited (error toast, no second invitation)', async () => {
    const r = await routed(browser, 'demo', 'ember');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/janesmith/`);
      await topCard(page)
        .getByRole('button', { name: 'Pending, click to withdraw invitation sent to Jane Smith' })
        .click();
      await page
        .locator('#artdeco-modal-outlet [role="dialog"]')
        .getByRole('button', { name: 'Withdraw' })
        .click();
      await topCard(page).getByRole('button', { name: 'Invite Jane Smith to connect' }).click();
      await page
        .locator('#artdeco-modal-outlet')
        .getByRole('button', { name: 'Send without a note' })
        .click();
      await page.locator('div[data-test-artdeco-toast-item-type="error"]').waitFor();
      expect(await topCard(page).getByRole('button', { name: 'Invite Jane Smith to connect' }).count()).toBe(
        1,
      );
      expect(r.replay.effects()).toEqual([{ type: 'withdrawal', person: 'janesmith' }]);
    } finally {
      await r.close();
    }
  });
});

describe('other states', () => {
  it('a sidebar card Connect invites that card’s person, not the profile’s (decoy)', async () => {
    const r = await routed(browser, 'demo', 'sdui');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/johndoe/`);
      const rail = page.locator('button[aria-label^="Invite "][aria-label$=" to connect"]').first();
      const label = await rail.getAttribute('aria-label');
      await rail.click();
      await expect.poll(() => r.replay.effects().length).toBe(1);
      const e = r.replay.effects()[0]!;
      expect(e.type).toBe('invitation');
      expect(e.person).not.toBe('johndoe');
      // The effect is recorded when the request arrives; the card turns Pending when the response does.
      await expect
        .poll(() =>
          page
            .locator(
              `button[aria-label="${label!.replace(/^Invite (.+) to connect$/, 'Pending, click to withdraw invitation sent to $1')}"]`,
            )
            .count(),
        )
        .toBe(1);
    } finally {
      await r.close();
    }
  });

  it('1st degree: More → Remove connection → confirm records a removal and Connect returns (both front ends)', async () => {
    for (const fe of ['sdui', 'ember'] as const) {
      const r = await routed(browser, 'demo', fe);
      try {
        const { page } = r;
        await page.goto(`${ORIGIN}/in/person4/`);
        await moreButton(page).click();
        if (fe === 'sdui')
          await page
            .locator('[data-floating-ui-portal]')
            .getByRole('menuitem', { name: 'Remove connection' })
            .click();
        else
          await page
            .locator('.artdeco-dropdown__content--is-open')
            .getByRole('button', { name: 'Remove your connection to Dana Whitfield' })
            .click();
        await openDialog(page).getByRole('button', { name: 'Remove' }).click();
        await topCard(page)
          .locator(
            'a[href*="/preload/custom-invite/"], button[aria-label="Invite Dana Whitfield to connect"]',
          )
          .first()
          .waitFor();
        expect(r.replay.effects()).toEqual([{ type: 'removal', person: 'person4' }]);
      } finally {
        await r.close();
      }
    }
  });

  it('own profile, unknown vanity and /in/me/', async () => {
    const r = await routed(browser, 'demo');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/in/me/`);
      expect(await page.locator('a[href$="/in/me/edit/intro/"]').count()).toBeGreaterThan(0);
      await page.goto(`${ORIGIN}/in/no-such-person-123/`);
      expect(page.url()).toBe(`${ORIGIN}/in/unavailable/`);
      expect(r.replay.unhandled()).toEqual([]);
    } finally {
      await r.close();
    }
  });
});
