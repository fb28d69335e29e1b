// LinkedIn's own limits, remembered as holds. When LinkedIn shows its weekly invitation limit, every
// further invitation would only meet the same dialog (and retrying can lengthen a restriction,
// peers-and-limits.md §1.3, §3.1), so connection requests are held until the weekly reset. When the
// free monthly quota of personalised notes is used up (§3.1: 5 a month, detected rather than counted),
// requests WITH a note are held until the month turns; requests without a note still go.
import type { ActionError, ActionErrorType } from '../../errors/error-types.ts';
import type { HoldRecord, Store } from '../../store/store.ts';
import { openStore } from '../../store/index.ts';
import { nextMonthlyReset, nextWeeklyReset } from './periods.ts';

export const HOLD_KINDS = ['weeklyInvitationLimit', 'noteQuota'] as const;
export type HoldKind = (typeof HOLD_KINDS)[number];

export function isHoldKind(v: string): v is HoldKind {
  return (HOLD_KINDS as readonly string[]).includes(v);
}

export interface Hold {
  account: string;
  kind: HoldKind;
  until: Date;
  placedAt: Date;
  reason: string | null;
}

/** What `linkwright accounts` (and `limits usage`) shows for a hold. */
export interface HoldDescription {
  kind: HoldKind;
  until: string;
  placedAt: string;
  affects: string;
  errorType: ActionErrorType;
  message: string;
}

/** Weekly limit: next Monday 00:00 UTC. Note quota: next 1st of the month 00:00 UTC. */
export function defaultHoldUntil(kind: HoldKind, now: Date): Date {
  return kind === 'weeklyInvitationLimit' ? nextWeeklyReset(now) : nextMonthlyReset(now);
}

function hasNote(params: Readonly<Record<string, unknown>>): boolean {
  return typeof params.note === 'string' && params.note.length > 0;
}

/** Does this hold stop this action? */
export function holdApplies(
  kind: HoldKind,
  actionType: string,
  params: Readonly<Record<string, unknown>>,
): boolean {
  if (actionType !== 'st.sendConnectionRequest') return false;
  return kind === 'weeklyInvitationLimit' ? true : hasNote(params);
}

const AFFECTS: Record<HoldKind, string> = {
  weeklyInvitationLimit: 'st.sendConnectionRequest',
  noteQuota: 'st.sendConnectionRequest with a note',
};

const ERROR_TYPE: Record<HoldKind, ActionErrorType> = {
  weeklyInvitationLimit: 'requestNotAllowed',
  noteQuota: 'noteLimitExceeded',
};

/** The error an action held by `hold` fails with, at once, without opening the browser. */
export function holdError(hold: Pick<Hold, 'kind' | 'until'>): ActionError {
  const until = hold.until.toISOString();
  if (hold.kind === 'weeklyInvitationLimit') {
    return {
      type: 'requestNotAllowed',
      message:
        `LinkedIn's weekly invitation limit was reached on this account; connection requests are held ` +
        `until ${until} (UTC).`,
    };
  }
  return {
    type: 'noteLimitExceeded',
    message:
      `The account's monthly quota of personalized invitation notes is used up; requests with a note are ` +
      `held until ${until} (UTC). Requests without a note can still be sent.`,
  };
}

function toHold(r: HoldRecord): Hold | null {
  return isHoldKind(r.kind)
    ? { account: r.account, kind: r.kind, until: r.until, placedAt: r.placedAt, reason: r.reason }
    : null;
}

export function describeHold(h: Hold): HoldDescription {
  const err = holdError(h);
  return {
    kind: h.kind,
    until: h.until.toISOString(),
    placedAt: h.placedAt.toISOString(),
    affects: AFFECTS[h.kind],
    errorType: ERROR_TYPE[h.kind],
    message: err.message,
  };
}

export class HoldService {
  constructor(private readonly store: Store) {}

  /** Records a hold; `until` defaults to the kind's next reset. An existing later `until` is kept. */
  async place(
    account: string,
    kind: HoldKind,
    opts: { now: Date; until?: Date; reason?: string },
  ): Promise<Hold> {
    await this.store.ensureAccount(account, opts.now);
    const stored = await this.store.placeHold({
      account,
      kind,
      until: opts.until ?? defaultHoldUntil(kind, opts.now),
      placedAt: opts.now,
      reason: opts.reason ?? null,
    });
    return toHold(stored) as Hold;
  }

  async active(account: string, now: Date): Promise<Hold[]> {
    return (await this.store.listHolds(account, now)).flatMap((r) => {
      const h = toHold(r);
      return h ? [h] : [];
    });
  }

  /** The error of the first active hold that stops this action, or null. */
  async check(
    account: string,
    actionType: string,
    params: Readonly<Record<string, unknown>>,
    now: Date,
  ): Promise<ActionError | null> {
    if (actionType !== 'st.sendConnectionRequest') return null;
    const holds = await this.active(account, now);
    // The weekly hold is the broader one: report it first.
    for (const kind of HOLD_KINDS) {
      const h = holds.find((x) => x.kind === kind);
      if (h && holdApplies(kind, actionType, params)) return holdError(h);
    }
    return null;
  }

  async describe(account: string, now: Date): Promise<HoldDescription[]> {
    return (await this.active(account, now)).map(describeHold);
  }

  async clear(account: string, kind: HoldKind): Promise<boolean> {
    return this.store.clearHold(account, kind);
  }
}

/**
 * Active holds of an account, ready to print (for `linkwright accounts`). Opens the default store under
 * `home` unless a store is given.
 */
export async function describeHolds(
  account: string,
  opts: { store?: Store; home?: string; now?: Date } = {},
): Promise<HoldDescription[]> {
  const store = opts.store ?? openStore(opts.home);
  try {
    return await new HoldService(store).describe(account, opts.now ?? new Date());
  } finally {
    if (!opts.store) await store.close();
  }
}
