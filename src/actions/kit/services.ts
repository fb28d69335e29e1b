// Everything an action may use, typed and required: the composition root (src/app) builds it once per
// run from the account session and the run's policy; tests build it with testServices(). There is no
// optional journal: a side-effecting action cannot run without exactly-once.
import type {
  AccountLimitsService,
  ConversationsService,
  NetworkService,
} from '../../engine/policy/policy.ts';
import type { Journal } from '../../engine/policy/journal.ts';
import type { PacingService } from '../../engine/policy/pacing.ts';
import type { BrowserService } from '../../session/browser-service.ts';
import type { Timeouts } from '../../../drivers/linkedin/session.ts';

export type { BrowserService, ConversationsService, NetworkService, PacingService };
export type {
  NetworkEventType,
  NetworkObservation,
  NetworkPersonRecord,
  NetworkPersonSeen,
  NewNetworkEvent,
} from '../../engine/policy/policy.ts';

/** Driver wait budgets; empty means the drivers' defaults (tests shorten some). */
export type DriverTimeouts = Partial<Timeouts>;

export interface ActionServices {
  /** The account's browser (opened lazily on first use). */
  readonly browser: BrowserService;
  /** The run's action journal (exactly-once for side effects). */
  readonly journal: Journal;
  /** LinkedIn's own limits an action saw (holds). */
  readonly limits: AccountLimitsService;
  /** Human pacing between steps and keystrokes. */
  readonly pacing: PacingService;
  readonly timeouts: DriverTimeouts;
  /** The store's synced conversations (st.syncConversation / st.syncInbox write, polls read). */
  readonly conversations: ConversationsService;
  /** The store's network snapshot and changes (st.syncNetwork writes, `network poll` reads). */
  readonly network: NetworkService;
}
