// What `serve`'s routes are built on, handed in by the composition root (src/app/serve.ts): the
// workflow queue port, the token store, the policy (limits, holds), and the polls of §6, which read
// the store through functions of the app layer this layer may not import.
import type { Logger } from 'pino';
import type { Policy } from '../engine/policy/policy.ts';
import type { TokenRepository } from '../store/store.ts';
import type { WebhookOptions } from './webhooks.ts';
import type { WorkflowQueue } from './workflow-queue.ts';

export type PollOutcome =
  { ok: true; result: unknown } | { ok: false; error: { type: string; message: string } };

export interface ServicePolls {
  conversations(
    account: string,
    items: { personUrl: string; type: 'st' | 'nv'; since?: Date }[],
  ): Promise<PollOutcome>;
  inbox(account: string, q: { since?: Date; type?: 'st' | 'nv'; threadId?: string }): Promise<PollOutcome>;
  /** Absent until the network sync is wired: POST /network/poll answers 501 notImplemented. */
  network?: (
    account: string,
    q: {
      since?: Date;
      type?: 'connectionAccepted' | 'connectionAdded' | 'connectionRequestReceived';
    },
  ) => Promise<PollOutcome>;
}

export interface ServiceDeps {
  queue: WorkflowQueue;
  tokens: TokenRepository;
  policy: Policy;
  polls: ServicePolls;
  log: Logger;
  /** Largest request body (default DEFAULT_BODY_LIMIT_BYTES, 1 MiB). */
  bodyLimitBytes?: number;
  /** How long a /linkedin/* request waits for its one-action workflow before answering 202 (default 120 s). */
  restWaitMs?: number;
  webhooks?: WebhookOptions;
  /** linkwright's version (health). */
  version?: string;
}
