// The embedded workers: drain the store's queue in this process with up to `concurrency` workflows at
// once, one per account (the lease makes that hold across processes and machines too). Each claimed
// workflow runs under its account lease, renewed every leaseMs/3; a lost lease (another worker took the
// account over after this process stalled) stops the run at once, and its journal writes are refused
// by the fence anyway. Browsers stay warm between workflows (warm-sessions.ts).
//
// Stopping (SIGTERM): running workflows stop after their current action and go back to `pending`
// (lease released, journal kept, so the next claim resumes them); one that does not stop within the
// grace period is aborted and handed back the same way. Nothing is left `running` by a live process.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { DriverTimeouts } from '../actions/kit/services.ts';
import type { Policy } from '../engine/policy/index.ts';
import type { Completion } from '../engine/types.ts';
import type { Claim, Store } from '../store/store.ts';
import { runWorkflow, type RunWorkflowOptions, type RunWorkflowResult } from './run-workflow.ts';
import { toQueuedWorkflow, type StoreWorkflowQueue } from './store-workflow-queue.ts';
import type { WarmSessions } from './warm-sessions.ts';
import { outsideWorkingHours } from './working-hours-pending.ts';

export interface WorkerPoolOptions {
  store: Store;
  queue: StoreWorkflowQueue;
  policy: Policy;
  warm: WarmSessions;
  home: string;
  origin: string;
  log: Logger;
  /** Workflows (hence accounts) at once in this process. Default 2. */
  concurrency?: number;
  /** Lease length; renewed every third of it. Default 30 s. */
  leaseMs?: number;
  /** How often an idle worker looks for work. Default 500 ms. */
  pollMs?: number;
  timeouts?: DriverTimeouts;
  workerId?: string;
  /** What carries out a claimed workflow; runWorkflow by default. The HTTP contract suite scripts it so
   * the pool's own claim, lease and settlement run without a browser. */
  run?: (opts: RunWorkflowOptions) => Promise<RunWorkflowResult>;
  /** Claim only these accounts' workflows (the accounts signed in on this machine); default all. */
  accounts?: readonly string[];
  /** How long a workflow waits while another process (a `linkwright run`, `record`, a headed debug
   * session) holds its account's browser profile before it fails with `accountBusy`. Default 10 min. */
  busyWaitMs?: number;
  /** First retry delay while the profile is busy; doubles up to 60 s. Default 2 s. */
  busyRetryMs?: number;
}

interface Running {
  claim: Claim;
  soft: AbortController;
  hard: AbortController;
  done: Promise<void>;
  cancelRequested: boolean;
}

export class WorkerPool {
  readonly workerId: string;
  private readonly running = new Map<string, Running>();
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly busyWaitMs: number;
  private readonly busyRetryMs: number;
  /** Workflows waiting for a profile another process holds: when the wait began, retries so far. */
  private readonly busy = new Map<string, { since: number; tries: number }>();
  private stopping = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private offCancel: (() => void) | undefined;
  private offCreated: (() => void) | undefined;

  constructor(private readonly opts: WorkerPoolOptions) {
    this.workerId = opts.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.concurrency = Math.max(1, opts.concurrency ?? 2);
    this.leaseMs = opts.leaseMs ?? 30_000;
    this.pollMs = opts.pollMs ?? 500;
    this.busyWaitMs = opts.busyWaitMs ?? 600_000;
    this.busyRetryMs = opts.busyRetryMs ?? 2_000;
  }

  start(): void {
    if (this.loop) return;
    this.offCancel = this.opts.queue.onCancelRequested((id) => this.cancelRunning(id));
    this.offCreated = this.opts.queue.subscribe((ev) => {
      if (ev.type === 'workflow.created') this.nudge();
    });
    this.loop = this.drain();
  }

  /** Look for work now (a submission in this process). */
  nudge(): void {
    this.wake?.();
  }

  private async drain(): Promise<void> {
    while (!this.stopping) {
      try {
        while (!this.stopping && this.running.size < this.concurrency) {
          const claim = await this.opts.store.claimNextWorkflow({
            workerId: this.workerId,
            now: new Date(),
            leaseMs: this.leaseMs,
            ...(this.opts.accounts ? { accounts: this.opts.accounts } : {}),
          });
          if (!claim) break;
          this.begin(claim);
        }
      } catch (err) {
        this.opts.log.error({ err: (err as Error).message }, 'worker could not claim a workflow');
      }
      if (this.stopping) break;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, this.pollMs);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private begin(claim: Claim): void {
    const r: Running = {
      claim,
      soft: new AbortController(),
      hard: new AbortController(),
      cancelRequested: claim.entry.cancelRequested,
      done: Promise.resolve(),
    };
    this.running.set(claim.entry.id, r);
    r.done = this.execute(r)
      .catch((err: unknown) => {
        this.opts.log.error({ workflowId: claim.entry.id, err: (err as Error).message }, 'worker failed');
      })
      .finally(() => {
        this.running.delete(claim.entry.id);
        this.nudge();
      });
  }

  private cancelRunning(workflowId: string): void {
    const r = this.running.get(workflowId);
    if (!r) return;
    r.cancelRequested = true;
    r.soft.abort(new Error('cancelled'));
  }

  private async execute(r: Running): Promise<void> {
    const { entry, fence } = r.claim;
    const store = this.opts.store;
    const log = this.opts.log.child({ workflowId: entry.id, account: entry.account, worker: this.workerId });
    if (r.claim.takenOver)
      log.warn(
        { attempt: entry.attempts },
        'took over a workflow whose worker stopped renewing its lease; resuming through the journal',
      );

    const waiting = outsideWorkingHours(this.opts.policy, entry.account, new Date());
    if (waiting) {
      await store.requeueWorkflow(entry.id, fence, waiting, new Date());
      log.info({ opensAt: waiting.notBefore.toISOString() }, 'outside the account working hours; pending');
      return;
    }
    this.opts.queue.emit({ type: 'workflow.started', workflow: toQueuedWorkflow(entry) });

    let lost = false;
    const heartbeat = setInterval(
      () => {
        void (async () => {
          if (!(await store.renewLease(fence, new Date(), this.leaseMs))) {
            lost = true;
            log.error('lost the account lease (another worker took the account over); stopping now');
            r.hard.abort(new Error('lease lost'));
            return;
          }
          // A cancel asked for in another process reaches this worker here.
          const now = await store.getQueued(entry.id);
          if (now?.cancelRequested && !r.cancelRequested) this.cancelRunning(entry.id);
        })().catch((err: unknown) => log.warn({ err: (err as Error).message }, 'lease renewal failed'));
      },
      Math.max(50, Math.floor(this.leaseMs / 3)),
    );

    let result: RunWorkflowResult;
    try {
      if (r.cancelRequested) r.soft.abort(new Error('cancelled'));
      result = await (this.opts.run ?? runWorkflow)({
        text: entry.definition,
        account: entry.account,
        origin: this.opts.origin,
        home: this.opts.home,
        log,
        store,
        fence,
        warm: this.opts.warm,
        signal: r.hard.signal,
        stopAfterAction: r.soft.signal,
        ...(this.opts.timeouts ? { timeouts: this.opts.timeouts } : {}),
      });
    } finally {
      clearInterval(heartbeat);
    }
    if (lost) return; // the workflow belongs to the worker that took the account over

    const now = new Date();
    if (result.exitCode !== 0 && result.output.error.type === 'accountBusy' && !r.cancelRequested) {
      // Another process holds the profile (a CLI run, a headed debug session): no action ran, since
      // the session opens before the first one. Wait for it like behind any other work on the
      // account, for a bounded time, rather than failing a workflow the user queued minutes ago.
      // Forget waits that ended elsewhere (cancelled while pending, settled by another worker).
      for (const [id, w] of this.busy)
        if (now.getTime() - w.since > 2 * this.busyWaitMs + 60_000) this.busy.delete(id);
      const b = this.busy.get(entry.id) ?? { since: now.getTime(), tries: 0 };
      if (this.stopping || now.getTime() - b.since < this.busyWaitMs) {
        const delay = Math.min(60_000, this.busyRetryMs * 2 ** b.tries);
        this.busy.set(entry.id, { since: b.since, tries: b.tries + 1 });
        const notBefore = new Date(now.getTime() + delay);
        await store.requeueWorkflow(
          entry.id,
          fence,
          {
            pendingReason: 'queued',
            message: `the account's browser profile is in use by another linkwright process; trying again at ${notBefore.toISOString()}`,
            notBefore,
          },
          now,
        );
        log.info({ retryAt: notBefore.toISOString() }, 'account profile busy in another process; pending');
        return;
      }
    }
    this.busy.delete(entry.id);
    let settled: boolean;
    if (result.exitCode === 0) {
      settled = await store.settleQueued(
        entry.id,
        fence,
        { status: 'completed', completion: result.completion },
        now,
      );
    } else if (result.exitCode !== 1 || !result.interrupted) {
      settled = await store.settleQueued(
        entry.id,
        fence,
        {
          status: 'failed',
          failure: { reason: result.output.error.type, message: result.output.error.message },
        },
        now,
      );
    } else if (r.cancelRequested) {
      settled = await store.settleQueued(
        entry.id,
        fence,
        {
          status: 'failed',
          failure: { reason: 'workflowCancelled', message: 'the workflow was cancelled while it ran' },
          cancelled: true,
        },
        now,
      );
    } else {
      // Stopped by this process (SIGTERM): hand it back; the next claim resumes through the journal.
      await store.requeueWorkflow(
        entry.id,
        fence,
        { pendingReason: 'queued', message: null, notBefore: null },
        now,
      );
      log.info('handed the workflow back to the queue');
      return;
    }
    if (!settled) {
      log.warn('the workflow could not be settled: another worker owns its account now');
      return;
    }
    const done = await store.getQueued(entry.id);
    if (done) this.opts.queue.emit({ type: 'workflow.completed', workflow: toQueuedWorkflow(done) });
    const completion: Completion | undefined = result.exitCode === 0 ? result.completion : undefined;
    log.info(
      { status: done?.status, actions: Array.isArray(completion) ? completion.length : 1 },
      'workflow settled',
    );
  }

  /** Workflows running in this process now. */
  get active(): number {
    return this.running.size;
  }

  /**
   * Stops claiming; running workflows stop after their current action (within `graceMs`, else at once)
   * and go back to pending. Resolves when none runs any more. Browsers are left to the caller.
   */
  async stop(opts: { graceMs?: number } = {}): Promise<void> {
    this.stopping = true;
    this.nudge();
    this.offCancel?.();
    this.offCreated?.();
    const all = [...this.running.values()];
    for (const r of all) r.soft.abort(new Error('worker stopping'));
    const grace = setTimeout(() => {
      for (const r of all) r.hard.abort(new Error('worker stopping'));
    }, opts.graceMs ?? 30_000);
    try {
      await Promise.all(all.map((r) => r.done));
      await this.loop;
    } finally {
      clearTimeout(grace);
    }
  }
}
