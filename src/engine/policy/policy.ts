// The policy façade the runner uses: limits, LinkedIn's holds, working hours, the journal and pacing,
// over one Store. `createPolicy` once per process; `startRun` once per workflow execution. RunPolicy only
// wires one run's parts: the workflow record (run-record.ts), the working-hours gate
// (working-hours-gate.ts), admission and settlement (admission.ts), journal and pacing.
//
// Around each action the runner calls:
//   const adm = await run.beforeAction({ actionType, params, subject });   // holds, then limits
//   if (!adm.ok) → the action's result is { success:false, error: adm.error }; the browser is not touched
//   else outcome = await handler.run(ctx); await run.afterAction(adm, outcome);  // commit or release
import type { Logger } from 'pino';
import type { ActionError } from '../../errors/error-types.ts';
import { linkwrightHome } from '../../config/paths.ts';
import type {
  ConversationRepository,
  NetworkRepository,
  LeaseFence,
  Store,
  WorkflowRecord,
  WorkflowStatus,
} from '../../store/store.ts';
import type { ActionGuard } from '../action-guard.ts';
import type { ActionRuleBook, HoldKind } from '../action-rules.ts';
import type { ActionOutcome, Subject, WorkflowOutcome } from '../types.ts';
import { AdmissionControl, type Admission } from './admission.ts';
import { HoldService, type Hold, type HoldDescription } from './holds.ts';
import type { IdempotencyKey } from './idempotency-key.ts';
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
import { RunRecord } from './run-record.ts';
import { checkWorkingHours, realSleep, type WorkingHoursDecision } from './working-hours.ts';
import { awaitWorkingHours, type WorkingHoursGate } from './working-hours-gate.ts';

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
/** The run's account, its clock and the store's conversations (st.syncConversation / st.syncInbox). */
export interface ConversationsService {
  readonly account: string;
  readonly repo: ConversationRepository;
  now(): Date;
}

export type {
  NetworkEventType,
  NetworkObservation,
  NetworkPersonRecord,
  NetworkPersonSeen,
  NewNetworkEvent,
} from '../../store/store.ts';

/** The run's account, its clock and the store's network snapshot and changes (st.syncNetwork). */
export interface NetworkService {
  readonly account: string;
  readonly repo: NetworkRepository;
  now(): Date;
}

export interface AccountLimitsService {
  readonly account: string;
  /**
   * LinkedIn showed one of its limits: hold the affected requests until the kind's reset
   * (weeklyInvitationLimit → next Monday 00:00 UTC; noteQuota → next 1st 00:00 UTC).
   */
  placeHold(kind: HoldKind, reason?: string): Promise<Hold>;
  activeHolds(): Promise<Hold[]>;
}

export type { Admission, WorkingHoursGate };

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

  /** `fence`: the account lease a worker holds for this run; the journal's writes are fenced by it. */
  startRun(opts: {
    account: string;
    workflowId: string;
    signal?: AbortSignal;
    fence?: LeaseFence;
  }): RunPolicy {
    return new RunPolicy(this, opts.account, opts.workflowId, opts.signal, opts.fence);
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
  private readonly record: RunRecord;
  private readonly admission: AdmissionControl;

  constructor(policy: Policy, account: string, workflowId: string, signal?: AbortSignal, fence?: LeaseFence) {
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
      ...(fence ? { fence } : {}),
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
    this.record = new RunRecord(policy.store, account, workflowId);
    this.admission = new AdmissionControl(policy, account, workflowId, this.journal);
  }

  /** The services this layer contributes to every action's context. */
  services(): {
    journal: Journal;
    limits: AccountLimitsService;
    pacing: HumanPacing;
    conversations: ConversationsService;
    network: NetworkService;
  } {
    return {
      journal: this.journal,
      limits: this.limitsService,
      pacing: this.pacing,
      conversations: { account: this.account, repo: this.policy.store, now: this.policy.now },
      network: { account: this.account, repo: this.policy.store, now: this.policy.now },
    };
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

  // ---- the workflow record (run-record.ts) -------------------------------------------------------

  recordStart(
    opts: { definitionHash?: string; status?: WorkflowStatus; pendingReason?: string } = {},
  ): Promise<WorkflowRecord> {
    return this.record.start(this.policy.now(), opts);
  }

  /**
   * Records the workflow's end. On `completed` the run's journal entries are settled (a later workflow
   * asking for the same effects is a new intent); on `failed` they are kept so a re-run resumes instead
   * of repeating. Reservations the runner left open are committed (their effect is unknown).
   */
  async finish(outcome: WorkflowOutcome): Promise<void> {
    const now = this.policy.now();
    await this.admission.commitOpen(now);
    if (outcome.status === 'completed') {
      await this.journal.settle();
      await this.record.update({ status: 'completed', completion: outcome.completion, now });
    } else {
      await this.record.update({
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
    await this.admission.commitOpen(now);
    await this.record.update({ status: 'failed', failure, now });
  }

  // ---- working hours (working-hours-gate.ts) ------------------------------------------------------

  awaitWorkingHours(opts: { log?: Logger } = {}): Promise<WorkingHoursGate> {
    return awaitWorkingHours({
      config: this.policy.workingHours(this.account),
      account: this.account,
      workflowId: this.workflowId,
      record: this.record,
      now: this.policy.now,
      sleep: this.policy.sleep,
      ...(this.signal ? { signal: this.signal } : {}),
      ...(opts.log ? { log: opts.log } : {}),
    });
  }

  // ---- holds and limits (admission.ts) ------------------------------------------------------------

  checkHolds(
    actionType: string,
    params: Readonly<Record<string, unknown>>,
    now?: Date,
  ): Promise<ActionError | null> {
    return this.admission.checkHolds(actionType, params, now);
  }

  keyFor(
    actionType: string,
    subject: Subject | undefined,
    params: Readonly<Record<string, unknown>>,
  ): IdempotencyKey | null {
    return this.admission.keyFor(actionType, subject, params);
  }

  beforeAction(req: {
    actionType: string;
    params: Readonly<Record<string, unknown>>;
    subject?: Subject;
    now?: Date;
  }): Promise<Admission> {
    return this.admission.beforeAction(req);
  }

  afterAction(adm: Admission, outcome: ActionOutcome): Promise<void> {
    return this.admission.afterAction(adm, outcome);
  }

  commit(reservation: Reservation, now?: Date): Promise<void> {
    return this.admission.commit(reservation, now);
  }

  release(reservation: Reservation, now?: Date): Promise<void> {
    return this.admission.release(reservation, now);
  }
}

export function createPolicy(store: Store, opts: PolicyOptions): Policy {
  return new Policy(store, opts);
}
