// `serve`'s durable queue (StoreWorkflowQueue over the real store, SQLite or PostgreSQL) drained by the
// real WorkerPool, whose `run` step is scripted: claims, the fenced account lease, working hours,
// cancels and settlement are the pool's and the store's own on both adapters; only Chromium is left
// out (serve-replay.test.ts runs real workflows).
import type { Logger } from 'pino';
import type { RunWorkflowOptions, RunWorkflowResult } from '../../src/app/run-workflow.ts';
import type { QueueFactoryContext } from '../../src/app/serve.ts';
import { StoreWorkflowQueue } from '../../src/app/store-workflow-queue.ts';
import { WarmSessions } from '../../src/app/warm-sessions.ts';
import { WorkerPool } from '../../src/app/worker-pool.ts';
import type { Completion } from '../../src/engine/types.ts';

/** What a scripted run ends in: a completion, or a failure of the closed set. */
export type ScriptOutcome =
  | { status: 'completed'; completion: Completion }
  | { status: 'failed'; failure: { reason: string; message: string } };

export type Script = (workflow: unknown, account: string) => ScriptOutcome | Promise<ScriptOutcome>;

export interface ScriptedStoreWorkers {
  queue: StoreWorkflowQueue;
  /** Every execution, in the order the workers started them. */
  runs: { account: string; workflow: unknown }[];
  /** Stops claiming and waits for the workflows in hand to settle. */
  stop: () => Promise<void>;
}

export function scriptedStoreWorkers(
  ctx: Pick<QueueFactoryContext, 'store' | 'policy' | 'home'> & { log: Logger },
  script: Script,
  opts: { loops?: number; pollMs?: number; leaseMs?: number } = {},
): ScriptedStoreWorkers {
  const pollMs = opts.pollMs ?? 50;
  const queue = new StoreWorkflowQueue({ store: ctx.store, policy: ctx.policy, pollMs });
  const runs: ScriptedStoreWorkers['runs'] = [];
  const run = async (o: RunWorkflowOptions): Promise<RunWorkflowResult> => {
    const workflow: unknown = JSON.parse(o.text);
    runs.push({ account: o.account, workflow });
    const outcome: ScriptOutcome = await script(workflow, o.account);
    return outcome.status === 'completed'
      ? { exitCode: 0, workflowId: '', completion: outcome.completion, output: outcome.completion }
      : {
          exitCode: 1,
          output: {
            success: false,
            error: { type: outcome.failure.reason, message: outcome.failure.message },
          },
        };
  };
  const pool = new WorkerPool({
    store: ctx.store,
    queue,
    policy: ctx.policy,
    warm: new WarmSessions(), // never opened: the scripted run launches no browser
    home: ctx.home,
    origin: 'http://127.0.0.1:9', // never reached, for the same reason
    log: ctx.log,
    concurrency: opts.loops ?? 2,
    leaseMs: opts.leaseMs ?? 60_000,
    pollMs,
    run,
  });
  pool.start();
  return { queue, runs, stop: () => pool.stop() };
}
