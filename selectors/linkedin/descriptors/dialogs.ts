// Dialogs (../shared/spec/linkedin-dom.md A3, A4, A9–A13, A15). Searched in the light DOM, in
// `#interop-outlet`'s shadow root (Playwright CSS pierces open shadow roots) and in `/preload/` iframes;
// identified by their own ids, classes, hooks and buttons — never "the first dialog on the page". Closed
// <dialog>s are excluded by `dialog[open]` and by resolve's visibility filter.
import type { Descriptor } from '../descriptor.ts';
import { exact, fragments, pattern } from './names.ts';

/** Any open dialog, whichever way it is marked up (closed <dialog>s excluded). */
export const OPEN_DIALOG = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

export const inviteDialog: Descriptor = {
  id: 'dialog.invite',
  description: 'The "Add a note to your invitation?" dialog and its later steps',
  searchPreloadFrames: true,
  candidates: [
    {
      key: 'inviteDialog.labelledby-send-invite-modal',
      css: '[aria-labelledby="send-invite-modal"]:is([role="dialog"], [role="alertdialog"], dialog[open])',
      note: 'A9 real PL dump',
    },
    { key: 'inviteDialog.send-invite-class', css: '.artdeco-modal.send-invite' },
    {
      key: 'inviteDialog.test-modal-id',
      css: '[data-test-modal-id="send-invite-modal"]',
      note: 'A11 older flow',
    },
    {
      key: 'inviteDialog.role-heading',
      roles: ['dialog', 'alertdialog'],
      name: exact((p) => p.inviteHeading),
    },
    {
      key: 'inviteDialog.by-buttons',
      css: OPEN_DIALOG,
      text: (p) => fragments([...p.addNote, ...p.sendWithoutNote]),
    },
  ],
};

export const inviteAddNote: Descriptor = {
  id: 'dialog.invite.addNote',
  description: '"Add a note" (secondary button)',
  parent: inviteDialog,
  candidates: [
    { key: 'invite.addNote.name', roles: ['button'], name: exact((p) => p.addNote) },
    {
      key: 'invite.addNote.ember-secondary',
      css: '.artdeco-modal__actionbar button.artdeco-button--secondary',
      note: 'positional: verify the textarea appears',
    },
  ],
};

export const inviteSendWithoutNote: Descriptor = {
  id: 'dialog.invite.sendWithoutNote',
  description: '"Send without a note" (primary button of the first step)',
  parent: inviteDialog,
  candidates: [
    {
      key: 'invite.sendWithoutNote.name',
      roles: ['button'],
      name: exact((p) => [...p.sendWithoutNote, ...p.sendNow]),
    },
    {
      key: 'invite.sendWithoutNote.ember-primary',
      css: '.artdeco-modal__actionbar button.artdeco-button--primary',
      note: 'positional: verify the dialog closes and Pending shows',
    },
  ],
};

export const inviteSend: Descriptor = {
  id: 'dialog.invite.send',
  description: 'Send (note step; disabled until a note is typed)',
  parent: inviteDialog,
  candidates: [
    { key: 'invite.send.name', roles: ['button'], name: exact((p) => [...p.sendInvitation, ...p.send]) },
    { key: 'invite.send.connect-cta', css: 'button.connect-cta-form__send' },
    { key: 'invite.send.ember-primary', css: '.artdeco-modal__actionbar button.artdeco-button--primary' },
  ],
};

export const inviteNoteTextarea: Descriptor = {
  id: 'dialog.invite.noteTextarea',
  description: 'The note textarea',
  parent: inviteDialog,
  candidates: [
    { key: 'invite.note.custom-message', css: 'textarea#custom-message' },
    { key: 'invite.note.name-message', css: 'textarea[name="message"]' },
    { key: 'invite.note.connect-cta', css: 'textarea#connect-cta-form__invitation' },
    { key: 'invite.note.any-textarea', css: 'textarea' },
  ],
};

export const inviteNoteCounter: Descriptor = {
  id: 'dialog.invite.noteCounter',
  description: 'Character counter "0/200" (free) or "0/300" (Premium)',
  parent: inviteDialog,
  candidates: [
    {
      key: 'invite.counter.slash-text',
      css: 'span, p, div, small',
      text: () => /^\s*\d{1,4}\s*\/\s*\d{2,4}\s*$/,
    },
  ],
};

export const inviteEmailInput: Descriptor = {
  id: 'dialog.invite.emailInput',
  description: "Email gate input (the person's email)",
  parent: inviteDialog,
  candidates: [
    { key: 'invite.email.type-email', css: 'input[type="email"]' },
    { key: 'invite.email.name-email', css: 'input[name*="email" i], input[id*="email" i]' },
    { key: 'invite.email.connect-cta', css: 'input#connect-cta-form__email' },
    { key: 'invite.email.label-text-input', css: 'label input[type="text"], label input:not([type])' },
  ],
};

export const inviteDismiss: Descriptor = {
  id: 'dialog.invite.dismiss',
  description: 'Dismiss (X) of the invite dialog',
  parent: inviteDialog,
  candidates: [
    { key: 'invite.dismiss.test-hook', css: 'button[data-test-modal-close-btn]' },
    { key: 'invite.dismiss.artdeco', css: 'button.artdeco-modal__dismiss' },
    { key: 'invite.dismiss.name', roles: ['button'], name: exact((p) => [...p.dismiss, ...p.close]) },
  ],
};

export const invitePremiumLink: Descriptor = {
  id: 'dialog.invite.premiumLink',
  description: 'A /premium/ link inside the invite dialog (note-quota upsell; also on the 2026 limit page)',
  parent: inviteDialog,
  candidates: [{ key: 'invite.premium-link', css: 'a[href*="/premium/"], a[href*="/premium?"]' }],
};

export const noteQuotaUpsell: Descriptor = {
  id: 'dialog.noteQuota',
  description: 'Personalised-note quota upsell (free accounts)',
  searchPreloadFrames: true,
  candidates: [
    {
      key: 'noteQuota.dialog-premium-link-text',
      css: OPEN_DIALOG,
      has: 'a[href*="/premium/"]',
      text: (p) => fragments(p.noteQuota),
    },
    { key: 'noteQuota.dialog-text', css: OPEN_DIALOG, text: (p) => fragments(p.noteQuota) },
  ],
};

export const emailGate: Descriptor = {
  id: 'dialog.emailGate',
  description: '"To verify this member knows you, please enter their email to connect."',
  searchPreloadFrames: true,
  candidates: [
    {
      key: 'emailGate.invite-with-email-input',
      css: '.send-invite, [aria-labelledby="send-invite-modal"]',
      has: 'input[type="email"], input[name*="email" i]',
    },
    {
      key: 'emailGate.dialog-with-email-input',
      css: OPEN_DIALOG,
      has: 'input[type="email"], input[name*="email" i]',
    },
    { key: 'emailGate.text', css: OPEN_DIALOG, text: (p) => fragments(p.emailGate) },
  ],
};

export const weeklyLimitDialog: Descriptor = {
  id: 'dialog.weeklyLimit',
  description: "You've reached the weekly invitation limit",
  searchPreloadFrames: true,
  candidates: [
    { key: 'weeklyLimit.ip-fuse-limit-alert', css: '.ip-fuse-limit-alert' },
    { key: 'weeklyLimit.header-id', css: `:is(${OPEN_DIALOG}):has(#ip-fuse-limit-alert__header)` },
    { key: 'weeklyLimit.text', css: OPEN_DIALOG, text: (p) => fragments(p.weeklyLimit) },
  ],
};

export const weeklyLimitGotIt: Descriptor = {
  id: 'dialog.weeklyLimit.gotIt',
  description: '"Got it" on the limit dialog',
  parent: weeklyLimitDialog,
  candidates: [
    { key: 'weeklyLimit.gotIt.name', roles: ['button'], name: exact((p) => p.gotIt) },
    { key: 'weeklyLimit.gotIt.primary', css: 'button.artdeco-button--primary' },
  ],
};

const CONFIRM_EMBER = '.artdeco-modal:has(.artdeco-modal__actionbar--confirm-dialog)';

export const withdrawConfirm: Descriptor = {
  id: 'dialog.withdrawConfirm',
  description: 'Withdraw invitation? (profile Pending or Sent tab)',
  searchPreloadFrames: true,
  candidates: [
    {
      key: 'withdrawConfirm.dialog-withdraw-label',
      css: OPEN_DIALOG,
      has: 'button[aria-label]',
      text: (p) => fragments(p.withdrawConfirm),
    },
    {
      key: 'withdrawConfirm.ember-confirm-text',
      css: CONFIRM_EMBER,
      text: (p) => fragments(p.withdrawConfirm),
    },
  ],
};

export const withdrawConfirmButton: Descriptor = {
  id: 'dialog.withdrawConfirm.confirm',
  description: 'Withdraw (primary) in the confirmation',
  parent: withdrawConfirm,
  candidates: [
    { key: 'withdrawConfirm.confirm.label', roles: ['button'], name: pattern((p) => p.withdrawLabel) },
    { key: 'withdrawConfirm.confirm.name', roles: ['button'], name: exact((p) => p.withdraw) },
    {
      key: 'withdrawConfirm.confirm.ember-primary',
      css: 'button.artdeco-modal__confirm-dialog-btn.artdeco-button--primary',
    },
    { key: 'withdrawConfirm.confirm.primary-hook', css: 'button[data-test-dialog-primary-btn]' },
  ],
};

export const withdrawCancelButton: Descriptor = {
  id: 'dialog.withdrawConfirm.cancel',
  description: 'Cancel in the withdraw confirmation',
  parent: withdrawConfirm,
  candidates: [
    { key: 'withdrawConfirm.cancel.name', roles: ['button'], name: exact((p) => p.cancel) },
    {
      key: 'withdrawConfirm.cancel.ember-secondary',
      css: 'button.artdeco-modal__confirm-dialog-btn.artdeco-button--secondary',
    },
  ],
};

export const removeConfirm: Descriptor = {
  id: 'dialog.removeConfirm',
  description: 'Remove connection? confirmation',
  searchPreloadFrames: true,
  candidates: [
    {
      key: 'removeConfirm.confirm-removed-hook',
      css: `:is(${OPEN_DIALOG}):has(button[data-control-name="confirm_removed"])`,
    },
    { key: 'removeConfirm.ember-confirm-text', css: CONFIRM_EMBER, text: (p) => fragments(p.removeConfirm) },
    { key: 'removeConfirm.dialog-text', css: OPEN_DIALOG, text: (p) => fragments(p.removeConfirm) },
  ],
};

export const removeConfirmButton: Descriptor = {
  id: 'dialog.removeConfirm.confirm',
  description: 'Remove (primary) in the confirmation',
  parent: removeConfirm,
  candidates: [
    { key: 'removeConfirm.confirm.hook', css: 'button[data-control-name="confirm_removed"]' },
    {
      key: 'removeConfirm.confirm.ember-primary',
      css: 'button.artdeco-modal__confirm-dialog-btn.artdeco-button--primary',
    },
    {
      key: 'removeConfirm.confirm.name',
      roles: ['button'],
      name: exact((p) => [...p.remove, ...p.removeConnection]),
    },
    {
      key: 'removeConfirm.confirm.primary-hook',
      css: 'button[data-test-dialog-primary-btn]',
      note: 'seen on Ember confirm dialogs; not in linkedin-dom.md',
    },
  ],
};

/**
 * Primary of the SDUI remove-connection confirmation: its button says "Remove" (not "Remove
 * connection") and carries none of the Ember hooks, so `removeConfirmButton` can miss it. Name first,
 * then position (the confirm is the last footer button — followed by a state check).
 */
export const removeConfirmPrimary: Descriptor = {
  id: 'dialog.removeConfirm.primary',
  description: 'Remove (primary) in the SDUI confirmation',
  candidates: [
    { key: 'removeConfirm.confirm.remove-name', roles: ['button'], name: exact((p) => p.remove) },
    { key: 'removeConfirm.confirm.footer-last', css: 'footer button:last-child' },
  ],
};

export const unfollowConfirm: Descriptor = {
  id: 'dialog.unfollowConfirm',
  description: 'Unfollow confirmation (some builds unfollow without one)',
  searchPreloadFrames: true,
  candidates: [
    {
      key: 'unfollowConfirm.ember-confirm-text',
      css: CONFIRM_EMBER,
      text: (p) => fragments(p.unfollowConfirm),
    },
    {
      key: 'unfollowConfirm.dialog-text',
      css: OPEN_DIALOG,
      has: 'button',
      text: (p) => fragments(p.unfollowConfirm),
    },
  ],
};

export const unfollowConfirmButton: Descriptor = {
  id: 'dialog.unfollowConfirm.confirm',
  description: 'Unfollow (primary) in the confirmation',
  parent: unfollowConfirm,
  candidates: [
    { key: 'unfollowConfirm.confirm.name', roles: ['button'], name: exact((p) => p.unfollow) },
    {
      key: 'unfollowConfirm.confirm.ember-primary',
      css: 'button.artdeco-modal__confirm-dialog-btn.artdeco-button--primary',
    },
    { key: 'unfollowConfirm.confirm.primary-hook', css: 'button[data-test-dialog-primary-btn]' },
  ],
};

/** The last footer button of an SDUI confirmation (e.g. "Unfollow"; Ember has its own hooks above). */
export const confirmFooterPrimary: Descriptor = {
  id: 'dialog.confirm.footerPrimary',
  description: 'The last footer button of an SDUI confirmation dialog (its primary action)',
  candidates: [{ key: 'confirm.footer-last', css: 'footer button:last-child' }],
};

/** A15: "Take care when connecting" before accepting some invitations (View profile / Accept invite). */
export const takeCareDialog: Descriptor = {
  id: 'dialog.takeCare',
  description: '"Take care when connecting" dialog',
  searchPreloadFrames: true,
  candidates: [{ key: 'takeCare.dialog-text', css: OPEN_DIALOG, text: (p) => fragments(p.takeCare) }],
};

export const takeCareAccept: Descriptor = {
  id: 'dialog.takeCare.accept',
  description: '"Accept invite" in the take-care dialog',
  parent: takeCareDialog,
  candidates: [
    { key: 'takeCare.accept.name', roles: ['button', 'link'], name: exact((p) => p.acceptInvite) },
    {
      key: 'takeCare.accept.footer-last',
      css: 'footer button:last-child, .artdeco-modal__actionbar button.artdeco-button--primary',
    },
  ],
};

export const toastSuccess: Descriptor = {
  id: 'toast.success',
  description: 'Success toast (Ember); SDUI confirms by the control flipping to Pending',
  candidates: [
    { key: 'toast.success.ember', css: '[data-test-artdeco-toast-item-type="success"]' },
    {
      key: 'toast.success.text',
      css: '.artdeco-toast-item, section:has(> [data-testid="toasts-title"]) li',
      text: (p) => fragments(p.invitationSent),
    },
  ],
};

export const toastError: Descriptor = {
  id: 'toast.error',
  description: 'Error toast after a refused action',
  candidates: [{ key: 'toast.error.ember', css: '[data-test-artdeco-toast-item-type="error"]' }],
};

/** Dialogs and toasts (`sel.dialogs`): the one registration of these descriptors. */
export const dialogSelectors = {
  invite: {
    dialog: inviteDialog,
    addNote: inviteAddNote,
    sendWithoutNote: inviteSendWithoutNote,
    send: inviteSend,
    noteTextarea: inviteNoteTextarea,
    noteCounter: inviteNoteCounter,
    emailInput: inviteEmailInput,
    dismiss: inviteDismiss,
    premiumLink: invitePremiumLink,
  },
  noteQuotaUpsell,
  emailGate,
  weeklyLimit: { dialog: weeklyLimitDialog, gotIt: weeklyLimitGotIt },
  withdrawConfirm: {
    dialog: withdrawConfirm,
    confirm: withdrawConfirmButton,
    cancel: withdrawCancelButton,
  },
  removeConfirm: { dialog: removeConfirm, confirm: removeConfirmButton, primary: removeConfirmPrimary },
  unfollowConfirm: { dialog: unfollowConfirm, confirm: unfollowConfirmButton },
  /** The last footer button of any SDUI confirmation (its primary action). */
  confirmFooterPrimary,
  takeCare: { dialog: takeCareDialog, accept: takeCareAccept },
  toast: { success: toastSuccess, error: toastError },
} as const;
