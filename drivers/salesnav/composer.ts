// The Sales Navigator message composer (../shared/spec/linkedin-dom.md A19: subject
// `input.compose-form__subject-field`, body `textarea.compose-form__message-field`, Send, "… remaining
// credits"): in the lead page's #message-overlay, or an inbox thread's own form. Reads the conversation's
// own messages, types like a person, hands Send back as a Control, and reports what Send did. Message texts
// are data for the caller only, never logged here.
import { sel } from '../../selectors/linkedin/index.ts';
import { noCreditsLeft } from '../../selectors/salesnav/phrases.ts';
import { pageUrl } from '../../selectors/url/linkedin-url.ts';
import { navigate } from '../shared/navigation.ts';
import type { Control } from '../shared/page-object.ts';
import { typeLikeHuman, type TypingResult } from '../shared/typing.ts';
import { assertSession, readState } from '../linkedin/page-state.ts';
import type { LeadPage } from './lead-page.ts';
import { SALES_CTX, SalesNavPage } from './sales-nav-page.ts';

const c = sel.salesNav.composer;

export type ComposerOpen =
  | { kind: 'open' }
  /** The lead's Message button is missing or disabled: the lead accepts no messages. */
  | { kind: 'notAllowed' }
  | { kind: 'notFound' }
  | { kind: 'noSeat' }
  | { kind: 'unknown'; reason: string };

export type SendResult = { kind: 'sent' } | { kind: 'refused' } | { kind: 'unknown' };

/** Address of a Sales Navigator conversation on `origin` (`/sales/inbox/<threadId>`). */
export function salesThreadUrl(origin: string, threadId: string): string {
  const id = encodeURIComponent(threadId).replace(/%2B/gi, '+').replace(/%3D/gi, '=');
  return pageUrl(origin, `/sales/inbox/${id}`);
}

export class SalesComposer extends SalesNavPage {
  /** The lead page's Message → the composer in #message-overlay. */
  async openFromLead(lead: LeadPage): Promise<ComposerOpen> {
    if (await this.find(c.form, SALES_CTX)) return { kind: 'open' };
    const message = await lead.messageControl();
    if (!message) return { kind: 'notAllowed' };
    await message.click();
    const form = await this.waitFind(c.form, SALES_CTX, this.s.timeouts.dialogMs);
    return form ? { kind: 'open' } : { kind: 'unknown', reason: 'composer did not open' };
  }

  /** An inbox conversation by thread id (an unknown id lands on the inbox without a thread). */
  async openThread(threadId: string, opts: { reuse?: boolean } = {}): Promise<ComposerOpen> {
    const address = salesThreadUrl(this.s.origin, threadId);
    const here = this.s.page.url().split('?')[0]!.replace(/\/+$/, '');
    if (!(opts.reuse && here === address.replace(/\/+$/, ''))) {
      const nav = await navigate(this.s.page, address, {
        timeoutMs: this.s.timeouts.navigationMs,
        ...(this.s.signal ? { signal: this.s.signal } : {}),
      });
      if (!nav.ok) return { kind: 'unknown', reason: `navigation failed (${nav.reason})` };
    }
    assertSession(await readState(this.s));
    const seen = await this.poll(async () => {
      if (await this.onUpsell()) return { kind: 'noSeat' } as const;
      if (await this.find(sel.salesNav.inbox.thread, SALES_CTX)) return { kind: 'open' } as const;
      if (await this.find(sel.salesNav.inbox.list, SALES_CTX)) return { kind: 'notFound' } as const;
      return undefined;
    }, this.s.timeouts.hydrationMs);
    return seen ?? { kind: 'unknown', reason: 'neither a thread nor the inbox' };
  }

  /** A new conversation: the form asks for a subject. */
  async wantsSubject(): Promise<boolean> {
    return (await this.find(c.subject, SALES_CTX)) !== null;
  }

  /** The composer says the InMail credits are used up, or its Send stays disabled with credits shown. */
  async creditsUsedUp(): Promise<boolean> {
    const el = await this.find(c.credits, SALES_CTX);
    if (!el) return false;
    return noCreditsLeft(await el.innerText({ timeout: this.s.timeouts.actionMs }).catch(() => null));
  }

  /** The conversation's own messages, oldest first (texts; the caller must not log them). */
  async ownMessages(): Promise<string[]> {
    return this.s.page
      .locator('[data-x--message-item][data-x--message-own="true"] [data-x--message-content]')
      .allInnerTexts()
      .catch(() => []);
  }

  /** Every message of the open conversation, oldest first: who wrote it and its text (not for logs). */
  async messages(): Promise<Array<{ other: boolean; body: string }>> {
    const items = this.s.page.locator('[data-x--message-item]');
    const n = await items.count();
    const out: Array<{ other: boolean; body: string }> = [];
    for (let i = 0; i < n; i++) {
      const item = items.nth(i);
      const own = (await item.getAttribute('data-x--message-own')) === 'true';
      const body = await item
        .locator('[data-x--message-content]')
        .innerText({ timeout: this.s.timeouts.actionMs })
        .catch(() => '');
      out.push({ other: !own, body });
    }
    return out;
  }

  /** The inbox link of the open conversation (its thread id), or null for a new conversation. */
  async threadId(): Promise<string | null> {
    const link = await this.find(c.threadLink, SALES_CTX);
    const href = link ? await link.getAttribute('href') : null;
    const m = href ? /\/sales\/inbox\/([^/?#]+)/.exec(href) : null;
    return m ? decodeURIComponent(m[1]!) : null;
  }

  async fillSubject(subject: string): Promise<TypingResult | null> {
    const f = await this.find(c.subject, SALES_CTX);
    return f ? typeLikeHuman(f, subject, this.s.pacing, this.s.timeouts.actionMs) : null;
  }

  async typeBody(text: string): Promise<TypingResult | null> {
    const f = await this.find(c.body, SALES_CTX);
    return f ? typeLikeHuman(f, text, this.s.pacing, this.s.timeouts.actionMs) : null;
  }

  send(): Promise<Control | null> {
    return this.enabledControl(c.send, SALES_CTX);
  }

  /** After the one Send: ours with `text` appeared beyond `before` own messages, or an error showed. */
  async afterSend(text: string, before: number): Promise<SendResult> {
    const seen = await this.poll(async () => {
      const own = await this.ownMessages();
      if (own.length > before && own[own.length - 1]?.trim() === text.trim())
        return { kind: 'sent' } as const;
      if (await this.find(c.error, SALES_CTX)) return { kind: 'refused' } as const;
      return undefined;
    }, this.s.timeouts.effectMs);
    return seen ?? { kind: 'unknown' };
  }
}
