// st.withdrawConnectionRequest on the recorded LinkedIn: withdraw from the profile's Pending control
// (both front ends, German), unfollow through More, notPending and the other refusals, and the Sent tab
// that the action falls back to. Outcome and effects asserted together.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withdrawConnectionRequest } from '../../src/actions/st/withdraw-connection-request.ts';
import { ConfirmDialog } from '../../drivers/linkedin/confirm-dialog.ts';
import { SentInvitationsTab } from '../../drivers/linkedin/invitation-manager.ts';
import {
  driverSession,
  launchBrowser,
  openReplaySession,
  person,
  runHandler,
  type ReplaySessionOptions,
} from '../support/replay-session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withdraw(opts: ReplaySessionOptions, vanity: string, params: Record<string, unknown> = {}) {
  const s = await openReplaySession(browser, opts);
  try {
    const outcome = await runHandler(withdrawConnectionRequest, s, { subject: person(vanity), params });
    return { outcome, effects: s.replay.effects(), unhandled: s.replay.unhandled() };
  } finally {
    await s.close();
  }
}

describe.each(['sdui', 'ember'] as const)('st.withdrawConnectionRequest (%s)', (frontEnd) => {
  const demo: ReplaySessionOptions = { scenario: 'demo', frontEnd };

  it('withdraws the invitation to John Doe without unfollowing when told so', async () => {
    const r = await withdraw(demo, 'johndoe', { unfollow: false });
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([{ type: 'withdrawal', person: 'johndoe' }]);
    expect(r.unhandled).toEqual([]);
  });

  it('withdraws and unfollows by default', async () => {
    const r = await withdraw(demo, 'janesmith');
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([
      { type: 'withdrawal', person: 'janesmith' },
      { type: 'unfollow', person: 'janesmith' },
    ]);
  });

  it('reports notPending for a connection and for someone never invited, touching nothing', async () => {
    const s = await openReplaySession(browser, demo);
    try {
      const connected = await runHandler(withdrawConnectionRequest, s, { subject: person('person4') });
      const never = await runHandler(withdrawConnectionRequest, s, { subject: person('person2') });
      const expected = {
        kind: 'failure',
        error: { type: 'notPending', message: 'There is no pending connection request to this person.' },
      };
      expect(connected).toEqual(expected);
      expect(never).toEqual(expected);
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('st.withdrawConnectionRequest: other results', () => {
  it('reports personNotFound and selfProfileNotAllowed', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      expect(
        await runHandler(withdrawConnectionRequest, s, { subject: person('no-such-person-xyz') }),
      ).toMatchObject({
        kind: 'failure',
        error: { type: 'personNotFound' },
      });
      expect(await runHandler(withdrawConnectionRequest, s, { subject: person('me') })).toMatchObject({
        kind: 'failure',
        error: { type: 'selfProfileNotAllowed' },
      });
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('works the same in the German UI', async () => {
    const r = await withdraw({ scenario: 'locale-de' }, 'carlossantos', { unfollow: false });
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([{ type: 'withdrawal', person: 'carlossantos' }]);
  });

  it('withdraws and unfollows in the German UI (German confirmation dialogs)', async () => {
    const r = await withdraw({ scenario: 'locale-de' }, 'carlossantos');
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([
      { type: 'withdrawal', person: 'carlossantos' },
      { type: 'unfollow', person: 'carlossantos' },
    ]);
    expect(r.unhandled).toEqual([]);
  });

  it.each(['sdui', 'ember'] as const)(
    'the Sent tab fallback finds the card, withdraws and the card is gone (%s)',
    async (frontEnd) => {
      const s = await openReplaySession(browser, { scenario: 'many-pending', frontEnd });
      try {
        const session = await driverSession(s);
        const tab = new SentInvitationsTab(session);
        await tab.open();
        // Carlos Santos is on a later page/batch of the 27 invitations.
        const card = await tab.findCard('carlossantos');
        expect(card?.invitation.vanity).toBe('carlossantos');
        expect(await card!.withdraw()).toEqual({ clicked: true });
        const confirm = new ConfirmDialog(session);
        const r = await confirm.waitFor('withdrawConfirm');
        expect(r).not.toBeNull();
        const button = await confirm.confirmControl('withdrawConfirm', r!.ctx);
        await button!.click();
        expect(await confirm.waitClosed('withdrawConfirm')).toBe(true);
        expect(s.replay.effects()).toEqual([{ type: 'withdrawal', person: 'carlossantos' }]);
        await tab.open();
        expect(await tab.findCard('carlossantos')).toBeNull();
      } finally {
        await s.close();
      }
    },
  );
});
