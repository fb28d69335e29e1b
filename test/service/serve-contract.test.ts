// The HTTP contract of `linkwright serve` (src/service), once on the embedded SQLite store and once on a
// real PostgreSQL (a fresh database of the run's throwaway cluster, selected by LINKWRIGHT_DATABASE_URL
// as in production), with serve's durable store queue drained by the real WorkerPool (claim, fenced
// account lease, settlement) whose run step is scripted (the browser side has its own tests, and
// serve-replay.test.ts runs real workflows): every endpoint's success and error paths, the token matrix, body limits, the
// 1,000-request burst, signed webhooks with retries, OpenAPI, and no secret in any log line or response.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, createToken, revokeToken } from '../../src/app/service-tokens.ts';
import { startServe, type RunningServe } from '../../src/app/serve.ts';
import { createLogger } from '../../src/log/logger.ts';
import { buildOpenApi } from '../../src/service/openapi.ts';
import { connectBody } from '../../src/service/schemas.ts';
import { SIGNATURE_HEADER, verifyWebhook } from '../../src/service/webhooks.ts';
import {
  scriptedStoreWorkers,
  type ScriptedStoreWorkers,
  type ScriptOutcome,
} from '../support/scripted-store-workers.ts';
import { STORE_KINDS, useStoreEnv } from '../store/store-adapters.ts';
import { z } from 'zod';
import type { ActionResult } from '../../src/engine/types.ts';

const P4 = 'https://www.linkedin.com/in/person4';

let logText = '';
const logStream = new Writable({
  write(chunk: Buffer, _enc, cb) {
    logText += chunk.toString();
    cb();
  },
});
const log = createLogger({ destination: logStream, level: 'debug' });

/** The scripted workers: a completion built from the workflow's own action (see `outcomeFor`). */
function outcomeFor(workflow: unknown): ScriptOutcome {
  const action = (Array.isArray(workflow) ? workflow[0] : workflow) as Record<string, unknown>;
  const type = String(action.actionType);
  if (action.label === 'fail') {
    return {
      status: 'failed' as const,
      failure: { reason: 'linkedinAccountSignedOut', message: 'signed out' },
    };
  }
  const result = (r: Omit<ActionResult, 'actionType'>): ScriptOutcome => ({
    status: 'completed',
    completion: Array.isArray(workflow)
      ? [{ actionType: type, ...r }]
      : { actionType: type, ...(typeof action.label === 'string' ? { label: action.label } : {}), ...r },
  });
  const person = String(action.personUrl ?? '');
  if (person.endsWith('/nobody')) {
    return result({ success: false, error: { type: 'personNotFound', message: 'no such member' } });
  }
  switch (type) {
    case 'st.checkConnectionStatus':
      return result({
        success: true,
        data: { connectionStatus: person.endsWith('/person4') ? 'connected' : 'notConnected' },
      });
    case 'st.sendConnectionRequest':
      return person.endsWith('/person4')
        ? result({ success: false, error: { type: 'alreadyConnected', message: 'already connected' } })
        : result({ success: true });
    case 'st.withdrawConnectionRequest':
      return person.endsWith('/person2')
        ? result({ success: false, error: { type: 'notPending', message: 'no pending invitation' } })
        : result({ success: true });
    case 'st.retrievePendingRequests':
      return result({
        success: true,
        data: [
          {
            name: 'John Doe',
            publicUrl: 'https://www.linkedin.com/in/johndoe',
            headline: 'CTO',
            sentTime: '2 days ago',
            urn: null,
          },
        ],
      });
    case 'st.retrieveInvitations':
      return result({
        success: true,
        data: [
          {
            invitationType: 'connect',
            name: 'Sofia Marquez',
            publicUrl: 'https://www.linkedin.com/in/sofia-marquez',
            urn: null,
            headline: 'Lead',
            note: 'hi',
          },
        ],
      });
    default:
      return result({ success: true });
  }
}

let home: string;
let serve: RunningServe;
let runs: { account: string; workflow: unknown }[];
let url: string;
let alice: string; // identification tokens
let bob: string;
let tokenA: string; // reaches alice (webhook)
let tokenB: string; // reaches bob
let tokenAB: string; // reaches both
let webhookSecret: string;
const secrets: string[] = [];

// The webhook receiver: fails the first two deliveries of each workflow, then accepts.
let receiver: Server;
const deliveries: { headers: IncomingMessage['headers']; body: string }[] = [];
const attemptsByWorkflow = new Map<string, number>();

describe.each(STORE_KINDS)('serve on %s', (kind) => {
  let dropStore: () => Promise<void> = async () => {};
  let workers: ScriptedStoreWorkers | undefined;

  beforeAll(async () => {
    // PostgreSQL: a fresh database of the run's cluster in LINKWRIGHT_DATABASE_URL, which every
    // openStore(home) below (tokens, serve) follows, as `linkwright serve` does.
    dropStore = await useStoreEnv(kind);
    logText = '';
    secrets.length = 0;
    deliveries.length = 0;
    attemptsByWorkflow.clear();
    home = mkdtempSync(join(tmpdir(), 'lw-serve-'));
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        deliveries.push({ headers: req.headers, body });
        const id = (JSON.parse(body) as { data: { workflowId: string } }).data.workflowId;
        const n = (attemptsByWorkflow.get(id) ?? 0) + 1;
        attemptsByWorkflow.set(id, n);
        res.writeHead(n < 3 ? 500 : 204);
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;

    alice = (await addAccount(home, 'alice')).identificationToken;
    bob = (await addAccount(home, 'bob')).identificationToken;
    const a = await createToken(home, { accounts: ['alice'], webhookUrl: hookUrl });
    tokenA = a.token;
    webhookSecret = a.webhookSecret ?? '';
    tokenB = (await createToken(home, { accounts: ['bob'] })).token;
    tokenAB = (await createToken(home, { accounts: ['alice', 'bob'] })).token;
    secrets.push(alice, bob, tokenA, tokenB, tokenAB, webhookSecret);

    serve = await startServe({
      home,
      log,
      port: 0,
      // serve's durable queue on the store, drained by scripted workers through the fenced lease.
      queue: (ctx) => {
        workers = scriptedStoreWorkers(ctx, outcomeFor);
        runs = workers.runs;
        return workers.queue;
      },
      webhooks: { retryDelaysMs: [20, 40, 80, 160] },
      restWaitMs: 30_000,
    });
    url = serve.url;
    // The store serve opened from the environment is the one this block is about.
    expect(serve.store.kind).toBe(kind);
  });

  afterAll(async () => {
    await workers?.stop();
    await serve?.close();
    await new Promise<void>((r) => receiver?.close(() => r()));
    await dropStore();
  });

  const la = (token: string, ident?: string): Record<string, string> => ({
    'content-type': 'application/json',
    'linked-api-token': token,
    ...(ident ? { 'identification-token': ident } : {}),
  });
  const bearer = (token: string): Record<string, string> => ({
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
  });

  async function call(
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: unknown,
  ): Promise<{ status: number; json: Record<string, unknown>; headers: Headers; text: string }> {
    const r = await fetch(`${url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await r.text();
    return { status: r.status, json: JSON.parse(text) as Record<string, unknown>, headers: r.headers, text };
  }

  const CHECK = { actionType: 'st.checkConnectionStatus', personUrl: P4 };

  async function settled(id: string): Promise<Record<string, unknown>> {
    await serve.queue.settled(id, AbortSignal.timeout(30_000));
    const r = await call('GET', `/workflows/${id}`, la(tokenA, alice));
    return r.json.result as Record<string, unknown>;
  }

  describe('Linked API workflows', () => {
    it('POST, GET and DELETE /workflows with the envelope and statuses', async () => {
      const post = await call('POST', '/workflows', la(tokenA, alice), CHECK);
      expect(post.status).toBe(200);
      const result = post.json.result as Record<string, unknown>;
      expect(post.json.success).toBe(true);
      expect(result.workflowId).toEqual(expect.any(String));
      expect(result.workflowStatus).toBe('pending');
      expect(result.pendingReason).toBe('queued');

      const done = await settled(String(result.workflowId));
      expect(done).toEqual({
        workflowId: result.workflowId,
        workflowStatus: 'completed',
        completion: {
          actionType: 'st.checkConnectionStatus',
          success: true,
          data: { connectionStatus: 'connected' },
        },
      });

      const del = await call('DELETE', `/workflows/${String(result.workflowId)}`, la(tokenA, alice));
      expect(del.json).toEqual({ success: true, result: { cancelled: false } });
    });

    it('a failed workflow reports failure { reason, message }', async () => {
      const post = await call('POST', '/workflows', la(tokenA, alice), { ...CHECK, label: 'fail' });
      const id = String((post.json.result as Record<string, unknown>).workflowId);
      expect(await settled(id)).toEqual({
        workflowId: id,
        workflowStatus: 'failed',
        failure: { reason: 'linkedinAccountSignedOut', message: 'signed out' },
      });
    });

    it('invalidWorkflow and invalidRequestPayload before anything is queued', async () => {
      const before = runs.length;
      const bad = await call('POST', '/workflows', la(tokenA, alice), {
        actionType: 'st.sendConnectionRequest',
        personUrl: P4,
        note: 'x'.repeat(301),
      });
      expect(bad.status).toBe(400);
      expect(bad.json).toEqual({
        success: false,
        error: { type: 'invalidWorkflow', message: 'note: at most 300 characters' },
      });
      const malformed = await call('POST', '/workflows', la(tokenA, alice), '{not json');
      expect(malformed.status).toBe(400);
      expect(malformed.json).toMatchObject({ success: false, error: { type: 'invalidRequestPayload' } });
      const wrongType = await call(
        'POST',
        '/workflows',
        { ...la(tokenA, alice), 'content-type': 'text/plain' },
        CHECK,
      );
      expect(wrongType.status).toBe(400);
      expect(wrongType.json).toMatchObject({ error: { type: 'invalidRequestPayload' } });
      const huge = await call('POST', '/workflows', la(tokenA, alice), {
        ...CHECK,
        label: 'x'.repeat(2 * 1024 * 1024),
      });
      expect(huge.status).toBe(400);
      expect(huge.json).toMatchObject({
        error: { type: 'invalidRequestPayload', message: 'the request body exceeds 1048576 bytes' },
      });
      expect(runs.length).toBe(before);
    });

    it("unknown ids are 404 workflowNotFound; another account's workflow is unknown too", async () => {
      const missing = await call('GET', '/workflows/nope', la(tokenA, alice));
      expect(missing.status).toBe(404);
      expect(missing.json).toMatchObject({ success: false, error: { type: 'workflowNotFound' } });
      const bobs = await call('POST', '/workflows', la(tokenB, bob), CHECK);
      const id = String((bobs.json.result as Record<string, unknown>).workflowId);
      expect((await call('GET', `/workflows/${id}`, la(tokenAB, alice))).status).toBe(404);
      expect((await call('DELETE', `/workflows/${id}`, la(tokenAB, alice))).status).toBe(404);
      expect((await call('GET', `/workflows/${id}`, la(tokenAB, bob))).status).toBe(200);
      expect((await call('GET', '/no/such/route')).json).toMatchObject({ error: { type: 'routeNotFound' } });
      expect((await call('PUT', '/workflows')).status).toBe(405);
    });

    it("the token matrix: 401 with the right type, 403 for another token's account", async () => {
      const cases: [Record<string, string>, number, string][] = [
        [{ 'content-type': 'application/json' }, 401, 'linkedApiTokenRequired'],
        [la('lw_wrong', alice), 401, 'invalidLinkedApiToken'],
        [la(tokenA), 401, 'identificationTokenRequired'],
        [la(tokenA, 'lwid_wrong'), 401, 'invalidIdentificationToken'],
        [la(tokenA, bob), 403, 'accountNotAllowed'],
        [la(tokenB, alice), 403, 'accountNotAllowed'],
      ];
      for (const [headers, status, type] of cases) {
        for (const [method, path, body] of [
          ['POST', '/workflows', CHECK],
          ['GET', '/workflows/x', undefined],
          ['DELETE', '/workflows/x', undefined],
          ['POST', '/inbox/poll', {}],
          ['GET', '/account', undefined],
        ] as const) {
          const r = await call(method, path, headers, body);
          expect([method, path, r.status, (r.json.error as { type: string }).type]).toEqual([
            method,
            path,
            status,
            type,
          ]);
        }
      }
      expect((await call('GET', '/account', la(tokenA, alice))).json).toEqual({
        success: true,
        result: { name: 'alice', url: null },
      });
    });

    it('a revoked token stops at once', async () => {
      const t = await createToken(home, { accounts: ['alice'] });
      secrets.push(t.token);
      expect((await call('GET', '/account', la(t.token, alice))).status).toBe(200);
      expect(await revokeToken(home, t.id)).toBe(true);
      expect((await call('GET', '/account', la(t.token, alice))).json).toMatchObject({
        error: { type: 'invalidLinkedApiToken' },
      });
    });
  });

  describe('limits (§4)', () => {
    it('getDefaults, get, set, getUsage, delete, resetToDefaults; another account is 403', async () => {
      const defaults = await call('POST', '/admin/limits.getDefaults', la(tokenA));
      expect((defaults.json.result as { limits: unknown[] }).limits).toContainEqual({
        category: 'stConnectionRequests',
        period: 'daily',
        maxValue: 20,
        isEnabled: true,
      });
      const set = await call('POST', '/admin/limits.set', la(tokenA), {
        accountId: 'alice',
        limits: [{ category: 'stMessages', period: 'daily', maxValue: 7 }],
      });
      expect(set.json).toEqual({ success: true, result: {} });
      const get = await call('POST', '/admin/limits.get', la(tokenA), { accountId: 'alice' });
      expect((get.json.result as { limits: unknown[] }).limits).toContainEqual({
        category: 'stMessages',
        period: 'daily',
        maxValue: 7,
        isEnabled: true,
      });
      const usage = await call('POST', '/admin/limits.getUsage', la(tokenA), { accountId: 'alice' });
      expect((usage.json.result as { usage: unknown[] }).usage).toContainEqual({
        category: 'stMessages',
        period: 'daily',
        maxValue: 7,
        isEnabled: true,
        currentUsage: 0,
      });
      const del = await call('POST', '/admin/limits.delete', la(tokenA), {
        accountId: 'alice',
        limits: [{ category: 'stMessages', period: 'daily' }],
      });
      expect(del.json).toEqual({ success: true, result: {} });
      const after = await call('POST', '/admin/limits.get', la(tokenA), { accountId: 'alice' });
      expect(
        (
          after.json.result as { limits: { category: string; period: string; maxValue: number }[] }
        ).limits.find((l) => l.category === 'stMessages' && l.period === 'daily')?.maxValue,
      ).not.toBe(7);
      expect(
        (await call('POST', '/admin/limits.resetToDefaults', la(tokenA), { accountId: 'alice' })).status,
      ).toBe(200);

      expect((await call('POST', '/admin/limits.get', la(tokenA), { accountId: 'bob' })).json).toMatchObject({
        error: { type: 'accountNotAllowed' },
      });
      expect((await call('POST', '/admin/limits.get', la(tokenA), {})).json).toMatchObject({
        error: { type: 'invalidRequestPayload' },
      });
      expect(
        (
          await call('POST', '/admin/limits.set', la(tokenA), {
            accountId: 'alice',
            limits: [{ category: 'stNope', period: 'daily', maxValue: 1 }],
          })
        ).status,
      ).toBe(400);
      expect((await call('POST', '/admin/limits.getDefaults', {})).json).toMatchObject({
        error: { type: 'linkedApiTokenRequired' },
      });
    });
  });

  describe('polls (§6)', () => {
    it('conversations and inbox read the store; never synced is conversationsNotSynced', async () => {
      const notSynced = await call('POST', '/conversations/poll', la(tokenA, alice), [
        { personUrl: P4, type: 'st' },
      ]);
      expect(notSynced.status).toBe(400);
      expect(notSynced.json).toMatchObject({ success: false, error: { type: 'conversationsNotSynced' } });
      const t0 = new Date('2026-01-01T00:00:00Z');
      await serve.store.upsertConversation({
        account: 'alice',
        key: 'person:person4',
        personUrl: P4,
        now: t0,
      });
      await serve.store.registerConversationSync(
        'alice',
        'person:person4',
        t0,
        new Date('2026-01-31T00:00:00Z'),
      );
      await serve.store.recordMessages(
        'alice',
        'person:person4',
        [{ id: 'm1', sender: 'them', text: 'hi', shownTime: null }],
        new Date('2026-01-02T00:00:00Z'),
      );
      const polled = await call('POST', '/conversations/poll', la(tokenA, alice), [
        { personUrl: P4, type: 'st' },
      ]);
      expect(polled.json).toMatchObject({
        success: true,
        result: [{ personUrl: P4, type: 'st', messages: [{ id: 'm1', sender: 'them', text: 'hi' }] }],
      });
      expect((await call('POST', '/conversations/poll', la(tokenA, alice), [])).status).toBe(400);
      expect(
        (
          await call('POST', '/conversations/poll', la(tokenA, alice), [
            { personUrl: P4, since: 'yesterday' },
          ])
        ).json,
      ).toMatchObject({
        error: { type: 'invalidRequestPayload' },
      });

      // Sales Navigator conversations (nv.syncConversation: `salesnav:<lead id>`) are polled with type nv.
      const LEAD =
        'https://www.linkedin.com/sales/lead/ACwAAFRp004DanaWx0Fx1Fx2Fx3Fx4Fx5Fx6Fx7,NAME_SEARCH,abcd';
      const nvKey = 'salesnav:ACwAAFRp004DanaWx0Fx1Fx2Fx3Fx4Fx5Fx6Fx7';
      expect(
        (await call('POST', '/conversations/poll', la(tokenA, alice), [{ personUrl: LEAD, type: 'nv' }]))
          .json,
      ).toMatchObject({ error: { type: 'conversationsNotSynced' } });
      await serve.store.upsertConversation({ account: 'alice', key: nvKey, personUrl: P4, now: t0 });
      await serve.store.registerConversationSync('alice', nvKey, t0, new Date('2026-01-31T00:00:00Z'));
      await serve.store.recordMessages(
        'alice',
        nvKey,
        [{ id: 'n1', sender: 'us', text: 'hello from Sales Navigator', shownTime: null }],
        new Date('2026-01-02T00:00:00Z'),
      );
      expect(
        (await call('POST', '/conversations/poll', la(tokenA, alice), [{ personUrl: LEAD, type: 'nv' }]))
          .json,
      ).toMatchObject({
        success: true,
        result: [{ type: 'nv', messages: [{ id: 'n1', sender: 'us', text: 'hello from Sales Navigator' }] }],
      });
      // The standard poll of the same person still shows only the standard conversation.
      const st = await call('POST', '/conversations/poll', la(tokenA, alice), [
        { personUrl: P4, type: 'st' },
      ]);
      expect(
        (st.json as { result: { messages: { id: string }[] }[] }).result.flatMap((c) =>
          c.messages.map((m) => m.id),
        ),
      ).toEqual(['m1']);

      expect((await call('POST', '/inbox/poll', la(tokenA, alice), {})).json).toMatchObject({
        error: { type: 'conversationsNotSynced' },
      });
      await serve.store.registerInboxSync('alice', t0);
      expect((await call('POST', '/inbox/poll', la(tokenA, alice), {})).json).toEqual({
        success: true,
        result: { messages: [] },
      });
      // the Sales Navigator inbox has its own sync (nv.syncInbox)
      expect((await call('POST', '/inbox/poll', la(tokenA, alice), { type: 'nv' })).json).toMatchObject({
        error: { type: 'conversationsNotSynced' },
      });
      await serve.store.registerInboxSync('alice', t0, 'nv');
      expect((await call('POST', '/inbox/poll', la(tokenA, alice), { type: 'nv' })).json).toEqual({
        success: true,
        result: { messages: [] },
      });
      expect((await call('POST', '/inbox/poll', la(tokenA, alice), { extra: 1 })).status).toBe(400);
    });

    it('the network poll reads what st.syncNetwork stored; never synced is networkNotSynced', async () => {
      const notSynced = await call('POST', '/network/poll', la(tokenA, alice), {});
      expect(notSynced.status).toBe(400);
      expect(notSynced.json).toMatchObject({ success: false, error: { type: 'networkNotSynced' } });
      const t0 = new Date('2026-01-01T00:00:00Z');
      const t1 = new Date('2026-01-02T00:00:00Z');
      await serve.store.registerNetworkSync('alice', t0);
      const p4 = { person: 'person4', personUrl: P4, personUrn: null };
      await serve.store.recordNetworkSync('alice', { sent: [p4], received: [], connections: [] }, [], t0);
      await serve.store.recordNetworkSync(
        'alice',
        { sent: [], received: [], connections: [p4] },
        [{ id: 'accepted-person4', type: 'connectionAccepted', ...p4 }],
        t1,
      );
      const polled = await call('POST', '/network/poll', la(tokenA, alice), {});
      expect(polled.json).toMatchObject({
        success: true,
        result: { events: [{ type: 'connectionAccepted', personUrl: P4 }] },
      });
      const later = await call('POST', '/network/poll', la(tokenA, alice), {
        since: '2026-01-03T00:00:00Z',
      });
      expect(later.json).toEqual({ success: true, result: { events: [] } });
      const wrongType = await call('POST', '/network/poll', la(tokenA, alice), { type: 'somethingElse' });
      expect(wrongType.json).toMatchObject({ error: { type: 'invalidRequestPayload' } });
    });
  });

  describe('ConnectSafely-style REST', () => {
    const rateHeaders = (h: Headers) => ({
      action: h.get('x-ratelimit-action'),
      limit: h.get('x-ratelimit-limit'),
      used: h.get('x-ratelimit-used'),
      remaining: h.get('x-ratelimit-remaining'),
      reset: h.get('x-ratelimit-reset'),
    });

    it('connect: 200 with X-RateLimit-* headers; 400 already connected; 404 unknown person; 400 bad input', async () => {
      const ok = await call('POST', '/linkedin/connect', bearer(tokenA), {
        profileId: 'person2',
        customMessage: 'Hi',
      });
      expect(ok.status).toBe(200);
      expect(ok.json).toMatchObject({
        success: true,
        accountId: 'alice',
        profileUrl: 'https://www.linkedin.com/in/person2',
      });
      expect(rateHeaders(ok.headers)).toEqual({
        action: 'CONNECT',
        limit: expect.stringMatching(/^\d+$/),
        used: expect.stringMatching(/^\d+$/),
        remaining: expect.stringMatching(/^\d+$/),
        reset: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      });
      expect(runs.at(-1)).toEqual({
        account: 'alice',
        workflow: {
          actionType: 'st.sendConnectionRequest',
          personUrl: 'https://www.linkedin.com/in/person2',
          note: 'Hi',
        },
      });
      const urn = await call('POST', '/linkedin/connect', bearer(tokenA), {
        profileUrn: 'urn:li:fsd_profile:ACoAAB1234567890abc',
      });
      expect(urn.status).toBe(200);
      expect((runs.at(-1)?.workflow as { personUrl: string }).personUrl).toBe(
        'https://www.linkedin.com/in/ACoAAB1234567890abc',
      );

      const already = await call('POST', '/linkedin/connect', bearer(tokenA), { profileId: 'person4' });
      expect(already.status).toBe(400);
      expect(already.json).toEqual({ success: false, code: 'alreadyConnected', error: 'already connected' });
      expect(already.headers.get('x-ratelimit-action')).toBe('CONNECT');
      const nobody = await call('POST', '/linkedin/connect', bearer(tokenA), { profileId: 'nobody' });
      expect(nobody.status).toBe(404);
      expect((await call('POST', '/linkedin/connect', bearer(tokenA), {})).status).toBe(400);
      expect(
        (
          await call('POST', '/linkedin/connect', bearer(tokenA), {
            profileId: 'x',
            customMessage: 'y'.repeat(301),
          })
        ).status,
      ).toBe(400);
    });

    it('auth: 401 without or with a wrong Bearer token; 403 for an account the token does not reach', async () => {
      const none = await call(
        'POST',
        '/linkedin/connect',
        { 'content-type': 'application/json' },
        { profileId: 'person2' },
      );
      expect(none.status).toBe(401);
      expect(none.json).toMatchObject({ error: { type: 'linkedApiTokenRequired' } });
      expect(
        (await call('POST', '/linkedin/connect', bearer('lw_wrong'), { profileId: 'person2' })).status,
      ).toBe(401);
      const other = await call('POST', '/linkedin/connect', bearer(tokenA), {
        accountId: 'bob',
        profileId: 'person2',
      });
      expect(other.status).toBe(403);
      expect(other.json).toMatchObject({ error: { type: 'accountNotAllowed' } });
      expect((await call('GET', '/linkedin/invitations/sent?accountId=bob', bearer(tokenA))).status).toBe(
        403,
      );
      expect((await call('GET', '/linkedin/relationship/bob/person4', bearer(tokenA))).status).toBe(403);
    });

    it('withdraw, invitations sent/received, respond, relationship', async () => {
      const w = await call('POST', '/linkedin/invitations/withdraw', bearer(tokenA), {
        profileId: 'johndoe',
      });
      expect(w.status).toBe(200);
      expect(runs.at(-1)?.workflow).toEqual({
        actionType: 'st.withdrawConnectionRequest',
        personUrl: 'https://www.linkedin.com/in/johndoe',
        unfollow: false,
      });
      const notPending = await call('POST', '/linkedin/invitations/withdraw', bearer(tokenA), {
        profileId: 'person2',
      });
      expect(notPending.status).toBe(400);
      expect(notPending.json).toMatchObject({ code: 'notPending' });

      const sent = await call('GET', '/linkedin/invitations/sent', bearer(tokenA));
      expect(sent.json).toEqual({
        success: true,
        accountId: 'alice',
        count: 1,
        startIndex: 0,
        invitations: [
          {
            invitationType: 'SENT',
            memberUrn: null,
            sentAt: '2 days ago',
            profile: {
              firstName: 'John',
              lastName: 'Doe',
              headline: 'CTO',
              profileUrl: 'https://www.linkedin.com/in/johndoe',
              publicIdentifier: 'johndoe',
            },
          },
        ],
      });
      const received = await call('GET', '/linkedin/invitations/received?accountId=alice', bearer(tokenAB));
      expect(received.json).toMatchObject({
        success: true,
        accountId: 'alice',
        invitations: [
          {
            invitationType: 'RECEIVED',
            invitationCategory: 'CONNECTION',
            note: 'hi',
            profile: { publicIdentifier: 'sofia-marquez' },
          },
        ],
      });
      expect((await call('GET', '/linkedin/invitations/received?startIndex=x', bearer(tokenA))).status).toBe(
        400,
      );

      const respond = await call('POST', '/linkedin/invitations/received/respond', bearer(tokenA), {
        action: 'accept',
        profileId: 'sofia-marquez',
        invitationId: '7391000000000000031',
      });
      expect(respond.json).toMatchObject({ success: true, message: 'Invitation accepted' });
      expect(runs.at(-1)?.workflow).toEqual({
        actionType: 'st.acceptInvitation',
        invitationType: 'connect',
        personUrl: 'https://www.linkedin.com/in/sofia-marquez',
      });
      expect(
        (await call('POST', '/linkedin/invitations/received/respond', bearer(tokenA), { action: 'maybe' }))
          .status,
      ).toBe(400);

      const rel = await call('GET', '/linkedin/relationship/person4', bearer(tokenA));
      expect(rel.status).toBe(200);
      expect(rel.json).toMatchObject({
        success: true,
        connected: true,
        status: 'CONNECTED',
        accountId: 'alice',
      });
      expect(rel.headers.get('x-ratelimit-action')).toBe('PROFILE_VIEW');
      const relB = await call('GET', '/linkedin/relationship/bob/person3', bearer(tokenB));
      expect(relB.json).toMatchObject({ connected: false, status: 'NOT_CONNECTED', accountId: 'bob' });
      const missing = await call('GET', '/linkedin/relationship/nobody', bearer(tokenA));
      expect(missing.status).toBe(404);
      expect(missing.json).toMatchObject({ success: false, code: 'personNotFound' });
    });

    it('429 with weeklyReset when a limit is used up, and holdUntil when LinkedIn holds the account', async () => {
      const before = runs.length;
      await call('POST', '/admin/limits.set', la(tokenB), {
        accountId: 'bob',
        limits: [{ category: 'stConnectionRequests', period: 'daily', maxValue: 0 }],
      });
      const limited = await call('POST', '/linkedin/connect', bearer(tokenB), { profileId: 'person2' });
      expect(limited.status).toBe(429);
      expect(limited.json).toMatchObject({
        success: false,
        code: 'tooManyRequests',
        error: expect.stringContaining('Rate limit exceeded for CONNECT: 0/0 used'),
        weeklyReset: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/),
      });
      expect(limited.json.holdUntil).toBeUndefined();
      expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
      await call('POST', '/admin/limits.resetToDefaults', la(tokenB), { accountId: 'bob' });

      const until = new Date(Date.now() + 3 * 86_400_000);
      await serve.store.placeHold({
        account: 'bob',
        kind: 'weeklyInvitationLimit',
        until,
        placedAt: new Date(),
        reason: null,
      });
      const held = await call('POST', '/linkedin/connect', bearer(tokenB), { profileId: 'person2' });
      expect(held.status).toBe(429);
      expect(held.json).toMatchObject({ holdUntil: until.toISOString(), weeklyReset: expect.any(String) });
      // Relationship checks are not held by the invitation limit.
      expect((await call('GET', '/linkedin/relationship/person4', bearer(tokenB))).status).toBe(200);
      await serve.store.clearHold('bob', 'weeklyInvitationLimit');
      expect(runs.length).toBe(before + 1);
    });
  });

  describe('webhooks', () => {
    it('POSTs a signed workflow.completed, retried with backoff until the receiver accepts', async () => {
      const post = await call('POST', '/workflows', la(tokenA, alice), { ...CHECK, label: 'hook' });
      const id = String((post.json.result as Record<string, unknown>).workflowId);
      await serve.queue.settled(id);
      await serve.webhooks.idle();
      const mine = deliveries.filter(
        (d) => (JSON.parse(d.body) as { data: { workflowId: string } }).data.workflowId === id,
      );
      expect(mine).toHaveLength(3);
      for (const d of mine) {
        const sig = String(d.headers[SIGNATURE_HEADER]);
        expect(verifyWebhook(webhookSecret, sig, d.body, Math.floor(Date.now() / 1000))).toBe(true);
        expect(verifyWebhook('whsec_other', sig, d.body, Math.floor(Date.now() / 1000))).toBe(false);
        expect(
          verifyWebhook(webhookSecret, sig, d.body.replace('hook', 'hack'), Math.floor(Date.now() / 1000)),
        ).toBe(false);
        expect(d.body).not.toContain(webhookSecret);
      }
      expect(JSON.parse(mine[0]?.body ?? '{}')).toMatchObject({
        type: 'workflow.completed',
        data: {
          workflowId: id,
          accountId: 'alice',
          status: 'completed',
          result: { actionType: 'st.checkConnectionStatus', label: 'hook', success: true },
        },
      });
      // Tokens without a webhook send nothing.
      const b = await call('POST', '/workflows', la(tokenB, bob), CHECK);
      await serve.queue.settled(String((b.json.result as Record<string, unknown>).workflowId));
      await serve.webhooks.idle();
      expect(deliveries.every((d) => !d.body.includes('"accountId":"bob"'))).toBe(true);
    });
  });

  describe('abuse', () => {
    it('a burst of 1,000 requests is answered, and every accepted workflow runs exactly once', async () => {
      const before = runs.length;
      const requests: Promise<{ status: number; id?: string; label?: string }>[] = [];
      for (let i = 0; i < 1000; i++) {
        const kind = i % 5;
        const label = `burst-${i}`;
        requests.push(
          (async () => {
            const r =
              kind === 0 || kind === 1
                ? await fetch(`${url}/workflows`, {
                    method: 'POST',
                    headers: la(i % 2 === 0 ? tokenA : tokenAB, i % 2 === 0 ? alice : bob),
                    body: JSON.stringify({ ...CHECK, label }),
                  })
                : kind === 2
                  ? await fetch(`${url}/health`)
                  : kind === 3
                    ? await fetch(`${url}/workflows/${label}`, { headers: la(tokenA, alice) })
                    : await fetch(`${url}/workflows`, {
                        method: 'POST',
                        headers: la('lw_bad', alice),
                        body: '{}',
                      });
            const j = (await r.json()) as { result?: { workflowId?: string } };
            return { status: r.status, ...(j.result?.workflowId ? { id: j.result.workflowId, label } : {}) };
          })(),
        );
      }
      const answers = await Promise.all(requests);
      expect(answers).toHaveLength(1000);
      const byStatus = new Map<number, number>();
      for (const a of answers) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
      expect(Object.fromEntries(byStatus)).toEqual({ 200: 600, 404: 200, 401: 200 });
      const accepted = answers.filter((a) => a.id);
      expect(accepted).toHaveLength(400);
      for (const a of accepted) expect((await serve.queue.settled(a.id ?? '')).status).toBe('completed');
      const labels = runs.slice(before).map((r) => (r.workflow as { label: string }).label);
      expect(labels.sort()).toEqual(accepted.map((a) => a.label).sort());
    });

    it('never writes a secret to a log line or a response', async () => {
      await serve.webhooks.idle();
      expect(logText.length).toBeGreaterThan(0);
      for (const s of secrets) expect(logText).not.toContain(s);
      const tokensList = await call('POST', '/admin/limits.getDefaults', la(tokenA));
      for (const s of secrets) expect(tokensList.text).not.toContain(s);
    });
  });

  describe('OpenAPI and health', () => {
    it("GET /openapi.json is OpenAPI 3.1 built from the routes' zod schemas; every $ref resolves", async () => {
      const r = await call('GET', '/openapi.json');
      expect(r.status).toBe(200);
      const doc = r.json as {
        openapi: string;
        paths: Record<string, Record<string, unknown>>;
        components: { schemas: Record<string, unknown> };
      };
      expect(doc.openapi).toBe('3.1.0');
      expect(doc).toEqual(JSON.parse(JSON.stringify(buildOpenApi('0.0.0'))));
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/workflows',
          '/workflows/{workflowId}',
          '/conversations/poll',
          '/inbox/poll',
          '/network/poll',
          '/admin/limits.get',
          '/linkedin/connect',
          '/linkedin/invitations/withdraw',
          '/linkedin/invitations/sent',
          '/linkedin/invitations/received',
          '/linkedin/invitations/received/respond',
          '/linkedin/relationship/{profileId}',
          '/health',
        ]),
      );
      const connect = doc.paths['/linkedin/connect']?.post as {
        requestBody: { content: { 'application/json': { schema: unknown } } };
      };
      const expected = z.toJSONSchema(connectBody, { target: 'draft-2020-12', io: 'input' }) as Record<
        string,
        unknown
      >;
      delete expected.$schema;
      expect(connect.requestBody.content['application/json'].schema).toEqual(expected);
      const refs: string[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          for (const [k, x] of Object.entries(v)) {
            if (k === '$ref' && typeof x === 'string') refs.push(x);
            else walk(x);
          }
        }
      };
      walk(doc);
      expect(refs.length).toBeGreaterThan(10);
      for (const ref of refs) {
        expect(ref.startsWith('#/components/schemas/')).toBe(true);
        expect(doc.components.schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
      }
    });

    it('GET /health', async () => {
      expect((await call('GET', '/health')).json).toMatchObject({ success: true, result: { status: 'ok' } });
    });
  });
});
