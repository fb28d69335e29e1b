// What the policy layer needs to know about an action type, declared once by the action's module
// (src/actions/<family>/<action>.ts, through defineAction) and handed to the policy as a rule book by
// the composition root. The policy never names an action type itself.
import type { ActionErrorType } from '../errors/error-types.ts';
import type { LimitCategory } from './policy/limit-catalog.ts';

/** LinkedIn's own limits, remembered per account until their reset (policy/holds.ts). */
export const HOLD_KINDS = ['weeklyInvitationLimit', 'noteQuota'] as const;
export type HoldKind = (typeof HOLD_KINDS)[number];

export function isHoldKind(v: string): v is HoldKind {
  return (HOLD_KINDS as readonly string[]).includes(v);
}

export type Params = Readonly<Record<string, unknown>>;

/** A limit category the action counts toward, and when (for `limits` output: `when` says it in words). */
export interface LimitUse {
  category: LimitCategory;
  /** Absent: every run counts one unit. */
  when?: { test: (params: Params) => boolean; description: string };
}

/** A LinkedIn hold that stops the action, and when. */
export interface HoldUse {
  kind: HoldKind;
  /** Absent: the hold stops every run of the action. */
  when?: { test: (params: Params) => boolean; description: string };
}

export interface ActionRules {
  readonly actionType: string;
  /** Configured limits the action uses; one unit per matching category per run. */
  readonly limits: readonly LimitUse[];
  /**
   * Present when a run changes something on LinkedIn: it is journaled (exactly once) under an
   * idempotency key formed from the target and `keyParams(params)` (default: every parameter).
   */
  readonly sideEffect: { keyParams: (params: Params) => Params } | null;
  /** LinkedIn holds that stop this action before the browser opens. */
  readonly holds: readonly HoldUse[];
  /** Errors that reveal a LinkedIn hold even when the action did not attach it to its failure. */
  readonly holdOnError: Readonly<Partial<Record<ActionErrorType, HoldKind>>>;
  /** The action's time budget in ms (the engine aborts it after this). */
  readonly timeoutMs: number;
}

export type ActionRuleBook = ReadonlyMap<string, ActionRules>;

/** The limit categories one run of `actionType` with `params` uses. */
export function categoriesOf(rules: ActionRules | undefined, params: Params): LimitCategory[] {
  const out: LimitCategory[] = [];
  for (const use of rules?.limits ?? []) {
    if ((use.when?.test(params) ?? true) && !out.includes(use.category)) out.push(use.category);
  }
  return out;
}

/** The hold kinds that stop a run of the action with `params`, broadest first (HOLD_KINDS order). */
export function holdsOf(rules: ActionRules | undefined, params: Params): HoldKind[] {
  const kinds = new Set((rules?.holds ?? []).filter((h) => h.when?.test(params) ?? true).map((h) => h.kind));
  return HOLD_KINDS.filter((k) => kinds.has(k));
}

/** For `limits` output and docs: which action types count toward `category`, and when. */
export function actionTypesCounting(book: ActionRuleBook, category: LimitCategory): string[] {
  const out: string[] = [];
  for (const r of book.values()) {
    for (const use of r.limits) {
      if (use.category === category)
        out.push(use.when ? `${r.actionType} (${use.when.description})` : r.actionType);
    }
  }
  return out;
}

/** For `accounts` / `limits usage`: which action types a hold stops, and when. */
export function actionTypesHeld(book: ActionRuleBook, kind: HoldKind): string[] {
  const out: string[] = [];
  for (const r of book.values()) {
    for (const h of r.holds) {
      if (h.kind === kind) out.push(h.when ? `${r.actionType} ${h.when.description}` : r.actionType);
    }
  }
  return out;
}
