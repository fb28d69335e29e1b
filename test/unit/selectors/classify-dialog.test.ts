// Dialog recognition from structure first (ids, classes, inputs, /premium/ links), then phrases.
import { describe, expect, it } from 'vitest';
import { classifyDialog, classifyDialogs, noteLimitOf } from '../../../selectors/linkedin/classify-dialog.ts';
import { de } from '../../../selectors/linkedin/locales/de.ts';
import { en } from '../../../selectors/linkedin/locales/en.ts';
import { dialog } from './build-signals.ts';

const invite = {
  ariaLabelledBy: 'send-invite-modal',
  classes: ['artdeco-modal', 'send-invite'],
  where: 'shadow' as const,
  interop: true,
};

describe('classifyDialog', () => {
  it('invite dialog in the interop shadow root, any language', () => {
    expect(classifyDialog(dialog(invite), null).kind).toBe('invite');
  });
  it('note step: textarea; limit from the counter, else maxlength', () => {
    const d = dialog({
      ...invite,
      textarea: { id: 'custom-message', name: 'message', maxLength: null, placeholder: null, valueLength: 0 },
      counters: ['0/200'],
    });
    const v = classifyDialog(d, en);
    expect(v.kind).toBe('inviteNote');
    expect(v.noteLimit).toBe(200);
    expect(
      noteLimitOf(
        dialog({
          textarea: { id: null, name: null, maxLength: 300, placeholder: null, valueLength: 0 },
          counters: [],
        }),
      ),
    ).toBe(300);
  });
  it('email gate: an email input inside the invite dialog', () => {
    expect(classifyDialog(dialog({ ...invite, emailInput: true }), null).kind).toBe('emailGate');
  });
  it('email gate by text when the input is untyped', () => {
    expect(
      classifyDialog(
        dialog({ ...invite, text: 'To verify this member knows you, please enter their email to connect.' }),
        en,
      ).kind,
    ).toBe('emailGate');
  });
  it('note quota: a /premium/ link in the invite dialog', () => {
    expect(classifyDialog(dialog({ ...invite, premiumLink: true }), null).kind).toBe('noteQuota');
  });
  it('weekly limit beats the premium link it may carry', () => {
    expect(classifyDialog(dialog({ classes: ['ip-fuse-limit-alert'], premiumLink: true }), null).kind).toBe(
      'weeklyLimit',
    );
    expect(
      classifyDialog(dialog({ heading: 'You’ve reached the weekly invitation limit', premiumLink: true }), en)
        .kind,
    ).toBe('weeklyLimit');
  });
  it('invite dialog recognised by its German buttons only with the DE table', () => {
    const d = dialog({
      buttons: [
        {
          ariaLabel: 'Notiz hinzufügen',
          text: 'Notiz hinzufügen',
          disabled: false,
          classes: [],
          dataTestModalCloseBtn: false,
          dataViewName: null,
          dataControlName: null,
          type: 'submit',
        },
        {
          ariaLabel: 'Ohne Notiz senden',
          text: 'Ohne Notiz senden',
          disabled: false,
          classes: [],
          dataTestModalCloseBtn: false,
          dataViewName: null,
          dataControlName: null,
          type: 'submit',
        },
      ],
    });
    expect(classifyDialog(d, de).kind).toBe('invite');
    expect(classifyDialog(d, en).kind).toBeNull();
    expect(classifyDialog(d, null).kind).toBeNull();
  });
  it('withdraw confirmation (SDUI dialog[open] with "Withdraw invitation sent to …")', () => {
    const b = {
      ariaLabel: 'Withdraw invitation sent to Avery Quinn',
      text: 'Withdraw',
      disabled: false,
      classes: [],
      dataTestModalCloseBtn: false,
      dataViewName: null,
      dataControlName: null,
      type: null,
    };
    expect(classifyDialog(dialog({ tag: 'dialog', open: true, buttons: [b] }), en).kind).toBe(
      'withdrawConfirm',
    );
  });
  it('remove confirmation by its control-name hook', () => {
    const b = {
      ariaLabel: null,
      text: 'Remove',
      disabled: false,
      classes: [],
      dataTestModalCloseBtn: false,
      dataViewName: null,
      dataControlName: 'confirm_removed',
      type: null,
    };
    expect(classifyDialog(dialog({ buttons: [b] }), null).kind).toBe('removeConfirm');
  });
});

describe('classifyDialogs', () => {
  it('ignores closed <dialog>s and unknown dialogs, keeps precedence', () => {
    const v = classifyDialogs(
      [
        dialog({ tag: 'dialog', open: false, visible: false, ...invite }),
        dialog({ ariaLabel: 'Caption Settings Dialog' }),
        dialog({
          ...invite,
          textarea: {
            id: 'custom-message',
            name: 'message',
            maxLength: null,
            placeholder: null,
            valueLength: 0,
          },
        }),
        dialog({ classes: ['ip-fuse-limit-alert'] }),
      ],
      en,
    );
    expect(v.dialog).toBe('weeklyLimit');
    expect(v.unrecognised).toBe(1);
    expect(
      classifyDialogs([dialog({ tag: 'dialog', open: false, visible: false, ...invite })], en).dialog,
    ).toBeNull();
  });
});
