// warmWorkflowRatio: a one-action workflow (st.checkConnectionStatus) submitted to a warm worker
// (createWorker: the store queue, the embedded pool, warm sessions; concurrency 1) against the same
// read on an already-open bare Playwright page, paired and alternated. Both sides are warmed first
// (the worker's first workflow launches Chromium and runs the health probe; later ones do neither).
//
// The warm worker's page stays on the last profile it read, and st.checkConnectionStatus reads a
// profile in place when it is already open. So samples alternate between two people of the same
// front end (johndoe, carlossantos: SDUI, pending) and both sides always navigate from the other
// person's profile to this one: the same page work on both sides.
//
// Measured at two queue poll intervals: the default (500 ms, `linkwright worker`) and 25 ms. A
// submission in this process nudges its pool, so the interval should not matter; measuring both
// shows whether it does. Each sample is split into phases from the queue's events.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { chromium, type Page } from 'playwright';
import { startReplayServer } from '../../fixtures/replay/http-server.ts';
import { createWorker, type Worker } from '../../src/app/create-worker.ts';
import { openStore } from '../../src/store/index.ts';
import { bareCheckStatus } from '../lib/bare-page-work.ts';
import { BARE_ARGS } from '../lib/bare-launch.ts';
import { CHROMIUM } from '../lib/machine.ts';
import { median, paired, round, type PairedResult } from '../lib/stats.ts';
import { timedStore } from '../lib/timed-store.ts';

const PEOPLE = [
  { vanity: 'johndoe', name: 'John Doe' },
  { vanity: 'carlossantos', name: 'Carlos Santos' },
] as const;
const ACCOUNT = 'bench-warm';
export const DEFAULT_POLL_MS = 500;
const SHORT_POLL_MS = 25;

export interface WarmPhases {
  /** submit() called → workflow.started: validation, the SQLite insert, the pool's claim. */
  queueInMs: number;
  /** workflow.started → workflow.completed: runWorkflow (policy run, warm session, the action) + settle. */
  runMs: number;
  /** workflow.completed → run() returned: `settled` reads the finished row. */
  queueOutMs: number;
  /** Time inside store calls (queue rows, the journal, limits; SQLite) and their count, per workflow. */
  storeMs: number;
  storeCalls: number;
}

export interface WarmWorkflowAt extends PairedResult {
  pollMs: number;
  /** Chromium launches over the whole measurement (1: every timed workflow found its browser warm). */
  launches: number;
  /** Medians of the linkwright side's phases over the timed samples. */
  phases: WarmPhases;
  /** Store calls per timed workflow by method: mean [calls, ms]. */
  storeByMethod: Record<string, [number, number]>;
}

export interface WarmWorkflowResult {
  /** The ratio at the default poll interval (what `linkwright worker` and createWorker run with). */
  ratio: number;
  byPollMs: Record<string, WarmWorkflowAt>;
}

export async function benchWarmWorkflow(opts: {
  pairs: number;
  log: Logger;
  report: (line: string) => void;
}): Promise<WarmWorkflowResult> {
  const server = await startReplayServer({});
  const bareProfile = await mkdtemp(join(tmpdir(), 'lw-bench-wbare-'));
  const bare = await chromium.launchPersistentContext(bareProfile, {
    executablePath: CHROMIUM,
    headless: true,
    args: BARE_ARGS,
  });
  try {
    const barePage = bare.pages()[0] ?? (await bare.newPage());
    const byPollMs: Record<string, WarmWorkflowAt> = {};
    for (const pollMs of [DEFAULT_POLL_MS, SHORT_POLL_MS]) {
      byPollMs[String(pollMs)] = await measureAt(pollMs, server.url, barePage, opts);
    }
    return { ratio: byPollMs[String(DEFAULT_POLL_MS)]!.ratio, byPollMs };
  } finally {
    await bare.close().catch(() => undefined);
    await server.close();
    await rm(bareProfile, { recursive: true, force: true });
  }
}

async function measureAt(
  pollMs: number,
  origin: string,
  barePage: Page,
  opts: { pairs: number; log: Logger; report: (line: string) => void },
): Promise<WarmWorkflowAt> {
  const home = await mkdtemp(join(tmpdir(), 'lw-bench-wworker-'));
  const timed = timedStore(openStore(home));
  const worker: Worker = createWorker({
    home,
    store: timed.store,
    origin,
    log: opts.log,
    concurrency: 1,
    maxOpenSessions: 1,
    pollMs,
  });
  // Phase marks from the queue's own events (emitted synchronously by this process's queue and pool).
  const marks = new Map<string, { started?: number; completed?: number }>();
  worker.queue.subscribe((ev) => {
    const m = marks.get(ev.workflow.workflowId) ?? {};
    if (ev.type === 'workflow.started') m.started = performance.now();
    if (ev.type === 'workflow.completed') m.completed = performance.now();
    marks.set(ev.workflow.workflowId, m);
  });
  const phases: WarmPhases[] = [];
  const byMethod: Record<string, [number, number]> = {};
  let timing = false;

  const workerCheck = async (who: (typeof PEOPLE)[number]): Promise<number> => {
    timed.reset();
    const t0 = performance.now();
    const r = await worker.run(ACCOUNT, {
      actionType: 'st.checkConnectionStatus',
      personUrl: `https://www.linkedin.com/in/${who.vanity}`,
    });
    const t1 = performance.now();
    if (!r.success || r.result.workflowStatus !== 'completed')
      throw new Error(`warm worker workflow did not complete: ${JSON.stringify(r)}`);
    const c = r.result.completion as unknown;
    const ok =
      typeof c === 'object' &&
      c !== null &&
      (c as { success?: unknown }).success === true &&
      (c as { data?: { connectionStatus?: unknown } }).data?.connectionStatus === 'pending';
    if (!ok) throw new Error(`warm worker read ${JSON.stringify(c)}`);
    const m = marks.get(r.result.workflowId);
    const tally = timed.tally();
    if (timing && m?.started !== undefined && m.completed !== undefined) {
      phases.push({
        queueInMs: m.started - t0,
        runMs: m.completed - m.started,
        queueOutMs: t1 - m.completed,
        storeMs: tally.ms,
        storeCalls: tally.calls,
      });
      for (const [k, [n, ms]] of Object.entries(tally.byMethod)) {
        const acc = (byMethod[k] ??= [0, 0]);
        acc[0] += n;
        acc[1] += ms;
      }
    }
    return t1 - t0;
  };
  const bareCheck = async (who: (typeof PEOPLE)[number]): Promise<number> => {
    const t0 = performance.now();
    const status = await bareCheckStatus(barePage, origin, who.vanity, who.name);
    const ms = performance.now() - t0;
    if (status !== 'pending') throw new Error(`bare check read ${status}`);
    return ms;
  };

  try {
    // Warm-up: the first workflow launches Chromium and probes the session; the second is warm.
    for (const who of [...PEOPLE, ...PEOPLE]) {
      await workerCheck(who);
      await bareCheck(who);
    }
    // Each side's k-th sample reads PEOPLE[k % 2]: a pair's two halves read the same person, and each
    // page comes from the other person's profile.
    let a = 0;
    let b = 0;
    const result = await paired(
      `warm worker (poll ${pollMs} ms)`,
      async () => {
        timing = true;
        return workerCheck(PEOPLE[a++ % 2]!);
      },
      () => bareCheck(PEOPLE[b++ % 2]!),
      { pairs: opts.pairs, warmup: 1, report: opts.report },
    );
    // The warm-up pair's linkwright half was timed too: drop it.
    const kept = phases.slice(phases.length - result.pairs);
    const med = (k: keyof WarmPhases): number => round(median(kept.map((p) => p[k])), 1);
    const n = phases.length;
    return {
      ...result,
      pollMs,
      launches: worker.launches,
      phases: {
        queueInMs: med('queueInMs'),
        runMs: med('runMs'),
        queueOutMs: med('queueOutMs'),
        storeMs: med('storeMs'),
        storeCalls: med('storeCalls'),
      },
      // Means over every timed sample (the warm-up pair's too: the same calls).
      storeByMethod: Object.fromEntries(
        Object.entries(byMethod).map(([k, [c, ms]]) => [k, [round(c / n, 1), round(ms / n, 1)]]),
      ),
    };
  } finally {
    await worker.close().catch(() => undefined);
    await timed.store.close().catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  }
}
