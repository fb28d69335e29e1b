// Confirmation dialogs (linkedin-dom.md A3, A4, A14, A15): withdraw an invitation, remove a connection,
// unfollow. Named by the selectors' dialog classifier; the confirm control is found by its own
// descriptor inside the dialog, then by position (SDUI footers: the primary is the last button).
import type { Locator } from 'playwright';
import { resolve, sel, type Descriptor, type ResolveContext } from '../../selectors/linkedin/index.ts';
import { readState, waitForReading, type Reading } from './page-state.ts';
import type { LinkedInSession } from './session.ts';

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

export class ConfirmDialog {
  constructor(private readonly s: LinkedInSession) {}

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

  /** The confirm control of a showing confirmation, scoped to that dialog. */
  async confirmControl(kind: ConfirmKind, ctx: ResolveContext): Promise<Locator | null> {
    const dialog = await resolve(this.s.page, DIALOG[kind], ctx);
    if (!dialog) return null;
    const scope = dialog.locator.first();
    for (const d of CONFIRM[kind]) {
      const hit = await resolve(scope, d, ctx);
      if (hit) {
        this.s.log?.debug({ selector: d.id, key: hit.key }, 'selector matched');
        return hit.locator.first();
      }
    }
    return null;
  }

  async click(control: Locator): Promise<void> {
    await this.s.pacing.pause('step');
    await control.click({ timeout: this.s.timeouts.actionMs });
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
    const hit = await resolve(this.s.page, sel.dialogs.invite.dismiss, r.ctx).catch(() => null);
    const dismiss = hit
      ? hit.locator.first()
      : this.s.page.locator('dialog[open] button[data-test-modal-close-btn]').first();
    if ((await dismiss.count().catch(() => 0)) > 0)
      await dismiss.click({ timeout: this.s.timeouts.actionMs }).catch(() => undefined);
    await this.s.page.keyboard.press('Escape').catch(() => undefined);
    await waitForReading(this.s, (x) => x.state.dialogs.unrecognised === 0, 1_500);
  }
}
