// st.manageConversation on the recorded LinkedIn: each operation through the thread's own options menu
// (never another conversation's), verified by the label flipping; already in the requested state =
// success without a click; a thread the inbox does not have; as st.sendMessage's child (by thread id and
// from a profile); exactly once across a crash (journal); bad input rejected by validation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPLEMENTED_ACTIONS } from '../../src/actions/index.ts';
import { manageConversation } from '../../src/actions/st/manage-conversation.ts';
import { Journal } from '../../src/engine/policy/journal.ts';
import { openStore } from '../../src/store/index.ts';
import { validateWorkflow } from '../../src/workflow/validate.ts';
import { categoriesFor } from '../support/action-services.ts';
import { launchBrowser, openReplaySession, runHandler, runWorkflowOn } from '../support/replay-session.ts';

/** The demo inbox's one thread (with person4, Dana Whitfield): fixtures/linkedin/messaging/thread/ember-en. */
const THREAD = '2-Rml4dHVyZVRocmVhZDAwMQ==';
const SUBJECT = { kind: 'conversation', threadId: THREAD } as const;
const effect = (operation: string) => ({
  type: 'conversation',
  person: 'person4',
  thread: THREAD,
  operation,
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('st.manageConversation by threadId', () => {
  it.each([
    ['star', 'unstar'],
    ['mute', 'unmute'],
    ['archive', 'unarchive'],
  ] as const)('%s, then %s: one click each, verified by the flipped label', async (op, undo) => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      expect(
        await runHandler(manageConversation, s, { params: { threadId: THREAD, operation: op } }),
      ).toEqual({
        kind: 'success',
        subject: SUBJECT,
      });
      expect(
        await runHandler(manageConversation, s, { params: { threadId: THREAD, operation: undo } }),
      ).toEqual({
        kind: 'success',
        subject: SUBJECT,
      });
      expect(s.replay.effects()).toEqual([effect(op), effect(undo)]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('already in the requested state: success without a click', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      // Nothing is set at first: unstar, unmute and unarchive have nothing to do.
      for (const operation of ['unstar', 'unmute', 'unarchive'])
        expect(await runHandler(manageConversation, s, { params: { threadId: THREAD, operation } })).toEqual({
          kind: 'success',
          subject: SUBJECT,
        });
      expect(s.replay.effects()).toEqual([]);
      // Starred once (a fresh journal each run): a second star finds "Unstar" and clicks nothing.
      await runHandler(manageConversation, s, { params: { threadId: THREAD, operation: 'star' } });
      await runHandler(manageConversation, s, { params: { threadId: THREAD, operation: 'star' } });
      expect(s.replay.effects()).toEqual([effect('star')]);
    } finally {
      await s.close();
    }
  });

  it('reports threadNotFound for a thread the inbox does not have', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      expect(
        await runHandler(manageConversation, s, {
          params: { threadId: '2-Tm9TdWNoVGhyZWFk', operation: 'archive' },
        }),
      ).toEqual({
        kind: 'failure',
        error: { type: 'threadNotFound', message: 'The account has no conversation with this thread id.' },
      });
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('st.manageConversation under st.sendMessage', () => {
  it('acts on the thread the parent replied in (threadId)', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const out = await runWorkflowOn(s, {
        actionType: 'st.sendMessage',
        threadId: THREAD,
        text: 'Talk soon!',
        then: { actionType: 'st.manageConversation', operation: 'star' },
      });
      expect(JSON.stringify(out)).toContain('"actionType":"st.manageConversation","success":true');
      expect(s.replay.effects()).toEqual([
        { type: 'message', person: 'person4', text: 'Talk soon!' },
        effect('star'),
      ]);
    } finally {
      await s.close();
    }
  });

  it("acts on the person's thread when the parent wrote from the profile", async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd: 'ember' });
    try {
      const out = await runWorkflowOn(s, {
        actionType: 'st.sendMessage',
        personUrl: 'https://www.linkedin.com/in/person4',
        text: 'Talk soon!',
        then: { actionType: 'st.manageConversation', operation: 'mute' },
      });
      expect(JSON.stringify(out)).toContain('"actionType":"st.manageConversation","success":true');
      expect(s.replay.effects()).toEqual([
        { type: 'message', person: 'person4', text: 'Talk soon!' },
        effect('mute'),
      ]);
    } finally {
      await s.close();
    }
  });
});

describe('st.manageConversation exactly once with the action journal', () => {
  it('a re-run after a crash after the click verifies the menu and does not click again', async () => {
    const home = mkdtempSync(join(tmpdir(), 'linkwright-journal-'));
    const store = openStore(home);
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const journalFor = () =>
        new Journal({ store, account: 'test', runId: 'run-conv-1', resumeWindowMs: 3_600_000 });
      const params = { operation: 'archive' };
      // The crash: the click went through (another run made it), the journal says `attempted` only.
      const crashed = journalFor();
      const entry = await crashed.begin(crashed.keyFor('st.manageConversation', SUBJECT, params));
      await crashed.markAttempted(entry);
      await runHandler(manageConversation, s, { subject: SUBJECT, params });
      expect(s.replay.effects()).toEqual([effect('archive')]);
      const rerun = journalFor();
      expect(
        await runHandler(manageConversation, s, { subject: SUBJECT, params, services: { journal: rerun } }),
      ).toEqual({ kind: 'success', subject: SUBJECT });
      expect((await rerun.get(entry))?.state).toBe('verified');
      expect(s.replay.effects()).toEqual([effect('archive')]);
    } finally {
      await s.close();
      store.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('st.manageConversation: validation', () => {
  const problems = (wf: unknown): string => {
    const v = validateWorkflow(wf, { implemented: IMPLEMENTED_ACTIONS });
    expect(v.ok).toBe(false);
    return v.ok ? '' : `${v.error.type} ${v.error.message}`;
  };

  it('is implemented, counts toward no limit, and rejects what the catalog does not list', () => {
    expect(
      validateWorkflow(
        { actionType: 'st.manageConversation', threadId: THREAD, operation: 'star' },
        { implemented: IMPLEMENTED_ACTIONS },
      ).ok,
    ).toBe(true);
    expect(categoriesFor('st.manageConversation', { threadId: THREAD, operation: 'star' })).toEqual([]);
    expect(
      problems({ actionType: 'st.manageConversation', threadId: THREAD, operation: 'markRead' }),
    ).toMatch(/^invalidWorkflow .*operation/);
    expect(problems({ actionType: 'st.manageConversation', operation: 'star' })).toMatch(/threadId/);
    expect(
      problems({
        actionType: 'st.sendMessage',
        threadId: THREAD,
        text: 'Hi',
        then: { actionType: 'st.manageConversation', threadId: THREAD, operation: 'star' },
      }),
    ).toMatch(/threadId/);
  });
});
