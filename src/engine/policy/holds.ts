// LinkedIn's own limits, remembered as holds. When LinkedIn shows its weekly invitation limit, every
// further invitation would only meet the same dialog (and retrying can lengthen a restriction,
// ../shared/spec/peers-and-limits.md §1.3, §3.1), so connection requests are held until the weekly reset.
// When the free monthly quota of personalised notes is used up (§3.1: 5 a month, detected rather than
// counted), requests WITH a note are held until the month turns; requests without a note still go.
// Which actions a hold stops is declared by the action modules (ActionRules.holds), not here.
import type { ActionError, ActionErrorType } from '../../errors/error-types.ts';
import type { HoldRecord, Store } from '../../store/store.ts';
import { openStore } from '../../store/index.ts';
import {
  actionTypesHeld,
  HOLD_KINDS,
  isHoldKind,
  type ActionRuleBook,
  type HoldKind,
} from '../action-rules.ts';
import { nextMonthlyReset, nextWeeklyReset } from './periods.ts';

export { HOLD_KINDS, isHoldKind, type HoldKind } from '../action-rules.ts';

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

export function describeHold(h: Hold, rules: ActionRuleBook): HoldDescription {
  const err = holdError(h);
  return {
    kind: h.kind,
    until: h.until.toISOString(),
    placedAt: h.placedAt.toISOString(),
    affects: actionTypesHeld(rules, h.kind).join(', '),
    errorType: ERROR_TYPE[h.kind],
    message: err.message,
  };
}

export class HoldService {
  constructor(
    private readonly store: Store,
    private readonly rules: ActionRuleBook,
  ) {}

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

  /**
   * The error of the first active hold among `kinds` (the holds that stop the action, broadest first:
   * ActionRules.holds through holdsOf), or null.
   */
  async check(account: string, kinds: readonly HoldKind[], now: Date): Promise<ActionError | null> {
    if (kinds.length === 0) return null;
    const holds = await this.active(account, now);
    for (const kind of HOLD_KINDS) {
      const h = holds.find((x) => x.kind === kind);
      if (h && kinds.includes(kind)) return holdError(h);
    }
    return null;
  }

  async describe(account: string, now: Date): Promise<HoldDescription[]> {
    return (await this.active(account, now)).map((h) => describeHold(h, this.rules));
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
  rules: ActionRuleBook,
  opts: { store?: Store; home?: string; now?: Date } = {},
): Promise<HoldDescription[]> {
  const store = opts.store ?? openStore(opts.home);
  try {
    return await new HoldService(store, rules).describe(account, opts.now ?? new Date());
  } finally {
    if (!opts.store) await store.close();
  }
}
