// ConnectSafely-style REST for the connection family (peers-and-limits.md §1): `Authorization: Bearer`,
// `accountId` optional (the token's first account by default), synchronous answers. Each call becomes a
// one-action workflow submitted through the queue and waited for (bounded), so it shares the workers,
// limits, holds and journal of every other workflow. Errors: `{ success:false, error, code }` with
// 400/401/403/404/429; 429 adds `weeklyReset` and, for a LinkedIn hold, `holdUntil`.
import type { ServerResponse } from 'node:http';
import type { LimitCategory } from '../engine/policy/limit-catalog.ts';
import { nextWeeklyReset } from '../engine/policy/periods.ts';
import type { ApiTokenRecord } from '../store/store.ts';
import { ApiFailure } from './api-error.ts';
import { DEFAULT_BODY_LIMIT_BYTES, readJson, sendJson } from './http-io.ts';
import { parseInput, queryObject } from './parse-input.ts';
import { rateLimitHeaders, stopFor, type Stop } from './rate-limit.ts';
import type { Route, RouteContext } from './router.ts';
import { accountQuery, connectBody, respondBody, withdrawBody } from './schemas.ts';
import type { ServiceDeps } from './service-deps.ts';
import { apiTokenOf, requireAccess } from './token-auth.ts';

const LINKEDIN = 'https://www.linkedin.com';
const DEFAULT_REST_WAIT_MS = 120_000;

/** Action error types that mean "no such person" (404); every other action error is a 400. */
const NOT_FOUND = new Set(['personNotFound', 'invitationNotFound', 'companyNotFound']);

export function personUrlOf(p: { profileId?: string | undefined; profileUrn?: string | undefined }): string {
  const id = p.profileUrn ? p.profileUrn.slice('urn:li:fsd_profile:'.length) : p.profileId;
  if (!id) throw new ApiFailure('invalidRequestPayload', 'profileId or profileUrn is required');
  const slug = id.replace(/^https?:\/\/[^/]+\/in\//, '').replace(/\/+$/, '');
  if (slug === '' || slug.includes('/'))
    throw new ApiFailure('invalidRequestPayload', 'profileId: not a profile id');
  return `${LINKEDIN}/in/${encodeURIComponent(slug)}`;
}

interface ActionResultShape {
  success: boolean;
  data?: unknown;
  error?: { type: string; message: string };
}

type Answer = { kind: 'done'; result: ActionResultShape } | { kind: 'pending'; workflowId: string };

export function linkedinRoutes(deps: ServiceDeps): Route[] {
  const limit = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const waitMs = deps.restWaitMs ?? DEFAULT_REST_WAIT_MS;
  const { policy, queue, tokens } = deps;

  function accountFor(token: ApiTokenRecord, accountId: string | undefined): string {
    const account = accountId ?? token.accounts[0];
    if (!account) throw new ApiFailure('accountNotFound', 'this API token reaches no account');
    requireAccess(token, account);
    return account;
  }

  async function send(
    res: ServerResponse,
    account: string,
    category: LimitCategory,
    status: number,
    body: Record<string, unknown>,
  ): Promise<void> {
    sendJson(res, status, body, await rateLimitHeaders(policy, account, category));
  }

  async function tooMany(
    res: ServerResponse,
    account: string,
    category: LimitCategory,
    stop: Stop,
  ): Promise<void> {
    await send(res, account, category, 429, {
      success: false,
      code: 'tooManyRequests',
      error: stop.message,
      ...(stop.holdUntil ? { holdUntil: stop.holdUntil } : {}),
      weeklyReset: stop.weeklyReset,
    });
  }

  /** Submits one action and waits (bounded) for its result. */
  async function runOne(
    token: ApiTokenRecord,
    account: string,
    action: Record<string, unknown>,
  ): Promise<Answer> {
    const r = await queue.submit({ account, text: JSON.stringify(action), tokenId: token.id });
    if (!r.ok) throw new ApiFailure('invalidRequestPayload', r.error.message);
    const id = r.workflow.workflowId;
    let w;
    try {
      w = await queue.settled(id, AbortSignal.timeout(waitMs));
    } catch {
      return { kind: 'pending', workflowId: id };
    }
    if (w.status === 'failed') {
      const reason = w.failure?.reason ?? 'unexpectedError';
      throw new ApiFailure('serviceUnavailable', `${reason}: ${w.failure?.message ?? 'the workflow failed'}`);
    }
    const c: unknown = Array.isArray(w.completion) ? w.completion[0] : w.completion;
    if (!c || typeof c !== 'object')
      throw new ApiFailure('unexpectedError', 'the workflow returned no result');
    return { kind: 'done', result: c as ActionResultShape };
  }

  /**
   * The common path of every route: stop early on a hold or a used-up limit, run the action, and turn
   * its result into ConnectSafely's status codes. `ok` shapes the 200 body from the action's data.
   */
  async function perform(
    ctx: RouteContext,
    token: ApiTokenRecord,
    account: string,
    category: LimitCategory,
    action: Record<string, unknown>,
    ok: (data: unknown) => Record<string, unknown>,
  ): Promise<void> {
    const { actionType, ...params } = action;
    const stop = await stopFor(policy, account, String(actionType), params);
    if (stop) return tooMany(ctx.res, account, category, stop);
    const answer = await runOne(token, account, action);
    if (answer.kind === 'pending') {
      return send(ctx.res, account, category, 202, {
        success: true,
        pending: true,
        workflowId: answer.workflowId,
        message: 'still running; read the result with GET /workflows/{workflowId}',
      });
    }
    const { result } = answer;
    if (result.success)
      return send(ctx.res, account, category, 200, { success: true, ...ok(result.data), accountId: account });
    const err = result.error ?? { type: 'unexpectedError', message: 'the action failed' };
    if (
      err.type === 'limitExceeded' ||
      err.type === 'requestNotAllowed' ||
      err.type === 'noteLimitExceeded'
    ) {
      // Refused by a limit or a hold LinkedIn just showed: the same answer as the early stop.
      const now = await stopFor(policy, account, String(actionType), params);
      if (now || err.type === 'limitExceeded') {
        return tooMany(
          ctx.res,
          account,
          category,
          now ?? { message: err.message, weeklyReset: nextWeeklyReset(policy.now()).toISOString() },
        );
      }
    }
    const status = NOT_FOUND.has(err.type) ? 404 : err.type === 'unexpectedError' ? 500 : 400;
    return send(ctx.res, account, category, status, { success: false, code: err.type, error: err.message });
  }

  async function bodyOf<T>(
    ctx: RouteContext,
    parse: (raw: unknown) => T,
  ): Promise<{ token: ApiTokenRecord; body: T }> {
    const token = await apiTokenOf(tokens, ctx.req.headers);
    return { token, body: parse((await readJson(ctx.req, limit)) ?? {}) };
  }

  async function relationship(ctx: RouteContext, accountId: string | undefined): Promise<void> {
    const token = await apiTokenOf(tokens, ctx.req.headers);
    const account = accountFor(token, accountId);
    const profileId = ctx.params.profileId ?? '';
    const personUrl = personUrlOf({ profileId });
    await perform(
      ctx,
      token,
      account,
      'stPersonProfileViews',
      { actionType: 'st.checkConnectionStatus', personUrl },
      (data) => {
        const status = (data as { connectionStatus?: string } | undefined)?.connectionStatus;
        return {
          connected: status === 'connected',
          invitationSent: status === 'pending',
          invitationReceived: status === 'incoming',
          status: status === 'connected' ? 'CONNECTED' : status === 'pending' ? 'PENDING' : 'NOT_CONNECTED',
          profileId,
          profileUrn: null,
        };
      },
    );
  }

  return [
    {
      method: 'POST',
      path: '/linkedin/connect',
      handler: async (ctx) => {
        const { token, body } = await bodyOf(ctx, (raw) => parseInput(connectBody, raw));
        const account = accountFor(token, body.accountId);
        const personUrl = personUrlOf(body);
        const note = body.customMessage ?? body.message;
        const action = {
          actionType: 'st.sendConnectionRequest',
          personUrl,
          ...(note ? { note } : {}),
          ...(body.email ? { email: body.email } : {}),
        };
        await perform(ctx, token, account, 'stConnectionRequests', action, () => ({
          message: 'Connection request sent',
          profileUrl: personUrl,
          timestamp: policy.now().toISOString(),
        }));
      },
    },
    {
      method: 'POST',
      path: '/linkedin/invitations/withdraw',
      handler: async (ctx) => {
        const { token, body } = await bodyOf(ctx, (raw) => parseInput(withdrawBody, raw));
        const account = accountFor(token, body.accountId);
        const personUrl = personUrlOf(body);
        // ConnectSafely's withdraw does not unfollow.
        const action = { actionType: 'st.withdrawConnectionRequest', personUrl, unfollow: false };
        await perform(ctx, token, account, 'stConnectionRequests', action, () => ({
          message: 'Invitation withdrawn',
          profileUrl: personUrl,
        }));
      },
    },
    {
      method: 'GET',
      path: '/linkedin/invitations/sent',
      handler: async (ctx) => {
        const token = await apiTokenOf(tokens, ctx.req.headers);
        const q = parseInput(accountQuery, queryObject(ctx.query));
        const account = accountFor(token, q.accountId);
        const startIndex = Number(q.startIndex ?? '0');
        await perform(
          ctx,
          token,
          account,
          'stConnectionRequests',
          { actionType: 'st.retrievePendingRequests' },
          (data) => {
            const all = Array.isArray(data) ? (data as Record<string, unknown>[]) : [];
            const invitations = all.slice(startIndex).map((i) => sentInvitation(i));
            return { invitations, count: invitations.length, startIndex };
          },
        );
      },
    },
    {
      method: 'GET',
      path: '/linkedin/invitations/received',
      handler: async (ctx) => {
        const token = await apiTokenOf(tokens, ctx.req.headers);
        const q = parseInput(accountQuery, queryObject(ctx.query));
        const account = accountFor(token, q.accountId);
        const startIndex = Number(q.startIndex ?? '0');
        await perform(
          ctx,
          token,
          account,
          'stConnectionRequests',
          { actionType: 'st.retrieveInvitations' },
          (data) => {
            const all = Array.isArray(data) ? (data as Record<string, unknown>[]) : [];
            const invitations = all.slice(startIndex).map((i) => receivedInvitation(i));
            return { invitations, count: invitations.length, startIndex };
          },
        );
      },
    },
    {
      method: 'POST',
      path: '/linkedin/invitations/received/respond',
      handler: async (ctx) => {
        const { token, body } = await bodyOf(ctx, (raw) => parseInput(respondBody, raw));
        const account = accountFor(token, body.accountId);
        const actionType = body.action === 'accept' ? 'st.acceptInvitation' : 'st.ignoreInvitation';
        let target: Record<string, unknown>;
        if (body.invitationCategory === 'ORGANIZATION') {
          if (!body.companyUrl)
            throw new ApiFailure('invalidRequestPayload', 'companyUrl is required for ORGANIZATION');
          target = { invitationType: 'companyFollow', companyUrl: body.companyUrl };
        } else if (body.invitationCategory === 'NEWSLETTER') {
          if (!body.newsletterUrl)
            throw new ApiFailure('invalidRequestPayload', 'newsletterUrl is required for NEWSLETTER');
          target = { invitationType: 'newsletterSubscribe', newsletterUrl: body.newsletterUrl };
        } else {
          target = { invitationType: 'connect', personUrl: personUrlOf(body) };
        }
        await perform(ctx, token, account, 'stConnectionRequests', { actionType, ...target }, () => ({
          message: body.action === 'accept' ? 'Invitation accepted' : 'Invitation ignored',
        }));
      },
    },
    {
      method: 'GET',
      path: '/linkedin/relationship/:profileId',
      handler: async (ctx) => {
        const q = parseInput(accountQuery, queryObject(ctx.query));
        await relationship(ctx, q.accountId);
      },
    },
    {
      method: 'GET',
      path: '/linkedin/relationship/:accountId/:profileId',
      handler: async (ctx) => relationship(ctx, ctx.params.accountId),
    },
  ];
}

function splitName(name: unknown): { firstName: string | null; lastName: string | null } {
  if (typeof name !== 'string' || name.trim() === '') return { firstName: null, lastName: null };
  const [first, ...rest] = name.trim().split(/\s+/);
  return { firstName: first ?? null, lastName: rest.length > 0 ? rest.join(' ') : null };
}

function publicIdOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const m = /\/in\/([^/?#]+)/.exec(url);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

function sentInvitation(i: Record<string, unknown>): Record<string, unknown> {
  return {
    invitationType: 'SENT',
    memberUrn: i.urn ?? null,
    sentAt: i.sentTime ?? null,
    profile: {
      ...splitName(i.name),
      headline: i.headline ?? null,
      profileUrl: i.publicUrl ?? null,
      publicIdentifier: publicIdOf(i.publicUrl),
    },
  };
}

const CATEGORY: Record<string, string> = {
  connect: 'CONNECTION',
  companyFollow: 'ORGANIZATION',
  newsletterSubscribe: 'NEWSLETTER',
};

function receivedInvitation(i: Record<string, unknown>): Record<string, unknown> {
  return {
    invitationType: 'RECEIVED',
    invitationCategory: CATEGORY[String(i.invitationType)] ?? 'CONNECTION',
    memberUrn: i.urn ?? null,
    ...(i.companyName ? { companyName: i.companyName, companyUrl: i.companyUrl ?? null } : {}),
    ...(i.newsletterName ? { newsletterName: i.newsletterName, newsletterUrl: i.newsletterUrl ?? null } : {}),
    note: i.note ?? null,
    profile: {
      ...splitName(i.name),
      headline: i.headline ?? null,
      profileUrl: i.publicUrl ?? null,
      publicIdentifier: publicIdOf(i.publicUrl),
    },
  };
}
