// The Store port: linkwright's durable memory (accounts, limits and usage, holds, the action journal,
// workflow records). The embedded adapter is SQLite (sqlite-store.ts); a PostgreSQL adapter for workers
// spread over several machines implements the same interface. Everything dialect-specific (SQL, locking,
// pragmas) stays in the adapter; this file only states the contract.
//
// Every method is async so a networked adapter fits. Methods documented as ATOMIC must run as one
// serialisable unit across processes and machines (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction
// holding a row/advisory lock on the account).

/** A JSON object as stored (identity, completions). */
export type StoredJson = { [key: string]: unknown };

// ---- accounts ----------------------------------------------------------------------------------

/** `active` or `parked` today; kept open (plain string) for statuses the sessions layer may add. */
export type AccountStatus = 'active' | 'parked' | (string & {});

export interface AccountRecord {
  name: string;
  status: AccountStatus;
  /** Why the account is parked, typically a session failure reason (`securityCheckpoint`, …). */
  parkedReason: string | null;
  parkedMessage: string | null;
  parkedAt: Date | null;
  /** The account's browser identity (locale, timezone, viewport, proxy, browser version…), opaque here. */
  identity: StoredJson | null;
  createdAt: Date;
  updatedAt: Date;
}

// ---- limits and usage --------------------------------------------------------------------------

/** One configured limit, in Linked API's shape. Category and period are validated by the policy layer. */
export interface LimitEntry {
  category: string;
  period: string;
  maxValue: number;
  isEnabled: boolean;
}

export interface LimitKey {
  category: string;
  period: string;
}

/** An enabled limit to enforce during a reservation: usage since `since` must stay ≤ maxValue. */
export interface LimitCheck {
  category: string;
  period: string;
  maxValue: number;
  since: Date;
}

export type ReservationState = 'reserved' | 'committed' | 'released';

export interface ReservationRecord {
  id: string;
  account: string;
  /** Idempotency key of the action that took the slot (null for actions without one). */
  key: string | null;
  runId: string;
  categories: string[];
  state: ReservationState;
  ownerPid: number;
  ownerHost: string;
  createdAt: Date;
  settledAt: Date | null;
}

export interface ReserveUsageRequest {
  account: string;
  key: string | null;
  runId: string;
  owner: { pid: number; host: string };
  /** One usage unit is taken in each of these categories. */
  categories: string[];
  /** Enabled limits of those categories; all must have room for one more unit. */
  checks: LimitCheck[];
  now: Date;
  /**
   * Take over this reservation (left `reserved` by a process that died) instead of taking new units:
   * its units are already counted. Only if it is still `reserved` and still owned by the owner seen
   * dead (so two re-runs cannot both take it); otherwise units are taken as usual.
   */
  adopt?: { id: string; ownerPid: number; ownerHost: string };
}

export type ReserveUsageResult =
  | { ok: true; reservation: ReservationRecord; adopted: boolean }
  | {
      ok: false;
      exceeded: { category: string; period: string; maxValue: number; currentUsage: number };
    };

export interface UsageWindow {
  category: string;
  since: Date;
}

// ---- holds -------------------------------------------------------------------------------------

export interface HoldRecord {
  account: string;
  /** `weeklyInvitationLimit` | `noteQuota` (validated by the policy layer). */
  kind: string;
  until: Date;
  placedAt: Date;
  reason: string | null;
}

// ---- action journal ----------------------------------------------------------------------------

export type JournalState = 'planned' | 'attempted' | 'verified' | 'outcome';

export interface JournalRow {
  /** Idempotency key id (stable hash of account, action, target, parameters + occurrence). */
  id: string;
  /** 1 for the first cycle; a new cycle starts when a settled key is used again. */
  cycle: number;
  account: string;
  actionType: string;
  target: string | null;
  paramsHash: string;
  state: JournalState;
  /** For `outcome` (business outcome without effect) or an optional detail of `verified`. */
  outcome: string | null;
  attempts: number;
  runId: string | null;
  createdAt: Date;
  attemptedAt: Date | null;
  verifiedAt: Date | null;
  outcomeAt: Date | null;
  updatedAt: Date;
  /** Set when the workflow run that owns the entry completed; a settled entry no longer dedupes. */
  settledAt: Date | null;
}

export interface JournalBeginRequest {
  id: string;
  account: string;
  actionType: string;
  target: string | null;
  paramsHash: string;
  runId: string;
  now: Date;
  /** An unsettled `verified` entry older than this is not resumed; a new cycle starts. */
  resumeWindowMs: number;
  /** The run holds its account's lease with this fence: a stale one makes the write fail (StaleFenceError). */
  fence?: LeaseFence;
}

export type JournalTransition =
  { to: 'attempted' } | { to: 'verified'; outcome?: string | null } | { to: 'outcome'; outcome: string };

// ---- workflow records --------------------------------------------------------------------------

export type WorkflowStatus = 'pending' | 'running' | 'completed' | 'failed';

export interface WorkflowRecord {
  id: string;
  account: string;
  status: WorkflowStatus;
  /** `queued` | `outsideWorkingHours` while pending, else null. */
  pendingReason: string | null;
  message: string | null;
  /** sha256 of the workflow JSON: finds an earlier, crashed run of the same workflow. No user text. */
  definitionHash: string | null;
  completion: unknown;
  failure: { reason: string; message: string } | null;
  ownerPid: number | null;
  ownerHost: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  updatedAt: Date;
}

export interface NewWorkflowRecord {
  id: string;
  account: string;
  status: WorkflowStatus;
  pendingReason?: string | null;
  message?: string | null;
  definitionHash?: string | null;
  owner?: { pid: number; host: string };
  now: Date;
}

export interface WorkflowPatch {
  status?: WorkflowStatus;
  pendingReason?: string | null;
  message?: string | null;
  completion?: unknown;
  failure?: { reason: string; message: string } | null;
  now: Date;
}

// ---- conversations -----------------------------------------------------------------------------

export type MessageSender = 'us' | 'them';

export interface ConversationRecord {
  account: string;
  /** `person:<vanity>` or `thread:<id>`. */
  key: string;
  personUrl: string | null;
  threadId: string | null;
  /** The other person's name as LinkedIn shows it. */
  name: string | null;
  /** The current sync period (st.syncConversation); null when only the inbox sync read it. */
  syncStartedAt: Date | null;
  syncUntil: Date | null;
  lastSyncedAt: Date | null;
}

export interface ConversationMessageRecord {
  account: string;
  /** LinkedIn's message id / event urn when the page exposes it, else a stable hash. */
  id: string;
  conversation: string;
  sender: MessageSender;
  text: string;
  /** The time as the page showed it ("10:42 AM", "now"), when it did. */
  shownTime: string | null;
  /** When the message was first stored: the page shows no absolute time. */
  time: Date;
}

export interface NewConversationMessage {
  id: string;
  sender: MessageSender;
  text: string;
  shownTime: string | null;
}

export interface ConversationUpsert {
  account: string;
  key: string;
  personUrl?: string | null;
  threadId?: string | null;
  name?: string | null;
  now: Date;
}

// ---- network -----------------------------------------------------------------------------------

/** The changes `network poll` reports (Linked API §6). */
export type NetworkEventType = 'connectionAccepted' | 'connectionAdded' | 'connectionRequestReceived';

/** A person as one of the network lists showed them. */
export interface NetworkPersonSeen {
  /** The vanity name: the person's identity in the network snapshot. */
  person: string;
  personUrl: string;
  personUrn: string | null;
}

/** What the last sync knew about a person: on the Sent tab, on the Received tab, among the connections. */
export interface NetworkPersonRecord extends NetworkPersonSeen {
  account: string;
  pendingSent: boolean;
  received: boolean;
  connected: boolean;
}

/** What one sync read. */
export interface NetworkObservation {
  /** The whole Sent tab: replaces every pending flag. */
  sent: NetworkPersonSeen[];
  /** The whole Received tab's connection invitations: replaces every received flag. */
  received: NetworkPersonSeen[];
  /** The connections read (the newest part of the list): marked connected; the others are kept. */
  connections: NetworkPersonSeen[];
}

export interface NewNetworkEvent {
  /** Stable per change (type and person), so a change detected twice is stored once. */
  id: string;
  type: NetworkEventType;
  person: string;
  personUrl: string;
  personUrn: string | null;
}

export interface NetworkEventRecord extends NewNetworkEvent {
  account: string;
  /** When a sync first stored the change. */
  detectedAt: Date;
}

// ---- service tokens ----------------------------------------------------------------------------

/** An API token of `serve` (the `linked-api-token` / Bearer secret); only its sha256 is stored. */
export interface ApiTokenRecord {
  /** Public id (`tokens list`, `tokens revoke ID`, workflow records); never the secret. */
  id: string;
  /** The accounts this token reaches; any other account answers 403. */
  accounts: string[];
  /** Where workflow completions/failures are POSTed (signed with the token's webhook secret). */
  webhookUrl: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface NewApiToken {
  id: string;
  /** sha256 hex of the secret token (high-entropy random, so a plain hash is enough). */
  hash: string;
  accounts: string[];
  webhookUrl: string | null;
  /** The HMAC key of the token's webhook; null without a webhook. */
  webhookSecret: string | null;
  now: Date;
}

// ---- the port, one repository at a time -------------------------------------------------------

/**
 * The account row other records hang off. Identity and parking live in the session layer's account
 * records (`src/session/account-record.ts`) today; the row carries the same columns so they can move
 * here without a migration.
 */
export interface AccountRepository {
  /** Creates the account row (status `active`) if missing; returns it. */
  ensureAccount(name: string, now: Date): Promise<AccountRecord>;
}

/** Per-account limit overrides (on top of defaults and the config file). */
export interface LimitOverrideRepository {
  listLimitOverrides(account: string): Promise<LimitEntry[]>;
  /** Upserts only the given entries. */
  upsertLimitOverrides(account: string, entries: LimitEntry[], now: Date): Promise<void>;
  /** Deletes the given overrides, or all of the account's when `which` is omitted. Returns how many. */
  deleteLimitOverrides(account: string, which?: LimitKey[]): Promise<number>;
}

/** Usage reservations and the units they take. */
export interface UsageRepository {
  /** ATOMIC: checks every limit and takes one unit per category, or takes nothing. */
  reserveUsage(req: ReserveUsageRequest): Promise<ReserveUsageResult>;
  /** `reserved` reservations of this account with this key (candidates for adoption after a crash). */
  findOpenReservations(account: string, key: string): Promise<ReservationRecord[]>;
  /** `reserved` → `committed` (the side effect happened). False if it was not `reserved`. */
  commitUsage(reservationId: string, now: Date): Promise<boolean>;
  /** `reserved` → `released`; its units stop counting. False if it was not `reserved`. */
  releaseUsage(reservationId: string, now: Date): Promise<boolean>;
  /** Units (reserved or committed) taken since each window's start, in the same order. */
  countUsage(account: string, windows: UsageWindow[]): Promise<number[]>;
  /** Deletes usage units older than `before` (they no longer fall in any period). */
  pruneUsage(before: Date): Promise<number>;
}

/** LinkedIn's holds on an account. */
export interface HoldRepository {
  /** Upsert by (account, kind); an existing later `until` is kept. Returns the stored hold. */
  placeHold(hold: HoldRecord): Promise<HoldRecord>;
  /** Holds of the account; only those with until > activeAt when given. */
  listHolds(account: string, activeAt?: Date): Promise<HoldRecord[]>;
  clearHold(account: string, kind: string): Promise<boolean>;
}

/** The action journal (exactly-once side effects). */
export interface JournalRepository {
  /**
   * ATOMIC (with the fence check of `req.fence`, see journalMark). Returns the entry this run continues with: the latest cycle of `id` when it is `planned`
   * or `attempted`, or `verified`, unsettled and within the resume window (re-owned by this run);
   * otherwise a new `planned` cycle.
   */
  journalBegin(req: JournalBeginRequest): Promise<JournalRow>;
  /** Latest cycle of the key. */
  journalGet(id: string): Promise<JournalRow | null>;
  /**
   * ATOMIC state change of one cycle: → `attempted` (attempts + 1), → `verified`, → `outcome`.
   * `verified` is final: a later transition throws. With `fence`, ATOMIC with a check that the account's
   * lease still carries that fence; a stale one throws StaleFenceError and writes nothing.
   */
  journalMark(
    id: string,
    cycle: number,
    transition: JournalTransition,
    now: Date,
    fence?: LeaseFence,
  ): Promise<JournalRow>;
  /**
   * Settles the run's `verified`/`outcome` entries (its workflow completed). Returns how many. With
   * `fence`, ATOMIC with the fence check (a run that lost its lease must not settle what another resumes).
   */
  journalSettleRun(runId: string, now: Date, fence?: LeaseFence): Promise<number>;
  journalList(filter: { account?: string; runId?: string }): Promise<JournalRow[]>;
}

/** Workflow records. */
export interface WorkflowRepository {
  createWorkflow(rec: NewWorkflowRecord): Promise<WorkflowRecord>;
  updateWorkflow(id: string, patch: WorkflowPatch): Promise<WorkflowRecord>;
  getWorkflow(id: string): Promise<WorkflowRecord | null>;
}

/** Synced conversations and the inbox sync (what `conversations poll` / `inbox poll` read). */
/** Which inbox a sync reads: the standard messaging inbox or Sales Navigator's. */
export type InboxKind = 'st' | 'nv';

export interface ConversationRepository {
  /** Creates or updates a conversation; given fields overwrite, absent ones are kept. */
  upsertConversation(c: ConversationUpsert): Promise<ConversationRecord>;
  /** Opens a new sync period [now, until) for the conversation; history already collected is kept. */
  registerConversationSync(account: string, key: string, now: Date, until: Date): Promise<void>;
  getConversation(account: string, key: string): Promise<ConversationRecord | null>;
  /** Conversations of the account (all, or only those with a sync period). */
  listConversations(account: string, opts?: { synced?: boolean }): Promise<ConversationRecord[]>;
  /**
   * ATOMIC: stores the messages of one conversation not stored before (by id) with `time` = now, in the
   * given order, and sets its last_synced_at; returns only the new ones (what is new since the last sync).
   */
  recordMessages(
    account: string,
    conversation: string,
    messages: NewConversationMessage[],
    now: Date,
  ): Promise<ConversationMessageRecord[]>;
  /** Messages, oldest first; of one conversation or all, stored at or after `since`. */
  listMessages(filter: {
    account: string;
    conversation?: string;
    since?: Date;
  }): Promise<ConversationMessageRecord[]>;
  /**
   * Registers the sync of one inbox — standard ('st', the default) or Sales Navigator ('nv') — kept when
   * already registered; returns when it started.
   */
  registerInboxSync(account: string, now: Date, kind?: InboxKind): Promise<Date>;
  /** When that inbox's sync started and last read the list; null when it is not synced. */
  getInboxSync(
    account: string,
    kind?: InboxKind,
  ): Promise<{ startedAt: Date; lastSyncedAt: Date | null } | null>;
  markInboxSynced(account: string, now: Date, kind?: InboxKind): Promise<void>;
}

/** The network sync (st.syncNetwork): the last snapshot of the account's lists and the changes found. */
export interface NetworkRepository {
  /** Registers the network sync (kept when already registered); returns when it started. */
  registerNetworkSync(account: string, now: Date): Promise<Date>;
  /** When the network sync started and last read the lists; null when the network is not synced. */
  getNetworkSync(account: string): Promise<{ startedAt: Date; lastSyncedAt: Date | null } | null>;
  /** The snapshot the last sync left. */
  listNetworkPeople(account: string): Promise<NetworkPersonRecord[]>;
  /**
   * ATOMIC: applies the observation to the snapshot, stores the events not stored before (by id) with
   * `detectedAt` = now, sets last_synced_at; returns only the new events.
   */
  recordNetworkSync(
    account: string,
    observation: NetworkObservation,
    events: NewNetworkEvent[],
    now: Date,
  ): Promise<NetworkEventRecord[]>;
  /** Events newest first; only those detected at or after `since`, of `type`, when given. */
  listNetworkEvents(filter: {
    account: string;
    since?: Date;
    type?: NetworkEventType;
  }): Promise<NetworkEventRecord[]>;
}

// ---- the workflow queue and account leases -------------------------------------------------------

export type QueueStatus = 'pending' | 'running' | 'completed' | 'failed';

/** A submitted workflow waiting for, or run by, a worker. `seq` is the submission order. */
export interface QueueEntry {
  id: string;
  seq: number;
  account: string;
  /** The API token that submitted it (its id, never the secret); null for library/CLI submissions. */
  tokenId: string | null;
  /** The workflow JSON as submitted (already validated). */
  definition: string;
  status: QueueStatus;
  /** `queued` | `outsideWorkingHours` while pending, else null. */
  pendingReason: string | null;
  message: string | null;
  /** Not claimed before this time (outsideWorkingHours: when the account's hours open). */
  notBefore: Date | null;
  completion: unknown;
  failure: { reason: string; message: string } | null;
  /** A cancel was asked for while it ran: the worker stops after the current action. */
  cancelRequested: boolean;
  cancelled: boolean;
  /** Times a worker claimed it (more than 1: handed back or taken over after a crash). */
  attempts: number;
  /** The worker and lease fence of the current (or last) claim. */
  workerId: string | null;
  fence: number | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  updatedAt: Date;
}

export interface NewQueueEntry {
  id: string;
  account: string;
  tokenId: string | null;
  definition: string;
  now: Date;
  /** Default: pending `queued`. `outsideWorkingHours` with the time its hours open as notBefore. */
  pending?: { pendingReason: string; message: string | null; notBefore: Date | null };
}

/**
 * The proof that a worker holds an account's lease. `token` grows by one at every claim of the
 * account (monotonic per account), so a worker that lost its lease carries a smaller, stale token.
 */
export interface LeaseFence {
  account: string;
  token: number;
}

export interface AccountLease {
  account: string;
  /** The latest fence handed out for the account. */
  fence: number;
  /** The worker holding it; null once released. */
  holder: string | null;
  workflowId: string | null;
  expiresAt: Date | null;
}

export interface ClaimRequest {
  workerId: string;
  now: Date;
  /** The lease lasts this long unless renewed. */
  leaseMs: number;
  /** Only these accounts' workflows (a worker pinned to the accounts signed in on its machine). */
  accounts?: readonly string[];
}

export interface Claim {
  entry: QueueEntry;
  fence: LeaseFence;
  /** The entry was running under a lease that expired (its worker died): resume through the journal. */
  takenOver: boolean;
}

export type QueueSettlement =
  | { status: 'completed'; completion: unknown }
  | {
      status: 'failed';
      failure: { reason: string; message: string };
      completion?: unknown;
      cancelled?: boolean;
    };

/**
 * The workflow queue. At most one workflow runs per account, enforced by the account lease (not only
 * by scheduling): claims, renewals, hand-backs and settlements all check it.
 */
export interface WorkflowQueueRepository {
  /** Stores a submitted workflow as pending (`queued`) behind the account's earlier ones. */
  enqueueWorkflow(e: NewQueueEntry): Promise<QueueEntry>;
  getQueued(id: string): Promise<QueueEntry | null>;
  /** Oldest first; of one account and/or with these statuses. */
  listQueued(filter?: { account?: string; statuses?: QueueStatus[] }): Promise<QueueEntry[]>;
  /**
   * ATOMIC. Takes the oldest claimable workflow over all accounts. An account's candidate is only its
   * oldest unfinished entry (submission order per account): a `pending` one whose notBefore has passed
   * while the account's lease is free or expired, or a `running` one whose lease expired (taken over).
   * The lease gets a new fence (previous + 1), this holder and now + leaseMs; the entry becomes
   * `running` under it. Null when nothing is claimable. (PostgreSQL: one transaction that locks the
   * account_leases row — SELECT … FOR UPDATE, inserting it first — before deciding.)
   */
  claimNextWorkflow(req: ClaimRequest): Promise<Claim | null>;
  /** ATOMIC: extends the lease to now + leaseMs if it still carries this fence; false when it was lost. */
  renewLease(fence: LeaseFence, now: Date, leaseMs: number): Promise<boolean>;
  /**
   * ATOMIC: a running entry → completed | failed, and the lease released, if the lease still carries
   * this fence (else false and nothing changes: another worker owns the workflow now).
   */
  settleQueued(id: string, fence: LeaseFence, result: QueueSettlement, now: Date): Promise<boolean>;
  /**
   * ATOMIC: a running entry goes back to `pending` (SIGTERM, outside working hours) and the lease is
   * released, if the lease still carries this fence. Its journal stays: the next claim resumes it.
   */
  requeueWorkflow(
    id: string,
    fence: LeaseFence,
    pending: { pendingReason: string; message: string | null; notBefore: Date | null },
    now: Date,
  ): Promise<boolean>;
  /**
   * ATOMIC: a pending entry → failed and cancelled (`removed`); a running one gets cancelRequested
   * (`requested`: its worker stops after the current action); a finished one is left (`final`).
   */
  cancelQueued(id: string, now: Date): Promise<'removed' | 'requested' | 'final' | null>;
  getLease(account: string): Promise<AccountLease | null>;
}

/** `serve`'s API tokens (hashed), their webhooks, and each account's identification token (hashed). */
export interface TokenRepository {
  createApiToken(t: NewApiToken): Promise<ApiTokenRecord>;
  /** The token whose secret hashes to `hash`, if it exists and is not revoked. */
  findApiTokenByHash(hash: string): Promise<ApiTokenRecord | null>;
  getApiToken(id: string): Promise<ApiTokenRecord | null>;
  /** All tokens, revoked ones included, oldest first. */
  listApiTokens(): Promise<ApiTokenRecord[]>;
  /** False when there is no such token or it was already revoked. */
  revokeApiToken(id: string, now: Date): Promise<boolean>;
  /** The webhook's HMAC key: read only to sign deliveries, never returned by the API. */
  getWebhookSecret(tokenId: string): Promise<string | null>;
  /** Sets (replacing any earlier one) the hash of the account's identification token. */
  setIdentificationToken(account: string, hash: string, now: Date): Promise<void>;
  /** The account whose identification token hashes to `hash`. */
  findAccountByIdentificationHash(hash: string): Promise<string | null>;
}

export interface Store
  extends
    AccountRepository,
    LimitOverrideRepository,
    UsageRepository,
    HoldRepository,
    JournalRepository,
    WorkflowRepository,
    ConversationRepository,
    NetworkRepository,
    WorkflowQueueRepository,
    TokenRepository {
  /** Adapter name, e.g. `sqlite`. */
  readonly kind: string;
  /** Highest applied migration version. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
