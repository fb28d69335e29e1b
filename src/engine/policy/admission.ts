// Admission and settlement around each action: LinkedIn's holds first (they name LinkedIn's own limit),
// then the configured limits (a reservation per category), then, when the action ends, commit or release
// by what the journal says happened — and any hold the outcome revealed is placed on the account.
import type { ActionError } from '../../errors/error-types.ts';
import type { Store } from '../../store/store.ts';
import { categoriesOf, holdsOf, type ActionRuleBook, type HoldKind } from '../action-rules.ts';
import type { ActionOutcome, Subject } from '../types.ts';
import type { HoldService } from './holds.ts';
import { effectKey, type IdempotencyKey } from './idempotency-key.ts';
import type { Journal } from './journal.ts';
import type { LimitService, Reservation } from './limits.ts';

/** What admission needs of the process-wide policy. */
export interface AdmissionParts {
  readonly store: Store;
  readonly limits: LimitService;
  readonly holds: HoldService;
  readonly rules: ActionRuleBook;
  readonly now: () => Date;
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

export class AdmissionControl {
  /** Reservations taken and not yet settled (committed at the run's end when the runner left them). */
  private readonly open = new Set<string>();

  constructor(
    private readonly parts: AdmissionParts,
    private readonly account: string,
    private readonly workflowId: string,
    private readonly journal: Journal,
  ) {}

  /** The run ends: reservations still open are committed (their effect is unknown). */
  async commitOpen(now: Date): Promise<void> {
    for (const id of this.open) await this.parts.store.commitUsage(id, now);
    this.open.clear();
  }

  async checkHolds(
    actionType: string,
    params: Readonly<Record<string, unknown>>,
    now: Date = this.parts.now(),
  ): Promise<ActionError | null> {
    return this.parts.holds.check(this.account, holdsOf(this.parts.rules.get(actionType), params), now);
  }

  keyFor(
    actionType: string,
    subject: Subject | undefined,
    params: Readonly<Record<string, unknown>>,
  ): IdempotencyKey | null {
    return effectKey(this.parts.rules.get(actionType), {
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
    const now = req.now ?? this.parts.now();
    const held = await this.checkHolds(req.actionType, req.params, now);
    if (held) return { ok: false, error: held };
    const key = this.keyFor(req.actionType, req.subject, req.params);
    const res = await this.parts.limits.reserve({
      account: this.account,
      categories: categoriesOf(this.parts.rules.get(req.actionType), req.params),
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
      const earlier = await this.parts.store.journalGet(`${adm.key.id}#1`);
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
    const now = this.parts.now();
    if (outcome.kind === 'failure') {
      // The action names the hold when it saw LinkedIn's own limit (outcome.hold); some errors reveal
      // one even when the action did not say so (ActionRules.holdOnError).
      const kind: HoldKind | undefined =
        outcome.hold ?? this.parts.rules.get(adm.actionType)?.holdOnError[outcome.error.type];
      if (kind)
        await this.parts.holds.place(this.account, kind, {
          now,
          reason: `${adm.actionType}: ${outcome.error.type}`,
        });
    }
    if (!adm.reservation) return;
    if (await this.effectHappened(adm, outcome)) await this.commit(adm.reservation, now);
    else await this.release(adm.reservation, now);
  }

  async commit(reservation: Reservation, now: Date = this.parts.now()): Promise<void> {
    this.open.delete(reservation.id);
    await this.parts.limits.commit(reservation, now);
  }

  async release(reservation: Reservation, now: Date = this.parts.now()): Promise<void> {
    this.open.delete(reservation.id);
    await this.parts.limits.release(reservation, now);
  }
}
