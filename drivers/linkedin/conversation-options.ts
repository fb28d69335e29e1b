// The open conversation's options menu on the thread page (st.manageConversation): the title bar's
// overflow "Open the options list in your conversation with <Name>" → the items archive / star / mute
// (and back), whose labels flip with the conversation's state. Only the thread pane's own trigger is
// used: every conversation card of the list has its own menu (other conversations'). Returns data (what
// the menu says the conversation is marked as) and intents (the item for an operation); the action
// decides and clicks.
import type { Locator } from 'playwright';
import { sel, type ResolveContext } from '../../selectors/linkedin/index.ts';
import {
  conversationMarks,
  optionIndex,
  type ConversationMark,
  type ConversationMarks,
  type ConversationOperation,
} from '../../selectors/linkedin/cards/conversation-options.ts';
import type { Control } from '../shared/page-object.ts';
import { LinkedInPage } from './linkedin-page.ts';
import { assertSession, readState } from './page-state.ts';

const ITEMS = '.artdeco-dropdown__item, [role="menuitem"]';

export interface OptionsMenu {
  marks: ConversationMarks;
  /** The item that performs `op` (null: the menu does not offer it). */
  item(op: ConversationOperation): Control | null;
  /** Closes the menu without choosing (Escape). */
  close(): Promise<void>;
}

export type OptionsOpened =
  | { kind: 'menu'; menu: OptionsMenu }
  /** The thread page shows no options trigger, or its menu did not open. */
  | { kind: 'unknown'; reason: string };

export class ConversationOptions extends LinkedInPage {
  /** Opens the options of the thread the page shows now (bounded) and reads its items. */
  async open(): Promise<OptionsOpened> {
    const reading = await readState(this.s);
    assertSession(reading);
    const ctx: ResolveContext = reading.ctx;
    const pane = await this.find(sel.messaging.thread.pane, ctx);
    if (!pane) return { kind: 'unknown', reason: 'thread-pane-missing' };
    const trigger = await this.waitFind(
      sel.messaging.thread.optionsTrigger,
      ctx,
      this.s.timeouts.hydrationMs,
      pane,
    );
    if (!trigger) return { kind: 'unknown', reason: 'conversation-options-not-found' };
    // The trigger's own dropdown (its content is the trigger's sibling), else the pane.
    const dropdown = trigger.locator(
      'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " artdeco-dropdown ")][1]',
    );
    const scope = (await dropdown.count()) > 0 ? dropdown : pane;
    let menu = await this.find(sel.messaging.thread.optionsMenu, ctx, scope);
    if (!menu) {
      await this.click(trigger, { scroll: false });
      menu = await this.waitFind(sel.messaging.thread.optionsMenu, ctx, this.s.timeouts.dialogMs, scope);
    }
    if (!menu) return { kind: 'unknown', reason: 'conversation-options-menu-not-open' };
    return { kind: 'menu', menu: await this.read(menu, ctx) };
  }

  /**
   * Reads the menu (open → read → close) until `mark` shows `wanted` (bounded); returns the last value
   * read (null: the menu could not be read or does not show the mark).
   */
  async waitForMark(mark: ConversationMark, wanted: boolean, timeoutMs: number): Promise<boolean | null> {
    let last: boolean | null = null;
    await this.poll(async () => {
      last = await this.readMark(mark);
      return last === wanted ? true : undefined;
    }, timeoutMs);
    return last;
  }

  /** The mark as the menu shows it now (opens and closes the menu). */
  async readMark(mark: ConversationMark): Promise<boolean | null> {
    const o = await this.open();
    if (o.kind !== 'menu') return null;
    await o.menu.close();
    return o.menu.marks[mark];
  }

  private async read(menu: Locator, ctx: ResolveContext): Promise<OptionsMenu> {
    const items = menu.locator(ITEMS);
    const labels = (await items.allInnerTexts().catch(() => [] as string[])).map((t) => t.trim());
    const ph = ctx.phrases;
    return {
      marks: ph ? conversationMarks(labels, ph) : { starred: null, muted: null, archived: null },
      item: (op) => {
        const i = ph ? optionIndex(labels, op, ph) : -1;
        return i >= 0 ? this.control(`messaging.thread.option.${op}`, items.nth(i), { scroll: false }) : null;
      },
      close: async () => {
        if (await menu.isVisible().catch(() => false)) await this.s.page.keyboard.press('Escape');
      },
    };
  }
}
