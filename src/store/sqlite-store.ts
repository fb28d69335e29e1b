// SQLite adapter of the Store port (better-sqlite3): opens and migrates the file, then delegates each
// method to its repository in ./sqlite/. Every read-decide-write there runs under BEGIN IMMEDIATE, so
// two processes can never both take the last unit of a limit (the write lock is taken before the read).
import type Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';
import { SqliteAccounts } from './sqlite/accounts.ts';
import { SqliteConversations } from './sqlite/conversations.ts';
import { openSqlite } from './sqlite/connection.ts';
import { SqliteHolds } from './sqlite/holds.ts';
import { SqliteJournal } from './sqlite/journal.ts';
import { SqliteLimitOverrides } from './sqlite/limit-overrides.ts';
import { migrateSqlite, sqliteSchemaVersion } from './sqlite/migrator.ts';
import { SqliteNetwork } from './sqlite/network.ts';
import { SqliteTokens } from './sqlite/tokens.ts';
import { SqliteUsage } from './sqlite/usage.ts';
import { SqliteWorkflowQueue } from './sqlite/workflow-queue.ts';
import { SqliteWorkflows } from './sqlite/workflows.ts';
import type {
  AccountLease,
  AccountRecord,
  Claim,
  ClaimRequest,
  LeaseFence,
  NewQueueEntry,
  QueueEntry,
  QueueSettlement,
  QueueStatus,
  ApiTokenRecord,
  NewApiToken,
  ConversationMessageRecord,
  ConversationRecord,
  ConversationUpsert,
  InboxKind,
  NewConversationMessage,
  HoldRecord,
  JournalBeginRequest,
  JournalRow,
  JournalTransition,
  LimitEntry,
  LimitKey,
  NetworkEventRecord,
  NetworkEventType,
  NetworkObservation,
  NetworkPersonRecord,
  NewNetworkEvent,
  NewWorkflowRecord,
  ReservationRecord,
  ReserveUsageRequest,
  ReserveUsageResult,
  Store,
  UsageWindow,
  WorkflowPatch,
  WorkflowRecord,
} from './store.ts';

export interface SqliteStoreOptions {
  /** How long a writer waits for the lock before SQLITE_BUSY (default 15 s). */
  busyTimeoutMs?: number;
  /** Migrate only up to this version (tests of upgrades from an older schema). Default: latest. */
  targetVersion?: number;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly path: string;
  private readonly db: Database.Database;
  private readonly accounts: SqliteAccounts;
  private readonly limitOverrides: SqliteLimitOverrides;
  private readonly usage: SqliteUsage;
  private readonly holds: SqliteHolds;
  private readonly journal: SqliteJournal;
  private readonly workflows: SqliteWorkflows;
  private readonly conversations: SqliteConversations;
  private readonly network: SqliteNetwork;
  private readonly queue: SqliteWorkflowQueue;
  private readonly tokens: SqliteTokens;

  constructor(path: string, opts: SqliteStoreOptions = {}) {
    this.path = path;
    this.db = openSqlite(path, opts.busyTimeoutMs ?? 15_000);
    try {
      migrateSqlite(this.db, MIGRATIONS, opts.targetVersion ?? LATEST_SCHEMA_VERSION, path);
    } catch (e) {
      this.db.close();
      throw e;
    }
    this.accounts = new SqliteAccounts(this.db);
    this.limitOverrides = new SqliteLimitOverrides(this.db);
    this.usage = new SqliteUsage(this.db);
    this.holds = new SqliteHolds(this.db);
    this.journal = new SqliteJournal(this.db);
    this.workflows = new SqliteWorkflows(this.db);
    this.conversations = new SqliteConversations(this.db);
    this.network = new SqliteNetwork(this.db);
    this.queue = new SqliteWorkflowQueue(this.db);
    this.tokens = new SqliteTokens(this.db);
  }

  async schemaVersion(): Promise<number> {
    return sqliteSchemaVersion(this.db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  // ---- accounts --------------------------------------------------------------------------------

  ensureAccount(name: string, now: Date): Promise<AccountRecord> {
    return this.accounts.ensureAccount(name, now);
  }

  // ---- limit overrides -------------------------------------------------------------------------

  listLimitOverrides(account: string): Promise<LimitEntry[]> {
    return this.limitOverrides.listLimitOverrides(account);
  }

  upsertLimitOverrides(account: string, entries: LimitEntry[], now: Date): Promise<void> {
    return this.limitOverrides.upsertLimitOverrides(account, entries, now);
  }

  deleteLimitOverrides(account: string, which?: LimitKey[]): Promise<number> {
    return this.limitOverrides.deleteLimitOverrides(account, which);
  }

  // ---- usage -----------------------------------------------------------------------------------

  reserveUsage(req: ReserveUsageRequest): Promise<ReserveUsageResult> {
    return this.usage.reserveUsage(req);
  }

  findOpenReservations(account: string, key: string): Promise<ReservationRecord[]> {
    return this.usage.findOpenReservations(account, key);
  }

  commitUsage(reservationId: string, now: Date): Promise<boolean> {
    return this.usage.commitUsage(reservationId, now);
  }

  releaseUsage(reservationId: string, now: Date): Promise<boolean> {
    return this.usage.releaseUsage(reservationId, now);
  }

  countUsage(account: string, windows: UsageWindow[]): Promise<number[]> {
    return this.usage.countUsage(account, windows);
  }

  pruneUsage(before: Date): Promise<number> {
    return this.usage.pruneUsage(before);
  }

  // ---- holds -----------------------------------------------------------------------------------

  placeHold(hold: HoldRecord): Promise<HoldRecord> {
    return this.holds.placeHold(hold);
  }

  listHolds(account: string, activeAt?: Date): Promise<HoldRecord[]> {
    return this.holds.listHolds(account, activeAt);
  }

  clearHold(account: string, kind: string): Promise<boolean> {
    return this.holds.clearHold(account, kind);
  }

  // ---- action journal --------------------------------------------------------------------------

  journalBegin(req: JournalBeginRequest): Promise<JournalRow> {
    return this.journal.journalBegin(req);
  }

  journalGet(id: string): Promise<JournalRow | null> {
    return this.journal.journalGet(id);
  }

  journalMark(
    id: string,
    cycle: number,
    transition: JournalTransition,
    now: Date,
    fence?: LeaseFence,
  ): Promise<JournalRow> {
    return this.journal.journalMark(id, cycle, transition, now, fence);
  }

  journalSettleRun(runId: string, now: Date, fence?: LeaseFence): Promise<number> {
    return this.journal.journalSettleRun(runId, now, fence);
  }

  journalList(filter: { account?: string; runId?: string }): Promise<JournalRow[]> {
    return this.journal.journalList(filter);
  }

  // ---- workflow records ------------------------------------------------------------------------

  createWorkflow(rec: NewWorkflowRecord): Promise<WorkflowRecord> {
    return this.workflows.createWorkflow(rec);
  }

  updateWorkflow(id: string, patch: WorkflowPatch): Promise<WorkflowRecord> {
    return this.workflows.updateWorkflow(id, patch);
  }

  getWorkflow(id: string): Promise<WorkflowRecord | null> {
    return this.workflows.getWorkflow(id);
  }

  // ---- conversations ---------------------------------------------------------------------------

  upsertConversation(c: ConversationUpsert): Promise<ConversationRecord> {
    return this.conversations.upsertConversation(c);
  }

  registerConversationSync(account: string, key: string, now: Date, until: Date): Promise<void> {
    return this.conversations.registerConversationSync(account, key, now, until);
  }

  getConversation(account: string, key: string): Promise<ConversationRecord | null> {
    return this.conversations.getConversation(account, key);
  }

  listConversations(account: string, opts?: { synced?: boolean }): Promise<ConversationRecord[]> {
    return this.conversations.listConversations(account, opts);
  }

  recordMessages(
    account: string,
    conversation: string,
    messages: NewConversationMessage[],
    now: Date,
  ): Promise<ConversationMessageRecord[]> {
    return this.conversations.recordMessages(account, conversation, messages, now);
  }

  listMessages(filter: {
    account: string;
    conversation?: string;
    since?: Date;
  }): Promise<ConversationMessageRecord[]> {
    return this.conversations.listMessages(filter);
  }

  registerInboxSync(account: string, now: Date, kind?: InboxKind): Promise<Date> {
    return this.conversations.registerInboxSync(account, now, kind);
  }

  getInboxSync(
    account: string,
    kind?: InboxKind,
  ): Promise<{ startedAt: Date; lastSyncedAt: Date | null } | null> {
    return this.conversations.getInboxSync(account, kind);
  }

  markInboxSynced(account: string, now: Date, kind?: InboxKind): Promise<void> {
    return this.conversations.markInboxSynced(account, now, kind);
  }

  // ---- network ---------------------------------------------------------------------------------

  registerNetworkSync(account: string, now: Date): Promise<Date> {
    return this.network.registerNetworkSync(account, now);
  }

  getNetworkSync(account: string): Promise<{ startedAt: Date; lastSyncedAt: Date | null } | null> {
    return this.network.getNetworkSync(account);
  }

  listNetworkPeople(account: string): Promise<NetworkPersonRecord[]> {
    return this.network.listNetworkPeople(account);
  }

  recordNetworkSync(
    account: string,
    observation: NetworkObservation,
    events: NewNetworkEvent[],
    now: Date,
  ): Promise<NetworkEventRecord[]> {
    return this.network.recordNetworkSync(account, observation, events, now);
  }

  listNetworkEvents(filter: {
    account: string;
    since?: Date;
    type?: NetworkEventType;
  }): Promise<NetworkEventRecord[]> {
    return this.network.listNetworkEvents(filter);
  }

  // ---- workflow queue and account leases ---------------------------------------------------------

  enqueueWorkflow(e: NewQueueEntry): Promise<QueueEntry> {
    return this.queue.enqueueWorkflow(e);
  }

  getQueued(id: string): Promise<QueueEntry | null> {
    return this.queue.getQueued(id);
  }

  listQueued(filter?: { account?: string; statuses?: QueueStatus[] }): Promise<QueueEntry[]> {
    return this.queue.listQueued(filter);
  }

  claimNextWorkflow(req: ClaimRequest): Promise<Claim | null> {
    return this.queue.claimNextWorkflow(req);
  }

  renewLease(fence: LeaseFence, now: Date, leaseMs: number): Promise<boolean> {
    return this.queue.renewLease(fence, now, leaseMs);
  }

  settleQueued(id: string, fence: LeaseFence, result: QueueSettlement, now: Date): Promise<boolean> {
    return this.queue.settleQueued(id, fence, result, now);
  }

  requeueWorkflow(
    id: string,
    fence: LeaseFence,
    pending: { pendingReason: string; message: string | null; notBefore: Date | null },
    now: Date,
  ): Promise<boolean> {
    return this.queue.requeueWorkflow(id, fence, pending, now);
  }

  cancelQueued(id: string, now: Date): Promise<'removed' | 'requested' | 'final' | null> {
    return this.queue.cancelQueued(id, now);
  }

  getLease(account: string): Promise<AccountLease | null> {
    return this.queue.getLease(account);
  }

  // ---- service tokens --------------------------------------------------------------------------

  createApiToken(t: NewApiToken): Promise<ApiTokenRecord> {
    return this.tokens.createApiToken(t);
  }

  findApiTokenByHash(hash: string): Promise<ApiTokenRecord | null> {
    return this.tokens.findApiTokenByHash(hash);
  }

  getApiToken(id: string): Promise<ApiTokenRecord | null> {
    return this.tokens.getApiToken(id);
  }

  listApiTokens(): Promise<ApiTokenRecord[]> {
    return this.tokens.listApiTokens();
  }

  revokeApiToken(id: string, now: Date): Promise<boolean> {
    return this.tokens.revokeApiToken(id, now);
  }

  getWebhookSecret(tokenId: string): Promise<string | null> {
    return this.tokens.getWebhookSecret(tokenId);
  }

  setIdentificationToken(account: string, hash: string, now: Date): Promise<void> {
    return this.tokens.setIdentificationToken(account, hash, now);
  }

  findAccountByIdentificationHash(hash: string): Promise<string | null> {
    return this.tokens.findAccountByIdentificationHash(hash);
  }
}
