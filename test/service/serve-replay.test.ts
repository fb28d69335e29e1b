// `serve` end to end against the recorded LinkedIn: Linked API's own Node SDK (@linkedapi/node, only its
// `baseUrl` changed) runs its connection operations unchanged, and the ConnectSafely-style REST routes
// run real one-action workflows. Each workflow goes through the durable store queue and an in-process
// worker with a warm Chromium, as `serve` runs them; the fixture server's effects show exactly what
// happened on "LinkedIn". serve starts once on the SQLite store and once on PostgreSQL
// (LINKWRIGHT_DATABASE_URL, as `linkwright serve` reads it). The SDK's operations run on SQLite and the
// REST connection flow on PostgreSQL, each once: nothing in them depends on the store beyond serve's
// queue, whose contract serve-contract.test.ts checks on both, and each is a long chain of real
// Chromium actions (CPU-bound on two cores). The weekly-limit hold and the webhooks from a worker
// process (which shares the store with serve) run on both.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkedApi } from '@linkedapi/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayServer, type ReplayServer } from '../../fixtures/replay/http-server.ts';
import { startServe, type RunningServe } from '../../src/app/serve.ts';
import { addAccount, createToken } from '../../src/app/service-tokens.ts';
import { createLogger } from '../../src/log/logger.ts';
import { createWorker, type Worker } from '../../src/app/create-worker.ts';
import { STORE_KINDS, useStoreEnv, type StoreKind } from '../store/store-adapters.ts';
import { SIGNATURE_HEADER, verifyWebhook } from '../../src/service/webhooks.ts';
import { createServer } from 'node:http';
import { openStore } from '../../src/store/index.ts';

const PERSON = (slug: string) => `https://www.linkedin.com/in/${slug}`;

let replay: ReplayServer;
let serve: RunningServe;
let token: string;
let identificationToken: string;
let worker: Worker | undefined;

// One recorded LinkedIn for both stores; each store's block starts from the scenario's initial state.
beforeAll(async () => {
  replay = await startReplayServer({ scenario: 'received-invitations' });
}, 120_000);

afterAll(async () => {
  await replay?.close();
});

async function effects(): Promise<Record<string, unknown>[]> {
  return (await (await fetch(`${replay.url}/__linkwright/effects`)).json()) as Record<string, unknown>[];
}

const SDK_STORE: StoreKind = 'sqlite';
const REST_FLOW_STORE: StoreKind = 'postgres';

describe.each(STORE_KINDS)('serve on %s', (kind) => {
  let dropStore: () => Promise<void> = async () => {};
  let home: string;

  beforeAll(async () => {
    const reset = await fetch(`${replay.url}/__linkwright/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: 'received-invitations' }),
    });
    expect(reset.ok).toBe(true);
    // PostgreSQL: a fresh database in LINKWRIGHT_DATABASE_URL, which serve and the tokens follow.
    dropStore = await useStoreEnv(kind);
    home = mkdtempSync(join(tmpdir(), 'lw-serve-replay-'));
    identificationToken = (await addAccount(home, 'me')).identificationToken;
    token = (await createToken(home, { accounts: ['me'] })).token;
    const log = createLogger({ level: 'warn', pretty: false });
    serve = await startServe({
      home,
      log,
      port: 0,
      // What `linkwright serve` runs: the durable store queue drained by an in-process warm worker.
      queue: ({ store, log: l }) =>
        (worker = createWorker({ home, origin: replay.url, log: l, store, pollMs: 100 })).queue,
      restWaitMs: 150_000,
    });
    expect(serve.store.kind).toBe(kind);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await serve?.close();
    await dropStore();
  });

  if (kind === SDK_STORE)
    describe('Linked API SDK against serve', () => {
      it(
        'runs the connection operations unchanged against the recorded LinkedIn',
        { timeout: 600_000 },
        async () => {
          const linkedapi = new LinkedApi({
            linkedApiToken: token,
            identificationToken,
            baseUrl: serve.url,
          });
          const poll = { pollInterval: 250, timeout: 180_000 };

          const statusId = await linkedapi.checkConnectionStatus.execute({ personUrl: PERSON('person4') });
          expect(await linkedapi.checkConnectionStatus.result(statusId, poll)).toEqual({
            data: { connectionStatus: 'connected' },
            errors: [],
          });

          const sendId = await linkedapi.sendConnectionRequest.execute({ personUrl: PERSON('person2') });
          expect(await linkedapi.sendConnectionRequest.result(sendId, poll)).toEqual({
            data: undefined,
            errors: [],
          });

          const pendingId = await linkedapi.retrievePendingRequests.execute();
          const pending = await linkedapi.retrievePendingRequests.result(pendingId, poll);
          expect(pending.errors).toEqual([]);
          expect((pending.data ?? []).map((p) => p.publicUrl)).toContain(PERSON('person2'));

          const withdrawId = await linkedapi.withdrawConnectionRequest.execute({
            personUrl: PERSON('person2'),
            unfollow: true,
          });
          expect(await linkedapi.withdrawConnectionRequest.result(withdrawId, poll)).toEqual({
            data: undefined,
            errors: [],
          });

          const againId = await linkedapi.sendConnectionRequest.execute({ personUrl: PERSON('person4') });
          const again = await linkedapi.sendConnectionRequest.result(againId, poll);
          expect(again.errors.map((e) => e.type)).toEqual(['alreadyConnected']);

          // Request-level errors reach the SDK as LinkedApiError with Linked API's types.
          const wrong = new LinkedApi({
            linkedApiToken: 'lw_wrong',
            identificationToken,
            baseUrl: serve.url,
          });
          await expect(
            wrong.checkConnectionStatus.execute({ personUrl: PERSON('person4') }),
          ).rejects.toMatchObject({
            type: 'invalidLinkedApiToken',
          });
          await expect(
            linkedapi.sendConnectionRequest.execute({ personUrl: PERSON('person2'), note: 'x'.repeat(301) }),
          ).rejects.toMatchObject({ type: 'invalidWorkflow' });

          expect(await effects()).toEqual([
            { type: 'invitation', person: 'person2' },
            { type: 'withdrawal', person: 'person2' },
            { type: 'unfollow', person: 'person2' },
          ]);
        },
      );
    });

  describe('ConnectSafely-style REST against the recorded LinkedIn', () => {
    const bearer = () => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
    async function call(method: string, path: string, body?: unknown) {
      const r = await fetch(`${serve.url}${path}`, {
        method,
        headers: bearer(),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: r.status, headers: r.headers, json: (await r.json()) as Record<string, unknown> };
    }

    if (kind === REST_FLOW_STORE)
      it(
        'connect, relationship, invitations sent/received, respond and withdraw',
        { timeout: 900_000 },
        async () => {
          const before = (await effects()).length;

          const rel = await call('GET', '/linkedin/relationship/person4');
          expect(rel.status).toBe(200);
          expect(rel.json).toMatchObject({
            success: true,
            connected: true,
            status: 'CONNECTED',
            accountId: 'me',
          });

          const connect = await call('POST', '/linkedin/connect', { profileId: 'rafael-dumont' });
          expect(connect.status).toBe(200);
          expect(connect.json).toMatchObject({ success: true, accountId: 'me' });
          expect(connect.headers.get('x-ratelimit-action')).toBe('CONNECT');
          expect(Number(connect.headers.get('x-ratelimit-used'))).toBeGreaterThanOrEqual(1);

          const already = await call('POST', '/linkedin/connect', { profileId: 'person4' });
          expect(already.status).toBe(400);
          expect(already.json).toMatchObject({ success: false, code: 'alreadyConnected' });

          const sent = await call('GET', '/linkedin/invitations/sent');
          expect(sent.status).toBe(200);
          const sentIds = (sent.json.invitations as { profile: { publicIdentifier: string } }[]).map(
            (i) => i.profile.publicIdentifier,
          );
          expect(sentIds).toEqual(expect.arrayContaining(['johndoe', 'janesmith', 'rafael-dumont']));

          const withdraw = await call('POST', '/linkedin/invitations/withdraw', { profileId: 'janesmith' });
          expect(withdraw.status).toBe(200);

          const received = await call('GET', '/linkedin/invitations/received');
          expect(received.status).toBe(200);
          expect(received.json.invitations).toEqual(
            expect.arrayContaining([
              expect.objectContaining({
                invitationType: 'RECEIVED',
                invitationCategory: 'CONNECTION',
                profile: expect.objectContaining({ publicIdentifier: 'sofia-marquez' }),
              }),
            ]),
          );

          const accept = await call('POST', '/linkedin/invitations/received/respond', {
            action: 'accept',
            profileId: 'sofia-marquez',
          });
          expect(accept.status).toBe(200);
          expect(accept.json).toMatchObject({ success: true, message: 'Invitation accepted' });

          expect((await effects()).slice(before)).toEqual([
            { type: 'invitation', person: 'rafael-dumont' },
            { type: 'withdrawal', person: 'janesmith' },
            expect.objectContaining({ type: expect.stringMatching(/^accept/), person: 'sofia-marquez' }),
          ]);
        },
      );

    it(
      "LinkedIn's weekly invitation limit: 429 with holdUntil, and later requests stop before LinkedIn",
      { timeout: 300_000 },
      async () => {
        const reset = await fetch(`${replay.url}/__linkwright/reset`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ scenario: 'weekly-limit' }),
        });
        expect(reset.ok).toBe(true);
        const first = await call('POST', '/linkedin/connect', { profileId: 'person2' });
        expect(first.status).toBe(429);
        expect(first.json).toMatchObject({
          success: false,
          code: 'tooManyRequests',
          holdUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
          weeklyReset: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        });
        expect(first.headers.get('x-ratelimit-action')).toBe('CONNECT');
        const second = await call('POST', '/linkedin/connect', { profileId: 'person5' });
        expect(second.status).toBe(429);
        expect(second.json.holdUntil).toBe(first.json.holdUntil);
        expect(await effects()).toEqual([]);
      },
    );
  });

  describe('webhooks from a worker process', () => {
    it(
      'a workflow settled by another process (linkwright worker) is delivered there, signed',
      { timeout: 300_000 },
      async () => {
        // serve's own workers stop, so the other process's worker (as `linkwright worker` builds it)
        // takes the workflow: serve never hears of its settlement.
        await worker?.stop();
        let received: (d: { signature: string; body: string }) => void = () => {};
        const delivery = new Promise<{ signature: string; body: string }>((r) => (received = r));
        const receiver = createServer((req, res) => {
          let body = '';
          req.on('data', (d: Buffer) => (body += d.toString()));
          req.on('end', () => {
            received({ signature: String(req.headers[SIGNATURE_HEADER]), body });
            res.writeHead(204).end();
          });
        });
        await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
        // Another machine: its own home (profiles), the same store (the SQLite file or the database).
        const otherStore = openStore(home);
        const other = createWorker({
          home: mkdtempSync(join(tmpdir(), 'lw-serve-replay-other-')),
          store: otherStore,
          origin: replay.url,
          log: createLogger({ level: 'warn', pretty: false }),
          pollMs: 100,
          webhooks: true,
        });
        try {
          const port = (receiver.address() as { port: number }).port;
          const hook = await createToken(home, {
            accounts: ['me'],
            webhookUrl: `http://127.0.0.1:${port}/hook`,
          });
          const r = await fetch(`${serve.url}/workflows`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'linked-api-token': hook.token,
              'identification-token': identificationToken,
            },
            body: JSON.stringify({ actionType: 'st.checkConnectionStatus', personUrl: PERSON('person4') }),
          });
          const id = ((await r.json()) as { result: { workflowId: string } }).result.workflowId;
          expect((await serve.queue.settled(id, AbortSignal.timeout(240_000))).status).toBe('completed');
          const d = await Promise.race([
            delivery,
            new Promise<never>((_, reject) =>
              AbortSignal.timeout(60_000).addEventListener('abort', () => reject(new Error('no webhook'))),
            ),
          ]);
          expect(
            verifyWebhook(hook.webhookSecret ?? '', d.signature, d.body, Math.floor(Date.now() / 1000)),
          ).toBe(true);
          expect(JSON.parse(d.body)).toMatchObject({
            type: 'workflow.completed',
            data: { workflowId: id, accountId: 'me', status: 'completed' },
          });
        } finally {
          await other.close();
          await otherStore.close();
          await new Promise<void>((r) => receiver.close(() => r()));
        }
      },
    );
  });
});
