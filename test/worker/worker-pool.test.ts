// The embedded workers on the recorded LinkedIn (one replay server for the file, real SQLite, real
// Chromium): warm reuse (no second launch), submission order per account, cancel of pending and running
// workflows, outsideWorkingHours, and the library's createWorker/runWorkflow entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startReplayServer, type ReplayServer } from '../../fixtures/replay/http-server.ts';
import { createWorker, runWorkflow, type Worker } from '../../src/index.ts';
import type { WorkflowEvent } from '../../src/service/workflow-queue.ts';
import { accountDir } from '../../src/session/account-record.ts';
import { lockPath } from '../../src/session/profile-lock.ts';
import { processStartTime } from '../../src/system/process-info.ts';

const NOTE = 'Hi, I’d like to connect with you to discuss potential collaboration.';
const log = pino({ level: process.env.LINKWRIGHT_TEST_LOG ?? 'silent' });
const check = (person: string) => ({
  actionType: 'st.checkConnectionStatus',
  personUrl: `https://www.linkedin.com/in/${person}`,
});

let server: ReplayServer;
const previousPacing = process.env.LINKWRIGHT_PACING;

beforeAll(async () => {
  process.env.LINKWRIGHT_PACING = 'off';
  server = await startReplayServer({ scenario: 'demo' });
});
afterAll(async () => {
  await server?.close();
  if (previousPacing === undefined) delete process.env.LINKWRIGHT_PACING;
  else process.env.LINKWRIGHT_PACING = previousPacing;
});

function home(): string {
  return mkdtempSync(join(tmpdir(), 'lw-worker-'));
}

async function effects(): Promise<{ type: string; person: string }[]> {
  return (await (await fetch(`${server.url}/__linkwright/effects`)).json()) as {
    type: string;
    person: string;
  }[];
}

describe('embedded workers', () => {
  it('keeps the account warm, runs its workflows in submission order, cancels pending and running ones', async () => {
    const worker: Worker = createWorker({
      home: home(),
      origin: server.url,
      log,
      concurrency: 2,
      pollMs: 50,
    });
    try {
      const first = await worker.run('warm', check('person1'));
      expect(first).toMatchObject({ success: true, result: { workflowStatus: 'completed' } });
      expect(worker.launches).toBe(1);
      const second = await worker.run('warm', [check('person2'), check('person1')]);
      expect(second).toMatchObject({ success: true, result: { workflowStatus: 'completed' } });
      expect(second.success && second.result.completion).toHaveLength(2);
      // The second workflow for the warm account launched nothing.
      expect(worker.launches).toBe(1);

      // Order per account, and cancel: three for one account; the third is cancelled while pending,
      // the first while it runs (it stops after its current action).
      const events: WorkflowEvent[] = [];
      worker.queue.subscribe((e) => events.push(e));
      const ids: string[] = [];
      for (const wf of [
        [check('person1'), check('person2'), check('person1'), check('person2')],
        check('person2'),
        check('person1'),
      ]) {
        const r = await worker.submit('warm', wf);
        if (!r.success) throw new Error(r.error.message);
        ids.push(r.result.workflowId);
      }
      const [a, b, c] = ids as [string, string, string];
      expect(await worker.cancel(c)).toEqual({ cancelled: true });
      expect(await worker.get(c)).toMatchObject({
        workflowStatus: 'failed',
        failure: { reason: 'workflowCancelled' },
      });
      await new Promise<void>((resolve) => {
        const off = worker.queue.subscribe((e) => {
          if (e.type === 'workflow.started' && e.workflow.workflowId === a) {
            off();
            resolve();
          }
        });
        if (events.some((e) => e.type === 'workflow.started' && e.workflow.workflowId === a)) resolve();
      });
      expect(await worker.cancel(a)).toEqual({ cancelled: true });
      const cancelled = await worker.queue.settled(a);
      expect(cancelled).toMatchObject({
        status: 'failed',
        cancelled: true,
        failure: { reason: 'workflowCancelled' },
      });
      const done = await worker.queue.settled(b);
      expect(done.status).toBe('completed');
      const started = events.filter((e) => e.type === 'workflow.started').map((e) => e.workflow.workflowId);
      expect(started).toEqual([a, b]);
      expect(events.filter((e) => e.type === 'workflow.completed').map((e) => e.workflow.workflowId)).toEqual(
        [c, a, b],
      );
      expect(worker.launches).toBe(1);
    } finally {
      await worker.close();
    }
  });

  it('keeps at most maxOpenSessions browsers open, closing the least recently used', async () => {
    const worker = createWorker({ home: home(), origin: server.url, log, maxOpenSessions: 1, pollMs: 50 });
    try {
      for (const account of ['one', 'two', 'two']) {
        expect(await worker.run(account, check('person1'))).toMatchObject({
          success: true,
          result: { workflowStatus: 'completed' },
        });
      }
      // 'one' was closed to open 'two'; 'two' stayed warm for its second workflow.
      expect(worker.launches).toBe(2);
      await worker.run('one', check('person2'));
      expect(worker.launches).toBe(3);
    } finally {
      await worker.close();
    }
  });

  it('leaves a workflow pending with outsideWorkingHours while the account is off hours', async () => {
    const h = home();
    const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    const tomorrow = days[(new Date().getUTCDay() + 1) % 7];
    writeFileSync(
      join(h, 'config.json'),
      JSON.stringify({
        accounts: {
          late: { workingHours: { timezone: 'UTC', days: [tomorrow], start: '00:00', end: '24:00' } },
        },
      }),
    );
    const worker = createWorker({ home: h, origin: server.url, log, pollMs: 20 });
    try {
      const r = await worker.submit('late', check('person1'));
      expect(r).toMatchObject({
        success: true,
        result: { workflowStatus: 'pending', pendingReason: 'outsideWorkingHours' },
      });
      if (!r.success) return;
      expect(r.result.message).toMatch(/will start when the account working hours open at/);
      // Other accounts are not held up by it; it is never claimed before its hours.
      const other = await worker.run('early', check('person2'));
      expect(other).toMatchObject({ success: true, result: { workflowStatus: 'completed' } });
      expect(await worker.get(r.result.workflowId)).toMatchObject({
        workflowStatus: 'pending',
        pendingReason: 'outsideWorkingHours',
      });
    } finally {
      await worker.close();
    }
  });

  it('runWorkflow (the library entry) returns the completion in Linked API shape with one invitation', async () => {
    const before = (await effects()).length;
    const out = await runWorkflow({
      home: home(),
      origin: server.url,
      log,
      account: 'lib',
      workflow: {
        actionType: 'st.sendConnectionRequest',
        personUrl: 'https://www.linkedin.com/in/person1',
        note: NOTE,
        email: 'example1@gmail.com',
      },
    });
    expect(out).toMatchObject({
      success: true,
      result: {
        workflowStatus: 'completed',
        completion: { actionType: 'st.sendConnectionRequest', success: true },
      },
    });
    const added = (await effects()).slice(before);
    expect(added).toEqual([
      { type: 'invitation', person: 'person1', note: NOTE, email: 'example1@gmail.com' },
    ]);

    const invalid = await runWorkflow({
      home: home(),
      origin: server.url,
      log,
      account: 'lib',
      workflow: { x: 1 },
    });
    expect(invalid).toMatchObject({ success: false, error: { type: 'invalidWorkflow' } });
  });

  it('waits while another process holds the profile (a CLI run), then runs; fails accountBusy only after the bounded wait', async () => {
    const h = home();
    // Another process owns the account's profile lock, exactly as a `linkwright run` in progress does.
    const holdProfile = (account: string) => {
      const holder = spawn('sleep', ['600'], { stdio: 'ignore' });
      const dir = accountDir(h, account);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        lockPath(dir),
        `${JSON.stringify({
          pid: holder.pid,
          startTime: processStartTime(holder.pid!) ?? null,
          hostname: hostname(),
          acquiredAt: new Date().toISOString(),
          purpose: 'run',
        })}\n`,
      );
      return holder;
    };
    const released = holdProfile('shared');
    const held = holdProfile('held');
    const worker = createWorker({
      home: h,
      origin: server.url,
      log,
      pollMs: 50,
      busyRetryMs: 100,
      busyWaitMs: 4_000,
    });
    try {
      const sub = await worker.submit('shared', check('person1'));
      if (!sub.success) throw new Error(sub.error.message);
      const id = sub.result.workflowId;
      // It goes back to pending (not failed) and says why.
      let seen = await worker.get(id);
      for (let i = 0; i < 100 && !seen?.message; i++) {
        await new Promise((r) => setTimeout(r, 50));
        seen = await worker.get(id);
      }
      expect(seen).toMatchObject({ workflowStatus: 'pending', pendingReason: 'queued' });
      expect(seen?.message).toMatch(/browser profile is in use by another linkwright process/);
      // The CLI run ends (its process exits): the worker recovers the dead owner's lock and runs it.
      released.kill('SIGKILL');
      const done = await worker.queue.settled(id);
      expect(done).toMatchObject({ status: 'completed' });

      // A holder that never lets go: named failure after busyWaitMs, not a hang.
      const stuck = await worker.run('held', check('person1'));
      expect(stuck).toMatchObject({
        success: true,
        result: { workflowStatus: 'failed', failure: { reason: 'accountBusy' } },
      });
      expect(stuck.success && stuck.result.failure?.message).toMatch(/in use by process \d+ .*\(run\)/);
    } finally {
      released.kill('SIGKILL');
      held.kill('SIGKILL');
      await worker.close();
    }
  });
});
