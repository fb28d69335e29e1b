// The invitation dialog (../shared/spec/linkedin-dom.md A9–A12) wherever LinkedIn renders it: light DOM, the
// `#interop-outlet` shadow root or a `/preload/` frame. The step showing is named by the selectors'
// dialog classifier (structure first); controls are found through the dialog's own descriptors, scoped
// to the dialog. Nothing here decides whether to send: the action does.
import {
  candidatesInOrder,
  sel,
  type Descriptor,
  type DialogSignal,
  type ResolveContext,
} from '../../selectors/linkedin/index.ts';
import { containsAny } from '../../selectors/linkedin/text.ts';
import { phraseTableFor } from '../../selectors/linkedin/locales/index.ts';
import type { Locator, Page } from 'playwright';
import type { Control } from '../shared/page-object.ts';
import { typeLikeHuman, type TypingResult } from '../shared/typing.ts';
import { findIn, LinkedInPage } from './linkedin-page.ts';
import { waitForReading, type Reading } from './page-state.ts';

export type InviteStep =
  /** "Add a note to your invitation?" — Add a note / Send without a note. */
  | { kind: 'invite' }
  /** The same first step with the email input (A10). */
  | { kind: 'emailGate' }
  /** The note step: textarea, counter, Send. `noteLimit` read from the counter or maxlength, else null. */
  | { kind: 'inviteNote'; noteLimit: number | null; emailInput: boolean }
  /** Personalised-note quota used up: Premium upsell instead of the note step. */
  | { kind: 'noteQuota' }
  /** LinkedIn's invitation limit (A12); `monthly` when its text says so. */
  | { kind: 'weeklyLimit'; monthly: boolean }
  /** Pre-2021 "How do you know <Name>?" (tolerated, never answered). */
  | { kind: 'howDoYouKnow' }
  | { kind: 'none' };

export type InviteStepKind = InviteStep['kind'];

export interface StepReading {
  step: InviteStep;
  reading: Reading;
  /** An unrecognised dialog is showing (an unknown blocker). */
  unrecognised: number;
}

function stepOf(r: Reading): StepReading {
  const v = r.state.dialogs;
  const best = v.dialog;
  const verdict = best ? v.verdicts.find((x) => x.kind === best) : undefined;
  const signal: DialogSignal | undefined = verdict ? r.signals.dialogs[verdict.index] : undefined;
  let step: InviteStep;
  switch (best) {
    case 'invite':
      step = { kind: 'invite' };
      break;
    case 'emailGate':
      // The classifier calls every invite step with an email input "emailGate"; a note step with one
      // (textarea present) is still the note step.
      step = signal?.textarea
        ? { kind: 'inviteNote', noteLimit: verdict?.noteLimit ?? null, emailInput: true }
        : { kind: 'emailGate' };
      break;
    case 'inviteNote':
      step = {
        kind: 'inviteNote',
        noteLimit: verdict?.noteLimit ?? null,
        emailInput: signal?.emailInput ?? false,
      };
      break;
    case 'noteQuota':
      step = { kind: 'noteQuota' };
      break;
    case 'weeklyLimit': {
      const p = phraseTableFor(r.state.locale);
      const text = signal ? `${signal.heading} ${signal.text}` : '';
      step = { kind: 'weeklyLimit', monthly: p ? containsAny(text, p.monthlyLimit) : false };
      break;
    }
    case 'howDoYouKnow':
      step = { kind: 'howDoYouKnow' };
      break;
    default:
      step = { kind: 'none' };
  }
  return { step, reading: r, unrecognised: v.unrecognised };
}

export class InviteDialog extends LinkedInPage {
  /** The open dialog as found by the last lookup of one of its controls (see `find`). */
  private dialogScope: Locator | null = null;

  /**
   * The dialog's controls are found inside the dialog resolved once, not by resolving the dialog's own
   * candidate chain again for each control (a round trip or more per lookup). The scope is a Locator, so
   * it queries the page afresh at each use; when a control is not found in it (the dialog was closed, or
   * a later step is found by another candidate), the dialog is resolved again and the control looked up
   * once more. Only a dialog found by its first (most precise) candidate is kept: a broad one (any open
   * dialog with the right buttons) could name another dialog later, so it is resolved for each control,
   * as before. Other descriptors (the limit dialog's "Got it") resolve as usual.
   */
  protected override async find(
    d: Descriptor,
    ctx: ResolveContext,
    scope: Page | Locator = this.s.page,
  ): Promise<Locator | null> {
    if (d.parent !== sel.dialogs.invite.dialog || scope !== this.s.page) return super.find(d, ctx, scope);
    if (this.dialogScope) {
      const hit = await super.find(d, ctx, this.dialogScope);
      if (hit) return hit;
    }
    const dialog = await findIn(this.s, d.parent, ctx);
    const precise = dialog !== null && dialog.key === candidatesInOrder(d.parent, ctx)[0]?.key;
    this.dialogScope = precise ? dialog.first : null;
    return dialog ? super.find(d, ctx, dialog.first) : null;
  }

  /**
   * Waits (bounded) for an invite-flow step accepted by `accept` (default: any step but 'none').
   * Returns the last reading either way. `afterRoundTrip`: the step needs LinkedIn's answer to a click
   * (Connect's dialog, Send's result), so the first read comes after one short pause.
   */
  async waitForStep(
    accept: (k: InviteStepKind) => boolean = (k) => k !== 'none',
    timeoutMs = this.s.timeouts.dialogMs,
    opts: { afterRoundTrip?: boolean } = {},
  ): Promise<StepReading> {
    const r = await waitForReading(this.s, (x) => accept(stepOf(x).step.kind), timeoutMs, {
      pauseFirst: opts.afterRoundTrip === true,
    });
    return stepOf(r);
  }

  /** Types the person's email into the email-gate input like a person; false if it did not verify. */
  async fillEmail(email: string, ctx: ResolveContext): Promise<TypingResult | null> {
    const input = await this.find(sel.dialogs.invite.emailInput, ctx);
    if (!input) return null;
    return typeLikeHuman(input, email, this.s.pacing, this.s.timeouts.actionMs);
  }

  async clickAddNote(ctx: ResolveContext): Promise<boolean> {
    const b = await this.find(sel.dialogs.invite.addNote, ctx);
    if (!b) return false;
    await this.click(b, { scroll: false });
    return true;
  }

  /** Types the note into the textarea like a person, then verifies the textarea holds exactly it. */
  async typeNote(note: string, ctx: ResolveContext): Promise<TypingResult | null> {
    const t = await this.find(sel.dialogs.invite.noteTextarea, ctx);
    if (!t) return null;
    return typeLikeHuman(t, note, this.s.pacing, this.s.timeouts.actionMs);
  }

  /** The note textarea's current value (for the read-back after typing). */
  async noteValue(ctx: ResolveContext): Promise<string | null> {
    const t = await this.find(sel.dialogs.invite.noteTextarea, ctx);
    return t ? t.inputValue({ timeout: this.s.timeouts.actionMs }) : null;
  }

  /**
   * The control that sends from the current step, once enabled (bounded wait); null if none / never
   * enabled. The caller writes its journal entry, then clicks it once.
   */
  async sendControl(step: 'first' | 'note', ctx: ResolveContext): Promise<Control | null> {
    const d = step === 'first' ? sel.dialogs.invite.sendWithoutNote : sel.dialogs.invite.send;
    return this.enabledControl(d, ctx);
  }

  /** Closes whatever invite-flow dialog is showing without sending (dismiss / Got it / Escape). */
  async dismiss(ctx: ResolveContext): Promise<void> {
    const candidates: Descriptor[] = [sel.dialogs.weeklyLimit.gotIt, sel.dialogs.invite.dismiss];
    for (const d of candidates) {
      const b = await this.find(d, ctx);
      if (b) {
        await this.click(b, { scroll: false }).catch(() => undefined);
        break;
      }
    }
    const still = await this.waitForStep((k) => k === 'none', 1_500);
    if (still.step.kind !== 'none') {
      await this.s.page.keyboard.press('Escape').catch(() => undefined);
      await this.waitForStep((k) => k === 'none', 1_500);
    }
  }
}
