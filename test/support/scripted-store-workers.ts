// `serve`'s durable queue (StoreWorkflowQueue over the real store, SQLite or PostgreSQL) drained by
// scripted workers: each loop claims through the store's fenced account lease exactly as worker-pool.ts
// does, lets `script` decide the outcome instead of a browser, and settles under the same fence. The
// HTTP contract suite runs on it, so submission, claims, per-account order and settlement are the
// store's own on both adapters; only Chromium is left out (serve-replay.test.ts runs real workflows).
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { DirectRunOutcome } from '../../src/app/direct-queue.ts';
import type { QueueFactoryContext } from '../../src/app/serve.ts';
import { StoreWorkflowQueue, toQueuedWorkflow } from '../../src/app/store-workflow-queue.ts';
import type { Claim } from '../../src/store/store.ts';
import type { Script } from './direct-queue.ts';

export interface ScriptedStoreWorkers {
  queue: StoreWorkflowQueue;
  /** Every execution, in the order the workers started them. */
  runs: { account: string; workflow: unknown }[];
  /** Stops claiming and waits for the workflows in hand to settle. */
  stop: () => Promise<void>;
}

export function scriptedStoreWorkers(
  ctx: Pick<QueueFactoryContext, 'store' | 'policy'> & { log: Logger },
  script: Script,
  opts: { loops?: number; pollMs?: number; leaseMs?: number } = {},
): ScriptedStoreWorkers {
  const { store, log } = ctx;
  const pollMs = opts.pollMs ?? 50;
  const leaseMs = opts.leaseMs ?? 60_000;
  const queue = new StoreWorkflowQueue({ store, policy: ctx.policy, pollMs });
  const runs: ScriptedStoreWorkers['runs'] = [];
  let stopping = false;
  const sleepers = new Set<() => void>();
  const wakeAll = (): void => {
    for (const w of [...sleepers]) w();
  };
  const off = queue.subscribe((ev) => {
    if (ev.type === 'workflow.created') wakeAll();
  });

  const execute = async (claim: Claim): Promise<void> => {
    const { entry, fence } = claim;
    queue.emit({ type: 'workflow.started', workflow: toQueuedWorkflow(entry) });
    const workflow: unknown = JSON.parse(entry.definition);
    runs.push({ account: entry.account, workflow });
    const outcome: DirectRunOutcome = await script(workflow, entry.account);
    const settled = await store.settleQueued(
      entry.id,
      fence,
      outcome.status === 'completed'
        ? { status: 'completed', completion: outcome.completion }
        : { status: 'failed', failure: outcome.failure },
      new Date(),
    );
    if (!settled) throw new Error(`scripted worker lost the lease of ${entry.account}`);
    const done = await store.getQueued(entry.id);
    if (done) queue.emit({ type: 'workflow.completed', workflow: toQueuedWorkflow(done) });
  };

  const loop = async (workerId: string): Promise<void> => {
    while (!stopping) {
      let claim: Claim | null = null;
      try {
        claim = await store.claimNextWorkflow({ workerId, now: new Date(), leaseMs });
        if (claim) {
          await execute(claim);
          // The account's next workflow (or another account's) may be claimable now: let idle loops look.
          wakeAll();
        }
      } catch (err) {
        log.error({ err: (err as Error).message }, 'scripted worker failed');
      }
      if (claim || stopping) continue;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(t);
          sleepers.delete(done);
          resolve();
        };
        const t = setTimeout(done, pollMs);
        sleepers.add(done);
      });
    }
  };
  const loops = Array.from({ length: opts.loops ?? 2 }, () => loop(`scripted:${randomUUID().slice(0, 8)}`));

  return {
    queue,
    runs,
    stop: async () => {
      stopping = true;
      off();
      wakeAll();
      await Promise.all(loops);
    },
  };
}
