// The WorkflowQueue port (src/service/workflow-queue.ts) over the Store's queue: what `serve` and the
// library submit to and read from. Submissions are validated here before anything is stored; the
// workers (worker-pool.ts) drain the same store, in this process or in others. Events are emitted by
// the process that changed the state (this queue for `created`, its worker pool for the others);
// `settled` also polls the store, so it sees workflows finished by another process.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { IMPLEMENTED_ACTIONS } from '../actions/index.ts';
import type { Policy } from '../engine/policy/index.ts';
import type { Completion } from '../engine/types.ts';
import type {
  PendingReason,
  QueuedWorkflow,
  SubmitWorkflowRequest,
  SubmitWorkflowResult,
  WorkflowEvent,
  WorkflowQueue,
} from '../service/workflow-queue.ts';
import { ACCOUNT_NAME_RE } from '../session/account-record.ts';
import type { QueueEntry, Store } from '../store/store.ts';
import { parseWorkflowText } from '../workflow/validate.ts';
import { outsideWorkingHours } from './working-hours-pending.ts';

export function toQueuedWorkflow(e: QueueEntry): QueuedWorkflow {
  return {
    workflowId: e.id,
    account: e.account,
    status: e.status,
    pendingReason: e.status === 'pending' ? ((e.pendingReason as PendingReason | null) ?? 'queued') : null,
    message: e.message,
    completion: (e.completion as Completion | null) ?? null,
    failure: e.failure,
    tokenId: e.tokenId,
    cancelled: e.cancelled,
    createdAt: e.createdAt,
    startedAt: e.startedAt,
    finishedAt: e.finishedAt,
  };
}

export interface StoreWorkflowQueueOptions {
  store: Store;
  /** For the working-hours check at submission. */
  policy: Policy;
  now?: () => Date;
  /** How often `settled` re-reads the store when no event of this process arrives. Default 250 ms. */
  pollMs?: number;
}

export class StoreWorkflowQueue implements WorkflowQueue {
  private readonly listeners = new Set<(event: WorkflowEvent) => void>();
  private readonly cancelHooks = new Set<(workflowId: string) => void>();
  private readonly now: () => Date;
  private readonly pollMs: number;

  constructor(private readonly opts: StoreWorkflowQueueOptions) {
    this.now = opts.now ?? (() => new Date());
    this.pollMs = opts.pollMs ?? 250;
  }

  async submit(req: SubmitWorkflowRequest): Promise<SubmitWorkflowResult> {
    if (!ACCOUNT_NAME_RE.test(req.account)) {
      return {
        ok: false,
        error: {
          type: 'invalidRequestPayload',
          message: `invalid account name: use letters, digits, '.', '_' or '-' (at most 64)`,
        },
      };
    }
    const parsed = parseWorkflowText(req.text, { implemented: IMPLEMENTED_ACTIONS });
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const now = this.now();
    const waiting = outsideWorkingHours(this.opts.policy, req.account, now);
    const entry = await this.opts.store.enqueueWorkflow({
      id: randomUUID(),
      account: req.account,
      tokenId: req.tokenId ?? null,
      definition: req.text,
      now,
      ...(waiting ? { pending: waiting } : {}),
    });
    const workflow = toQueuedWorkflow(entry);
    this.emit({ type: 'workflow.created', workflow });
    return { ok: true, workflow };
  }

  async get(workflowId: string): Promise<QueuedWorkflow | null> {
    const e = await this.opts.store.getQueued(workflowId);
    return e ? toQueuedWorkflow(e) : null;
  }

  async cancel(workflowId: string): Promise<{ cancelled: boolean }> {
    const r = await this.opts.store.cancelQueued(workflowId, this.now());
    if (r === 'removed') {
      const e = await this.opts.store.getQueued(workflowId);
      if (e) this.emit({ type: 'workflow.completed', workflow: toQueuedWorkflow(e) });
    }
    // A running one: its worker (here, or in another process at its next lease renewal) stops it.
    if (r === 'requested') for (const hook of this.cancelHooks) hook(workflowId);
    return { cancelled: r === 'removed' || r === 'requested' };
  }

  async settled(workflowId: string, signal?: AbortSignal): Promise<QueuedWorkflow> {
    let wake: (() => void) | undefined;
    const off = this.subscribe((ev) => {
      if (ev.workflow.workflowId === workflowId && ev.type === 'workflow.completed') wake?.();
    });
    try {
      for (;;) {
        signal?.throwIfAborted();
        const w = await this.get(workflowId);
        if (!w) throw new Error(`no workflow ${workflowId}`);
        if (w.status === 'completed' || w.status === 'failed') return w;
        const woken = new Promise<void>((r) => (wake = r));
        await Promise.race([woken, sleep(this.pollMs, undefined, signal ? { signal } : {})]);
      }
    } finally {
      off();
    }
  }

  subscribe(listener: (event: WorkflowEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The workers of this process report their state changes through here. */
  emit(event: WorkflowEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        // a listener's failure is its own (webhooks queue their deliveries); the queue goes on
      }
    }
  }

  /** The worker pool of this process learns of a cancel at once (others at their next renewal). */
  onCancelRequested(hook: (workflowId: string) => void): () => void {
    this.cancelHooks.add(hook);
    return () => this.cancelHooks.delete(hook);
  }
}
