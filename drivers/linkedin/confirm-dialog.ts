// Confirmation dialogs (../shared/spec/linkedin-dom.md A3, A4, A14, A15): withdraw an invitation, remove a
// connection, unfollow. Named by the selectors' dialog classifier; the confirm control is found by its own
// descriptor inside the dialog, then by position (SDUI footers: the primary is the last button).
import { sel, type Descriptor, type ResolveContext } from '../../selectors/linkedin/index.ts';
import type { Control } from '../shared/page-object.ts';
import { LinkedInPage } from './linkedin-page.ts';
import { readState, waitForReading, type Reading } from './page-state.ts';

export type ConfirmKind = 'withdrawConfirm' | 'removeConfirm' | 'unfollowConfirm';

const DIALOG: Record<ConfirmKind, Descriptor> = {
  withdrawConfirm: sel.dialogs.withdrawConfirm.dialog,
  removeConfirm: sel.dialogs.removeConfirm.dialog,
  unfollowConfirm: sel.dialogs.unfollowConfirm.dialog,
};

const CONFIRM: Record<ConfirmKind, readonly Descriptor[]> = {
  withdrawConfirm: [sel.dialogs.withdrawConfirm.confirm],
  removeConfirm: [sel.dialogs.removeConfirm.confirm, sel.dialogs.removeConfirm.primary],
  unfollowConfirm: [sel.dialogs.unfollowConfirm.confirm, sel.dialogs.confirmFooterPrimary],
};

function showing(r: Reading, kind: ConfirmKind): boolean {
  return r.state.dialogs.verdicts.some((v) => v.kind === kind);
}

export class ConfirmDialog extends LinkedInPage {
  /** Waits (bounded) for the confirmation of `kind`; returns the reading that shows it, or null. */
  async waitFor(kind: ConfirmKind, timeoutMs = this.s.timeouts.dialogMs): Promise<Reading | null> {
    const r = await waitForReading(this.s, (x) => showing(x, kind), timeoutMs);
    return showing(r, kind) ? r : null;
  }

  /**
   * Waits (bounded) for the confirmation of `kind` or for a dialog nobody can name (stop waiting: it
   * will not turn into ours).
   */
  async waitForOrUnknown(
    kind: ConfirmKind,
    timeoutMs = this.s.timeouts.dialogMs,
  ): Promise<'shown' | 'unrecognised' | 'none'> {
    const r = await waitForReading(
      this.s,
      (x) => showing(x, kind) || x.state.dialogs.unrecognised > 0,
      timeoutMs,
    );
    if (showing(r, kind)) return 'shown';
    return r.state.dialogs.unrecognised > 0 ? 'unrecognised' : 'none';
  }

  /**
   * The confirm control of a showing confirmation, scoped to that dialog. The caller writes its journal
   * entry, then clicks it once.
   */
  async confirmControl(kind: ConfirmKind, ctx: ResolveContext): Promise<Control | null> {
    const dialog = await this.find(DIALOG[kind], ctx);
    if (!dialog) return null;
    for (const d of CONFIRM[kind]) {
      const control = await this.findControl(d, ctx, dialog, { scroll: false });
      if (control) return control;
    }
    return null;
  }

  /** Waits (bounded) for the confirmation to go away; true when it did. */
  async waitClosed(kind: ConfirmKind, timeoutMs = this.s.timeouts.effectMs): Promise<boolean> {
    const r = await waitForReading(this.s, (x) => !showing(x, kind), timeoutMs);
    return !showing(r, kind);
  }

  /** A showing dialog the classifier could not name (another UI language, a new variant). */
  async unrecognisedShowing(): Promise<boolean> {
    const r = await readState(this.s);
    return r.state.dialogs.unrecognised > 0;
  }

  /** Closes an unrecognised dialog without choosing any of its actions: its test-hook dismiss, else Escape. */
  async closeUnrecognised(): Promise<void> {
    const r = await readState(this.s);
    const hit = await this.find(sel.dialogs.invite.dismiss, r.ctx).catch(() => null);
    const dismiss = hit ?? this.s.page.locator('dialog[open] button[data-test-modal-close-btn]').first();
    if ((await dismiss.count().catch(() => 0)) > 0)
      await dismiss.click({ timeout: this.s.timeouts.actionMs }).catch(() => undefined);
    await this.s.page.keyboard.press('Escape').catch(() => undefined);
    await waitForReading(this.s, (x) => x.state.dialogs.unrecognised === 0, 1_500);
  }
}
