// Holds end to end on the recorded LinkedIn's weekly-limit and note-quota scenarios: the first request
// meets LinkedIn's own limit; the hold is placed; the next request fails at once, naming the time, and
// never reaches LinkedIn. (Unit-level coverage of the same rules: holds.test.ts.)
// Fails (never skips) if `run`, `fixtures serve` or sendConnectionRequest is missing. Runs on both stores:
// with PostgreSQL, every `linkwright run` finds it through LINKWRIGHT_DATABASE_URL.
import { ACTION_RULES } from '../../src/actions/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeHolds } from '../../src/engine/policy/holds.ts';
import {
  completionOf,
  count,
  FixtureServer,
  requireE2e,
  runWorkflow,
  tempLinkwrightHome,
} from './e2e-harness.ts';
import { STORE_KINDS, useStoreEnv } from './store-adapters.ts';

await requireE2e(['st.sendConnectionRequest']);

describe.each(STORE_KINDS)('holds on the recorded LinkedIn (%s store)', (kind) => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await FixtureServer.start();
  }, 120_000);
  afterAll(() => server?.stop());

  it('weekly-limit: requestNotAllowed, then held until Monday 00:00 UTC without touching LinkedIn', async () => {
    const { home, cleanup } = tempLinkwrightHome();
    const storeCleanup = await useStoreEnv(kind);
    try {
      await server.reset('weekly-limit');
      const wf = {
        actionType: 'st.sendConnectionRequest',
        personUrl: 'https://www.linkedin.com/in/person2',
      };
      const first = await runWorkflow({ home, origin: server.url, workflow: wf });
      expect(first.code, first.stderr.slice(-2000)).toBe(0);
      expect(completionOf(first.stdout)).toMatchObject({
        success: false,
        error: { type: 'requestNotAllowed' },
      });
      const holds = await describeHolds('crash', ACTION_RULES, { home });
      expect(holds).toEqual([
        expect.objectContaining({ kind: 'weeklyInvitationLimit', errorType: 'requestNotAllowed' }),
      ]);
      const until = holds[0]?.until ?? '';
      expect(new Date(until).getUTCDay()).toBe(1);

      const second = await runWorkflow({
        home,
        origin: server.url,
        workflow: { ...wf, personUrl: 'https://www.linkedin.com/in/person1', email: 'p1@example.com' },
      });
      const c = completionOf(second.stdout) as {
        success: boolean;
        error?: { type: string; message: string };
      };
      expect(c).toMatchObject({ success: false, error: { type: 'requestNotAllowed' } });
      expect(c.error?.message).toContain(until);
      expect(count(await server.effects(), 'invitation', 'person1')).toBe(0);
    } finally {
      await storeCleanup();
      cleanup();
    }
  }, 400_000);

  it('note-quota: noteLimitExceeded, then notes held until the 1st; a request without a note still goes', async () => {
    const { home, cleanup } = tempLinkwrightHome();
    const storeCleanup = await useStoreEnv(kind);
    try {
      await server.reset('note-quota');
      const withNote = {
        actionType: 'st.sendConnectionRequest',
        personUrl: 'https://www.linkedin.com/in/person2',
        note: 'Hello Tomas',
      };
      const first = await runWorkflow({ home, origin: server.url, workflow: withNote });
      expect(completionOf(first.stdout)).toMatchObject({
        success: false,
        error: { type: 'noteLimitExceeded' },
      });
      const holds = await describeHolds('crash', ACTION_RULES, { home });
      expect(holds).toEqual([expect.objectContaining({ kind: 'noteQuota', errorType: 'noteLimitExceeded' })]);
      expect(new Date(holds[0]?.until ?? '').getUTCDate()).toBe(1);

      const held = await runWorkflow({ home, origin: server.url, workflow: withNote });
      const c = completionOf(held.stdout) as { error?: { type: string; message: string } };
      expect(c.error?.type).toBe('noteLimitExceeded');
      expect(c.error?.message).toContain(holds[0]?.until ?? '?');

      const plain = await runWorkflow({
        home,
        origin: server.url,
        workflow: {
          actionType: 'st.sendConnectionRequest',
          personUrl: 'https://www.linkedin.com/in/person2',
        },
      });
      expect(completionOf(plain.stdout)).toMatchObject({ success: true });
      const effects = await server.effects();
      expect(count(effects, 'invitation', 'person2')).toBe(1);
      expect(effects.find((e) => e.type === 'invitation')?.note).toBeUndefined();
    } finally {
      await storeCleanup();
      cleanup();
    }
  }, 400_000);
});
