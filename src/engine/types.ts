// The narrow interfaces between the engine and the actions. The engine knows nothing about browsers,
// stores or queues: it hands each handler an opaque, typed services object `S` that the composition
// root built (src/app), so tests can swap any part. Actions see it through the action kit
// (src/actions/kit), which types it and checks the parameters.
import type { Logger } from 'pino';
import type { ActionError, SessionFailure } from '../errors/error-types.ts';
import type { HoldKind } from './action-rules.ts';
import type { IdempotencyKey } from './policy/idempotency-key.ts';
import type { JsonObject } from '../workflow/json-object.ts';
import type { Subject } from '../workflow/subject.ts';

// The workflow language's own types, re-exported because every handler speaks them.
export type { JsonObject } from '../workflow/json-object.ts';
export type { Subject, SubjectKind } from '../workflow/subject.ts';

/** One item of a list action's result: its data, and the subject its iterator children act on. */
export interface ListItem {
  data: JsonObject;
  subject?: Subject;
}

export type ActionOutcome =
  /** A single-object result. `data` is omitted from the completion when undefined. */
  | { kind: 'success'; data?: JsonObject; subject?: Subject }
  /** A list result: the completion's `data` is the array of item data. */
  | { kind: 'list'; items: ListItem[] }
  | {
      kind: 'failure';
      error: ActionError;
      /** LinkedIn showed one of its own limits: the policy layer places this hold on the account. */
      hold?: HoldKind;
    }
  /** Stops the whole workflow (signed out, checkpoint, …). */
  | { kind: 'sessionFailure'; failure: SessionFailure };

/** What the engine hands a handler for one run of one action. */
export interface HandlerInput<S> {
  /** The action's own parameters as the workflow gave them (label/then/actionType removed). */
  params: JsonObject;
  /** The subject handed down by the parent, or built from the root's target parameter. */
  subject?: Subject;
  /** Path of this action in the workflow, e.g. `[0].then[1]`, for logs and captures. */
  path: string;
  log: Logger;
  /** Aborted when the run is interrupted or the action's time budget is spent. */
  signal: AbortSignal;
  services: S;
  /** The idempotency key the policy computed at admission (null: no side effect, or no policy). */
  key: IdempotencyKey | null;
}

export interface ActionHandler<S> {
  readonly actionType: string;
  /** Upper bound for one run (default: the engine's). */
  readonly timeoutMs?: number;
  run(input: HandlerInput<S>): Promise<ActionOutcome>;
}

/** Result objects exactly in Linked API's completion shape. */
export interface ActionResult {
  actionType: string;
  label?: string;
  success: boolean;
  data?: unknown;
  error?: ActionError;
}

export type Completion = ActionResult | ActionResult[];

export type WorkflowOutcome =
  | { status: 'completed'; completion: Completion }
  | { status: 'failed'; failure: SessionFailure; completion?: Completion };
