// One shape for every side-effecting action: act (precheck, preparation, then the one click after
// `commit()`), then verify by reading the page, inside the run journal's exactly-once discipline (an
// `attempted` entry goes straight to verification; a `verified` one succeeds without acting). A click
// whose effect does not show is never repeated: it is reported as unverified.
import { runSideEffect, type Verification } from '../../engine/policy/run-side-effect.ts';
import type { ActionOutcome } from '../../engine/types.ts';
import type { ProfilePage, ProfileStatus } from '../../../drivers/linkedin/profile-page.ts';
import type { ActionContext } from './action-context.ts';

export type { Verification };

export type ActStep =
  /** The side-effecting click was made (after `commit()`). */
  | { kind: 'effect' }
  /** A result without the effect: a business error, or success that needed no click. */
  | { kind: 'outcome'; outcome: ActionOutcome };

/** An act step that ends with a result and no effect. */
export function outcomeStep(o: ActionOutcome): ActStep {
  return { kind: 'outcome', outcome: o };
}

/**
 * Verification from the person's profile: `done` when it shows `done` (e.g. pending after Connect),
 * `notDone` when it still shows `before`, anything else `unknown` (never a reason to click again).
 */
export async function profileVerification(
  profile: ProfilePage,
  personUrl: string,
  done: ProfileStatus['kind'],
  before: ProfileStatus['kind'],
): Promise<Verification> {
  const view = await profile.verifyStatus(personUrl, (st) => st.kind === done);
  if (view.status.kind === done) return 'done';
  return view.status.kind === before ? 'notDone' : 'unknown';
}

export interface EffectPlan {
  /** A sub-step with an effect of its own (journal key `<actionType>:<step>`); default: the action's. */
  step?: string;
  /** Reads the page: is the effect there? Must not change anything; bounded. */
  verify: () => Promise<Verification>;
  /** Precheck → prepare → `await commit()` → the one click. */
  act: (commit: () => Promise<void>) => Promise<ActStep>;
  /** The outcome when the effect is verified (now or by an earlier run). */
  succeeded: () => ActionOutcome;
  /** The outcome when a click was made but the page does not confirm it. */
  unverified: (reason: string) => Promise<ActionOutcome>;
}

export async function runEffect(ctx: ActionContext, plan: EffectPlan): Promise<ActionOutcome> {
  const key = plan.step !== undefined ? ctx.stepKey(plan.step) : ctx.key;
  // A module that acts without declaring its side effect would run without exactly-once: refuse.
  if (!key) throw new Error(`${ctx.actionType} has a side effect but its module declares none`);
  const journal = ctx.journal;
  let outcome: ActionOutcome | undefined;
  const r = await runSideEffect({
    journal,
    key,
    verify: plan.verify,
    log: ctx.log,
    act: async (commitPoint) => {
      const step = await plan.act(commitPoint);
      if (step.kind === 'effect') return { kind: 'effect' };
      outcome = step.outcome;
      return { kind: 'outcome', outcome: outcomeName(step.outcome) };
    },
  });
  switch (r.status) {
    case 'performed':
    case 'recovered':
    case 'alreadyVerified':
      return plan.succeeded();
    case 'outcome':
      return outcome ?? plan.succeeded();
    case 'unverified':
      return plan.unverified(r.reason);
  }
}

function outcomeName(o: ActionOutcome): string {
  switch (o.kind) {
    case 'failure':
      return o.error.type;
    case 'sessionFailure':
      return o.failure.reason;
    default:
      return o.kind;
  }
}
