// The fleet of issue 10 on PostgreSQL: three `linkwright worker` processes (each its own LINKWRIGHT_HOME,
// as on three machines) share one queue and one store through LINKWRIGHT_DATABASE_URL; 20 accounts, 200
// workflows on the recorded LinkedIn; one worker's process group is SIGKILLed while it runs an account's
// invitation: right after the click landed, before its verification (the journal failpoint
// `effect.done@st.sendConnectionRequest:fleet-00`, armed in every worker, kills whichever runs it — an
// outside kill timed by watching the effects raced the workflow's last step and sometimes came after it
// had settled). Then: every workflow completed exactly once with the right answer, each account's in
// submission order and never two at once, only the killed worker's workflows ran twice (taken over when
// its lease expired), and the replay saw exactly the side effects the workflows ask for — no second
// invitation, no withdrawal before its invitation.
//
// The replay is one LinkedIn for every account (one state), so each person whose state changes belongs
// to one account only; the read-only checks read people nobody changes. That makes every completion and
// the effect list exact whatever the interleaving across accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startReplayServer, type ReplayServer } from '../../fixtures/replay/http-server.ts';
import { createWorker } from '../../src/index.ts';
import { PostgresStore } from '../../src/store/postgres-store.ts';
import type { QueueEntry } from '../../src/store/store.ts';
import { BIN } from '../store/e2e-harness.ts';
import { REPO_ROOT } from '../store/helpers.ts';
import { createTempDatabase } from '../store/store-adapters.ts';

const ACCOUNTS = 20;
const PER_ACCOUNT = 10;
// Long enough that a loaded machine's event-loop stalls do not cost a live worker its lease (renewed
// every third), short enough that the takeover comes soon after the kill.
const LEASE_MS = 5_000;
const NOTE = 'Hi, I’d like to connect with you to discuss potential collaboration.';
const log = pino({ level: 'silent' });
const url = (person: string) => `https://www.linkedin.com/in/${person}`;

interface Planned {
  workflow: unknown;
  /** The completion's actions, in order: `success` and `data` as Linked API returns them. */
  expect: { actionType: string; success: true; data?: unknown }[];
}

const check = (person: string, status: string): Planned => ({
  workflow: { actionType: 'st.checkConnectionStatus', personUrl: url(person) },
  expect: [{ actionType: 'st.checkConnectionStatus', success: true, data: { connectionStatus: status } }],
});
const invite = (person: string, extra: Record<string, string>): Planned => ({
  workflow: [
    { actionType: 'st.sendConnectionRequest', personUrl: url(person), ...extra },
    { actionType: 'st.checkConnectionStatus', personUrl: url(person) },
  ],
  expect: [
    { actionType: 'st.sendConnectionRequest', success: true },
    { actionType: 'st.checkConnectionStatus', success: true, data: { connectionStatus: 'pending' } },
  ],
});
const withdraw = (person: string): Planned => ({
  workflow: [
    { actionType: 'st.withdrawConnectionRequest', personUrl: url(person), unfollow: false },
    { actionType: 'st.checkConnectionStatus', personUrl: url(person) },
  ],
  expect: [
    { actionType: 'st.withdrawConnectionRequest', success: true },
    { actionType: 'st.checkConnectionStatus', success: true, data: { connectionStatus: 'notConnected' } },
  ],
});

const accountName = (i: number) => `fleet-${String(i).padStart(2, '0')}`;
/** The account whose invitation is in flight when a worker is killed. */
const VICTIM = accountName(0);

/**
 * Each account's ten workflows. Read-only checks go to people no workflow changes (person4 connected,
 * person5 follow-only), always the same one per account so a warm page is read in place. The people
 * that change belong to one account each: an invitation and its later withdrawal (order matters: the
 * other way round the withdrawal finds nothing pending), or the withdrawal of a recorded pending one.
 */
function plan(i: number): Planned[] {
  const steady = i % 2 === 0 ? check('person4', 'connected') : check('person5', 'notConnected');
  const list: Planned[] = Array.from({ length: PER_ACCOUNT }, () => steady);
  if (i === 0) {
    list[3] = invite('person2', { note: NOTE });
    list[7] = withdraw('person2');
  } else if (i === 1) {
    list[2] = invite('person1', { note: NOTE, email: 'example1@gmail.com' });
    list[6] = withdraw('person1');
  } else if (i === 2) list[4] = withdraw('johndoe');
  else if (i === 3) list[5] = withdraw('janesmith');
  else if (i === 4) list[8] = withdraw('carlossantos');
  return list;
}

/** The replay's effects per person, in the order LinkedIn received them. */
const EXPECTED_EFFECTS: Record<string, unknown[]> = {
  person2: [
    { type: 'invitation', person: 'person2', note: NOTE },
    { type: 'withdrawal', person: 'person2' },
  ],
  person1: [
    { type: 'invitation', person: 'person1', note: NOTE, email: 'example1@gmail.com' },
    { type: 'withdrawal', person: 'person1' },
  ],
  johndoe: [{ type: 'withdrawal', person: 'johndoe' }],
  janesmith: [{ type: 'withdrawal', person: 'janesmith' }],
  carlossantos: [{ type: 'withdrawal', person: 'carlossantos' }],
};

interface WorkerProcess {
  child: ChildProcess;
  home: string;
  output: () => string;
  exited: Promise<number | null>;
}

let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer({ scenario: 'demo' });
});
afterAll(async () => {
  await server?.close();
});

/** Armed in every worker: the one that clicks VICTIM's Send kills its own process group right there. */
const FAILPOINT = `effect.done@st.sendConnectionRequest:${VICTIM}`;

function startWorker(databaseUrl: string): WorkerProcess {
  const home = mkdtempSync(join(tmpdir(), 'lw-fleet-'));
  const child = spawn(
    process.execPath,
    [
      BIN,
      'worker',
      '--lease-ms',
      String(LEASE_MS),
      '--poll-ms',
      '100',
      '--concurrency',
      '2',
      '--max-sessions',
      '4',
    ],
    {
      cwd: REPO_ROOT,
      detached: true, // its own process group: a SIGKILL of the group takes its Chromium along
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        LINKWRIGHT_HOME: home,
        LINKWRIGHT_DATABASE_URL: databaseUrl,
        LINKWRIGHT_ORIGIN: server.url,
        LINKWRIGHT_PACING: 'off',
        LINKWRIGHT_LOG_LEVEL: 'info',
        LINKWRIGHT_FAILPOINT: FAILPOINT,
      },
    },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, home, output: () => out, exited };
}

function killGroup(w: WorkerProcess, signal: NodeJS.Signals): void {
  try {
    if (w.child.pid !== undefined) process.kill(-w.child.pid, signal);
  } catch {
    // gone already
  }
}

async function until<T>(
  what: string,
  fn: () => Promise<T | undefined | null | false>,
  ms: number,
): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function effects(): Promise<{ type: string; person: string }[]> {
  return (await (await fetch(`${server.url}/__linkwright/effects`)).json()) as {
    type: string;
    person: string;
  }[];
}

/** `linkwright worker`'s id is `<host>:<pid>:<random>`: the process a queue row or lease names. */
const pidOf = (workerId: string | null) => (workerId === null ? undefined : Number(workerId.split(':')[1]));

describe('a fleet of worker processes on PostgreSQL', () => {
  it('3 workers, 20 accounts, 200 workflows, one SIGKILLed mid-run: each completes once, in order, with exact effects', async () => {
    const db = await createTempDatabase();
    const store = await PostgresStore.open(db.url);
    const submitHome = mkdtempSync(join(tmpdir(), 'lw-fleet-submit-'));
    // Submits only, on the same database (a client's process): the workers under test are the processes.
    const submitter = createWorker({ home: submitHome, origin: server.url, log, store, start: false });
    const workers: WorkerProcess[] = [];
    let stopWatching = false;
    try {
      // Account-major, as a client queues a campaign per account: the queue starts each account's
      // oldest workflow first, so an account mostly stays in one worker's warm browser.
      const t0 = Date.now();
      const plans = new Map<string, Planned>();
      const ids: Record<string, string[]> = {};
      for (let i = 0; i < ACCOUNTS; i++) {
        const account = accountName(i);
        ids[account] = [];
        for (const p of plan(i)) {
          const r = await submitter.submit(account, p.workflow);
          if (!r.success) throw new Error(r.error.message);
          ids[account].push(r.result.workflowId);
          plans.set(r.result.workflowId, p);
        }
      }
      expect(plans.size).toBe(ACCOUNTS * PER_ACCOUNT);

      const submitted = Date.now();
      for (let w = 0; w < 3; w++) workers.push(startWorker(db.url));
      // Who ran what, read every 250 ms until the kill: a survivor may take the victim's workflows over
      // as soon as their leases lapse (≤ LEASE_MS after the kill), which on a loaded machine can come
      // before this process has even seen the victim exit; so the victim's running workflows are not
      // read only once after it. Bounded by the victim's exit (and the 150 s bound below).
      const seenRunningUnder = new Map<string, Set<number>>();
      const readRunning = async (): Promise<void> => {
        for (const e of await store.listQueued({ statuses: ['running'] })) {
          const pid = pidOf(e.workerId);
          if (pid === undefined) continue;
          const pids = seenRunningUnder.get(e.id) ?? new Set<number>();
          seenRunningUnder.set(e.id, pids.add(pid));
        }
      };
      const watch = (async () => {
        while (!stopWatching) {
          await readRunning();
          await new Promise((r) => setTimeout(r, 250));
        }
      })();
      watch.catch(() => {}); // awaited after the kill; on a failed run the finally stops it

      // The worker that runs VICTIM's invitation dies (SIGKILL of its group) right after the click.
      const victim = await Promise.race([
        ...workers.map((w) => w.exited.then(() => w)),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('no worker reached the failpoint')), 150_000).unref(),
        ),
      ]);
      const killedAt = Date.now();
      const victimPid = victim.child.pid;
      // One more read after the exit (a claim in the watcher's last 250 ms), then the watcher stops.
      stopWatching = true;
      await watch;
      await readRunning();
      // LinkedIn has the invitation; its workflow was `running` under the dead worker, with an
      // `attempted` journal entry: exactly the dead worker's running workflows must be taken over.
      expect((await effects()).filter((e) => e.person === 'person2')).toHaveLength(1);
      const inviteId = ids[VICTIM]![3]!;
      expect([...(seenRunningUnder.get(inviteId) ?? [])]).toContain(victimPid);
      const survivors = workers.filter((w) => w !== victim);

      const rows = await until(
        'every workflow settled',
        async () => {
          const all = await store.listQueued();
          return all.every((e) => e.status === 'completed' || e.status === 'failed') ? all : undefined;
        },
        240_000,
      );
      const settled = Date.now();
      const logs = () => survivors.map((w) => w.output().slice(-2000)).join('\n---\n');

      // Exactly once: 200 rows, the submitted ones, each completed with its own right answer.
      expect(rows.map((e) => e.id).sort()).toEqual([...plans.keys()].sort());
      for (const e of rows) {
        expect(e.status, `${e.id} (${e.account}): ${JSON.stringify(e.failure)}\n${logs()}`).toBe('completed');
        const got = (Array.isArray(e.completion) ? e.completion : [e.completion]) as Record<
          string,
          unknown
        >[];
        expect(
          got.map((a) => ({
            actionType: a.actionType,
            success: a.success,
            ...(a.data ? { data: a.data } : {}),
          })),
          `${e.id} (${e.account})`,
        ).toEqual(plans.get(e.id)!.expect);
      }

      // Per account: submission order, one at a time (the next started only after the previous one
      // finished; a claim made while the previous one still ran would show here, as its start is the
      // claim's time), and each claim under a newer lease (fence) than the one before.
      for (const [account, order] of Object.entries(ids)) {
        const mine = rows.filter((e) => e.account === account).sort((a, b) => a.seq - b.seq);
        expect(mine.map((e) => e.id)).toEqual(order);
        for (let k = 1; k < mine.length; k++) {
          const [prev, next] = [mine[k - 1]!, mine[k]!];
          expect(next.startedAt!.getTime(), `${account} #${k}`).toBeGreaterThanOrEqual(
            prev.finishedAt!.getTime(),
          );
          expect(next.fence!).toBeGreaterThan(prev.fence!);
        }
      }

      // The dead worker's workflows: seen running under it, and not finished by it (a workflow it
      // completed before dying keeps its worker id). The invitation's is one of them.
      const byId = new Map<string, QueueEntry>(rows.map((e) => [e.id, e]));
      const orphans = rows.filter(
        (e) => seenRunningUnder.get(e.id)?.has(victimPid!) === true && pidOf(e.workerId) !== victimPid,
      );
      expect(orphans.map((e) => e.id)).toContain(inviteId);
      // Only the killed worker's workflows ran twice, each finished by a survivor.
      const orphanIds = new Set(orphans.map((e) => e.id));
      for (const e of rows) expect(e.attempts, `${e.id} (${e.account})`).toBe(orphanIds.has(e.id) ? 2 : 1);
      for (const id of orphanIds) {
        expect(pidOf(byId.get(id)!.workerId)).not.toBe(victimPid);
        expect(survivors.map((w) => w.child.pid)).toContain(pidOf(byId.get(id)!.workerId));
      }
      expect(survivors.some((w) => w.output().includes('took over a workflow'))).toBe(true);

      // Exactly the side effects the workflows ask for, in each person's order: no second invitation.
      const seen = await effects();
      const perPerson: Record<string, unknown[]> = {};
      for (const e of seen) (perPerson[e.person] ??= []).push(e);
      expect(perPerson).toEqual(EXPECTED_EFFECTS);
      expect(server.replay.unhandled()).toEqual([]);

      // The survivors stop cleanly (nothing left running to hand back).
      for (const w of survivors) w.child.kill('SIGTERM');
      expect(await Promise.all(survivors.map((w) => w.exited))).toEqual([0, 0]);
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      const where = (id: string) => {
        const e = byId.get(id)!;
        return `${e.account} #${ids[e.account]!.indexOf(id)}`;
      };
      console.info(
        `fleet: submitted in ${s(submitted - t0)}; kill at ${s(killedAt - submitted)} ` +
          `(taken over: ${orphans.map((e) => where(e.id)).join(', ')}); ` +
          `${rows.length} settled at ${s(settled - submitted)}; ` +
          `accounts per worker ${survivors.map((w) => new Set(rows.filter((e) => pidOf(e.workerId) === w.child.pid).map((e) => e.account)).size).join(', ')}`,
      );
    } finally {
      stopWatching = true;
      for (const w of workers) killGroup(w, 'SIGKILL');
      await Promise.all(workers.map((w) => w.exited));
      await submitter.close();
      await store.close();
      await db.drop();
      for (const w of workers) rmSync(w.home, { recursive: true, force: true });
      rmSync(submitHome, { recursive: true, force: true });
    }
  }, 420_000);
});
