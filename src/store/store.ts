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
   * ATOMIC. Returns the entry this run continues with: the latest cycle of `id` when it is `planned`
   * or `attempted`, or `verified`, unsettled and within the resume window (re-owned by this run);
   * otherwise a new `planned` cycle.
   */
  journalBegin(req: JournalBeginRequest): Promise<JournalRow>;
  /** Latest cycle of the key. */
  journalGet(id: string): Promise<JournalRow | null>;
  /**
   * ATOMIC state change of one cycle: → `attempted` (attempts + 1), → `verified`, → `outcome`.
   * `verified` is final: a later transition throws.
   */
  journalMark(id: string, cycle: number, transition: JournalTransition, now: Date): Promise<JournalRow>;
  /** Settles the run's `verified`/`outcome` entries (its workflow completed). Returns how many. */
  journalSettleRun(runId: string, now: Date): Promise<number>;
  journalList(filter: { account?: string; runId?: string }): Promise<JournalRow[]>;
}

/** Workflow records. */
export interface WorkflowRepository {
  createWorkflow(rec: NewWorkflowRecord): Promise<WorkflowRecord>;
  updateWorkflow(id: string, patch: WorkflowPatch): Promise<WorkflowRecord>;
  getWorkflow(id: string): Promise<WorkflowRecord | null>;
}

/** Synced conversations and the inbox sync (what `conversations poll` / `inbox poll` read). */
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
  /** Registers the inbox sync (kept when already registered); returns when it started. */
  registerInboxSync(account: string, now: Date): Promise<Date>;
  /** When the inbox sync started and last read the list; null when the inbox is not synced. */
  getInboxSync(account: string): Promise<{ startedAt: Date; lastSyncedAt: Date | null } | null>;
  markInboxSynced(account: string, now: Date): Promise<void>;
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
    TokenRepository {
  /** Adapter name, e.g. `sqlite`. */
  readonly kind: string;
  /** Highest applied migration version. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
