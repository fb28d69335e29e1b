// The worker as one object: a store, the queue over it, a pool of workers draining it with warm
// browsers. `linkwright worker`, `serve` (in-process workers) and the library (src/index.ts) build it
// here; `runWorkflow` is the one-shot form: submit, wait for the result, stop, close the browser.
import type { Logger } from 'pino';
import { ACTION_RULES } from '../actions/index.ts';
import type { DriverTimeouts } from '../actions/kit/services.ts';
import { linkedinOrigin, linkwrightHome } from '../config/paths.ts';
import { createPolicy } from '../engine/policy/index.ts';
import { rootLogger } from '../log/logger.ts';
import { WebhookDispatcher, type WebhookOptions } from '../service/webhooks.ts';
import type { WorkflowQueue } from '../service/workflow-queue.ts';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/store.ts';
import {
  toLinkedApiResult,
  type LinkedApiResponse,
  type LinkedApiWorkflowResult,
} from './linked-api-result.ts';
import { StoreWorkflowQueue } from './store-workflow-queue.ts';
import { WarmSessions } from './warm-sessions.ts';
import { WorkerPool } from './worker-pool.ts';

export interface CreateWorkerOptions {
  /** LINKWRIGHT_HOME (accounts, profiles, the SQLite store); default from the environment. */
  home?: string;
  /** LinkedIn origin; default LINKWRIGHT_ORIGIN or https://www.linkedin.com. */
  origin?: string;
  log?: Logger;
  /** A store to use (kept open by close()); default: the home's SQLite store. */
  store?: Store;
  /** Workflows (accounts) at once in this process. Default 2. */
  concurrency?: number;
  /** Browsers kept open at once (least recently used idle one closes first). Default 4. */
  maxOpenSessions?: number;
  /**
   * Memory cap of the warm browsers in MB (PSS of their Chromium process trees, from /proc): before
   * another opens, least recently used idle ones close while it would be exceeded. Never closes a
   * browser running a workflow. Default: none (only maxOpenSessions).
   */
  maxSessionMemoryMB?: number;
  /** Probe a warm session again when it was not seen healthy for this long. Default 10 min. */
  staleAfterMs?: number;
  /** Account lease length (renewed every third). Default 30 s. */
  leaseMs?: number;
  /** How often an idle worker polls the store. Default 500 ms. */
  pollMs?: number;
  /**
   * Claim only these accounts' workflows. On a fleet, pin each account to the machine where it is signed
   * in, so LinkedIn sees it from one machine only; default: every account.
   */
  accounts?: readonly string[];
  /** How long a workflow waits while another process holds its account's browser profile before it
   * fails with `accountBusy`. Default 10 min. */
  busyWaitMs?: number;
  /** First retry delay while the profile is busy (doubles up to 60 s). Default 2 s. */
  busyRetryMs?: number;
  /** Driver wait budgets; default the drivers' own. */
  timeouts?: DriverTimeouts;
  /** Start draining at once. Default true; false: only submit/read (e.g. a process that only serves HTTP). */
  start?: boolean;
  /**
   * Send the webhooks of the workflows this process's workers settle (`linkwright worker`: no `serve` in
   * this process hears of them). Off by default: `serve` sends those of its in-process workers itself.
   */
  webhooks?: boolean | WebhookOptions;
}

export interface Worker {
  /** The WorkflowQueue port the HTTP API uses. */
  readonly queue: WorkflowQueue;
  /** Submits a workflow (JSON text or value) for an account: Linked API's `POST /workflows` result. */
  submit(account: string, workflow: unknown): Promise<LinkedApiResponse<LinkedApiWorkflowResult>>;
  /** Linked API's `GET /workflows/{id}` result (null: unknown id). */
  get(workflowId: string): Promise<LinkedApiWorkflowResult | null>;
  /** Submits and waits for completion or failure. */
  run(
    account: string,
    workflow: unknown,
    signal?: AbortSignal,
  ): Promise<LinkedApiResponse<LinkedApiWorkflowResult>>;
  cancel(workflowId: string): Promise<{ cancelled: boolean }>;
  start(): void;
  /** Stops claiming; running workflows stop after their current action and return to pending. */
  stop(opts?: { graceMs?: number }): Promise<void>;
  /** stop(), then closes the browsers and the store it opened. */
  close(opts?: { graceMs?: number }): Promise<void>;
  /** Chromium launches so far (a warm account's next workflow launches none). */
  readonly launches: number;
  /** Browsers open now (warm or running a workflow). */
  readonly openSessions: number;
  readonly workerId: string;
}

export function createWorker(opts: CreateWorkerOptions = {}): Worker {
  const home = opts.home ?? linkwrightHome();
  const origin = (opts.origin ?? linkedinOrigin()).replace(/\/+$/, '');
  const log = opts.log ?? rootLogger();
  const store = opts.store ?? openStore(home);
  const policy = createPolicy(store, { home, rules: ACTION_RULES });
  const queue = new StoreWorkflowQueue({ store, policy });
  const warm = new WarmSessions({
    ...(opts.maxOpenSessions !== undefined ? { maxOpen: opts.maxOpenSessions } : {}),
    ...(opts.maxSessionMemoryMB !== undefined ? { maxMemoryMB: opts.maxSessionMemoryMB } : {}),
    ...(opts.staleAfterMs !== undefined ? { staleAfterMs: opts.staleAfterMs } : {}),
  });
  const pool = new WorkerPool({
    store,
    queue,
    policy,
    warm,
    home,
    origin,
    log,
    ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
    ...(opts.leaseMs !== undefined ? { leaseMs: opts.leaseMs } : {}),
    ...(opts.pollMs !== undefined ? { pollMs: opts.pollMs } : {}),
    ...(opts.accounts ? { accounts: opts.accounts } : {}),
    ...(opts.busyWaitMs !== undefined ? { busyWaitMs: opts.busyWaitMs } : {}),
    ...(opts.busyRetryMs !== undefined ? { busyRetryMs: opts.busyRetryMs } : {}),
    ...(opts.timeouts ? { timeouts: opts.timeouts } : {}),
  });

  const submit = async (account: string, workflow: unknown) => {
    const text = typeof workflow === 'string' ? workflow : JSON.stringify(workflow);
    const r = await queue.submit({ account, text });
    return r.ok
      ? { success: true as const, result: toLinkedApiResult(r.workflow) }
      : { success: false as const, error: r.error };
  };
  const hooks = opts.webhooks
    ? new WebhookDispatcher(store, log, opts.webhooks === true ? {} : opts.webhooks)
    : undefined;
  const detachHooks = hooks?.attach(queue);
  let closed = false;
  const worker: Worker = {
    queue,
    submit,
    get: async (id) => {
      const w = await queue.get(id);
      return w ? toLinkedApiResult(w) : null;
    },
    run: async (account, workflow, signal) => {
      const submitted = await submit(account, workflow);
      if (!submitted.success) return submitted;
      const done = await queue.settled(submitted.result.workflowId, signal);
      return { success: true, result: toLinkedApiResult(done) };
    },
    cancel: (id) => queue.cancel(id),
    start: () => pool.start(),
    stop: (o) => pool.stop(o),
    close: async (o) => {
      if (closed) return;
      closed = true;
      await pool.stop(o);
      // Deliveries under way get their current attempt; later retries are dropped, as in serve.
      detachHooks?.();
      hooks?.stop();
      await hooks?.idle();
      await warm.close();
      if (!opts.store) await store.close();
    },
    get openSessions() {
      return warm.pool.size;
    },
    get launches() {
      return warm.pool.launches;
    },
    workerId: pool.workerId,
  };
  if (opts.start !== false) pool.start();
  return worker;
}

/**
 * One workflow for one account, the library's one-shot form of `POST /workflows` + waiting for
 * `GET /workflows/{id}` to finish: Linked API's `{ success, result }` with the completion or failure.
 * The browser is closed at the end (use createWorker to keep it warm).
 */
export async function runWorkflow(
  opts: CreateWorkerOptions & { account: string; workflow: unknown; signal?: AbortSignal },
): Promise<LinkedApiResponse<LinkedApiWorkflowResult>> {
  const { account, workflow, signal, ...rest } = opts;
  const worker = createWorker({ ...rest, concurrency: 1 });
  try {
    return await worker.run(account, workflow, signal);
  } finally {
    await worker.close();
  }
}
