// Webhooks: when a workflow submitted with a token that has a webhook URL completes or fails, a POST
// in Linked API's envelope `{ id, type, createdAt, data }` goes to that URL, signed with the token's
// secret: `x-linkwright-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
// Deliveries run detached from the queue's listener (a worker never waits on a receiver) and are retried
// with exponential backoff. The secret never appears in a log line or a response.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { Logger } from 'pino';
import type { TokenRepository } from '../store/store.ts';
import type { QueuedWorkflow, WorkflowEvent, WorkflowQueue } from './workflow-queue.ts';

export const SIGNATURE_HEADER = 'x-linkwright-signature';
export const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000];

export interface WebhookOptions {
  /** Waits before each retry; attempts = length + 1 (default 1 s doubling to 32 s: 7 attempts). */
  retryDelaysMs?: readonly number[];
  /** Per-attempt time budget (default 10 s). */
  timeoutMs?: number;
}

/** `t=…,v1=…` for `body` at `timestamp` (unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/** What a receiver does (README): recompute, compare in constant time, refuse old timestamps. */
export function verifyWebhook(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!m) return false;
  const t = Number(m[1]);
  if (Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const want = Buffer.from(signWebhook(secret, t, body).slice(`t=${t},v1=`.length), 'hex');
  return timingSafeEqual(want, Buffer.from(m[2] ?? '', 'hex'));
}

export function webhookPayload(w: QueuedWorkflow): Record<string, unknown> {
  return {
    id: randomUUID(),
    type: 'workflow.completed',
    createdAt: new Date().toISOString(),
    data: {
      workflowId: w.workflowId,
      accountId: w.account,
      status: w.status,
      ...(w.status === 'completed' ? { result: w.completion } : {}),
      ...(w.failure ? { failure: w.failure } : {}),
    },
  };
}

export class WebhookDispatcher {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly stopping = new AbortController();
  private readonly delays: readonly number[];
  private readonly timeoutMs: number;

  constructor(
    private readonly tokens: TokenRepository,
    private readonly log: Logger,
    opts: WebhookOptions = {},
  ) {
    this.delays = opts.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    // Every delivery in flight listens for shutdown on this one signal.
    setMaxListeners(0, this.stopping.signal);
  }

  /** Listens to the queue; returns the unsubscribe function. */
  attach(queue: WorkflowQueue): () => void {
    return queue.subscribe((event) => this.onEvent(event));
  }

  onEvent(event: WorkflowEvent): void {
    if (event.type !== 'workflow.completed' || !event.workflow.tokenId) return;
    const p = this.deliver(event.workflow).catch((err: unknown) => {
      this.log.warn({ workflowId: event.workflow.workflowId, err: String(err) }, 'webhook delivery crashed');
    });
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  /** Resolves when no delivery is in flight (tests; shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Abandons pending retries (shutdown). */
  stop(): void {
    this.stopping.abort();
  }

  private async deliver(w: QueuedWorkflow): Promise<void> {
    const tokenId = w.tokenId ?? '';
    const token = await this.tokens.getApiToken(tokenId);
    if (!token?.webhookUrl || token.revokedAt) return;
    const secret = await this.tokens.getWebhookSecret(tokenId);
    if (!secret) return;
    const body = JSON.stringify(webhookPayload(w));
    const log = this.log.child({ workflowId: w.workflowId, tokenId });
    for (let attempt = 0; attempt <= this.delays.length; attempt++) {
      if (this.stopping.signal.aborted) return;
      const outcome = await this.attempt(token.webhookUrl, secret, body);
      if (outcome === 'ok') {
        log.info({ attempt: attempt + 1 }, 'webhook delivered');
        return;
      }
      log.warn({ attempt: attempt + 1, outcome }, 'webhook delivery failed');
      const delay = this.delays[attempt];
      if (delay === undefined) break;
      await sleep(delay, this.stopping.signal);
    }
    log.warn('webhook dropped after its last attempt');
  }

  private async attempt(url: string, secret: string, body: string): Promise<string> {
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const r = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
        },
        body,
        signal: AbortSignal.any([AbortSignal.timeout(this.timeoutMs), this.stopping.signal]),
        redirect: 'manual',
      });
      await r.body?.cancel().catch(() => undefined);
      return r.ok ? 'ok' : `HTTP ${r.status}`;
    } catch (err) {
      return err instanceof Error ? err.name : 'error';
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
