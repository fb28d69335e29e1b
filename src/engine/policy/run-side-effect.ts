// The exactly-once discipline every side-effecting action follows (connect, withdraw, accept, message…):
//
//   begin ─┬─ verified  → success, nothing read, nothing clicked (an unfinished run already did it)
//          ├─ attempted → verify the page: done → verified, success ("recovered"); not done → act again
//          │              (bounded); unknown → unverified, never a blind second click
//          └─ planned   → act: … await commitPoint() (journal: attempted) → click → verify → verified
//
// `act` does the preparation (open the dialog, type the note) and calls `commitPoint()` immediately
// before the one click that has the side effect. Returning an outcome instead (email gate, already
// pending…) records a business outcome without effect. A crash anywhere leaves the journal in a state
// from which the next run neither loses nor repeats the effect.
import type { Logger } from 'pino';
import { isSessionFailureError } from '../../errors/error-types.ts';
import { failpoint } from './failpoints.ts';
import type { IdempotencyKey } from './idempotency-key.ts';
import type { Journal, JournalEntry } from './journal.ts';

/** What the page shows: our effect is there, it is not, or the page could not be read. */
export type Verification = 'done' | 'notDone' | 'unknown';

export type ActResult =
  /** The side-effecting click was made (after commitPoint). */
  | { kind: 'effect'; detail?: string }
  /** A business outcome without effect, e.g. `alreadyPending`, `emailRequired`. */
  | { kind: 'outcome'; outcome: string };

export interface SideEffectSpec {
  journal: Journal;
  key: IdempotencyKey;
  /** Reads the page state; must not change anything. Bounded waits only. */
  verify: () => Promise<Verification>;
  act: (commitPoint: () => Promise<void>) => Promise<ActResult>;
  /** Attempts (clicks) allowed per journal entry across runs. Default 3. */
  maxAttempts?: number;
  log?: Logger;
}

export type SideEffectResult =
  /** Acted in this run and the page shows the effect. */
  | { status: 'performed'; entry: JournalEntry; detail?: string }
  /** An earlier run's click (interrupted before it was verified) turned out to have worked. */
  | { status: 'recovered'; entry: JournalEntry }
  /** An earlier, unfinished run already verified the effect. */
  | { status: 'alreadyVerified'; entry: JournalEntry }
  | { status: 'outcome'; entry: JournalEntry; outcome: string }
  /** Clicked (now or earlier) but the page does not confirm it: report, never click blindly again. */
  | { status: 'unverified'; entry: JournalEntry; reason: string; error?: unknown };

export function sideEffectSucceeded(r: SideEffectResult): boolean {
  return r.status === 'performed' || r.status === 'recovered' || r.status === 'alreadyVerified';
}

async function safeVerify(verify: () => Promise<Verification>): Promise<Verification> {
  try {
    return await verify();
  } catch (e) {
    if (isSessionFailureError(e)) throw e;
    return 'unknown';
  }
}

export async function runSideEffect(spec: SideEffectSpec): Promise<SideEffectResult> {
  const { journal, key, log } = spec;
  const maxAttempts = spec.maxAttempts ?? 3;
  let entry = await journal.begin(key);

  if (entry.state === 'verified') {
    log?.info(
      { journal: entry.id, actionType: key.actionType },
      'journal: effect already verified by an unfinished run; not acting',
    );
    return { status: 'alreadyVerified', entry };
  }

  if (entry.state === 'attempted') {
    log?.info(
      { journal: entry.id, actionType: key.actionType, attempts: entry.attempts },
      'journal: an earlier attempt was interrupted; verifying the page before anything else',
    );
    const v = await spec.verify();
    if (v === 'done') {
      entry = await journal.markVerified(entry);
      return { status: 'recovered', entry };
    }
    if (v === 'unknown') {
      return {
        status: 'unverified',
        entry,
        reason: 'the page state after an interrupted attempt could not be read',
      };
    }
    if (entry.attempts >= maxAttempts) {
      return {
        status: 'unverified',
        entry,
        reason: `${entry.attempts} attempts were made and none shows on the page; not trying again`,
      };
    }
    // The interrupted click never landed (crash between the journal write and the click): act again.
  }

  let attemptedNow = false;
  const commitPoint = async (): Promise<void> => {
    if (attemptedNow) return;
    entry = await journal.markAttempted(entry);
    attemptedNow = true;
  };

  let result: ActResult;
  try {
    result = await spec.act(commitPoint);
  } catch (e) {
    if (!attemptedNow || isSessionFailureError(e)) throw e;
    // The click may or may not have landed: only the page can tell.
    const v = await safeVerify(spec.verify);
    if (v === 'done') {
      entry = await journal.markVerified(entry);
      return { status: 'performed', entry };
    }
    return {
      status: 'unverified',
      entry,
      reason: 'the action failed after its side-effecting click',
      error: e,
    };
  }

  if (result.kind === 'outcome') {
    entry = await journal.markOutcome(entry, result.outcome);
    return { status: 'outcome', entry, outcome: result.outcome };
  }

  if (!attemptedNow) {
    // A discipline bug in the action: it clicked without writing the journal first.
    throw new Error(
      `${key.actionType}: act() reported an effect without calling commitPoint() before the click`,
    );
  }
  failpoint('effect.done', key.actionType, key.account);
  const v = await safeVerify(spec.verify);
  if (v === 'done') {
    entry = await journal.markVerified(entry, result.detail);
    return { status: 'performed', entry, ...(result.detail !== undefined ? { detail: result.detail } : {}) };
  }
  return { status: 'unverified', entry, reason: 'the page does not show the effect after the click' };
}
