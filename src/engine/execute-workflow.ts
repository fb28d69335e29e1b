// Walks a validated workflow and builds the completion in Linked API's shape.
//
// - An array runs its roots in order; one failing action does not stop its siblings.
// - A parent hands its subject (person, company, …) to its children; results nest under `data.then`,
//   as an object or an array exactly as the workflow gave `then`.
// - A list action (data is an array) runs its iterator's children once per item; each item carries
//   its own `then`. The iterator itself (`st.doForPeople`, …) is transparent in the completion: the
//   catalog leaves its envelope unconfirmed, and Linked API's result examples put the per-item
//   results directly on the item.
// - A session failure (signed out, checkpoint, …) stops the whole workflow.
// - Anything unrecognised becomes `unexpectedError`, never an unhandled exception.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { isSessionFailureError, type ActionError, type SessionFailure } from '../errors/error-types.ts';
import { scrubText } from '../log/redaction.ts';
import type { ActionGuard, GuardTicket } from './action-guard.ts';
import type {
  ActionHandler,
  ActionOutcome,
  ActionResult,
  Completion,
  JsonObject,
  Subject,
  SubjectKind,
  WorkflowOutcome,
} from './types.ts';
import type { ValidWorkflow, WorkflowNode } from '../workflow/workflow-node.ts';
import type { IdempotencyKey } from './policy/idempotency-key.ts';

export interface ActionShape {
  /** The parameters that can name the action's own target when it runs at the root (first given wins). */
  targets?: readonly { param: string; kind: SubjectKind }[];
  /** Iterators (`doFor*`) run their children once per item of the parent's list. */
  iterator?: boolean;
}

export interface ExecuteOptions<S> {
  handlers: ReadonlyMap<string, ActionHandler<S>>;
  /** What the engine needs to know of each action type (from the workflow registry). */
  shapeOf: (actionType: string) => ActionShape;
  /** Handed to every handler as it is (the composition root types it). */
  services: S;
  /** Saves what the page looked like when an action failed in a way it could not report itself. */
  capture?: (reason: string) => Promise<string | undefined>;
  log: Logger;
  guard?: ActionGuard;
  /** Upper bound for every action, overriding each handler's own budget (tests). */
  actionTimeoutMs?: number;
  workflowId?: string;
  signal?: AbortSignal;
  /** Called around each action (traces and pause-on-failure in the headed mode). */
  onActionStart?: (node: WorkflowNode) => void | Promise<void>;
  onActionEnd?: (node: WorkflowNode, result: ActionResult) => void | Promise<void>;
}

/** The run was asked to stop (SIGINT/SIGTERM): no further action starts. */
export class WorkflowInterruptedError extends Error {
  constructor(readonly beforePath: string) {
    super(`the workflow was interrupted before ${beforePath}`);
    this.name = 'WorkflowInterruptedError';
  }
}

/** An action without a budget of its own (the engine's tests; every action module declares one). */
const DEFAULT_ACTION_TIMEOUT_MS = 180_000;

class WorkflowStopped extends Error {
  constructor(readonly failure: SessionFailure) {
    super(failure.message);
  }
}

export async function executeWorkflow<S>(
  workflow: ValidWorkflow,
  opts: ExecuteOptions<S>,
): Promise<WorkflowOutcome> {
  const workflowId = opts.workflowId ?? randomUUID();
  // The caller's logger may already carry the id (run-workflow binds it): bind it once, not twice.
  const log = opts.log.bindings().workflowId === workflowId ? opts.log : opts.log.child({ workflowId });
  const run = new Run(opts, log);
  try {
    let completion: Completion;
    if (Array.isArray(workflow)) {
      const results: ActionResult[] = [];
      for (const root of workflow) results.push(await run.node(root, undefined));
      completion = results;
    } else {
      completion = await run.node(workflow, undefined);
    }
    return { status: 'completed', completion };
  } catch (err) {
    if (err instanceof WorkflowStopped) {
      log.warn({ reason: err.failure.reason }, 'workflow stopped by a session failure');
      return { status: 'failed', failure: err.failure };
    }
    // Only a bug in the engine itself gets here; it still ends as a named failure.
    log.error({ err: describe(err) }, 'engine error');
    throw err;
  }
}

class Run<S> {
  constructor(
    private readonly opts: ExecuteOptions<S>,
    private readonly log: Logger,
  ) {}

  async node(node: WorkflowNode, inherited: Subject | undefined): Promise<ActionResult> {
    if (this.opts.signal?.aborted) throw new WorkflowInterruptedError(node.path);
    const subject = this.subjectFor(node, inherited);
    const actionLog = this.log.child({ action: node.actionType, path: node.path, actionId: randomUUID() });
    const outcome = await this.runAction(node, subject, actionLog);
    const result = await this.toResult(node, outcome, subject);
    actionLog.info({ success: result.success, error: result.error?.type }, 'action finished');
    try {
      await this.opts.onActionEnd?.(node, result);
    } catch (err) {
      actionLog.warn({ err: describe(err) }, 'after-action hook failed');
    }
    return result;
  }

  private subjectFor(node: WorkflowNode, inherited: Subject | undefined): Subject | undefined {
    for (const target of this.opts.shapeOf(node.actionType).targets ?? []) {
      const value = node.params[target.param];
      if (typeof value === 'string') return makeSubject(target.kind, value);
    }
    return inherited;
  }

  private async runAction(
    node: WorkflowNode,
    subject: Subject | undefined,
    log: Logger,
  ): Promise<ActionOutcome> {
    const handler = this.opts.handlers.get(node.actionType);
    if (!handler) {
      return failure('unexpectedError', `${node.actionType} has no implementation in this build`);
    }
    let ticket: GuardTicket | undefined;
    let key: IdempotencyKey | null = null;
    if (this.opts.guard) {
      try {
        const verdict = await this.opts.guard.before(node, subject);
        if (!verdict.ok) return { kind: 'failure', error: verdict.error };
        ticket = verdict.ticket;
        key = verdict.key ?? null;
      } catch (err) {
        // Without a verdict the action must not run: its budget could not be checked.
        log.error({ err: describe(err) }, 'limit check failed');
        return failure(
          'unexpectedError',
          `${node.actionType} was not run: its limits could not be checked (${describe(err)})`,
        );
      }
    }
    const started = await this.start(node, log);
    const params = { ...node.params };
    const outcome = started ?? (await this.invoke(handler, { node, params, subject, log, key }));
    try {
      await ticket?.settle(outcome);
    } catch (err) {
      log.error({ err: describe(err) }, 'could not settle the action budget');
    }
    if (outcome.kind === 'sessionFailure') throw new WorkflowStopped(outcome.failure);
    return outcome;
  }

  /** Runs the start hook (which may open the browser); its failures become the action's outcome. */
  private async start(node: WorkflowNode, log: Logger): Promise<ActionOutcome | undefined> {
    try {
      await this.opts.onActionStart?.(node);
      return undefined;
    } catch (err) {
      if (isSessionFailureError(err)) {
        return { kind: 'sessionFailure', failure: { reason: err.reason, message: err.message } };
      }
      log.error({ err: describe(err) }, 'could not prepare the action');
      return failure('unexpectedError', `${node.actionType} could not start: ${describe(err)}`);
    }
  }

  private async invoke(
    handler: ActionHandler<S>,
    a: {
      node: WorkflowNode;
      params: JsonObject;
      subject: Subject | undefined;
      log: Logger;
      key: IdempotencyKey | null;
    },
  ): Promise<ActionOutcome> {
    const timeoutMs = this.opts.actionTimeoutMs ?? handler.timeoutMs ?? DEFAULT_ACTION_TIMEOUT_MS;
    const controller = new AbortController();
    const onParentAbort = () => controller.abort(this.opts.signal?.reason);
    if (this.opts.signal?.aborted) controller.abort(this.opts.signal.reason);
    else this.opts.signal?.addEventListener('abort', onParentAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const running = handler.run({
      params: a.params,
      subject: a.subject,
      path: a.node.path,
      log: a.log,
      signal: controller.signal,
      services: this.opts.services,
      key: a.key,
    });
    const timeout = new Promise<ActionOutcome>((resolve) => {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new Error('action timed out'));
        // Give the handler a bounded moment to notice the abort, so that it does not keep driving
        // the page (or reach a side effect) while the budget is settled and the next action starts.
        const grace = new Promise<void>((r) => setTimeout(r, Math.min(15_000, timeoutMs)).unref());
        void Promise.race([
          running.then(
            () => undefined,
            () => undefined,
          ),
          grace,
        ]).then(() =>
          resolve(failure('unexpectedError', `${a.node.actionType} did not finish within ${timeoutMs} ms`)),
        );
      }, timeoutMs);
    });
    try {
      const outcome = await Promise.race([running, timeout]);
      if (timedOut && outcome.kind === 'failure') await this.capture(a.node, a.log);
      // An action that returns unexpectedError has saved its own capture of the page it did not
      // recognise (before dismissing anything); the engine captures only what the action could not.
      if (!isOutcome(outcome)) {
        await this.capture(a.node, a.log);
        return failure('unexpectedError', `${a.node.actionType} returned no valid outcome`);
      }
      return outcome;
    } catch (err) {
      if (isSessionFailureError(err)) {
        return { kind: 'sessionFailure', failure: { reason: err.reason, message: err.message } };
      }
      a.log.error({ err: describe(err) }, 'action threw');
      await this.capture(a.node, a.log);
      return failure('unexpectedError', `${a.node.actionType} failed unexpectedly: ${describe(err)}`);
    } finally {
      clearTimeout(timer);
      this.opts.signal?.removeEventListener('abort', onParentAbort);
    }
  }

  /** Saves what the page looked like, so a maintainer can turn it into a fixture. */
  private async capture(node: WorkflowNode, log: Logger): Promise<void> {
    if (!this.opts.capture) return;
    try {
      const dir = await this.opts.capture(`unexpected-${node.actionType}`);
      if (dir) log.warn({ capture: dir }, 'saved a capture of the unexpected page');
    } catch (err) {
      log.warn({ err: describe(err) }, 'could not save a capture');
    }
  }

  private async toResult(
    node: WorkflowNode,
    outcome: ActionOutcome,
    inherited: Subject | undefined,
  ): Promise<ActionResult> {
    const base: ActionResult = {
      actionType: node.actionType,
      ...(node.label !== undefined ? { label: node.label } : {}),
      success: false,
    };
    switch (outcome.kind) {
      case 'failure':
        return { ...base, error: { type: outcome.error.type, message: outcome.error.message } };
      case 'sessionFailure':
        // runAction throws before we get here; kept for exhaustiveness.
        throw new WorkflowStopped(outcome.failure);
      case 'success': {
        const result: ActionResult = { ...base, success: true };
        let data: JsonObject | undefined = outcome.data ? { ...outcome.data } : undefined;
        if (node.then.length > 0) {
          const childSubject = outcome.subject ?? inherited;
          const children: ActionResult[] = [];
          for (const child of node.then) children.push(await this.node(child, childSubject));
          data = { ...(data ?? {}), then: node.thenIsArray ? children : children[0] };
        }
        if (data !== undefined) result.data = data;
        return result;
      }
      case 'list': {
        const items: JsonObject[] = [];
        for (const item of outcome.items) {
          const data: JsonObject = { ...item.data };
          const perItem = await this.runIterators(node, item.subject);
          if (perItem !== undefined) data.then = perItem;
          items.push(data);
        }
        return { ...base, success: true, data: items };
      }
    }
  }

  /** The children of a list action for one item: the iterators' own children, run on the item. */
  private async runIterators(node: WorkflowNode, subject: Subject | undefined): Promise<unknown> {
    if (node.then.length === 0) return undefined;
    const results: ActionResult[] = [];
    let shapeIsArray = node.thenIsArray;
    for (const child of node.then) {
      if (this.opts.shapeOf(child.actionType).iterator) {
        shapeIsArray = node.then.length > 1 || child.thenIsArray;
        for (const grandchild of child.then) results.push(await this.node(grandchild, subject));
      } else {
        results.push(await this.node(child, subject));
      }
    }
    return shapeIsArray ? results : results[0];
  }
}

function makeSubject(kind: SubjectKind, value: string): Subject {
  switch (kind) {
    case 'person':
      return { kind, personUrl: value };
    case 'salesPerson':
      return { kind, personHashedUrl: value };
    case 'company':
      return { kind, companyUrl: value };
    case 'salesCompany':
      return { kind, companyHashedUrl: value };
    case 'post':
      return { kind, postUrl: value };
    case 'job':
      return { kind, jobUrl: value };
    case 'conversation':
      return { kind, threadId: value };
  }
}

function failure(type: ActionError['type'], message: string): ActionOutcome {
  return { kind: 'failure', error: { type, message } };
}

function isOutcome(v: unknown): v is ActionOutcome {
  if (typeof v !== 'object' || v === null) return false;
  const kind = (v as { kind?: unknown }).kind;
  return kind === 'success' || kind === 'list' || kind === 'failure' || kind === 'sessionFailure';
}

function describe(err: unknown): string {
  const msg = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return scrubText(msg).slice(0, 500);
}
