// The conversation options of the recorded messaging page (st.manageConversation): the title bar's
// dropdown archives / stars / mutes the open thread and flips its label, a reload shows the new state,
// and another conversation's menu (a list card's) acts on that conversation — visible in the effects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { ORIGIN, launch, routed } from './helpers.ts';

const THREAD = '2-Rml4dHVyZVRocmVhZDAwMQ==';
const TITLE_MENU = '.msg-title-bar .msg-thread-actions';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('messaging: conversation options', () => {
  it('star, mute and archive flip their labels, are recorded and survive a reload', async () => {
    const r = await routed(browser, 'demo', 'ember');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/messaging/thread/${THREAD}/`);
      const menu = page.locator(TITLE_MENU);
      const item = (label: string) =>
        menu.locator('.artdeco-dropdown__item', { hasText: new RegExp(`^\\s*${label}\\s*$`) });
      for (const [label, flipped] of [
        ['Star', 'Unstar'],
        ['Mute', 'Unmute'],
        ['Archive', 'Unarchive'],
      ] as const) {
        await menu.locator('button.artdeco-dropdown__trigger').click();
        await item(label).click();
        await menu.locator('button.artdeco-dropdown__trigger').click();
        await expect.poll(() => item(flipped).count()).toBe(1);
        await page.keyboard.press('Escape');
      }
      expect(r.replay.effects()).toEqual(
        ['star', 'mute', 'archive'].map((operation) => ({
          type: 'conversation',
          person: 'person4',
          thread: THREAD,
          operation,
        })),
      );
      await page.reload();
      const texts = await menu.locator('.artdeco-dropdown__item').allInnerTexts();
      expect(texts.map((t) => t.trim())).toEqual([
        'Mark as unread',
        'Unstar',
        'Unmute',
        'Unarchive',
        'Delete conversation',
        'Report / Block',
      ]);
    } finally {
      await r.close();
    }
  });

  it("another conversation's menu (a list card) acts on that conversation", async () => {
    const r = await routed(browser, 'demo', 'ember');
    try {
      const { page } = r;
      await page.goto(`${ORIGIN}/messaging/thread/${THREAD}/`);
      const card = page.locator('li.msg-conversation-listitem').nth(1);
      await card.locator('button.artdeco-dropdown__trigger').click();
      await card.locator('.artdeco-dropdown__item', { hasText: /^\s*Star\s*$/ }).click();
      await expect.poll(() => r.replay.effects().length).toBe(1);
      const [e] = r.replay.effects();
      expect(e).toMatchObject({ type: 'conversation', operation: 'star' });
      expect(e?.thread).not.toBe(THREAD);
      expect(e?.person).not.toBe('person4');
    } finally {
      await r.close();
    }
  });
});
