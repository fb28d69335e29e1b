// The open Sales Navigator conversation's options menu (inbox thread header → #hue-web-menu-outlet):
// reads whether the conversation is archived (the item says Archive or Unarchive) and hands the item back
// as a Control. Never another conversation's controls: the trigger is scoped to the open thread.
import { sel } from '../../selectors/linkedin/index.ts';
import { classifyThreadMenuItem, type ThreadMenuItem } from '../../selectors/salesnav/phrases.ts';
import type { Control } from '../shared/page-object.ts';
import { SALES_CTX, SalesNavPage } from './sales-nav-page.ts';

export interface ThreadMenu {
  /** true: the item offers Unarchive; false: Archive. */
  archived: boolean;
  item(kind: ThreadMenuItem): Control | null;
  close(): Promise<void>;
}

export class SalesThreadOptions extends SalesNavPage {
  /** Re-reads the menu until it shows `archived` (bounded); the last reading, or null when unreadable. */
  async waitArchived(archived: boolean, timeoutMs: number): Promise<boolean | null> {
    let last: boolean | null = null;
    await this.poll(
      async () => {
        const m = await this.open();
        if (!m) return undefined;
        await m.close();
        last = m.archived;
        return last === archived ? true : undefined;
      },
      timeoutMs,
      300,
    );
    return last;
  }

  /** Opens the options menu; null when it did not open or its items are not recognised. */
  async open(): Promise<ThreadMenu | null> {
    const trigger = await this.find(sel.salesNav.inbox.threadOptions, SALES_CTX);
    if (!trigger) return null;
    if ((await trigger.getAttribute('aria-expanded')) !== 'true') await this.click(trigger);
    if (!(await this.waitFind(sel.salesNav.lead.menuItems, SALES_CTX, this.s.timeouts.dialogMs))) return null;
    const locale = await this.locale();
    const all = this.s.page.locator('#hue-web-menu-outlet [role="menu"] [role="menuitem"]');
    const found = new Map<ThreadMenuItem, ReturnType<typeof all.nth>>();
    for (let i = 0; i < (await all.count()); i++) {
      const k = classifyThreadMenuItem(
        await all.nth(i).innerText({ timeout: this.s.timeouts.actionMs }),
        locale,
      );
      if (k) found.set(k, all.nth(i));
    }
    const close = async (): Promise<void> => {
      const open = this.s.page.locator('#hue-web-menu-outlet [role="menu"]');
      if ((await open.count()) === 0) return;
      await this.s.page.keyboard.press('Escape').catch(() => undefined);
      await this.poll(async () => ((await open.count()) === 0 ? true : undefined), this.s.timeouts.actionMs);
    };
    if (found.size === 0) {
      await close();
      return null;
    }
    return {
      archived: found.has('unarchive'),
      item: (k) => {
        const el = found.get(k);
        return el ? this.control(`salesnav.inbox.menu.${k}`, el, { scroll: false }) : null;
      },
      close,
    };
  }
}
