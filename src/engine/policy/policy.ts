// The policy façade the runner uses: limits, LinkedIn's holds, working hours, the journal and pacing,
// over one Store. `createPolicy` once per process; `startRun` once per workflow execution.
//
// Around each action the runner calls:
//   const adm = await run.beforeAction({ actionType, params, subject });   // holds, then limits
//   if (!adm.ok) → the action's result is { success:false, error: adm.error }; the browser is not touched
//   else outcome = await handler.run(ctx); await run.afterAction(adm, outcome);  // commit or release
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { ActionError, SessionFailure } from '../../errors/error-types.ts';
import { linkwrightHome } from '../../config/paths.ts';
import type { Store, WorkflowRecord, WorkflowStatus } from '../../store/store.ts';
import type { ActionGuard } from '../action-guard.ts';
import { categoriesOf, holdsOf, type ActionRuleBook, type HoldKind } from '../action-rules.ts';
import type { ActionOutcome, Subject, WorkflowOutcome } from '../types.ts';
import { HoldService, type Hold, type HoldDescription } from './holds.ts';
import { effectKey, type IdempotencyKey } from './idempotency-key.ts';
import { Journal } from './journal.ts';
import { LimitService, type Reservation, type UsageEntry } from './limits.ts';
import { createPacing, type HumanPacing } from './pacing.ts';
import {
  loadPolicyConfig,
  pacingFor,
  resumeWindowMs,
  workingHoursFor,
  type PolicyConfig,
  type WorkingHoursConfig,
} from './policy-config.ts';
import {
  checkWorkingHours,
  formatLocal,
  realSleep,
  waitForWorkingHours,
  type WorkingHoursDecision,
} from './working-hours.ts';

export interface PolicyOptions {
  /** What each implemented action uses and respects (built from the action modules by src/actions). */
  rules: ActionRuleBook;
  /** Parsed config; default: LINKWRIGHT_HOME/config.json (missing file = defaults). */
  config?: PolicyConfig;
  home?: string;
  /** Injectable clock (tests). */
  now?: () => Date;
  env?: NodeJS.ProcessEnv;
  /** Injectable sleep for working-hours waits and pacing (tests). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** What actions find under `services.limits`: LinkedIn's own limits, reported by the action that saw them. */
export interface AccountLimitsService {
  readonly account: string;
  /**
   * LinkedIn showed one of its limits: hold the affected requests until the kind's reset
   * (weeklyInvitationLimit → next Monday 00:00 UTC; noteQuota → next 1st 00:00 UTC).
   */
  placeHold(kind: HoldKind, reason?: string): Promise<Hold>;
  activeHolds(): Promise<Hold[]>;
}

export type Admission =
  | {
      ok: true;
      actionType: string;
      params: Readonly<Record<string, unknown>>;
      /** Idempotency key for journaled (side-effecting) action types, else null. */
      key: IdempotencyKey | null;
      /** Null when the action counts toward no limit category. */
      reservation: Reservation | null;
      /** The reservation was left open by a crashed run of the same request and taken over. */
      adopted: boolean;
    }
  | { ok: false; error: ActionError };

export type WorkingHoursGate = { ok: true; waitedMs: number } | { ok: false; failure: SessionFailure };

export class Policy {
  readonly store: Store;
  readonly config: PolicyConfig;
  readonly limits: LimitService;
  readonly holds: HoldService;
  readonly rules: ActionRuleBook;
  readonly now: () => Date;
  readonly env: NodeJS.ProcessEnv;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(store: Store, opts: PolicyOptions) {
    this.store = store;
    this.rules = opts.rules;
    this.config = opts.config ?? loadPolicyConfig(opts.home ?? linkwrightHome(opts.env));
    this.now = opts.now ?? (() => new Date());
    this.env = opts.env ?? process.env;
    this.sleep = opts.sleep ?? realSleep;
    this.limits = new LimitService(store, this.config);
    this.holds = new HoldService(store, opts.rules);
  }

  workingHours(account: string): WorkingHoursConfig | null {
    return workingHoursFor(this.config, account);
  }

  /** Always open for accounts without working hours. */
  checkWorkingHours(
    account: string,
    now: Date = this.now(),
  ): WorkingHoursDecision | { open: true; closesAt: null } {
    const cfg = this.workingHours(account);
    return cfg ? checkWorkingHours(cfg, now) : { open: true, closesAt: null };
  }

  async usage(
    account: string,
    now: Date = this.now(),
  ): Promise<{ usage: UsageEntry[]; holds: HoldDescription[] }> {
    return { usage: await this.limits.usage(account, now), holds: await this.holds.describe(account, now) };
  }

  async describeHolds(account: string, now: Date = this.now()): Promise<HoldDescription[]> {
    return this.holds.describe(account, now);
  }

  startRun(opts: { account: string; workflowId: string; signal?: AbortSignal }): RunPolicy {
    return new RunPolicy(this, opts.account, opts.workflowId, opts.signal);
  }
}

export class RunPolicy {
  readonly account: string;
  readonly workflowId: string;
  readonly journal: Journal;
  readonly pacing: HumanPacing;
  readonly limitsService: AccountLimitsService;
  private readonly policy: Policy;
  private readonly signal: AbortSignal | undefined;
  private readonly open = new Set<string>();

  constructor(policy: Policy, account: string, workflowId: string, signal?: AbortSignal) {
    this.policy = policy;
    this.account = account;
    this.workflowId = workflowId;
    this.signal = signal;
    this.journal = new Journal({
      store: policy.store,
      account,
      runId: workflowId,
      resumeWindowMs: resumeWindowMs(policy.config),
      now: policy.now,
    });
    this.pacing = createPacing({
      config: pacingFor(policy.config, account),
      env: policy.env,
      sleep: policy.sleep,
      ...(signal ? { signal } : {}),
    });
    const holds = policy.holds;
    this.limitsService = {
      account,
      placeHold: (kind, reason) =>
        holds.place(account, kind, { now: policy.now(), ...(reason ? { reason } : {}) }),
      activeHolds: () => holds.active(account, policy.now()),
    };
  }

  /** The services this layer contributes to every action's context. */
  services(): { journal: Journal; limits: AccountLimitsService; pacing: HumanPacing } {
    return { journal: this.journal, limits: this.limitsService, pacing: this.pacing };
  }

  /** The engine's ActionGuard (src/engine/action-guard.ts) backed by beforeAction/afterAction. */
  guard(): ActionGuard {
    return {
      before: async (node, subject) => {
        const adm = await this.beforeAction({
          actionType: node.actionType,
          params: node.params,
          ...(subject ? { subject } : {}),
        });
        if (!adm.ok) return { ok: false, error: adm.error };
        return { ok: true, key: adm.key, ticket: { settle: (outcome) => this.afterAction(adm, outcome) } };
      },
    };
  }

  // ---- workflow record -------------------------------------------------------------------------

  /** Creates the workflow record (status `running` unless given) owned by this process. */
  async recordStart(
    opts: { definitionHash?: string; status?: WorkflowStatus; pendingReason?: string } = {},
  ): Promise<WorkflowRecord> {
    const now = this.policy.now();
    await this.policy.store.ensureAccount(this.account, now);
    return this.policy.store.createWorkflow({
      id: this.workflowId,
      account: this.account,
      status: opts.status ?? 'running',
      pendingReason: opts.pendingReason ?? null,
      definitionHash: opts.definitionHash ?? null,
      owner: { pid: process.pid, host: hostname() },
      now,
    });
  }

  private async updateRecord(patch: Parameters<Store['updateWorkflow']>[1]): Promise<void> {
    if (await this.policy.store.getWorkflow(this.workflowId))
      await this.policy.store.updateWorkflow(this.workflowId, patch);
  }

  /**
   * Records the workflow's end. On `completed` the run's journal entries are settled (a later workflow
   * asking for the same effects is a new intent); on `failed` they are kept so a re-run resumes instead
   * of repeating. Reservations the runner left open are committed (their effect is unknown).
   */
  async finish(outcome: WorkflowOutcome): Promise<void> {
    const now = this.policy.now();
    for (const id of this.open) await this.policy.store.commitUsage(id, now);
    this.open.clear();
    if (outcome.status === 'completed') {
      await this.journal.settle();
      await this.updateRecord({ status: 'completed', completion: outcome.completion, now });
    } else {
      await this.updateRecord({
        status: 'failed',
        failure: outcome.failure,
        ...(outcome.completion !== undefined ? { completion: outcome.completion } : {}),
        now,
      });
    }
  }

  /**
   * The run ended without an outcome (interrupted, or an internal error). Like a failed run: open
   * reservations are kept (their effect is unknown) and the journal stays unsettled, so a re-run
   * resumes instead of repeating.
   */
  async abandon(failure: { reason: string; message: string }): Promise<void> {
    const now = this.policy.now();
    for (const id of this.open) await this.policy.store.commitUsage(id, now);
    this.open.clear();
    await this.updateRecord({ status: 'failed', failure, now });
  }

  // ---- working hours ---------------------------------------------------------------------------

  /**
   * Before the browser opens. Outside working hours: policy `reject` → failure `outsideWorkingHours`;
   * policy `pending` → the record says pending/outsideWorkingHours, the log says when, and this waits
   * until the window opens (then the record says running again).
   */
  async awaitWorkingHours(opts: { log?: Logger } = {}): Promise<WorkingHoursGate> {
    const cfg = this.policy.workingHours(this.account);
    if (!cfg) return { ok: true, waitedMs: 0 };
    const started = this.policy.now();
    const first = checkWorkingHours(cfg, started);
    if (first.open) return { ok: true, waitedMs: 0 };
    if (cfg.offHoursPolicy === 'reject') {
      return { ok: false, failure: { reason: 'outsideWorkingHours', message: first.message } };
    }
    await waitForWorkingHours({
      config: cfg,
      now: this.policy.now,
      sleep: this.policy.sleep,
      ...(this.signal ? { signal: this.signal } : {}),
      onWait: async (d) => {
        const message = `The workflow will start when the account working hours open at ${formatLocal(d.opensAt, cfg.timezone)}.`;
        opts.log?.info(
          {
            account: this.account,
            workflowId: this.workflowId,
            opensAt: d.opensAt.toISOString(),
            pendingReason: 'outsideWorkingHours',
          },
          `${d.message} ${message}`,
        );
        await this.updateRecord({
          status: 'pending',
          pendingReason: 'outsideWorkingHours',
          message,
          now: this.policy.now(),
        });
      },
    });
    await this.updateRecord({
      status: 'running',
      pendingReason: null,
      message: null,
      now: this.policy.now(),
    });
    return { ok: true, waitedMs: this.policy.now().getTime() - started.getTime() };
  }

  // ---- holds and limits ------------------------------------------------------------------------

  async checkHolds(
    actionType: string,
    params: Readonly<Record<string, unknown>>,
    now: Date = this.policy.now(),
  ): Promise<ActionError | null> {
    return this.policy.holds.check(this.account, holdsOf(this.policy.rules.get(actionType), params), now);
  }

  keyFor(
    actionType: string,
    subject: Subject | undefined,
    params: Readonly<Record<string, unknown>>,
  ): IdempotencyKey | null {
    return effectKey(this.policy.rules.get(actionType), {
      account: this.account,
      actionType,
      ...(subject ? { subject } : {}),
      params,
    });
  }

  /** Holds first (they name LinkedIn's own limit), then the configured limits. Reserves on success. */
  async beforeAction(req: {
    actionType: string;
    params: Readonly<Record<string, unknown>>;
    subject?: Subject;
    now?: Date;
  }): Promise<Admission> {
    const now = req.now ?? this.policy.now();
    const held = await this.checkHolds(req.actionType, req.params, now);
    if (held) return { ok: false, error: held };
    const key = this.keyFor(req.actionType, req.subject, req.params);
    const res = await this.policy.limits.reserve({
      account: this.account,
      categories: categoriesOf(this.policy.rules.get(req.actionType), req.params),
      key: key?.id ?? null,
      runId: this.workflowId,
      now,
    });
    if (!res.ok) return { ok: false, error: res.error };
    if (res.reservation) this.open.add(res.reservation.id);
    return {
      ok: true,
      actionType: req.actionType,
      params: req.params,
      key,
      reservation: res.reservation,
      adopted: res.adopted,
    };
  }

  /** Did this action's run leave an effect (or possibly one) that must keep its budget? */
  private async effectHappened(
    adm: Extract<Admission, { ok: true }>,
    outcome: ActionOutcome,
  ): Promise<boolean> {
    const succeeded = outcome.kind === 'success' || outcome.kind === 'list';
    // A page we could not recognise: the view was probably loaded, a click may have landed.
    const unknown = outcome.kind === 'failure' && outcome.error.type === 'unexpectedError';
    if (!adm.key) return succeeded || unknown;
    const entry = this.journal.lastEntryInRun(adm.key.id);
    if (entry) {
      if (entry.state === 'attempted') return true; // clicked, unconfirmed: count it
      // Verified in this run, or recovered/verified by a crashed run whose open reservation we adopted.
      if (entry.state === 'verified') return this.journal.attemptedEntryInRun(entry) || adm.adopted;
      return false; // planned / outcome: no effect
    }
    // The action did not reach the journal (failed before it began, or does not use it).
    if (adm.adopted) {
      const earlier = await this.policy.store.journalGet(`${adm.key.id}#1`);
      return (
        earlier !== null &&
        earlier.settledAt === null &&
        (earlier.state === 'attempted' || earlier.state === 'verified')
      );
    }
    return succeeded || unknown;
  }

  /** Commits or releases the reservation; records holds LinkedIn revealed through the outcome. */
  async afterAction(adm: Admission, outcome: ActionOutcome): Promise<void> {
    if (!adm.ok) return;
    const now = this.policy.now();
    if (outcome.kind === 'failure') {
      // The action names the hold when it saw LinkedIn's own limit (outcome.hold); some errors reveal
      // one even when the action did not say so (ActionRules.holdOnError).
      const kind: HoldKind | undefined =
        outcome.hold ?? this.policy.rules.get(adm.actionType)?.holdOnError[outcome.error.type];
      if (kind)
        await this.policy.holds.place(this.account, kind, {
          now,
          reason: `${adm.actionType}: ${outcome.error.type}`,
        });
    }
    if (!adm.reservation) return;
    if (await this.effectHappened(adm, outcome)) await this.commit(adm.reservation, now);
    else await this.release(adm.reservation, now);
  }

  async commit(reservation: Reservation, now: Date = this.policy.now()): Promise<void> {
    this.open.delete(reservation.id);
    await this.policy.limits.commit(reservation, now);
  }

  async release(reservation: Reservation, now: Date = this.policy.now()): Promise<void> {
    this.open.delete(reservation.id);
    await this.policy.limits.release(reservation, now);
  }
}

export function createPolicy(store: Store, opts: PolicyOptions): Policy {
  return new Policy(store, opts);
}
