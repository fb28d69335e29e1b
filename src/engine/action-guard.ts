// Hooks around every action, for policies that live outside the actions themselves (configured
// limits, LinkedIn holds). The engine calls `before` ahead of the action; a refusal becomes the
// action's failure and the action never runs. `after` settles what `before` reserved.
import type { ActionError } from '../errors/error-types.ts';
import type { WorkflowNode } from '../workflow/workflow-node.ts';
import type { IdempotencyKey } from './policy/idempotency-key.ts';
import type { ActionOutcome, Subject } from './types.ts';

export interface GuardTicket {
  settle(outcome: ActionOutcome): void | Promise<void>;
}

export interface ActionGuard {
  before(
    node: WorkflowNode,
    subject: Subject | undefined,
  ): Promise<
    { ok: true; ticket?: GuardTicket; key?: IdempotencyKey | null } | { ok: false; error: ActionError }
  >;
}
