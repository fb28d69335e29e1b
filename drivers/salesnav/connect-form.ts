// The Sales Navigator invite form (../shared/spec/linkedin-dom.md A19: `.connect-cta-form`, the note
// textarea, the optional email gate, "Send Invitation") and the withdraw confirmation. Reads the form, types
// like a person, hands Send back as a Control; after Send it reports what the form did (closed, or its
// error) without ever clicking again.
import { sel } from '../../selectors/linkedin/index.ts';
import { classifyConnectError, type ConnectRefusal } from '../../selectors/salesnav/phrases.ts';
import type { Control } from '../shared/page-object.ts';
import { typeLikeHuman, type TypingResult } from '../shared/typing.ts';
import { SALES_CTX, SalesNavPage } from './sales-nav-page.ts';

const form = sel.salesNav.connectForm;

export type AfterSend = { kind: 'closed' } | { kind: 'refused'; refusal: ConnectRefusal } | { kind: 'open' };

export class SalesConnectForm extends SalesNavPage {
  /** Waits (bounded) for the form to show; false when it did not. */
  async waitOpen(): Promise<boolean> {
    return (await this.waitFind(form.form, SALES_CTX, this.s.timeouts.dialogMs)) !== null;
  }

  async hasEmailGate(): Promise<boolean> {
    return (await this.find(form.email, SALES_CTX)) !== null;
  }

  /** The note's limit (the textarea's maxlength), or null when the form states none. */
  async noteLimit(): Promise<number | null> {
    const ta = await this.find(form.note, SALES_CTX);
    const max = ta ? await ta.getAttribute('maxlength') : null;
    return max && /^\d+$/.test(max) ? Number(max) : null;
  }

  async fillEmail(email: string): Promise<TypingResult | null> {
    const f = await this.find(form.email, SALES_CTX);
    return f ? typeLikeHuman(f, email, this.s.pacing, this.s.timeouts.actionMs) : null;
  }

  async typeNote(note: string): Promise<TypingResult | null> {
    const f = await this.find(form.note, SALES_CTX);
    return f ? typeLikeHuman(f, note, this.s.pacing, this.s.timeouts.actionMs) : null;
  }

  /** Send Invitation, once enabled; null when it never is. */
  send(): Promise<Control | null> {
    return this.enabledControl(form.send, SALES_CTX);
  }

  /** After the one Send: the form closed, or showed a refusal; `open` when neither within the budget. */
  async afterSend(): Promise<AfterSend> {
    const locale = await this.locale();
    const seen = await this.poll(async () => {
      if (!(await this.find(form.form, SALES_CTX))) return { kind: 'closed' } as const;
      const err = await this.find(form.error, SALES_CTX);
      if (err) {
        const text = await err.innerText({ timeout: this.s.timeouts.actionMs }).catch(() => '');
        if (text.trim()) return { kind: 'refused', refusal: classifyConnectError(text, locale) } as const;
      }
      return undefined;
    }, this.s.timeouts.effectMs);
    return seen ?? { kind: 'open' };
  }

  /** Closes the form (or the confirmation) without sending; best effort, bounded. */
  async dismiss(): Promise<void> {
    const x = await this.find(form.dismiss, SALES_CTX);
    if (x) await this.click(x, { scroll: false }).catch(() => undefined);
  }

  /** The withdraw confirmation's confirming button (not Cancel), once shown; null when it did not show. */
  async withdrawConfirm(): Promise<Control | null> {
    const b = await this.waitFind(form.withdrawConfirm, SALES_CTX, this.s.timeouts.dialogMs);
    return b ? this.control(form.withdrawConfirm.id, b, { scroll: false }) : null;
  }

  /** The confirmation closed after Withdraw (bounded). */
  async confirmClosed(): Promise<boolean> {
    return (
      (await this.poll(
        async () => ((await this.find(form.withdrawConfirm, SALES_CTX)) ? undefined : true),
        this.s.timeouts.effectMs,
      )) === true
    );
  }
}
