// The simplest real WorkflowQueue: in memory, one workflow at a time per account in submission order,
// each run through `runWorkflow` (the same path as `linkwright run`). `serve` uses it until the durable
// queue with warm in-process workers replaces it; the service contract tests use it as their queue.
// State lives in this process only: a restart forgets pending workflows (their store records remain).
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { IMPLEMENTED_ACTIONS } from '../actions/index.ts';
import type { Completion } from '../engine/types.ts';
import { ACCOUNT_NAME_RE } from '../session/account-record.ts';
import type {
  QueuedWorkflow,
  SubmitWorkflowRequest,
  SubmitWorkflowResult,
  WorkflowEvent,
  WorkflowQueue,
} from '../service/workflow-queue.ts';
import { parseWorkflowText } from '../workflow/validate.ts';
import { runWorkflow } from './run-workflow.ts';

/** What running one workflow yields (runWorkflow's result, reduced). */
export type DirectRunOutcome =
  | { status: 'completed'; completion: Completion }
  | { status: 'failed'; failure: { reason: string; message: string } };

export type DirectRunner = (w: {
  account: string;
  text: string;
  signal: AbortSignal;
}) => Promise<DirectRunOutcome>;

/** The runner over `runWorkflow` against `origin`, with LINKWRIGHT_HOME `home`. */
export function runWorkflowRunner(opts: {
  home: string;
  origin: string;
  log: Logger;
  closeBrowser?: boolean;
}): DirectRunner {
  return async ({ account, text, signal }) => {
    const r = await runWorkflow({
      text,
      account,
      origin: opts.origin,
      home: opts.home,
      log: opts.log,
      signal,
      closeBrowser: opts.closeBrowser ?? true,
    });
    if (r.exitCode === 0) return { status: 'completed', completion: r.completion };
    const reason = r.exitCode === 1 ? 'unexpectedError' : r.output.error.type;
    return { status: 'failed', failure: { reason, message: r.output.error.message } };
  };
}

interface Entry {
  w: QueuedWorkflow;
  text: string;
  abort: AbortController;
  done: Promise<void>;
  resolveDone: () => void;
}

export class DirectQueue implements WorkflowQueue {
  private readonly entries = new Map<string, Entry>();
  private readonly tails = new Map<string, Promise<void>>();
  private readonly listeners = new Set<(e: WorkflowEvent) => void>();

  constructor(
    private readonly runner: DirectRunner,
    private readonly log: Logger,
  ) {}

  async submit(req: SubmitWorkflowRequest): Promise<SubmitWorkflowResult> {
    if (!ACCOUNT_NAME_RE.test(req.account)) {
      return { ok: false, error: { type: 'invalidRequestPayload', message: 'invalid account name' } };
    }
    const parsed = parseWorkflowText(req.text, { implemented: IMPLEMENTED_ACTIONS });
    if (!parsed.ok) return { ok: false, error: parsed.error };
    let resolveDone: () => void = () => undefined;
    const done = new Promise<void>((r) => (resolveDone = r));
    const w: QueuedWorkflow = {
      workflowId: randomUUID(),
      account: req.account,
      status: 'pending',
      pendingReason: 'queued',
      message: null,
      completion: null,
      failure: null,
      tokenId: req.tokenId ?? null,
      cancelled: false,
      createdAt: new Date(),
      startedAt: null,
      finishedAt: null,
    };
    const entry: Entry = { w, text: req.text, abort: new AbortController(), done, resolveDone };
    this.entries.set(w.workflowId, entry);
    this.emit({ type: 'workflow.created', workflow: { ...w } });
    // Per account: after the previous workflow, whatever its end.
    const prev = this.tails.get(req.account) ?? Promise.resolve();
    const tail = prev.then(() => this.execute(entry));
    this.tails.set(req.account, tail);
    void tail.finally(() => {
      if (this.tails.get(req.account) === tail) this.tails.delete(req.account);
    });
    return { ok: true, workflow: { ...w } };
  }

  async get(workflowId: string): Promise<QueuedWorkflow | null> {
    const e = this.entries.get(workflowId);
    return e ? { ...e.w } : null;
  }

  async cancel(workflowId: string): Promise<{ cancelled: boolean }> {
    const e = this.entries.get(workflowId);
    if (!e || e.w.status === 'completed' || e.w.status === 'failed') return { cancelled: false };
    e.w.cancelled = true;
    e.abort.abort();
    if (e.w.status === 'pending') this.finish(e, { status: 'failed', failure: cancelledFailure() });
    return { cancelled: true };
  }

  async settled(workflowId: string, signal?: AbortSignal): Promise<QueuedWorkflow> {
    const e = this.entries.get(workflowId);
    if (!e) throw new Error(`no workflow ${workflowId}`);
    if (!signal) {
      await e.done;
      return { ...e.w };
    }
    signal.throwIfAborted();
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void =>
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      signal.addEventListener('abort', onAbort, { once: true });
      void e.done.then(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      });
    });
    return { ...e.w };
  }

  subscribe(listener: (event: WorkflowEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every submitted workflow has settled (shutdown, tests). */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.allSettled([...this.tails.values()]);
  }

  private async execute(e: Entry): Promise<void> {
    if (e.w.status !== 'pending') return; // cancelled while queued
    e.w.status = 'running';
    e.w.pendingReason = null;
    e.w.startedAt = new Date();
    this.emit({ type: 'workflow.started', workflow: { ...e.w } });
    let outcome: DirectRunOutcome;
    try {
      outcome = await this.runner({ account: e.w.account, text: e.text, signal: e.abort.signal });
    } catch (err) {
      this.log.error(
        { workflowId: e.w.workflowId, err: err instanceof Error ? err.name : 'error' },
        'workflow run threw',
      );
      outcome = { status: 'failed', failure: { reason: 'unexpectedError', message: 'internal error' } };
    }
    if (e.w.cancelled && outcome.status === 'failed')
      outcome = { status: 'failed', failure: cancelledFailure() };
    this.finish(e, outcome);
  }

  private finish(e: Entry, outcome: DirectRunOutcome): void {
    if (e.w.status === 'completed' || e.w.status === 'failed') return;
    e.w.status = outcome.status;
    e.w.pendingReason = null;
    e.w.finishedAt = new Date();
    if (outcome.status === 'completed') e.w.completion = outcome.completion;
    else e.w.failure = outcome.failure;
    e.resolveDone();
    this.emit({ type: 'workflow.completed', workflow: { ...e.w } });
  }

  private emit(event: WorkflowEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch (err) {
        this.log.warn({ err: err instanceof Error ? err.name : 'error' }, 'a workflow listener threw');
      }
    }
  }
}

function cancelledFailure(): { reason: string; message: string } {
  return { reason: 'workflowCancelled', message: 'the workflow was cancelled' };
}
