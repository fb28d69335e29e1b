// PostgreSQL adapter of the Store port (pg), for workers spread over several machines sharing one
// database: opens a pool, migrates (under an advisory lock), then delegates each method to its
// repository in ./postgres/. ATOMIC methods run as one transaction holding the account's advisory lock
// (or the journal row's lock), so the guarantees of the SQLite adapter hold across machines.
//
// The constructor is synchronous like SqliteStore's (openStore stays synchronous for its callers): it
// starts connecting and migrating at once and every method waits for that first. `PostgresStore.open`
// waits up front, so a bad URL or a newer schema fails where the store is opened.
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';
import { openPool, redactDatabaseUrl, type Pool } from './postgres/connection.ts';
import { PostgresAccounts } from './postgres/accounts.ts';
import { PostgresConversations } from './postgres/conversations.ts';
import { PostgresHolds } from './postgres/holds.ts';
import { PostgresJournal } from './postgres/journal.ts';
import { PostgresLimitOverrides } from './postgres/limit-overrides.ts';
import { migratePostgres, postgresSchemaVersion } from './postgres/migrator.ts';
import { PostgresNetwork } from './postgres/network.ts';
import { PostgresTokens } from './postgres/tokens.ts';
import { PostgresUsage } from './postgres/usage.ts';
import { PostgresWorkflowQueue } from './postgres/workflow-queue.ts';
import { PostgresWorkflows } from './postgres/workflows.ts';
import type {
  AccountLease,
  AccountRecord,
  ApiTokenRecord,
  Claim,
  ClaimRequest,
  LeaseFence,
  NetworkEventRecord,
  NetworkEventType,
  NetworkObservation,
  NetworkPersonRecord,
  NewApiToken,
  NewNetworkEvent,
  NewQueueEntry,
  QueueEntry,
  QueueSettlement,
  QueueStatus,
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
  NewWorkflowRecord,
  ReservationRecord,
  ReserveUsageRequest,
  ReserveUsageResult,
  Store,
  UsageWindow,
  WorkflowPatch,
  WorkflowRecord,
} from './store.ts';

export interface PostgresStoreOptions {
  /** Connections per process (default 5). */
  poolSize?: number;
  /** Migrate only up to this version (tests of upgrades from an older schema). Default: latest. */
  targetVersion?: number;
}

export class PostgresStore implements Store {
  readonly kind = 'postgres';
  /** The database URL without its password: safe to print. */
  readonly label: string;
  private readonly pool: Pool;
  private readonly ready: Promise<void>;
  private closed = false;
  private readonly accounts: PostgresAccounts;
  private readonly limitOverrides: PostgresLimitOverrides;
  private readonly usage: PostgresUsage;
  private readonly holds: PostgresHolds;
  private readonly journal: PostgresJournal;
  private readonly workflows: PostgresWorkflows;
  private readonly conversations: PostgresConversations;
  private readonly network: PostgresNetwork;
  private readonly queue: PostgresWorkflowQueue;
  private readonly tokens: PostgresTokens;

  constructor(url: string, opts: PostgresStoreOptions = {}) {
    this.label = redactDatabaseUrl(url);
    this.pool = openPool(url, opts.poolSize === undefined ? {} : { poolSize: opts.poolSize });
    this.ready = migratePostgres(
      this.pool,
      MIGRATIONS,
      opts.targetVersion ?? LATEST_SCHEMA_VERSION,
      this.label,
    ).catch((e: unknown) => {
      throw new Error(`store: cannot open PostgreSQL store ${this.label}: ${errorMessage(e)}`, { cause: e });
    });
    // Reported by the first method that waits for it (or by `open`), not as an unhandled rejection.
    this.ready.catch(() => {});
    this.accounts = new PostgresAccounts(this.pool);
    this.limitOverrides = new PostgresLimitOverrides(this.pool);
    this.usage = new PostgresUsage(this.pool);
    this.holds = new PostgresHolds(this.pool);
    this.journal = new PostgresJournal(this.pool);
    this.workflows = new PostgresWorkflows(this.pool);
    this.conversations = new PostgresConversations(this.pool);
    this.network = new PostgresNetwork(this.pool);
    this.queue = new PostgresWorkflowQueue(this.pool);
    this.tokens = new PostgresTokens(this.pool);
  }

  /** Opens, connects and migrates; rejects (and closes the pool) when any of that fails. */
  static async open(url: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const store = new PostgresStore(url, opts);
    try {
      await store.ready;
    } catch (e) {
      await store.close();
      throw e;
    }
    return store;
  }

  private async after<T>(fn: () => Promise<T>): Promise<T> {
    await this.ready;
    return fn();
  }

  async schemaVersion(): Promise<number> {
    await this.ready;
    return postgresSchemaVersion(this.pool);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Let a migration in flight finish (or fail) before the pool goes away.
    await this.ready.catch(() => {});
    await this.pool.end();
  }

  // ---- accounts --------------------------------------------------------------------------------

  ensureAccount(name: string, now: Date): Promise<AccountRecord> {
    return this.after(() => this.accounts.ensureAccount(name, now));
  }

  // ---- limit overrides -------------------------------------------------------------------------

  listLimitOverrides(account: string): Promise<LimitEntry[]> {
    return this.after(() => this.limitOverrides.listLimitOverrides(account));
  }

  upsertLimitOverrides(account: string, entries: LimitEntry[], now: Date): Promise<void> {
    return this.after(() => this.limitOverrides.upsertLimitOverrides(account, entries, now));
  }

  deleteLimitOverrides(account: string, which?: LimitKey[]): Promise<number> {
    return this.after(() => this.limitOverrides.deleteLimitOverrides(account, which));
  }

  // ---- usage -----------------------------------------------------------------------------------

  reserveUsage(req: ReserveUsageRequest): Promise<ReserveUsageResult> {
    return this.after(() => this.usage.reserveUsage(req));
  }

  findOpenReservations(account: string, key: string): Promise<ReservationRecord[]> {
    return this.after(() => this.usage.findOpenReservations(account, key));
  }

  commitUsage(reservationId: string, now: Date): Promise<boolean> {
    return this.after(() => this.usage.commitUsage(reservationId, now));
  }

  releaseUsage(reservationId: string, now: Date): Promise<boolean> {
    return this.after(() => this.usage.releaseUsage(reservationId, now));
  }

  countUsage(account: string, windows: UsageWindow[]): Promise<number[]> {
    return this.after(() => this.usage.countUsage(account, windows));
  }

  pruneUsage(before: Date): Promise<number> {
    return this.after(() => this.usage.pruneUsage(before));
  }

  // ---- holds -----------------------------------------------------------------------------------

  placeHold(hold: HoldRecord): Promise<HoldRecord> {
    return this.after(() => this.holds.placeHold(hold));
  }

  listHolds(account: string, activeAt?: Date): Promise<HoldRecord[]> {
    return this.after(() => this.holds.listHolds(account, activeAt));
  }

  clearHold(account: string, kind: string): Promise<boolean> {
    return this.after(() => this.holds.clearHold(account, kind));
  }

  // ---- action journal --------------------------------------------------------------------------

  journalBegin(req: JournalBeginRequest): Promise<JournalRow> {
    return this.after(() => this.journal.journalBegin(req));
  }

  journalGet(id: string): Promise<JournalRow | null> {
    return this.after(() => this.journal.journalGet(id));
  }

  journalMark(
    id: string,
    cycle: number,
    transition: JournalTransition,
    now: Date,
    fence?: LeaseFence,
  ): Promise<JournalRow> {
    return this.after(() => this.journal.journalMark(id, cycle, transition, now, fence));
  }

  journalSettleRun(runId: string, now: Date, fence?: LeaseFence): Promise<number> {
    return this.after(() => this.journal.journalSettleRun(runId, now, fence));
  }

  journalList(filter: { account?: string; runId?: string }): Promise<JournalRow[]> {
    return this.after(() => this.journal.journalList(filter));
  }

  // ---- workflow records ------------------------------------------------------------------------

  createWorkflow(rec: NewWorkflowRecord): Promise<WorkflowRecord> {
    return this.after(() => this.workflows.createWorkflow(rec));
  }

  updateWorkflow(id: string, patch: WorkflowPatch): Promise<WorkflowRecord> {
    return this.after(() => this.workflows.updateWorkflow(id, patch));
  }

  getWorkflow(id: string): Promise<WorkflowRecord | null> {
    return this.after(() => this.workflows.getWorkflow(id));
  }

  // ---- conversations ---------------------------------------------------------------------------

  upsertConversation(c: ConversationUpsert): Promise<ConversationRecord> {
    return this.after(() => this.conversations.upsertConversation(c));
  }

  registerConversationSync(account: string, key: string, now: Date, until: Date): Promise<void> {
    return this.after(() => this.conversations.registerConversationSync(account, key, now, until));
  }

  getConversation(account: string, key: string): Promise<ConversationRecord | null> {
    return this.after(() => this.conversations.getConversation(account, key));
  }

  listConversations(account: string, opts?: { synced?: boolean }): Promise<ConversationRecord[]> {
    return this.after(() => this.conversations.listConversations(account, opts));
  }

  recordMessages(
    account: string,
    conversation: string,
    messages: NewConversationMessage[],
    now: Date,
  ): Promise<ConversationMessageRecord[]> {
    return this.after(() => this.conversations.recordMessages(account, conversation, messages, now));
  }

  listMessages(filter: {
    account: string;
    conversation?: string;
    since?: Date;
  }): Promise<ConversationMessageRecord[]> {
    return this.after(() => this.conversations.listMessages(filter));
  }

  registerInboxSync(account: string, now: Date, kind?: InboxKind): Promise<Date> {
    return this.after(() => this.conversations.registerInboxSync(account, now, kind));
  }

  getInboxSync(
    account: string,
    kind?: InboxKind,
  ): Promise<{ startedAt: Date; lastSyncedAt: Date | null } | null> {
    return this.after(() => this.conversations.getInboxSync(account, kind));
  }

  markInboxSynced(account: string, now: Date, kind?: InboxKind): Promise<void> {
    return this.after(() => this.conversations.markInboxSynced(account, now, kind));
  }

  // ---- network ---------------------------------------------------------------------------------

  registerNetworkSync(account: string, now: Date): Promise<Date> {
    return this.after(() => this.network.registerNetworkSync(account, now));
  }

  getNetworkSync(account: string): Promise<{ startedAt: Date; lastSyncedAt: Date | null } | null> {
    return this.after(() => this.network.getNetworkSync(account));
  }

  listNetworkPeople(account: string): Promise<NetworkPersonRecord[]> {
    return this.after(() => this.network.listNetworkPeople(account));
  }

  recordNetworkSync(
    account: string,
    observation: NetworkObservation,
    events: NewNetworkEvent[],
    now: Date,
  ): Promise<NetworkEventRecord[]> {
    return this.after(() => this.network.recordNetworkSync(account, observation, events, now));
  }

  listNetworkEvents(filter: {
    account: string;
    since?: Date;
    type?: NetworkEventType;
  }): Promise<NetworkEventRecord[]> {
    return this.after(() => this.network.listNetworkEvents(filter));
  }

  // ---- workflow queue and account leases ---------------------------------------------------------

  enqueueWorkflow(e: NewQueueEntry): Promise<QueueEntry> {
    return this.after(() => this.queue.enqueueWorkflow(e));
  }

  getQueued(id: string): Promise<QueueEntry | null> {
    return this.after(() => this.queue.getQueued(id));
  }

  listQueued(filter?: { account?: string; statuses?: QueueStatus[] }): Promise<QueueEntry[]> {
    return this.after(() => this.queue.listQueued(filter));
  }

  claimNextWorkflow(req: ClaimRequest): Promise<Claim | null> {
    return this.after(() => this.queue.claimNextWorkflow(req));
  }

  renewLease(fence: LeaseFence, now: Date, leaseMs: number): Promise<boolean> {
    return this.after(() => this.queue.renewLease(fence, now, leaseMs));
  }

  settleQueued(id: string, fence: LeaseFence, result: QueueSettlement, now: Date): Promise<boolean> {
    return this.after(() => this.queue.settleQueued(id, fence, result, now));
  }

  requeueWorkflow(
    id: string,
    fence: LeaseFence,
    pending: { pendingReason: string; message: string | null; notBefore: Date | null },
    now: Date,
  ): Promise<boolean> {
    return this.after(() => this.queue.requeueWorkflow(id, fence, pending, now));
  }

  cancelQueued(id: string, now: Date): Promise<'removed' | 'requested' | 'final' | null> {
    return this.after(() => this.queue.cancelQueued(id, now));
  }

  getLease(account: string): Promise<AccountLease | null> {
    return this.after(() => this.queue.getLease(account));
  }

  // ---- service tokens --------------------------------------------------------------------------

  createApiToken(t: NewApiToken): Promise<ApiTokenRecord> {
    return this.after(() => this.tokens.createApiToken(t));
  }

  findApiTokenByHash(hash: string): Promise<ApiTokenRecord | null> {
    return this.after(() => this.tokens.findApiTokenByHash(hash));
  }

  getApiToken(id: string): Promise<ApiTokenRecord | null> {
    return this.after(() => this.tokens.getApiToken(id));
  }

  listApiTokens(): Promise<ApiTokenRecord[]> {
    return this.after(() => this.tokens.listApiTokens());
  }

  revokeApiToken(id: string, now: Date): Promise<boolean> {
    return this.after(() => this.tokens.revokeApiToken(id, now));
  }

  getWebhookSecret(tokenId: string): Promise<string | null> {
    return this.after(() => this.tokens.getWebhookSecret(tokenId));
  }

  setIdentificationToken(account: string, hash: string, now: Date): Promise<void> {
    return this.after(() => this.tokens.setIdentificationToken(account, hash, now));
  }

  findAccountByIdentificationHash(hash: string): Promise<string | null> {
    return this.after(() => this.tokens.findAccountByIdentificationHash(hash));
  }
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
