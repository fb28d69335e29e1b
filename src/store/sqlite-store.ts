// SQLite adapter of the Store port (better-sqlite3). One file per LINKWRIGHT_HOME, shared by every
// linkwright process of the machine: WAL so readers never block the writer, a busy timeout so writers
// queue instead of failing, and BEGIN IMMEDIATE for every read-decide-write so two processes can never
// both take the last unit of a limit (the write lock is taken before the read).
import { randomUUID } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';
import type {
  AccountRecord,
  HoldRecord,
  JournalBeginRequest,
  JournalRow,
  JournalState,
  JournalTransition,
  LimitEntry,
  LimitKey,
  NewWorkflowRecord,
  ReservationRecord,
  ReservationState,
  ReserveUsageRequest,
  ReserveUsageResult,
  Store,
  StoredJson,
  UsageWindow,
  WorkflowPatch,
  WorkflowRecord,
  WorkflowStatus,
} from './store.ts';

export interface SqliteStoreOptions {
  /** How long a writer waits for the lock before SQLITE_BUSY (default 15 s). */
  busyTimeoutMs?: number;
  /** Migrate only up to this version (tests of upgrades from an older schema). Default: latest. */
  targetVersion?: number;
}

type Row = Record<string, unknown>;

const DB_FILE_MODE = 0o600;
const DIR_MODE = 0o700;

function toDate(v: unknown): Date | null {
  return typeof v === 'number' || typeof v === 'bigint' ? new Date(Number(v)) : null;
}

function mustDate(v: unknown): Date {
  const d = toDate(v);
  if (!d) throw new Error('store: missing timestamp');
  return d;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function parseJson(v: unknown): unknown {
  return typeof v === 'string' ? (JSON.parse(v) as unknown) : null;
}

function mapAccount(r: Row): AccountRecord {
  const identity = parseJson(r.identity_json);
  return {
    name: String(r.name),
    status: String(r.status),
    parkedReason: str(r.parked_reason),
    parkedMessage: str(r.parked_message),
    parkedAt: toDate(r.parked_at),
    identity: identity && typeof identity === 'object' ? (identity as StoredJson) : null,
    createdAt: mustDate(r.created_at),
    updatedAt: mustDate(r.updated_at),
  };
}

function mapReservation(r: Row): ReservationRecord {
  return {
    id: String(r.id),
    account: String(r.account),
    key: str(r.key),
    runId: String(r.run_id),
    categories: JSON.parse(String(r.categories)) as string[],
    state: String(r.state) as ReservationState,
    ownerPid: Number(r.owner_pid),
    ownerHost: String(r.owner_host),
    createdAt: mustDate(r.created_at),
    settledAt: toDate(r.settled_at),
  };
}

function mapHold(r: Row): HoldRecord {
  return {
    account: String(r.account),
    kind: String(r.kind),
    until: mustDate(r.until),
    placedAt: mustDate(r.placed_at),
    reason: str(r.reason),
  };
}

function mapJournal(r: Row): JournalRow {
  return {
    id: String(r.id),
    cycle: Number(r.cycle),
    account: String(r.account),
    actionType: String(r.action_type),
    target: str(r.target),
    paramsHash: String(r.params_hash),
    state: String(r.state) as JournalState,
    outcome: str(r.outcome),
    attempts: Number(r.attempts),
    runId: str(r.run_id),
    createdAt: mustDate(r.created_at),
    attemptedAt: toDate(r.attempted_at),
    verifiedAt: toDate(r.verified_at),
    outcomeAt: toDate(r.outcome_at),
    updatedAt: mustDate(r.updated_at),
    settledAt: toDate(r.settled_at),
  };
}

function mapWorkflow(r: Row): WorkflowRecord {
  const failure = parseJson(r.failure_json) as WorkflowRecord['failure'];
  return {
    id: String(r.id),
    account: String(r.account),
    status: String(r.status) as WorkflowStatus,
    pendingReason: str(r.pending_reason),
    message: str(r.message),
    definitionHash: str(r.definition_hash),
    completion:
      r.completion_json === null || r.completion_json === undefined ? null : parseJson(r.completion_json),
    failure: failure ?? null,
    ownerPid: r.owner_pid === null || r.owner_pid === undefined ? null : Number(r.owner_pid),
    ownerHost: str(r.owner_host),
    createdAt: mustDate(r.created_at),
    startedAt: toDate(r.started_at),
    finishedAt: toDate(r.finished_at),
    updatedAt: mustDate(r.updated_at),
  };
}

/** Creates the database file with mode 0600 before SQLite touches it; SQLite gives -wal/-shm the same mode. */
function prepareDbFile(path: string): void {
  if (path === ':memory:') return;
  mkdirSync(dirname(path), { recursive: true, mode: DIR_MODE });
  if (!existsSync(path)) closeSync(openSync(path, 'a', DB_FILE_MODE));
  if ((statSync(path).mode & 0o777) !== DB_FILE_MODE) chmodSync(path, DB_FILE_MODE);
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly path: string;
  private readonly db: Database.Database;

  constructor(path: string, opts: SqliteStoreOptions = {}) {
    this.path = path;
    prepareDbFile(path);
    this.db = new Database(path);
    try {
      this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 15_000))}`);
      if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
      // FULL: a journal entry written right before a click must survive a crash of the machine too.
      this.db.pragma('synchronous = FULL');
      this.db.pragma('foreign_keys = ON');
      this.migrate(opts.targetVersion ?? LATEST_SCHEMA_VERSION);
    } catch (e) {
      this.db.close();
      throw e;
    }
  }

  // ---- migrations ------------------------------------------------------------------------------

  private currentVersion(): number {
    const row = this.db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as Row | undefined;
    return row && row.v !== null && row.v !== undefined ? Number(row.v) : 0;
  }

  private migrate(target: number): void {
    this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
    const current = this.currentVersion();
    if (current > LATEST_SCHEMA_VERSION) {
      throw new Error(
        `store: database ${this.path} has schema version ${current}, newer than this linkwright ` +
          `(${LATEST_SCHEMA_VERSION}); upgrade linkwright instead of opening it with an older one`,
      );
    }
    for (const m of MIGRATIONS) {
      if (m.version > target) break;
      // One transaction per migration, re-checked under the write lock: another process may have
      // applied it between our read and our lock.
      this.db
        .transaction(() => {
          if (this.currentVersion() >= m.version) return;
          this.db.exec(m.sqlite);
          this.db
            .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
            .run(m.version, m.name, Date.now());
        })
        .immediate();
    }
  }

  async schemaVersion(): Promise<number> {
    return this.currentVersion();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  // ---- accounts --------------------------------------------------------------------------------

  async ensureAccount(name: string, now: Date): Promise<AccountRecord> {
    const t = now.getTime();
    this.db
      .prepare(
        `INSERT INTO accounts (name, status, created_at, updated_at) VALUES (?, 'active', ?, ?)
         ON CONFLICT (name) DO NOTHING`,
      )
      .run(name, t, t);
    return mapAccount(this.db.prepare('SELECT * FROM accounts WHERE name = ?').get(name) as Row);
  }

  async getAccount(name: string): Promise<AccountRecord | null> {
    const r = this.db.prepare('SELECT * FROM accounts WHERE name = ?').get(name) as Row | undefined;
    return r ? mapAccount(r) : null;
  }

  async listAccounts(): Promise<AccountRecord[]> {
    return (this.db.prepare('SELECT * FROM accounts ORDER BY name').all() as Row[]).map(mapAccount);
  }

  async saveAccountIdentity(name: string, identity: StoredJson, now: Date): Promise<void> {
    await this.ensureAccount(name, now);
    this.db
      .prepare('UPDATE accounts SET identity_json = ?, updated_at = ? WHERE name = ?')
      .run(JSON.stringify(identity), now.getTime(), name);
  }

  async parkAccount(name: string, park: { reason: string; message: string }, now: Date): Promise<void> {
    await this.ensureAccount(name, now);
    this.db
      .prepare(
        `UPDATE accounts SET status = 'parked', parked_reason = ?, parked_message = ?, parked_at = ?,
         updated_at = ? WHERE name = ?`,
      )
      .run(park.reason, park.message, now.getTime(), now.getTime(), name);
  }

  async unparkAccount(name: string, now: Date): Promise<void> {
    this.db
      .prepare(
        `UPDATE accounts SET status = 'active', parked_reason = NULL, parked_message = NULL, parked_at = NULL,
         updated_at = ? WHERE name = ?`,
      )
      .run(now.getTime(), name);
  }

  // ---- limit overrides -------------------------------------------------------------------------

  async listLimitOverrides(account: string): Promise<LimitEntry[]> {
    const rows = this.db
      .prepare('SELECT * FROM account_limits WHERE account = ? ORDER BY category, period')
      .all(account) as Row[];
    return rows.map((r) => ({
      category: String(r.category),
      period: String(r.period),
      maxValue: Number(r.max_value),
      isEnabled: Number(r.is_enabled) === 1,
    }));
  }

  async upsertLimitOverrides(account: string, entries: LimitEntry[], now: Date): Promise<void> {
    const stmt = this.db.prepare(
      `INSERT INTO account_limits (account, category, period, max_value, is_enabled, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (account, category, period) DO UPDATE SET
         max_value = excluded.max_value, is_enabled = excluded.is_enabled, updated_at = excluded.updated_at`,
    );
    this.db.transaction(() => {
      for (const e of entries) {
        stmt.run(account, e.category, e.period, e.maxValue, e.isEnabled ? 1 : 0, now.getTime());
      }
    })();
  }

  async deleteLimitOverrides(account: string, which?: LimitKey[]): Promise<number> {
    if (!which) return this.db.prepare('DELETE FROM account_limits WHERE account = ?').run(account).changes;
    const stmt = this.db.prepare(
      'DELETE FROM account_limits WHERE account = ? AND category = ? AND period = ?',
    );
    return this.db.transaction(() =>
      which.reduce((n, k) => n + stmt.run(account, k.category, k.period).changes, 0),
    )();
  }

  // ---- usage -----------------------------------------------------------------------------------

  async reserveUsage(req: ReserveUsageRequest): Promise<ReserveUsageResult> {
    const getRes = this.db.prepare('SELECT * FROM usage_reservations WHERE id = ?');
    const count = this.db.prepare(
      'SELECT COUNT(*) AS n FROM usage_units WHERE account = ? AND category = ? AND at >= ?',
    );
    const tx = this.db.transaction((): ReserveUsageResult => {
      if (req.adopt) {
        const r = getRes.get(req.adopt.id) as Row | undefined;
        if (
          r &&
          r.state === 'reserved' &&
          r.account === req.account &&
          Number(r.owner_pid) === req.adopt.ownerPid &&
          r.owner_host === req.adopt.ownerHost
        ) {
          this.db
            .prepare(
              `UPDATE usage_reservations SET run_id = ?, owner_pid = ?, owner_host = ?
               WHERE id = ? AND state = 'reserved'`,
            )
            .run(req.runId, req.owner.pid, req.owner.host, req.adopt.id);
          return { ok: true, reservation: mapReservation(getRes.get(req.adopt.id) as Row), adopted: true };
        }
      }
      for (const c of req.checks) {
        const n = Number((count.get(req.account, c.category, c.since.getTime()) as Row).n);
        if (n + 1 > c.maxValue) {
          return {
            ok: false,
            exceeded: { category: c.category, period: c.period, maxValue: c.maxValue, currentUsage: n },
          };
        }
      }
      const id = randomUUID();
      const categories = [...new Set(req.categories)];
      const t = req.now.getTime();
      this.db
        .prepare(
          `INSERT INTO usage_reservations
             (id, account, key, run_id, categories, state, owner_pid, owner_host, created_at)
           VALUES (?, ?, ?, ?, ?, 'reserved', ?, ?, ?)`,
        )
        .run(
          id,
          req.account,
          req.key,
          req.runId,
          JSON.stringify(categories),
          req.owner.pid,
          req.owner.host,
          t,
        );
      const unit = this.db.prepare(
        'INSERT INTO usage_units (reservation_id, account, category, at) VALUES (?, ?, ?, ?)',
      );
      for (const c of categories) unit.run(id, req.account, c, t);
      return { ok: true, reservation: mapReservation(getRes.get(id) as Row), adopted: false };
    });
    return tx.immediate();
  }

  async findOpenReservations(account: string, key: string): Promise<ReservationRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM usage_reservations WHERE account = ? AND key = ? AND state = 'reserved'
         ORDER BY created_at`,
      )
      .all(account, key) as Row[];
    return rows.map(mapReservation);
  }

  async commitUsage(reservationId: string, now: Date): Promise<boolean> {
    return (
      this.db
        .prepare(
          `UPDATE usage_reservations SET state = 'committed', settled_at = ? WHERE id = ? AND state = 'reserved'`,
        )
        .run(now.getTime(), reservationId).changes === 1
    );
  }

  async releaseUsage(reservationId: string, now: Date): Promise<boolean> {
    const tx = this.db.transaction(() => {
      const changed = this.db
        .prepare(
          `UPDATE usage_reservations SET state = 'released', settled_at = ? WHERE id = ? AND state = 'reserved'`,
        )
        .run(now.getTime(), reservationId).changes;
      if (changed === 1)
        this.db.prepare('DELETE FROM usage_units WHERE reservation_id = ?').run(reservationId);
      return changed === 1;
    });
    return tx.immediate();
  }

  async getReservation(reservationId: string): Promise<ReservationRecord | null> {
    const r = this.db.prepare('SELECT * FROM usage_reservations WHERE id = ?').get(reservationId) as
      Row | undefined;
    return r ? mapReservation(r) : null;
  }

  async countUsage(account: string, windows: UsageWindow[]): Promise<number[]> {
    const count = this.db.prepare(
      'SELECT COUNT(*) AS n FROM usage_units WHERE account = ? AND category = ? AND at >= ?',
    );
    // One read transaction: every window sees the same snapshot.
    return this.db.transaction(() =>
      windows.map((w) => Number((count.get(account, w.category, w.since.getTime()) as Row).n)),
    )();
  }

  async pruneUsage(before: Date): Promise<number> {
    return this.db.prepare('DELETE FROM usage_units WHERE at < ?').run(before.getTime()).changes;
  }

  // ---- holds -----------------------------------------------------------------------------------

  async placeHold(hold: HoldRecord): Promise<HoldRecord> {
    this.db
      .prepare(
        `INSERT INTO holds (account, kind, until, placed_at, reason) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (account, kind) DO UPDATE SET
           until = MAX(holds.until, excluded.until), placed_at = excluded.placed_at, reason = excluded.reason`,
      )
      .run(hold.account, hold.kind, hold.until.getTime(), hold.placedAt.getTime(), hold.reason);
    return mapHold(
      this.db
        .prepare('SELECT * FROM holds WHERE account = ? AND kind = ?')
        .get(hold.account, hold.kind) as Row,
    );
  }

  async listHolds(account: string, activeAt?: Date): Promise<HoldRecord[]> {
    const rows = activeAt
      ? (this.db
          .prepare('SELECT * FROM holds WHERE account = ? AND until > ? ORDER BY kind')
          .all(account, activeAt.getTime()) as Row[])
      : (this.db.prepare('SELECT * FROM holds WHERE account = ? ORDER BY kind').all(account) as Row[]);
    return rows.map(mapHold);
  }

  async clearHold(account: string, kind: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM holds WHERE account = ? AND kind = ?').run(account, kind).changes > 0;
  }

  // ---- action journal --------------------------------------------------------------------------

  private journalRow(id: string, cycle: number): JournalRow {
    const r = this.db.prepare('SELECT * FROM action_journal WHERE id = ? AND cycle = ?').get(id, cycle) as
      Row | undefined;
    if (!r) throw new Error(`store: journal entry ${id}/${cycle} not found`);
    return mapJournal(r);
  }

  async journalBegin(req: JournalBeginRequest): Promise<JournalRow> {
    const tx = this.db.transaction((): JournalRow => {
      const latest = this.db
        .prepare('SELECT * FROM action_journal WHERE id = ? ORDER BY cycle DESC LIMIT 1')
        .get(req.id) as Row | undefined;
      const t = req.now.getTime();
      let cycle = 1;
      if (latest) {
        const row = mapJournal(latest);
        const open = row.state === 'planned' || row.state === 'attempted';
        const resumable =
          row.state === 'verified' &&
          row.settledAt === null &&
          row.verifiedAt !== null &&
          t - row.verifiedAt.getTime() <= req.resumeWindowMs;
        if (open || resumable) {
          this.db
            .prepare('UPDATE action_journal SET run_id = ?, updated_at = ? WHERE id = ? AND cycle = ?')
            .run(req.runId, t, row.id, row.cycle);
          return this.journalRow(row.id, row.cycle);
        }
        cycle = row.cycle + 1;
      }
      this.db
        .prepare(
          `INSERT INTO action_journal
             (id, cycle, account, action_type, target, params_hash, state, attempts, run_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 'planned', 0, ?, ?, ?)`,
        )
        .run(req.id, cycle, req.account, req.actionType, req.target, req.paramsHash, req.runId, t, t);
      return this.journalRow(req.id, cycle);
    });
    return tx.immediate();
  }

  async journalGet(id: string): Promise<JournalRow | null> {
    const r = this.db
      .prepare('SELECT * FROM action_journal WHERE id = ? ORDER BY cycle DESC LIMIT 1')
      .get(id) as Row | undefined;
    return r ? mapJournal(r) : null;
  }

  async journalMark(
    id: string,
    cycle: number,
    transition: JournalTransition,
    now: Date,
  ): Promise<JournalRow> {
    const tx = this.db.transaction((): JournalRow => {
      const row = this.journalRow(id, cycle);
      const t = now.getTime();
      if (row.state === 'verified' || row.state === 'outcome') {
        throw new Error(
          `journal: entry ${id}/${cycle} is final (${row.state}); cannot move to ${transition.to}`,
        );
      }
      if (transition.to === 'attempted') {
        this.db
          .prepare(
            `UPDATE action_journal SET state = 'attempted', attempts = attempts + 1, attempted_at = ?, updated_at = ?
             WHERE id = ? AND cycle = ?`,
          )
          .run(t, t, id, cycle);
      } else if (transition.to === 'verified') {
        if (row.state !== 'attempted') {
          throw new Error(`journal: entry ${id}/${cycle} cannot be verified before it was attempted`);
        }
        this.db
          .prepare(
            `UPDATE action_journal SET state = 'verified', outcome = ?, verified_at = ?, updated_at = ?
             WHERE id = ? AND cycle = ?`,
          )
          .run(transition.outcome ?? null, t, t, id, cycle);
      } else {
        this.db
          .prepare(
            `UPDATE action_journal SET state = 'outcome', outcome = ?, outcome_at = ?, updated_at = ?
             WHERE id = ? AND cycle = ?`,
          )
          .run(transition.outcome, t, t, id, cycle);
      }
      return this.journalRow(id, cycle);
    });
    return tx.immediate();
  }

  async journalSettleRun(runId: string, now: Date): Promise<number> {
    return this.db
      .prepare(
        `UPDATE action_journal SET settled_at = ? WHERE run_id = ? AND settled_at IS NULL
         AND state IN ('verified', 'outcome')`,
      )
      .run(now.getTime(), runId).changes;
  }

  async journalList(filter: { account?: string; runId?: string }): Promise<JournalRow[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.account !== undefined) {
      where.push('account = ?');
      args.push(filter.account);
    }
    if (filter.runId !== undefined) {
      where.push('run_id = ?');
      args.push(filter.runId);
    }
    const sql = `SELECT * FROM action_journal ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY created_at, id, cycle`;
    return (this.db.prepare(sql).all(...args) as Row[]).map(mapJournal);
  }

  // ---- workflow records ------------------------------------------------------------------------

  async createWorkflow(rec: NewWorkflowRecord): Promise<WorkflowRecord> {
    const t = rec.now.getTime();
    this.db
      .prepare(
        `INSERT INTO workflows (id, account, status, pending_reason, message, definition_hash, owner_pid, owner_host,
           created_at, started_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        rec.id,
        rec.account,
        rec.status,
        rec.pendingReason ?? null,
        rec.message ?? null,
        rec.definitionHash ?? null,
        rec.owner?.pid ?? null,
        rec.owner?.host ?? null,
        t,
        rec.status === 'running' ? t : null,
        t,
      );
    return (await this.getWorkflow(rec.id)) as WorkflowRecord;
  }

  async updateWorkflow(id: string, patch: WorkflowPatch): Promise<WorkflowRecord> {
    const sets: string[] = ['updated_at = ?'];
    const t = patch.now.getTime();
    const args: unknown[] = [t];
    if (patch.status !== undefined) {
      sets.push('status = ?');
      args.push(patch.status);
      if (patch.status === 'running') {
        sets.push('started_at = COALESCE(started_at, ?)');
        args.push(t);
      }
      if (patch.status === 'completed' || patch.status === 'failed') {
        sets.push('finished_at = ?');
        args.push(t);
      }
      // A workflow that is no longer pending has no pending reason.
      if (patch.status !== 'pending' && patch.pendingReason === undefined) sets.push('pending_reason = NULL');
    }
    if (patch.pendingReason !== undefined) {
      sets.push('pending_reason = ?');
      args.push(patch.pendingReason);
    }
    if (patch.message !== undefined) {
      sets.push('message = ?');
      args.push(patch.message);
    }
    if (patch.completion !== undefined) {
      sets.push('completion_json = ?');
      args.push(patch.completion === null ? null : JSON.stringify(patch.completion));
    }
    if (patch.failure !== undefined) {
      sets.push('failure_json = ?');
      args.push(patch.failure === null ? null : JSON.stringify(patch.failure));
    }
    args.push(id);
    const changed = this.db
      .prepare(`UPDATE workflows SET ${sets.join(', ')} WHERE id = ?`)
      .run(...args).changes;
    if (changed !== 1) throw new Error(`store: workflow ${id} not found`);
    return (await this.getWorkflow(id)) as WorkflowRecord;
  }

  async getWorkflow(id: string): Promise<WorkflowRecord | null> {
    const r = this.db.prepare('SELECT * FROM workflows WHERE id = ?').get(id) as Row | undefined;
    return r ? mapWorkflow(r) : null;
  }

  async listWorkflows(filter: { account?: string; status?: WorkflowStatus } = {}): Promise<WorkflowRecord[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.account !== undefined) {
      where.push('account = ?');
      args.push(filter.account);
    }
    if (filter.status !== undefined) {
      where.push('status = ?');
      args.push(filter.status);
    }
    const sql = `SELECT * FROM workflows ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`;
    return (this.db.prepare(sql).all(...args) as Row[]).map(mapWorkflow);
  }
}
