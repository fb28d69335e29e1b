// The policy layer's public face for the runner, the CLI and actions.
export {
  createPolicy,
  Policy,
  RunPolicy,
  type AccountLimitsService,
  type Admission,
  type PolicyOptions,
  type WorkingHoursGate,
} from './policy.ts';
export {
  runSideEffect,
  sideEffectSucceeded,
  type ActResult,
  type SideEffectResult,
  type SideEffectSpec,
  type Verification,
} from './run-side-effect.ts';
export { Journal, type JournalEntry, type JournalRef } from './journal.ts';
export { idempotencyKey, targetOf, type IdempotencyKey } from './idempotency-key.ts';
export {
  describeHolds,
  holdError,
  HoldService,
  HOLD_KINDS,
  type Hold,
  type HoldDescription,
  type HoldKind,
} from './holds.ts';
export { LimitService, type EffectiveLimit, type Reservation, type UsageEntry } from './limits.ts';
export {
  DEFAULT_LIMITS,
  LIMIT_CATEGORIES,
  LIMIT_PERIODS,
  type LimitCategory,
  type LimitPeriod,
} from './limit-catalog.ts';
export {
  checkWorkingHours,
  describeWorkingHours,
  formatLocal,
  waitForWorkingHours,
  type WorkingHoursDecision,
} from './working-hours.ts';
export { createPacing, type HumanPacing } from './pacing.ts';
export {
  loadPolicyConfig,
  parsePolicyConfig,
  PolicyConfigError,
  type PolicyConfig,
  type WorkingHoursConfig,
} from './policy-config.ts';
export { periodEnd, periodStart } from './periods.ts';
