// One module per action: everything about an action in one place — the catalog entry it implements,
// the limits it uses, whether it has a side effect and how its idempotency key is formed, the LinkedIn
// holds it respects, its time budget, and its handler. The implemented set, the engine's handlers and
// the policy's rule book are all derived from the modules listed in src/actions/index.ts.
import type { ActionErrorType } from '../../errors/error-types.ts';
import type { ActionRules, HoldKind, HoldUse, LimitUse, Params } from '../../engine/action-rules.ts';
import { effectKey, idempotencyKey } from '../../engine/policy/idempotency-key.ts';
import type { ActionHandler, ActionOutcome, HandlerInput } from '../../engine/types.ts';
import type { JsonObject } from '../../workflow/json-object.ts';
import { profilePageUrl } from '../../../selectors/url/linkedin-url.ts';
import { ACTION_SPECS, type ActionParams, type ActionType } from '../../workflow/registry.ts';
import type { ActionContext } from './action-context.ts';
import type { ActionServices } from './services.ts';

export interface ActionDefinition<T extends ActionType> {
  /** The catalog entry this module implements (src/workflow/catalog). */
  readonly actionType: T;
  /** Configured limit categories a run uses (none: the action counts toward no limit). */
  readonly limits?: readonly LimitUse[];
  /**
   * Set when a run changes something on LinkedIn. The idempotency key is formed from the account, the
   * action type, the target and `keyParams(params)` — by default every non-target parameter; give
   * `keyParams` when two spellings mean the same intent (an empty note is no note).
   */
  readonly sideEffect?: { keyParams?: (params: Params) => Params };
  /** LinkedIn holds that stop the action before the browser opens. */
  readonly holds?: readonly HoldUse[];
  /** Errors that reveal a hold even when the failure does not carry one. */
  readonly holdOnError?: Readonly<Partial<Record<ActionErrorType, HoldKind>>>;
  /** Time budget of one run; default 3 minutes, 20 for list actions (they page with human pauses). */
  readonly timeoutMs?: number;
  /**
   * Set when the run's first page is the person's profile and the run reads it in place when it is
   * already open (`ProfilePage.open(url, { reuse: true })`): the session check of a workflow starting
   * with this action then loads that profile instead of /feed/, and the action reuses the load.
   */
  readonly opensProfileFirst?: true;
  run(ctx: ActionContext<T>): Promise<ActionOutcome>;
}

export interface ActionModule {
  readonly actionType: ActionType;
  readonly rules: ActionRules;
  readonly handler: ActionHandler<ActionServices>;
  /** The page a root run of this action opens first on `origin` and reads in place, if known. */
  entryPage?(params: JsonObject, origin: string): string | undefined;
}

const DEFAULT_TIMEOUT_MS = 3 * 60_000;
const LIST_TIMEOUT_MS = 20 * 60_000;

/** The parameters as the catalog's schema parses them; what a module's rules and handler both see. */
export function parseParams<T extends ActionType>(actionType: T, params: unknown): ActionParams<T> {
  return ACTION_SPECS[actionType].params.parse(params) as ActionParams<T>;
}

export function defineAction<T extends ActionType>(def: ActionDefinition<T>): ActionModule {
  const spec = ACTION_SPECS[def.actionType];
  const rules: ActionRules = {
    actionType: def.actionType,
    limits: def.limits ?? [],
    // Keys are formed from the parameters as the workflow gave them (no defaults applied), so a key
    // stays the same whichever schema version parsed the workflow.
    sideEffect: def.sideEffect ? { keyParams: def.sideEffect.keyParams ?? ((p) => p) } : null,
    holds: def.holds ?? [],
    holdOnError: def.holdOnError ?? {},
    timeoutMs: def.timeoutMs ?? (spec.shape === 'list' ? LIST_TIMEOUT_MS : DEFAULT_TIMEOUT_MS),
  };
  const handler: ActionHandler<ActionServices> = {
    actionType: def.actionType,
    timeoutMs: rules.timeoutMs,
    run(input: HandlerInput<ActionServices>): Promise<ActionOutcome> {
      const params = parseParams(def.actionType, input.params);
      const account = input.services.journal.account;
      const keyInput = {
        account,
        ...(input.subject ? { subject: input.subject } : {}),
        params: rules.sideEffect?.keyParams(input.params) ?? {},
      };
      // The policy computed the key at admission; without a policy (an embedder or a test calling the
      // engine directly) it is formed here by the same function, so exactly-once never silently stops.
      const key =
        input.key ??
        effectKey(rules, {
          account,
          actionType: def.actionType,
          ...(input.subject ? { subject: input.subject } : {}),
          params: input.params,
        });
      const ctx: ActionContext<T> = {
        ...input.services,
        actionType: def.actionType,
        params,
        ...(input.subject ? { subject: input.subject } : {}),
        path: input.path,
        log: input.log,
        signal: input.signal,
        key,
        stepKey: (step) => idempotencyKey({ ...keyInput, actionType: `${def.actionType}:${step}` }),
      };
      return def.run(ctx);
    },
  };
  const entryPage = (params: JsonObject, origin: string): string | undefined => {
    const personUrl = params['personUrl'];
    if (typeof personUrl !== 'string') return undefined;
    try {
      return profilePageUrl(origin, personUrl);
    } catch {
      return undefined;
    }
  };
  return { actionType: def.actionType, rules, handler, ...(def.opensProfileFirst ? { entryPage } : {}) };
}
