// fleetWorkflowsPerMinute: A accounts × W one-action workflows through the embedded worker
// (createWorker, concurrency C, maxOpenSessions C: the memory cap follows the concurrency), pacing off,
// on the recorded LinkedIn; workflows settled per minute of wall time, from the first submission to the
// last settlement, for each C. A fresh LINKWRIGHT_HOME per level, so every level pays the same
// launches (each account's first workflow launches its Chromium and probes its session).
//
// Submission is account-major (an account's W workflows in a row, as a client queuing a campaign per
// account): the queue starts each account's oldest workflow first, so an account's workflows follow one
// another in its warm browser and a level launches A browsers, not one per workflow. Each workflow is
// st.checkConnectionStatus on the next of three pending people (SDUI and Ember), so a warm page never
// finds its profile already open.
//
// Alongside: the CPU seconds of this process tree (Node + Chromiums) and how busy the whole machine was
// during the level, which is what says why the curve flattens on a shared 2-CPU machine.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { startReplayServer } from '../../fixtures/replay/http-server.ts';
import { createWorker, type Worker } from '../../src/app/create-worker.ts';
import { busyShare, machineCpu, treeCpuSeconds } from '../lib/proc-cpu.ts';
import { round } from '../lib/stats.ts';

const PEOPLE = ['johndoe', 'janesmith', 'carlossantos'] as const;

export interface FleetPlan {
  accounts: number;
  workflowsPerAccount: number;
  concurrency: number[];
}

export interface FleetLevel {
  concurrency: number;
  maxOpenSessions: number;
  workflows: number;
  completed: number;
  failed: number;
  seconds: number;
  workflowsPerMinute: number;
  /** Throughput ÷ the throughput at the lowest concurrency measured. */
  speedup: number;
  launches: number;
  /** CPU seconds of Node + its Chromiums during the level, per workflow and in cores used on average. */
  treeCpuSeconds: number;
  cpuSecondsPerWorkflow: number;
  coresUsed: number;
  /** Share of the machine's CPUs busy with anything (this bench and every other job), 0..100. */
  machineBusyPct: number;
  loadAverageBefore: number;
  loadAverageAfter: number;
}

export interface FleetResult extends FleetPlan {
  order: 'account-major';
  levels: FleetLevel[];
  /** The lowest concurrency after which one more step adds less than 10 % throughput (null: it kept scaling). */
  flattensAfter: number | null;
}

export async function benchFleet(
  plan: FleetPlan & { log: Logger; report: (line: string) => void },
): Promise<FleetResult> {
  const server = await startReplayServer({});
  const levels: FleetLevel[] = [];
  try {
    for (const concurrency of plan.concurrency) {
      levels.push(await level(concurrency, server.url, plan));
      const l = levels.at(-1)!;
      l.speedup = round(l.workflowsPerMinute / levels[0]!.workflowsPerMinute, 2);
      plan.report(
        `fleet: concurrency ${concurrency}: ${l.completed}/${l.workflows} in ${l.seconds} s = ` +
          `${l.workflowsPerMinute}/min (×${l.speedup}), ${l.launches} launches, ` +
          `${l.coresUsed} cores used, machine ${l.machineBusyPct}% busy, load ${l.loadAverageBefore}→${l.loadAverageAfter}`,
      );
    }
  } finally {
    await server.close();
  }
  let flattensAfter: number | null = null;
  for (let i = 1; i < levels.length; i++) {
    if (levels[i]!.workflowsPerMinute < 1.1 * levels[i - 1]!.workflowsPerMinute) {
      flattensAfter = levels[i - 1]!.concurrency;
      break;
    }
  }
  return {
    accounts: plan.accounts,
    workflowsPerAccount: plan.workflowsPerAccount,
    concurrency: plan.concurrency,
    order: 'account-major',
    levels,
    flattensAfter,
  };
}

async function level(
  concurrency: number,
  origin: string,
  plan: FleetPlan & { log: Logger; report: (line: string) => void },
): Promise<FleetLevel> {
  const home = await mkdtemp(join(tmpdir(), 'lw-bench-fleet-'));
  const worker = createWorker({
    home,
    origin,
    log: plan.log,
    concurrency,
    maxOpenSessions: concurrency,
  });
  try {
    const load0 = loadavg()[0]!;
    const cpu0 = treeCpuSeconds();
    const m0 = machineCpu();
    // Listening before the first submission: a fast workflow's completion is not missed.
    const settled = settledTracker(worker);
    const t0 = performance.now();
    const ids: string[] = [];
    let n = 0;
    for (let a = 1; a <= plan.accounts; a++) {
      for (let w = 0; w < plan.workflowsPerAccount; w++) {
        const r = await worker.submit(`fleet-${a}`, {
          actionType: 'st.checkConnectionStatus',
          personUrl: `https://www.linkedin.com/in/${PEOPLE[n++ % PEOPLE.length]}`,
        });
        if (!r.success) throw new Error(`fleet submission refused: ${r.error.message}`);
        ids.push(r.result.workflowId);
      }
    }
    await settled.all(ids);
    const done = await Promise.all(ids.map(async (id) => (await worker.queue.get(id))!));
    const seconds = (performance.now() - t0) / 1000;
    // Before close: the Chromiums are still alive, so their CPU time is still in the tree.
    const cpu = treeCpuSeconds() - cpu0;
    const busy = busyShare(m0, machineCpu());
    const completed = done.filter(
      (w) =>
        w.status === 'completed' &&
        (w.completion as { data?: { connectionStatus?: unknown } } | null)?.data?.connectionStatus ===
          'pending',
    ).length;
    return {
      concurrency,
      maxOpenSessions: concurrency,
      workflows: ids.length,
      completed,
      failed: ids.length - completed,
      seconds: round(seconds, 1),
      // Only correct answers count.
      workflowsPerMinute: round((completed / seconds) * 60, 1),
      speedup: 1,
      launches: worker.launches,
      treeCpuSeconds: round(cpu, 1),
      cpuSecondsPerWorkflow: round(cpu / ids.length, 2),
      coresUsed: round(cpu / seconds, 2),
      machineBusyPct: round(busy * 100, 0),
      loadAverageBefore: round(load0, 2),
      loadAverageAfter: round(loadavg()[0]!, 2),
    };
  } finally {
    await worker.close().catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  }
}

/** Budget for one level (the full grid at concurrency 1 on a loaded machine takes minutes, not hours). */
const LEVEL_TIMEOUT_MS = 30 * 60_000;

/**
 * Waits until every id has settled, from the queue's events (this process's pool emits them), with one
 * store read per second as a fallback: not one `settled` poller per workflow, whose reads would compete
 * for this process's CPU with the worker being measured.
 */
function settledTracker(worker: Worker): { all(ids: string[]): Promise<void> } {
  const done = new Set<string>();
  let wake: () => void = () => undefined;
  const off = worker.queue.subscribe((ev) => {
    if (ev.type !== 'workflow.completed') return;
    done.add(ev.workflow.workflowId);
    wake();
  });
  return {
    async all(ids) {
      const deadline = performance.now() + LEVEL_TIMEOUT_MS;
      try {
        for (;;) {
          const left = ids.filter((id) => !done.has(id));
          if (left.length === 0) return;
          if (performance.now() > deadline)
            throw new Error(`fleet level timed out with ${left.length} of ${ids.length} workflows unsettled`);
          await Promise.race([new Promise<void>((r) => (wake = r)), sleep(1_000)]);
          const first = left[0]!;
          const w = await worker.queue.get(first);
          if (w?.status === 'completed' || w?.status === 'failed') done.add(first);
        }
      } finally {
        off();
      }
    },
  };
}
