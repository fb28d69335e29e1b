// The context one run of one action receives: its parameters typed and parsed by the catalog's schema,
// its subject, the run's services, and the idempotency key the policy computed at admission.
import type { Logger } from 'pino';
import type { IdempotencyKey } from '../../engine/policy/idempotency-key.ts';
import type { Subject } from '../../engine/types.ts';
import type { ActionParams, ActionType } from '../../workflow/registry.ts';
import type { ActionServices } from './services.ts';

export interface ActionContext<T extends ActionType = ActionType> extends ActionServices {
  readonly actionType: T;
  /** Parsed by the catalog's schema (defaults applied). */
  readonly params: ActionParams<T>;
  /** The subject handed down by the parent, or built from the root's target parameter. */
  readonly subject?: Subject;
  /** Path of this action in the workflow, e.g. `[0].then[1]`, for logs and captures. */
  readonly path: string;
  readonly log: Logger;
  /** Aborted when the run is interrupted or the action's time budget is spent. */
  readonly signal: AbortSignal;
  /**
   * The idempotency key of this run's side effect (null for reading actions). Sub-steps with an effect
   * of their own (withdraw's unfollow) use `stepKey(step)`.
   */
  readonly key: IdempotencyKey | null;
  stepKey(step: string): IdempotencyKey;
}
