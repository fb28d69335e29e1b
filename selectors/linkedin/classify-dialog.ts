// Which dialog is showing. Dialogs are identified by their own structure (ids, classes, test hooks,
// inputs, /premium/ links) and then by phrase tables — never "the first dialog on the page": closed
// <dialog>s, caption-settings dialogs and the messaging overlay also match generic dialog selectors.
import type { PhraseTable } from './locales/types.ts';
import type { DialogSignal } from './signals.ts';
import { containsAny, equalsAny, matchPattern } from './text.ts';

export type DialogKind =
  | 'invite'
  | 'inviteNote'
  | 'noteQuota'
  | 'emailGate'
  | 'howDoYouKnow'
  | 'weeklyLimit'
  | 'withdrawConfirm'
  | 'removeConfirm'
  | 'unfollowConfirm';

/** Precedence when several recognised dialogs are open at once (most blocking first). */
export const DIALOG_PRECEDENCE: readonly DialogKind[] = [
  'weeklyLimit',
  'emailGate',
  'noteQuota',
  'inviteNote',
  'howDoYouKnow',
  'invite',
  'withdrawConfirm',
  'removeConfirm',
  'unfollowConfirm',
];

export interface DialogVerdict {
  kind: DialogKind | null;
  by: string;
  /** Index into the signals' dialogs array. */
  index: number;
  /** Note-length limit read from the dialog (counter "0/200" or textarea maxlength); null if absent. */
  noteLimit: number | null;
  /** Primary send control disabled (email gate: "Send without a note" disabled until an email is given). */
  primaryDisabled: boolean;
}

/** A dialog that is actually showing (open <dialog>, or visible role=dialog container). */
export function isShowing(d: DialogSignal): boolean {
  if (d.open === false) return false;
  return d.visible;
}

function hasButton(d: DialogSignal, phrases: readonly string[]): boolean {
  return d.buttons.some((b) => equalsAny(b.text, phrases) || equalsAny(b.ariaLabel, phrases));
}

function isInviteStructure(d: DialogSignal): string | null {
  if (d.ariaLabelledBy === 'send-invite-modal') return 'structure:labelledby-send-invite-modal';
  if (d.classes.includes('send-invite')) return 'structure:class-send-invite';
  if (d.dataTestModalId === 'send-invite-modal') return 'structure:test-modal-id';
  if (d.textarea && (d.textarea.id === 'custom-message' || d.textarea.id === 'connect-cta-form__invitation'))
    return 'structure:custom-message-textarea';
  if (d.classes.some((c) => c.startsWith('connect-cta-form'))) return 'structure:connect-cta-form';
  return null;
}

export function noteLimitOf(d: DialogSignal): number | null {
  for (const c of d.counters) {
    const m = /\/\s*(\d{2,4})$/.exec(c);
    if (m) return Number(m[1]);
  }
  if (d.textarea?.maxLength && d.textarea.maxLength > 0) return d.textarea.maxLength;
  return null;
}

export function classifyDialog(d: DialogSignal, phrases: PhraseTable | null, index = 0): DialogVerdict {
  const base = { index, noteLimit: noteLimitOf(d), primaryDisabled: primaryDisabled(d) };
  const verdict = (kind: DialogKind | null, by: string): DialogVerdict => ({ ...base, kind, by });
  const text = `${d.heading} ${d.text}`;

  // Weekly limit first: its 2026 variant also carries a /premium/ link (so it is not a note quota).
  if (d.classes.some((c) => c.startsWith('ip-fuse-limit-alert')) || d.id === 'ip-fuse-limit-alert') {
    return verdict('weeklyLimit', 'structure:ip-fuse-limit-alert');
  }
  if (phrases && containsAny(text, phrases.weeklyLimit)) return verdict('weeklyLimit', 'text:weeklyLimit');

  const invite = isInviteStructure(d);
  const inviteByText =
    phrases !== null &&
    (equalsAny(d.heading, phrases.inviteHeading) ||
      hasButton(d, phrases.addNote) ||
      hasButton(d, phrases.sendWithoutNote));
  if (invite || inviteByText) {
    const by = invite ?? 'text:invite-buttons';
    if (d.emailInput) return verdict('emailGate', `${by}+email-input`);
    if (phrases && containsAny(text, phrases.emailGate)) return verdict('emailGate', `${by}+text:emailGate`);
    if (d.premiumLink && !d.textarea) return verdict('noteQuota', `${by}+premium-link`);
    if (phrases && containsAny(text, phrases.noteQuota) && !d.textarea)
      return verdict('noteQuota', `${by}+text:noteQuota`);
    if (d.textarea) return verdict('inviteNote', `${by}+textarea`);
    // The pre-2021 relationship chooser (A11): choice buttons in the modal's content, not in its action
    // bar — the first invite step (A9, real PL markup) has only text there.
    if (d.buttons.filter((b) => b.region === 'content' && !b.dataTestModalCloseBtn).length >= 2)
      return verdict('howDoYouKnow', `${by}+structure:chooser-buttons`);
    if (phrases && matchPattern(d.heading, phrases.howDoYouKnow) !== null)
      return verdict('howDoYouKnow', `${by}+text:howDoYouKnow`);
    return verdict('invite', by);
  }
  // The quota upsell can replace the invite dialog entirely.
  if (d.premiumLink && phrases && containsAny(text, phrases.noteQuota))
    return verdict('noteQuota', 'structure:premium-link+text:noteQuota');
  if (phrases && matchPattern(d.heading, phrases.howDoYouKnow) !== null)
    return verdict('howDoYouKnow', 'text:howDoYouKnow');

  // Confirmations.
  if (d.buttons.some((b) => b.dataControlName === 'confirm_removed'))
    return verdict('removeConfirm', 'structure:confirm_removed');
  if (phrases) {
    if (d.buttons.some((b) => matchPattern(b.ariaLabel, phrases.withdrawLabel) !== null))
      return verdict('withdrawConfirm', 'label:withdraw-invitation-sent-to');
    if (
      containsAny(d.heading, phrases.withdrawConfirm) ||
      (hasButton(d, phrases.withdraw) && hasButton(d, phrases.cancel))
    ) {
      return verdict('withdrawConfirm', 'text:withdrawConfirm');
    }
    if (
      containsAny(d.heading, phrases.removeConfirm) ||
      (hasButton(d, [...phrases.remove, ...phrases.removeConnection]) && hasButton(d, phrases.cancel))
    ) {
      return verdict('removeConfirm', 'text:removeConfirm');
    }
    if (
      containsAny(d.heading, phrases.unfollowConfirm) ||
      (hasButton(d, phrases.unfollow) && hasButton(d, phrases.cancel))
    ) {
      return verdict('unfollowConfirm', 'text:unfollowConfirm');
    }
  }
  // Which confirmation it is (withdraw / remove / unfollow) is only said in words; its shape is not.
  // Name the shape so the report says "a confirmation nobody could name" instead of nothing.
  if (isConfirmShape(d)) return verdict(null, 'structure:confirm-shape-unnamed');
  return verdict(null, 'unrecognised');
}

/**
 * A two-choice confirmation: the Ember confirm-dialog buttons (linkedin-dom A4/A15
 * `artdeco-modal__confirm-dialog-btn`), or a native `<dialog open>` with exactly two action buttons
 * (A3/A15 SDUI confirmations).
 */
export function isConfirmShape(d: DialogSignal): boolean {
  if (d.buttons.some((b) => b.classes.includes('artdeco-modal__confirm-dialog-btn'))) return true;
  return (
    d.tag === 'dialog' &&
    d.open === true &&
    d.buttons.filter((b) => b.region === 'actionbar' && !b.dataTestModalCloseBtn).length === 2
  );
}

function primaryDisabled(d: DialogSignal): boolean {
  const primaries = d.buttons.filter((b) => b.classes.includes('artdeco-button--primary'));
  const last = primaries[primaries.length - 1];
  return last ? last.disabled : false;
}

export interface DialogsVerdict {
  /** The most blocking recognised dialog that is showing, or null. */
  dialog: DialogKind | null;
  verdicts: DialogVerdict[];
  /** Showing dialogs nobody recognised (a blocker the drivers cannot name). */
  unrecognised: number;
}

export function classifyDialogs(
  dialogs: readonly DialogSignal[],
  phrases: PhraseTable | null,
): DialogsVerdict {
  const verdicts: DialogVerdict[] = [];
  let unrecognised = 0;
  dialogs.forEach((d, i) => {
    if (!isShowing(d)) return;
    const v = classifyDialog(d, phrases, i);
    verdicts.push(v);
    if (v.kind === null) unrecognised++;
  });
  let best: DialogKind | null = null;
  for (const k of DIALOG_PRECEDENCE) {
    if (verdicts.some((v) => v.kind === k)) {
      best = k;
      break;
    }
  }
  return { dialog: best, verdicts, unrecognised };
}
