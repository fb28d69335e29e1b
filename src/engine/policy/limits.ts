// Account limits: effective limits (built-in defaults ← config file defaults ← config file account ←
// `linkwright limits set`), usage, and the reserve → commit | release protocol that makes counting
// atomic across processes and keeps failed-before-the-effect actions from using budget.
import { hostname } from 'node:os';
import { isPidAlive } from '../../system/process-info.ts';
import type { ActionError } from '../../errors/error-types.ts';
import type { LimitEntry, ReservationRecord, Store } from '../../store/store.ts';
import {
  DEFAULT_LIMITS,
  LIMIT_CATEGORIES,
  LIMIT_PERIODS,
  type LimitCategory,
  type LimitDefinition,
  type LimitPeriod,
} from './limit-catalog.ts';
import { periodEnd, periodStart } from './periods.ts';
import { limitEntrySchema, type PolicyConfig } from './policy-config.ts';

export type LimitSource = 'default' | 'config' | 'account';

export interface EffectiveLimit extends LimitDefinition {
  /** Where the entry comes from: built-in default, config.json, or `limits set` for this account. */
  source: LimitSource;
}

/** Linked API's usage entry plus when the period resets. */
export interface UsageEntry extends LimitDefinition {
  currentUsage: number;
  resetsAt: string;
}

export type Reservation = ReservationRecord;

export type ReserveResult =
  | { ok: true; reservation: Reservation | null; adopted: boolean }
  | {
      ok: false;
      error: ActionError;
      exceeded: {
        category: LimitCategory;
        period: LimitPeriod;
        maxValue: number;
        currentUsage: number;
        resetsAt: Date;
      };
    };

export interface ReserveRequest {
  account: string;
  /** The categories the action uses (ActionRules.limits through categoriesOf), one unit each. */
  categories: readonly LimitCategory[];
  /** Idempotency key of the action, when it has one: a re-run after a crash adopts its open reservation. */
  key: string | null;
  runId: string;
  now: Date;
}

/** Reservations of a process on another machine are considered abandoned after this long. */
const FOREIGN_OWNER_STALE_MS = 3_600_000;

const CATEGORY_ORDER = new Map<string, number>(LIMIT_CATEGORIES.map((c, i) => [c, i]));
const PERIOD_ORDER = new Map<string, number>(LIMIT_PERIODS.map((p, i) => [p, i]));

function sortLimits<T extends { category: string; period: string }>(list: T[]): T[] {
  return list.sort(
    (a, b) =>
      (CATEGORY_ORDER.get(a.category) ?? 99) - (CATEGORY_ORDER.get(b.category) ?? 99) ||
      (PERIOD_ORDER.get(a.period) ?? 9) - (PERIOD_ORDER.get(b.period) ?? 9),
  );
}

/** Later layers win per (category, period). */
export function mergeLimits(
  layers: { source: LimitSource; entries: readonly LimitDefinition[] }[],
): EffectiveLimit[] {
  const byKey = new Map<string, EffectiveLimit>();
  for (const layer of layers) {
    for (const e of layer.entries) {
      byKey.set(`${e.category}/${e.period}`, {
        category: e.category,
        period: e.period,
        maxValue: e.maxValue,
        isEnabled: e.isEnabled,
        source: layer.source,
      });
    }
  }
  return sortLimits([...byKey.values()]);
}

/** True when the process that holds a reservation is gone (crashed), so its reservation may be adopted. */
export function isOwnerGone(owner: { pid: number; host: string; createdAt: Date }, now: Date): boolean {
  if (owner.host !== hostname()) return now.getTime() - owner.createdAt.getTime() > FOREIGN_OWNER_STALE_MS;
  if (owner.pid === process.pid) return false;
  // A zombie is gone too: a crashed run's parent may not have reaped it yet, or never will.
  return !isPidAlive(owner.pid);
}

function validated(entries: readonly LimitEntry[]): LimitDefinition[] {
  return entries.flatMap((e) => {
    const r = limitEntrySchema.safeParse(e);
    // A row the catalog no longer knows (renamed category) is ignored rather than crashing every run.
    return r.success ? [r.data] : [];
  });
}

export class LimitService {
  private pruned = false;

  constructor(
    private readonly store: Store,
    private readonly config: PolicyConfig,
  ) {}

  async effectiveLimits(account: string): Promise<EffectiveLimit[]> {
    return mergeLimits([
      { source: 'default', entries: DEFAULT_LIMITS },
      { source: 'config', entries: this.config.limits ?? [] },
      { source: 'config', entries: this.config.accounts?.[account]?.limits ?? [] },
      { source: 'account', entries: validated(await this.store.listLimitOverrides(account)) },
    ]);
  }

  async usage(account: string, now: Date): Promise<UsageEntry[]> {
    const limits = await this.effectiveLimits(account);
    const counts = await this.store.countUsage(
      account,
      limits.map((l) => ({ category: l.category, since: periodStart(l.period, now) })),
    );
    return limits.map((l, i) => ({
      category: l.category,
      period: l.period,
      maxValue: l.maxValue,
      isEnabled: l.isEnabled,
      currentUsage: counts[i] ?? 0,
      resetsAt: periodEnd(l.period, now).toISOString(),
    }));
  }

  /** Upserts per-account overrides (Linked API limits.set semantics: only the listed entries change). */
  async setLimits(account: string, entries: readonly LimitEntry[], now: Date): Promise<void> {
    const parsed = entries.map((e) => limitEntrySchema.parse(e));
    await this.store.ensureAccount(account, now);
    await this.store.upsertLimitOverrides(account, parsed, now);
  }

  /** Removes overrides (all, or the listed ones): the account falls back to config/defaults. */
  async resetLimits(account: string, which?: { category: string; period: string }[]): Promise<number> {
    return this.store.deleteLimitOverrides(account, which);
  }

  /**
   * Takes one unit in each category the action counts toward, atomically, or fails with
   * `limitExceeded` and takes nothing. Actions without a category get `reservation: null`.
   */
  async reserve(req: ReserveRequest): Promise<ReserveResult> {
    const categories = [...req.categories];
    if (categories.length === 0) return { ok: true, reservation: null, adopted: false };
    if (!this.pruned) {
      this.pruned = true;
      // Units older than the previous month fall in no period any more.
      const prevMonth = new Date(Date.UTC(req.now.getUTCFullYear(), req.now.getUTCMonth() - 1, 1));
      await this.store.pruneUsage(prevMonth);
    }
    const limits = (await this.effectiveLimits(req.account)).filter(
      (l) => l.isEnabled && (categories as string[]).includes(l.category),
    );
    let adopt: { id: string; ownerPid: number; ownerHost: string } | undefined;
    if (req.key) {
      const orphan = (await this.store.findOpenReservations(req.account, req.key)).find(
        (r) =>
          r.runId !== req.runId &&
          isOwnerGone({ pid: r.ownerPid, host: r.ownerHost, createdAt: r.createdAt }, req.now),
      );
      if (orphan) adopt = { id: orphan.id, ownerPid: orphan.ownerPid, ownerHost: orphan.ownerHost };
    }
    await this.store.ensureAccount(req.account, req.now);
    const res = await this.store.reserveUsage({
      account: req.account,
      key: req.key,
      runId: req.runId,
      owner: { pid: process.pid, host: hostname() },
      categories,
      checks: limits.map((l) => ({
        category: l.category,
        period: l.period,
        maxValue: l.maxValue,
        since: periodStart(l.period, req.now),
      })),
      now: req.now,
      ...(adopt ? { adopt } : {}),
    });
    if (res.ok) return { ok: true, reservation: res.reservation, adopted: res.adopted };
    const category = res.exceeded.category as LimitCategory;
    const period = res.exceeded.period as LimitPeriod;
    const resetsAt = periodEnd(period, req.now);
    return {
      ok: false,
      exceeded: { ...res.exceeded, category, period, resetsAt },
      error: {
        type: 'limitExceeded',
        message:
          `The account's ${period} ${category} limit is used up (${res.exceeded.currentUsage}/${res.exceeded.maxValue}); ` +
          `it resets at ${resetsAt.toISOString()}.`,
      },
    };
  }

  /** The side effect happened (or may have): the units stay used. */
  async commit(reservation: Reservation, now: Date): Promise<boolean> {
    return this.store.commitUsage(reservation.id, now);
  }

  /** The action failed before its side effect: the units are given back. */
  async release(reservation: Reservation, now: Date): Promise<boolean> {
    return this.store.releaseUsage(reservation.id, now);
  }
}
