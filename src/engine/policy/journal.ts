// The action journal of one workflow run on one account: planned → attempted → verified | outcome.
// `attempted` is written right BEFORE the click that has the side effect, `verified` after the page
// showed it. A run that finds `attempted` left by a crash must verify instead of acting; one that finds
// `verified` (from an unfinished run) must not act at all. When the workflow completes, the run settles
// its entries: the same request in a later workflow is a new intent and starts a new cycle.
//
// Occurrences: a workflow may legitimately ask for the same effect twice (connect, withdraw, connect);
// the n-th identical request of a run uses key `<hash>#n`. A crashed run and its re-run begin the same
// keys in the same order, so they meet the same entries.
import type { JournalRow, LeaseFence, Store } from '../../store/store.ts';
import type { Subject } from '../types.ts';
import { failpoint } from './failpoints.ts';
import { idempotencyKey, type IdempotencyKey } from './idempotency-key.ts';

export interface JournalEntry extends JournalRow {
  /** The base key this entry belongs to (without the occurrence suffix). */
  key: IdempotencyKey;
}

/** An entry, or its id (`<hash>#<n>`). */
export type JournalRef = JournalEntry | string;

export interface JournalOptions {
  store: Store;
  account: string;
  /** The workflow run (workflow record id). */
  runId: string;
  /** How long an unsettled `verified` entry keeps deduplicating (see policy-config journal.resumeWindowHours). */
  resumeWindowMs: number;
  now?: () => Date;
  /** The account lease a worker runs this workflow under: every journal write checks it (fencing). */
  fence?: LeaseFence;
}

export class Journal {
  readonly account: string;
  readonly runId: string;
  private readonly store: Store;
  private readonly resumeWindowMs: number;
  private readonly now: () => Date;
  private readonly fence: LeaseFence | undefined;
  /** base id → occurrences begun in this run. */
  private readonly occurrences = new Map<string, number>();
  /** entry id → base key, for entries begun in this run. */
  private readonly keys = new Map<string, IdempotencyKey>();
  /** base id → the latest row of that key this run has seen (every change goes through this object). */
  private readonly lastByBase = new Map<string, JournalRow>();
  /** `<id>/<cycle>` of entries this run wrote `attempted` for. */
  private readonly attemptedHere = new Set<string>();

  constructor(opts: JournalOptions) {
    this.store = opts.store;
    this.account = opts.account;
    this.runId = opts.runId;
    this.resumeWindowMs = opts.resumeWindowMs;
    this.now = opts.now ?? (() => new Date());
    this.fence = opts.fence;
  }

  /** The idempotency key of an action of this account. */
  keyFor(
    actionType: string,
    subject: Subject | undefined,
    params: Readonly<Record<string, unknown>>,
  ): IdempotencyKey {
    return idempotencyKey({ account: this.account, actionType, ...(subject ? { subject } : {}), params });
  }

  private entry(row: JournalRow): JournalEntry {
    const key = this.keys.get(row.id);
    if (!key) throw new Error(`journal: entry ${row.id} was not begun in this run`);
    this.lastByBase.set(key.id, row);
    return { ...row, key };
  }

  private async resolve(ref: JournalRef): Promise<JournalRow> {
    const id = typeof ref === 'string' ? ref : ref.id;
    const row = await this.store.journalGet(id);
    if (!row) throw new Error(`journal: no entry ${id}`);
    return row;
  }

  /** Creates the `planned` entry, or returns the entry a crashed/unfinished run left for this request. */
  async begin(key: IdempotencyKey): Promise<JournalEntry> {
    if (key.account !== this.account) throw new Error('journal: key of another account');
    let n = this.occurrences.get(key.id) ?? 0;
    if (n > 0) {
      // A retry of the whole action before anything was attempted continues the same occurrence.
      const prev = await this.store.journalGet(`${key.id}#${n}`);
      if (!prev || prev.state !== 'planned') n += 1;
    } else {
      n = 1;
    }
    this.occurrences.set(key.id, n);
    const id = `${key.id}#${n}`;
    this.keys.set(id, key);
    const row = await this.store.journalBegin({
      id,
      account: this.account,
      actionType: key.actionType,
      target: key.target,
      paramsHash: key.paramsHash,
      runId: this.runId,
      now: this.now(),
      resumeWindowMs: this.resumeWindowMs,
      ...(this.fence ? { fence: this.fence } : {}),
    });
    if (row.state === 'planned') failpoint('journal.planned', key.actionType);
    return this.entry(row);
  }

  /** Written right BEFORE the click that has the side effect. */
  async markAttempted(ref: JournalRef): Promise<JournalEntry> {
    const cur = await this.resolve(ref);
    const row = await this.store.journalMark(cur.id, cur.cycle, { to: 'attempted' }, this.now(), this.fence);
    const e = this.entry(row);
    this.attemptedHere.add(`${row.id}/${row.cycle}`);
    failpoint('journal.attempted', row.actionType);
    return e;
  }

  /** After the page showed the effect. */
  async markVerified(ref: JournalRef, outcome?: string): Promise<JournalEntry> {
    const cur = await this.resolve(ref);
    const row = await this.store.journalMark(
      cur.id,
      cur.cycle,
      { to: 'verified', outcome: outcome ?? null },
      this.now(),
      this.fence,
    );
    failpoint('journal.verified', row.actionType);
    return this.entry(row);
  }

  /** A business outcome without effect (alreadyPending, emailRequired, …). */
  async markOutcome(ref: JournalRef, outcome: string): Promise<JournalEntry> {
    const cur = await this.resolve(ref);
    const row = await this.store.journalMark(
      cur.id,
      cur.cycle,
      { to: 'outcome', outcome },
      this.now(),
      this.fence,
    );
    failpoint('journal.outcome', row.actionType);
    return this.entry(row);
  }

  async get(ref: JournalRef): Promise<JournalRow | null> {
    return this.store.journalGet(typeof ref === 'string' ? ref : ref.id);
  }

  /** The latest entry of this base key that this run began or changed (undefined: none). */
  lastEntryInRun(baseKeyId: string): JournalRow | undefined {
    return this.lastByBase.get(baseKeyId);
  }

  /** Did this run write `attempted` for this entry (i.e. click in this run)? */
  attemptedEntryInRun(entry: Pick<JournalRow, 'id' | 'cycle'>): boolean {
    return this.attemptedHere.has(`${entry.id}/${entry.cycle}`);
  }

  /** The workflow completed: its entries stop deduplicating later workflows. */
  async settle(): Promise<number> {
    return this.store.journalSettleRun(this.runId, this.now(), this.fence);
  }
}
