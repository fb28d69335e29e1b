// `linkwright serve` wired: one store and policy for the process, the queue (built by the caller's
// factory: the durable store queue drained by in-process workers), the polls of §6 over the
// store, and the HTTP service of src/service. Returns the running service; `close` stops it and
// closes the store.
import type { Logger } from 'pino';
import { ACTION_RULES } from '../actions/index.ts';
import { createPolicy, type Policy } from '../engine/policy/index.ts';
import type { ServiceDeps, ServicePolls } from '../service/service-deps.ts';
import { startService, type RunningService } from '../service/server.ts';
import type { WebhookOptions } from '../service/webhooks.ts';
import type { WorkflowQueue } from '../service/workflow-queue.ts';
import { openStore, type Store } from '../store/index.ts';
import { pollConversations, pollInbox } from './poll-conversations.ts';
import { pollNetwork } from './poll-network.ts';

export interface QueueFactoryContext {
  home: string;
  store: Store;
  policy: Policy;
  log: Logger;
}

export interface ServeOptions {
  home: string;
  host?: string;
  port?: number;
  log: Logger;
  queue: (ctx: QueueFactoryContext) => WorkflowQueue | Promise<WorkflowQueue>;
  webhooks?: WebhookOptions;
  restWaitMs?: number;
  bodyLimitBytes?: number;
  version?: string;
}

export interface RunningServe extends RunningService {
  queue: WorkflowQueue;
  store: Store;
}

/** The polls of §6 read the store only (what st.syncConversation / st.|nv.syncInbox / syncNetwork stored). */
export function storePolls(store: Store): ServicePolls {
  return {
    conversations: async (account, items) => {
      const result: unknown[] = [];
      for (const item of items) {
        const r = await pollConversations(store, {
          account,
          personUrl: item.personUrl,
          type: item.type,
          ...(item.since ? { since: item.since } : {}),
        });
        if (!r.ok) return r;
        result.push(...r.result);
      }
      return { ok: true, result };
    },
    inbox: async (account, q) =>
      pollInbox(store, {
        account,
        ...(q.since ? { since: q.since } : {}),
        ...(q.threadId ? { threadId: q.threadId } : {}),
        ...(q.type ? { type: q.type } : {}),
      }),
    network: (account, q) => pollNetwork({ store, account, ...q }),
  };
}

export async function startServe(opts: ServeOptions): Promise<RunningServe> {
  const store = openStore(opts.home);
  try {
    const policy = createPolicy(store, { home: opts.home, rules: ACTION_RULES });
    const queue = await opts.queue({ home: opts.home, store, policy, log: opts.log });
    const deps: ServiceDeps = {
      queue,
      tokens: store,
      policy,
      polls: storePolls(store),
      log: opts.log,
      ...(opts.webhooks ? { webhooks: opts.webhooks } : {}),
      ...(opts.restWaitMs !== undefined ? { restWaitMs: opts.restWaitMs } : {}),
      ...(opts.bodyLimitBytes !== undefined ? { bodyLimitBytes: opts.bodyLimitBytes } : {}),
      ...(opts.version ? { version: opts.version } : {}),
    };
    const running = await startService(deps, {
      ...(opts.host ? { host: opts.host } : {}),
      ...(opts.port !== undefined ? { port: opts.port } : {}),
    });
    return {
      ...running,
      queue,
      store,
      close: async () => {
        await running.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
