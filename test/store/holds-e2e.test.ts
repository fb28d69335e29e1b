// Holds end to end on the recorded LinkedIn's weekly-limit and note-quota scenarios: the first request
// meets LinkedIn's own limit; the hold is placed; the next request fails at once, naming the time, and
// never reaches LinkedIn. (Unit-level coverage of the same rules: holds.test.ts.)
// Fails (never skips) if `run`, `fixtures serve` or sendConnectionRequest is missing.
//
// Each scenario runs once, on one store each: weekly-limit on PostgreSQL (every `linkwright run` finds it
// through LINKWRIGHT_DATABASE_URL, and the hold's time makes the round trip into the error message),
// note-quota on SQLite. What the stores do differently with holds — placing, reading, keeping the later
// time — holds.test.ts checks on both for both scenarios; here each `linkwright run` is a process with
// Chromium (CPU-bound on two cores), and a second store would repeat the same end-to-end path.
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
import { useStoreEnv, type StoreKind } from './store-adapters.ts';

await requireE2e(['st.sendConnectionRequest']);

const WEEKLY_LIMIT_STORE: StoreKind = 'postgres';
const NOTE_QUOTA_STORE: StoreKind = 'sqlite';

describe('holds on the recorded LinkedIn', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await FixtureServer.start();
  }, 120_000);
  afterAll(() => server?.stop());

  it(`weekly-limit (${WEEKLY_LIMIT_STORE} store): requestNotAllowed, then held until Monday 00:00 UTC without touching LinkedIn`, async () => {
    const { home, cleanup } = tempLinkwrightHome();
    const storeCleanup = await useStoreEnv(WEEKLY_LIMIT_STORE);
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

  it(`note-quota (${NOTE_QUOTA_STORE} store): noteLimitExceeded, then notes held until the 1st; a request without a note still goes`, async () => {
    const { home, cleanup } = tempLinkwrightHome();
    const storeCleanup = await useStoreEnv(NOTE_QUOTA_STORE);
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
