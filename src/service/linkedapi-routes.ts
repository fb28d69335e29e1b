// Linked API's endpoints (linkedapi-actions.md §2, §4, §6): workflows, the account's limits, the polls.
// Every route answers `{ success, result }` or `{ success:false, error:{ type, message } }`. Workflows
// reach the workers only through the WorkflowQueue port.
import { DEFAULT_LIMITS } from '../engine/policy/limit-catalog.ts';
import type { ApiTokenRecord } from '../store/store.ts';
import { ApiFailure, API_ERROR_STATUS, isApiErrorType } from './api-error.ts';
import { readJson, readJsonText, sendJson, sendResult } from './http-io.ts';
import { parseInput } from './parse-input.ts';
import type { Route, RouteContext } from './router.ts';
import {
  conversationsPollBody,
  inboxPollBody,
  limitsAccountBody,
  limitsDeleteBody,
  limitsSetBody,
  networkPollBody,
} from './schemas.ts';
import type { PollOutcome, ServiceDeps } from './service-deps.ts';
import { accountOf, apiTokenOf, requireAccess } from './token-auth.ts';
import type { QueuedWorkflow } from './workflow-queue.ts';
import { DEFAULT_BODY_LIMIT_BYTES } from './http-io.ts';

/** GET /workflows/:id's `result` (absent fields are left out, as Linked API does). */
export function workflowResult(w: QueuedWorkflow): Record<string, unknown> {
  return {
    workflowId: w.workflowId,
    workflowStatus: w.status,
    ...(w.status === 'pending' && w.pendingReason ? { pendingReason: w.pendingReason } : {}),
    ...(w.message ? { message: w.message } : {}),
    ...(w.status === 'completed' && w.completion !== null ? { completion: w.completion } : {}),
    ...(w.status === 'failed' && w.failure ? { failure: w.failure } : {}),
  };
}

function dateOf(v: string | undefined): Date | undefined {
  return v === undefined ? undefined : new Date(v);
}

export function linkedApiRoutes(deps: ServiceDeps): Route[] {
  const limit = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const { tokens, queue, policy } = deps;

  async function authAccount(ctx: RouteContext): Promise<{ token: ApiTokenRecord; account: string }> {
    const token = await apiTokenOf(tokens, ctx.req.headers);
    return { token, account: await accountOf(tokens, token, ctx.req.headers) };
  }

  /** A workflow of the request's account; another account's id is as unknown as a missing one. */
  async function ownWorkflow(ctx: RouteContext): Promise<QueuedWorkflow> {
    const { account } = await authAccount(ctx);
    const id = ctx.params.id ?? '';
    const w = id.length <= 200 ? await queue.get(id) : null;
    if (!w || w.account !== account)
      throw new ApiFailure('workflowNotFound', `no workflow ${id.slice(0, 80)}`);
    return w;
  }

  function answerPoll(ctx: RouteContext, out: PollOutcome): void {
    if (out.ok) return sendResult(ctx.res, out.result);
    const type = out.error.type;
    sendJson(ctx.res, isApiErrorType(type) ? API_ERROR_STATUS[type] : 400, {
      success: false,
      error: out.error,
    });
  }

  /** Admin limits: the token alone authenticates; the body names the account, which it must reach. */
  async function limitsAccount(ctx: RouteContext, schema = limitsAccountBody): Promise<string> {
    const token = await apiTokenOf(tokens, ctx.req.headers);
    const body = parseInput(schema, (await readJson(ctx.req, limit)) ?? {});
    requireAccess(token, body.accountId);
    return body.accountId;
  }

  return [
    {
      method: 'POST',
      path: '/workflows',
      handler: async (ctx) => {
        const { token, account } = await authAccount(ctx);
        const text = await readJsonText(ctx.req, limit);
        const r = await queue.submit({ account, text, tokenId: token.id });
        if (!r.ok) {
          const type = isApiErrorType(r.error.type) ? r.error.type : 'invalidWorkflow';
          throw new ApiFailure(type, r.error.message);
        }
        const w = r.workflow;
        sendResult(ctx.res, {
          workflowId: w.workflowId,
          workflowStatus: w.status === 'running' ? 'running' : 'pending',
          ...(w.status === 'pending' ? { pendingReason: w.pendingReason ?? 'queued' } : {}),
          ...(w.message ? { message: w.message } : {}),
        });
      },
    },
    {
      method: 'GET',
      path: '/workflows/:id',
      handler: async (ctx) => sendResult(ctx.res, workflowResult(await ownWorkflow(ctx))),
    },
    {
      method: 'DELETE',
      path: '/workflows/:id',
      handler: async (ctx) => {
        const w = await ownWorkflow(ctx);
        sendResult(ctx.res, await queue.cancel(w.workflowId));
      },
    },
    {
      method: 'GET',
      path: '/account',
      handler: async (ctx) => {
        const { account } = await authAccount(ctx);
        sendResult(ctx.res, { name: account, url: null });
      },
    },
    {
      method: 'POST',
      path: '/conversations/poll',
      handler: async (ctx) => {
        const { account } = await authAccount(ctx);
        const body = parseInput(conversationsPollBody, await readJson(ctx.req, limit));
        const items = body.map((i) => ({
          personUrl: i.personUrl,
          type: i.type,
          ...(i.since ? { since: new Date(i.since) } : {}),
        }));
        answerPoll(ctx, await deps.polls.conversations(account, items));
      },
    },
    {
      method: 'POST',
      path: '/inbox/poll',
      handler: async (ctx) => {
        const { account } = await authAccount(ctx);
        const body = parseInput(inboxPollBody, (await readJson(ctx.req, limit)) ?? {});
        const since = dateOf(body.since);
        answerPoll(
          ctx,
          await deps.polls.inbox(account, {
            ...(since ? { since } : {}),
            ...(body.type ? { type: body.type } : {}),
            ...(body.threadId ? { threadId: body.threadId } : {}),
          }),
        );
      },
    },
    {
      method: 'POST',
      path: '/network/poll',
      handler: async (ctx) => {
        const { account } = await authAccount(ctx);
        const body = parseInput(networkPollBody, (await readJson(ctx.req, limit)) ?? {});
        const network = deps.polls.network;
        if (!network)
          throw new ApiFailure('notImplemented', 'the network poll is not available in this build');
        const since = dateOf(body.since);
        answerPoll(
          ctx,
          await network(account, { ...(since ? { since } : {}), ...(body.type ? { type: body.type } : {}) }),
        );
      },
    },
    {
      method: 'POST',
      path: '/admin/limits.getDefaults',
      handler: async (ctx) => {
        await apiTokenOf(tokens, ctx.req.headers);
        sendResult(ctx.res, {
          limits: DEFAULT_LIMITS.map((l) => ({
            category: l.category,
            period: l.period,
            maxValue: l.maxValue,
            isEnabled: l.isEnabled,
          })),
        });
      },
    },
    {
      method: 'POST',
      path: '/admin/limits.get',
      handler: async (ctx) => {
        const account = await limitsAccount(ctx);
        const limits = await policy.limits.effectiveLimits(account);
        sendResult(ctx.res, {
          limits: limits.map((l) => ({
            category: l.category,
            period: l.period,
            maxValue: l.maxValue,
            isEnabled: l.isEnabled,
          })),
        });
      },
    },
    {
      method: 'POST',
      path: '/admin/limits.getUsage',
      handler: async (ctx) => {
        const account = await limitsAccount(ctx);
        const usage = await policy.limits.usage(account, policy.now());
        sendResult(ctx.res, {
          usage: usage.map((u) => ({
            category: u.category,
            period: u.period,
            maxValue: u.maxValue,
            isEnabled: u.isEnabled,
            currentUsage: u.currentUsage,
          })),
        });
      },
    },
    {
      method: 'POST',
      path: '/admin/limits.set',
      handler: async (ctx) => {
        const token = await apiTokenOf(tokens, ctx.req.headers);
        const body = parseInput(limitsSetBody, await readJson(ctx.req, limit));
        requireAccess(token, body.accountId);
        await policy.limits.setLimits(body.accountId, body.limits, policy.now());
        sendResult(ctx.res, {});
      },
    },
    {
      method: 'POST',
      path: '/admin/limits.delete',
      handler: async (ctx) => {
        const token = await apiTokenOf(tokens, ctx.req.headers);
        const body = parseInput(limitsDeleteBody, await readJson(ctx.req, limit));
        requireAccess(token, body.accountId);
        await policy.limits.resetLimits(body.accountId, body.limits);
        sendResult(ctx.res, {});
      },
    },
    {
      method: 'POST',
      path: '/admin/limits.resetToDefaults',
      handler: async (ctx) => {
        const account = await limitsAccount(ctx);
        await policy.limits.resetLimits(account);
        sendResult(ctx.res, {});
      },
    },
  ];
}
