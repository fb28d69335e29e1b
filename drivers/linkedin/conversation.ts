// One open conversation (linkedin-dom A17), wherever it shows: a bubble of the messaging overlay or the
// thread pane of the full /messaging/ page. Both have the same message list and compose box, so one page
// object reads and writes either, scoped to its own root — never another conversation's composer.
// Returns data (the messages as plain events) and intents (the Send control); the action decides.
import type { Locator } from 'playwright';
import { sel, type ResolveContext } from '../../selectors/linkedin/index.ts';
import { countOwnMessages, type RawMessageEvent } from '../../selectors/linkedin/cards/message-event.ts';
import type { Control } from '../shared/page-object.ts';
import { typeIntoEditable, type TypingResult } from '../shared/typing.ts';
import { LinkedInPage } from './linkedin-page.ts';
import type { LinkedInSession } from './session.ts';

export type ConversationWhere = 'overlay' | 'page';

export class ConversationView extends LinkedInPage {
  constructor(
    s: LinkedInSession,
    private readonly root: Locator,
    private readonly ctx: ResolveContext,
    readonly where: ConversationWhere,
  ) {
    super(s);
  }

  /** The conversation's messages in page order (one in-page read; no text is logged). */
  async readMessages(): Promise<RawMessageEvent[]> {
    const list = await this.find(sel.messaging.messageList, this.ctx, this.root);
    if (!list) return [];
    return list.locator('li.msg-s-message-list__event').evaluateAll((items) =>
      items.map((li) => {
        const body = li.querySelector('.msg-s-event-listitem__body');
        return {
          other: li.querySelector('.msg-s-event-listitem--other') !== null,
          body: body ? ((body as HTMLElement).innerText ?? body.textContent ?? '') : '',
        };
      }),
    );
  }

  /** Waits (bounded) until `enough(messages)` holds; returns the last read either way. */
  async waitForMessages(
    enough: (m: RawMessageEvent[]) => boolean,
    timeoutMs: number,
  ): Promise<RawMessageEvent[]> {
    let last: RawMessageEvent[] = [];
    await this.poll(async () => {
      last = await this.readMessages().catch(() => last);
      return enough(last) ? true : undefined;
    }, timeoutMs);
    return last;
  }

  /** Our messages reading exactly `text` (see selectors' `messageKey`). */
  async ownCount(text: string): Promise<number> {
    return countOwnMessages(await this.readMessages(), text);
  }

  /** Is there a compose box in this conversation? */
  async hasComposer(): Promise<boolean> {
    return (await this.find(sel.messaging.composer, this.ctx, this.root)) !== null;
  }

  /** Types the message into this conversation's compose box like a person and reads it back. */
  async typeMessage(text: string): Promise<TypingResult | null> {
    const box = await this.find(sel.messaging.composer, this.ctx, this.root);
    if (!box) return null;
    return typeIntoEditable(box, text, this.s.pacing, this.s.timeouts.actionMs);
  }

  /**
   * This conversation's Send once enabled (bounded); null if missing or never enabled. The caller writes
   * its journal entry, then clicks it once.
   */
  async sendControl(): Promise<Control | null> {
    const d = sel.messaging.send;
    return this.enabledControl(d, this.ctx, this.root);
  }
}
