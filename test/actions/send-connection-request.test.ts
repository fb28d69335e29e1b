// st.sendConnectionRequest on the recorded LinkedIn (route replay, real headless Chromium): every result
// and error type, asserting both the outcome and the replay's effects (exactly one invitation with the
// exact note and email, or none), in both front ends and in German.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendConnectionRequest } from '../../src/actions/st/send-connection-request.ts';
import { withdrawConnectionRequest } from '../../src/actions/st/withdraw-connection-request.ts';
import {
  launchBrowser,
  openReplaySession,
  person,
  runHandler,
  type ReplaySessionOptions,
} from '../support/replay-session.ts';

const NOTE = 'Hi, I’d like to connect with you to discuss potential collaboration.';
const EMAIL = 'example1@gmail.com';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function send(opts: ReplaySessionOptions, vanity: string, params: Record<string, unknown> = {}) {
  const s = await openReplaySession(browser, opts);
  try {
    const outcome = await runHandler(sendConnectionRequest, s, { subject: person(vanity), params });
    return {
      outcome,
      effects: s.replay.effects(),
      captures: [...s.captures],
      unhandled: s.replay.unhandled(),
    };
  } finally {
    await s.close();
  }
}

describe.each(['sdui', 'ember'] as const)('st.sendConnectionRequest (%s)', (frontEnd) => {
  const demo: ReplaySessionOptions = { scenario: 'demo', frontEnd };

  it('sends to person1 with a note and the email the person requires', async () => {
    const r = await send(demo, 'person1', { note: NOTE, email: EMAIL });
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([{ type: 'invitation', person: 'person1', note: NOTE, email: EMAIL }]);
    expect(r.unhandled).toEqual([]);
  });

  it('sends to person1 with the email and no note: Send in the email gate itself', async () => {
    // The gate stays on screen until LinkedIn answers; reading it right after Send is no refusal.
    const r = await send(demo, 'person1', { email: EMAIL });
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([{ type: 'invitation', person: 'person1', email: EMAIL }]);
    expect(r.unhandled).toEqual([]);
  });

  it('refuses person1 without an email (emailRequired), sending nothing', async () => {
    const r = await send(demo, 'person1', { note: NOTE });
    expect(r.outcome).toEqual({
      kind: 'failure',
      error: {
        type: 'emailRequired',
        message: 'The person requires an email address to send a connection request.',
      },
    });
    expect(r.effects).toEqual([]);
  });

  it('finds Connect under More for person2 and sends the note', async () => {
    const r = await send(demo, 'person2', { note: 'Hello Tomas' });
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([{ type: 'invitation', person: 'person2', note: 'Hello Tomas' }]);
  });

  it('sends without a note when none is given', async () => {
    const r = await send(demo, 'person2');
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([{ type: 'invitation', person: 'person2' }]);
  });

  it('reports alreadyPending, alreadyConnected, selfProfileNotAllowed without touching anything', async () => {
    const s = await openReplaySession(browser, demo);
    try {
      const pending = await runHandler(sendConnectionRequest, s, { subject: person('johndoe') });
      const connected = await runHandler(sendConnectionRequest, s, { subject: person('person4') });
      const self = await runHandler(sendConnectionRequest, s, { subject: person('me') });
      expect(pending).toMatchObject({ kind: 'failure', error: { type: 'alreadyPending' } });
      expect(connected).toMatchObject({ kind: 'failure', error: { type: 'alreadyConnected' } });
      expect(self).toMatchObject({ kind: 'failure', error: { type: 'selfProfileNotAllowed' } });
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('reports requestNotAllowed for a follow-only person (no Connect anywhere)', async () => {
    const r = await send(demo, 'person5', { note: 'hi' });
    expect(r.outcome).toEqual({
      kind: 'failure',
      error: { type: 'requestNotAllowed', message: 'LinkedIn offers no Connect option for this person.' },
    });
    expect(r.effects).toEqual([]);
  });
});

describe('st.sendConnectionRequest: LinkedIn limits and the note', () => {
  it('reports personNotFound for a profile that does not exist', async () => {
    const r = await send({ scenario: 'demo' }, 'no-such-person-xyz');
    expect(r.outcome).toMatchObject({ kind: 'failure', error: { type: 'personNotFound' } });
    expect(r.effects).toEqual([]);
  });

  it('reports the weekly limit dialog as requestNotAllowed and asks for a hold', async () => {
    const r = await send({ scenario: 'weekly-limit' }, 'person2', { note: 'hi' });
    expect(r.outcome).toEqual({
      kind: 'failure',
      error: { type: 'requestNotAllowed', message: "LinkedIn's weekly invitation limit has been reached." },
      hold: 'weeklyInvitationLimit',
    });
    expect(r.effects).toEqual([]);
  });

  it('reports noteLimitExceeded when the free note quota is used up, sending nothing', async () => {
    const r = await send({ scenario: 'note-quota' }, 'person2', { note: 'hi' });
    expect(r.outcome).toMatchObject({
      kind: 'failure',
      error: { type: 'noteLimitExceeded' },
      hold: 'noteQuota',
    });
    expect(r.effects).toEqual([]);
  });

  it('still sends without a note when the note quota is used up', async () => {
    const r = await send({ scenario: 'note-quota' }, 'person2');
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([{ type: 'invitation', person: 'person2' }]);
  });

  it('reads the 200-character limit of a free account from the dialog (noteTooLong, nothing sent)', async () => {
    const note = 'n'.repeat(250);
    const r = await send({ scenario: 'demo', frontEnd: 'sdui' }, 'person2', { note });
    expect(r.outcome).toEqual({
      kind: 'failure',
      error: {
        type: 'noteTooLong',
        message: 'The note has 250 characters; LinkedIn allows at most 200 for this account.',
      },
    });
    expect(r.effects).toEqual([]);
  });

  it('sends a 250-character note from a Premium account (limit 300 read from the dialog)', async () => {
    const note = 'p'.repeat(250);
    const r = await send({ scenario: 'premium', frontEnd: 'ember' }, 'person2', { note });
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([{ type: 'invitation', person: 'person2', note }]);
  });

  it('reports a recent withdrawal as requestNotAllowed (LinkedIn will not resend yet)', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd: 'sdui' });
    try {
      expect(await runHandler(sendConnectionRequest, s, { subject: person('person2') })).toEqual({
        kind: 'success',
      });
      expect(
        await runHandler(withdrawConnectionRequest, s, {
          subject: person('person2'),
          params: { unfollow: false },
        }),
      ).toEqual({ kind: 'success' });
      const again = await runHandler(sendConnectionRequest, s, { subject: person('person2') });
      expect(again).toMatchObject({ kind: 'failure', error: { type: 'requestNotAllowed' } });
      expect((again as { error: { message: string } }).error.message).toMatch(/withdrawn recently/);
      expect(s.replay.effects()).toEqual([
        { type: 'invitation', person: 'person2' },
        { type: 'withdrawal', person: 'person2' },
      ]);
    } finally {
      await s.close();
    }
  });

  it('works the same in the German UI (email gate and note)', async () => {
    const r = await send({ scenario: 'locale-de' }, 'person1', {
      note: 'Hallo, lass uns vernetzen.',
      email: EMAIL,
    });
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([
      { type: 'invitation', person: 'person1', note: 'Hallo, lass uns vernetzen.', email: EMAIL },
    ]);
    const gate = await send({ scenario: 'locale-de' }, 'person1');
    expect(gate.outcome).toMatchObject({ kind: 'failure', error: { type: 'emailRequired' } });
    expect(gate.effects).toEqual([]);
  });
});

// The invite dialog in each shape LinkedIn uses on SDUI pages (scenario option inviteDialog): the driver must
// find and drive it in every one, email gate and note step included. The scenarios' default shape,
// interop-shadow-root, is the first test of the SDUI block above (same scenario, person and note): a copy
// of it here ran the same Chromium session twice.
describe.each(['preload-iframe', 'dialog', 'alertdialog'] as const)(
  'st.sendConnectionRequest with the invite dialog as %s (SDUI)',
  (inviteDialog) => {
    it('sends to person1 with a note and the email the person requires', async () => {
      const r = await send({ scenario: 'demo', frontEnd: 'sdui', overrides: { inviteDialog } }, 'person1', {
        note: NOTE,
        email: EMAIL,
      });
      expect(r.outcome).toEqual({ kind: 'success' });
      expect(r.effects).toEqual([{ type: 'invitation', person: 'person1', note: NOTE, email: EMAIL }]);
      expect(r.unhandled).toEqual([]);
    });
  },
);
