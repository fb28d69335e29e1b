// The narrow interfaces between the engine and the actions. The engine knows nothing about browsers,
// stores or queues; actions receive everything through ActionServices so tests can swap any part.
import type { Logger } from 'pino';
import type { ActionError, SessionFailure } from '../errors/error-types.ts';

/** What a parent hands to its children (catalog: "the parent supplies the person"). */
export type Subject =
  | { kind: 'person'; personUrl: string }
  | { kind: 'salesPerson'; personHashedUrl: string }
  | { kind: 'company'; companyUrl: string }
  | { kind: 'salesCompany'; companyHashedUrl: string }
  | { kind: 'post'; postUrl: string }
  | { kind: 'job'; jobUrl: string }
  | { kind: 'conversation'; threadId: string };

export type SubjectKind = Subject['kind'];

export type JsonObject = { [key: string]: unknown };

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
      hold?: 'weeklyInvitationLimit' | 'noteQuota';
    }
  /** Stops the whole workflow (signed out, checkpoint, …). */
  | { kind: 'sessionFailure'; failure: SessionFailure };

export interface ActionContext {
  /** The action's own parameters, validated by the registry's schema (label/then/actionType removed). */
  params: JsonObject;
  /** The subject handed down by the parent, or built from the root's target parameter. */
  subject?: Subject;
  /** Path of this action in the workflow, e.g. `[0].then[1]`, for logs and captures. */
  path: string;
  log: Logger;
  signal: AbortSignal;
  services: ActionServices;
}

export interface ActionHandler {
  readonly actionType: string;
  run(ctx: ActionContext): Promise<ActionOutcome>;
}

/**
 * Everything an action may use. Kept as an open interface: layers (session, store, pacing) register
 * their service here, and tests pass fakes.
 */
export interface ActionServices {
  [service: string]: unknown;
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
