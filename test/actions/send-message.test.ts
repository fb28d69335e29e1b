// st.sendMessage on the recorded LinkedIn: the profile's Message control → the person's overlay bubble
// (both front ends) → one Send, verified in the thread; a reply by threadId on the full messaging page;
// the refusals (InMail only, no such person, no such thread); exactly once across a crash (journal);
// bad input rejected by validation; and the text never reaching the logs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendMessage } from '../../src/actions/st/send-message.ts';
import { Journal } from '../../src/engine/policy/journal.ts';
import { openStore } from '../../src/store/index.ts';
import { validateWorkflow } from '../../src/workflow/validate.ts';
import { IMPLEMENTED_ACTIONS } from '../../src/actions/index.ts';
import { testServices } from '../support/action-services.ts';
import {
  launchBrowser,
  openReplaySession,
  person,
  runHandler,
  type ReplaySessionOptions,
} from '../support/replay-session.ts';

const TEXT = 'Hi Dana, following up on the data engineer role — shall we talk on Thursday?';
/** The demo inbox's one thread (with person4, Dana Whitfield): fixtures/linkedin/messaging/thread/ember-en. */
const THREAD = '2-Rml4dHVyZVRocmVhZDAwMQ==';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function send(opts: ReplaySessionOptions, params: Record<string, unknown>, vanity?: string) {
  const s = await openReplaySession(browser, opts);
  try {
    const outcome = await runHandler(sendMessage, s, {
      params,
      ...(vanity ? { subject: person(vanity) } : {}),
    });
    return { outcome, effects: s.replay.effects(), unhandled: s.replay.unhandled(), captures: s.captures };
  } finally {
    await s.close();
  }
}

describe.each(['ember', 'sdui'] as const)('st.sendMessage from the profile (%s)', (frontEnd) => {
  it('messages a 1st-degree connection (person4) once, through the overlay bubble', async () => {
    const r = await send({ scenario: 'demo', frontEnd }, { text: TEXT }, 'person4');
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.effects).toEqual([{ type: 'message', person: 'person4', text: TEXT }]);
    expect(r.unhandled).toEqual([]);
  });

  it('reports messagingNotAllowed when Message offers only InMail (person5), sending nothing', async () => {
    const r = await send({ scenario: 'demo', frontEnd }, { text: 'Hello!' }, 'person5');
    expect(r.outcome).toEqual({
      kind: 'failure',
      error: { type: 'messagingNotAllowed', message: expect.stringContaining('InMail') },
    });
    expect(r.effects).toEqual([]);
  });
});

describe('st.sendMessage: other results', () => {
  it('reports personNotFound and selfProfileNotAllowed', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      expect(
        await runHandler(sendMessage, s, { subject: person('no-such-person-xyz'), params: { text: 'Hi' } }),
      ).toMatchObject({ kind: 'failure', error: { type: 'personNotFound' } });
      expect(await runHandler(sendMessage, s, { subject: person('me'), params: { text: 'Hi' } })).toMatchObject(
        { kind: 'failure', error: { type: 'selfProfileNotAllowed' } },
      );
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('replies into a thread by threadId on the full messaging page', async () => {
    const r = await send({ scenario: 'demo' }, { threadId: THREAD, text: TEXT }, undefined);
    expect(r.outcome).toEqual({ kind: 'success', subject: { kind: 'conversation', threadId: THREAD } });
    expect(r.effects).toEqual([{ type: 'message', person: 'person4', text: TEXT }]);
  });

  it('reports threadNotFound for a thread the inbox does not have', async () => {
    const r = await send({ scenario: 'demo' }, { threadId: '2-Tm9TdWNoVGhyZWFk', text: TEXT });
    expect(r.outcome).toEqual({
      kind: 'failure',
      error: { type: 'threadNotFound', message: 'The account has no conversation with this thread id.' },
    });
    expect(r.effects).toEqual([]);
  });
});
