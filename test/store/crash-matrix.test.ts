// The crash matrix (issue 6 §5): `linkwright run --account X` against `linkwright fixtures serve` is
// killed with SIGKILL, whole process group (Chromium included), at many moments of
// sendConnectionRequest, withdrawConnectionRequest, acceptInvitation and manageConversation; then the same workflow runs
// again. The recorded LinkedIn's effects must show each effect exactly once, and the last run must
// complete with success.
//
// Kill points: journal failpoints (LINKWRIGHT_FAILPOINT, see src/engine/policy/failpoints.ts) at the
// exact moments of the discipline, plus kills from outside: as soon as the fixture server records the
// effect, and (CRASH_MATRIX_FULL=1) at fixed delays after start. One more case re-runs at once while
// the killed run is still an unreaped zombie (its pid still answers kill(pid, 0)).
//
// The four journal failpoints of an action run as chains, each run killed at the next point and
// resumed by the next run, instead of four kill-and-rerun pairs: planned → attempted → click landed,
// then a run that completes (resuming from `attempted` after the click: verify done, recovered); and
// verified, then a run that completes (nothing clicked). Every resume path a pair took is still taken
// once per action and run to completion — from `planned` (act), from `attempted` before the click
// (verify notDone, click again), from `attempted` after it, from `verified` — and the effects are
// checked after each run, not only at the end. Six processes instead of eight per action: the matrix
// is CPU-bound on two cores (each run launches Chromium).
//
// Fails (never skips) if `run`, `fixtures serve` or one of the actions is missing.
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { processState } from '../../src/system/process-info.ts';
import {
  completionOf,
  count,
  FixtureServer,
  requireE2e,
  runUnderNonReapingParent,
  runWorkflow,
  tempLinkwrightHome,
  waitGroupGone,
  type Effect,
  type ZombieRun,
} from './e2e-harness.ts';

interface ActionCase {
  actionType: string;
  scenario: string;
  workflow: Record<string, unknown>;
  /** The effects the action must leave, each exactly once. */
  effects: { type: string; person: string }[];
}

const ACTIONS: ActionCase[] = [
  {
    actionType: 'st.sendConnectionRequest',
    scenario: 'demo',
    workflow: {
      actionType: 'st.sendConnectionRequest',
      personUrl: 'https://www.linkedin.com/in/person2',
      note: 'Hello Tomas, I enjoyed your talk on growth loops.',
    },
    effects: [{ type: 'invitation', person: 'person2' }],
  },
  {
    actionType: 'st.withdrawConnectionRequest',
    scenario: 'demo',
    workflow: {
      actionType: 'st.withdrawConnectionRequest',
      personUrl: 'https://www.linkedin.com/in/johndoe',
      unfollow: true,
    },
    effects: [
      { type: 'withdrawal', person: 'johndoe' },
      { type: 'unfollow', person: 'johndoe' },
    ],
  },
  {
    actionType: 'st.acceptInvitation',
    scenario: 'received-invitations',
    workflow: {
      actionType: 'st.acceptInvitation',
      invitationType: 'connect',
      personUrl: 'https://www.linkedin.com/in/sofia-marquez',
    },
    effects: [{ type: 'accept', person: 'sofia-marquez' }],
  },
  {
    actionType: 'st.manageConversation',
    scenario: 'demo',
    workflow: {
      actionType: 'st.manageConversation',
      threadId: '2-Rml4dHVyZVRocmVhZDAwMQ==',
      operation: 'star',
    },
    effects: [{ type: 'conversation', person: 'person4' }],
  },
];

/** The journal failpoints in the order a run passes them; the chain kills one run at each. */
function journalChain(actionType: string): { name: string; failpoint: string; effectLanded: boolean }[] {
  return [
    {
      name: 'entry planned, before anything on the page',
      failpoint: `journal.planned@${actionType}`,
      effectLanded: false,
    },
    {
      name: 'attempted written, before the click',
      failpoint: `journal.attempted@${actionType}`,
      effectLanded: false,
    },
    { name: 'click landed, before verification', failpoint: `effect.done@${actionType}`, effectLanded: true },
    {
      name: 'verified, before the workflow completed',
      failpoint: `journal.verified@${actionType}`,
      effectLanded: true,
    },
  ];
}

type OutsideKill = { name: string; external: 'firstEffect' } | { name: string; afterMs: number };

const FULL = process.env.CRASH_MATRIX_FULL === '1';

function outsideKills(): OutsideKill[] {
  const points: OutsideKill[] = [
    { name: 'the moment LinkedIn records the effect (outside kill)', external: 'firstEffect' },
  ];
  if (FULL)
    for (const ms of [1_000, 2_500, 5_000, 8_000])
      points.push({ name: `${ms} ms after start (outside kill)`, afterMs: ms });
  return points;
}

await requireE2e(ACTIONS.map((a) => a.actionType));

const outside = ACTIONS.flatMap((a) =>
  outsideKills().map((k) => ({ ...a, kill: k, title: `${a.actionType} killed at: ${k.name}` })),
);

/** Every effect of the action exactly once, and nothing else. */
function expectExactly(
  expect: ExpectStatic,
  recorded: Effect[],
  effects: ActionCase['effects'],
  when: string,
): void {
  for (const e of effects) {
    expect(
      count(recorded, e.type, e.person),
      `${when}: ${e.type} for ${e.person} in ${JSON.stringify(recorded)}`,
    ).toBe(1);
  }
  expect(
    recorded.filter((r) => !effects.some((e) => e.type === r.type && e.person === r.person)),
    when,
  ).toEqual([]);
}

// The cases run in LANES lanes at once, each on its own fixture server (effects are per server): a case
// spends most of its time waiting for Chromium to start and for the kill to land, not on the CPU, so
// running them one after another left the machine idle for minutes of the suite.
const LANES = 3;

describe('crash matrix', () => {
  let servers: FixtureServer[] = [];
  const free: FixtureServer[] = [];
  const waiting: ((s: FixtureServer) => void)[] = [];
  async function withServer<T>(fn: (s: FixtureServer) => Promise<T>): Promise<T> {
    const s = free.pop() ?? (await new Promise<FixtureServer>((resolve) => waiting.push(resolve)));
    try {
      return await fn(s);
    } finally {
      const next = waiting.shift();
      if (next) next(s);
      else free.push(s);
    }
  }
  beforeAll(async () => {
    servers = await Promise.all(Array.from({ length: LANES }, () => FixtureServer.start()));
    free.push(...servers);
  }, 120_000);
  afterAll(() => {
    for (const s of servers) s.stop();
  });

  // Two chains per action, so that each resume path also runs to completion: the last run after the
  // first chain resumes from `attempted` after the click (verify done → recovered), the one after the
  // second from `verified` (nothing clicked).
  const chains = ACTIONS.flatMap((a) => {
    const points = journalChain(a.actionType);
    return [
      { ...a, points: points.slice(0, 3), what: 'planned, attempted and after the click in turn' },
      { ...a, points: points.slice(3), what: 'verified' },
    ];
  });
  for (const { actionType, scenario, workflow, effects, points, what } of chains) {
    it.concurrent(
      `${actionType} killed at ${what}, then completes once`,
      { timeout: 600_000 },
      ({ expect }) =>
        withServer(async (server) => {
          const { home, cleanup } = tempLinkwrightHome();
          try {
            await server.reset(scenario);
            for (const k of points) {
              const crashed = await runWorkflow({
                home,
                origin: server.url,
                workflow,
                failpoint: k.failpoint,
              });
              expect(
                crashed.signal,
                `the run was not killed at ${k.failpoint} (${k.name}): does the action run its side effect ` +
                  `through runSideEffect with services.journal? exit ${crashed.code}\n${crashed.stderr.slice(-3000)}`,
              ).toBe('SIGKILL');
              // The whole group is gone: no Chromium left holding the profile.
              expect(
                await waitGroupGone(crashed.pgid),
                `processes of the run killed at ${k.name} are still alive`,
              ).toBe(true);
              // Nothing before the click; after it, the effect once (a two-step action: its first one).
              const recorded = await server.effects();
              const [first] = effects;
              if (k.effectLanded && first)
                expect(
                  count(recorded, first.type, first.person),
                  `after ${k.name}: ${JSON.stringify(recorded)}`,
                ).toBe(1);
              else expect(recorded, `after ${k.name}`).toEqual([]);
            }

            const again = await runWorkflow({ home, origin: server.url, workflow });
            expect(again.code, `re-run failed:\n${again.stderr.slice(-3000)}`).toBe(0);
            expect(
              completionOf(again.stdout),
              `re-run's completion:\n${again.stdout.slice(-2000)}\n${again.stderr.slice(-3000)}`,
            ).toMatchObject({ actionType, success: true });
            expectExactly(expect, await server.effects(), effects, 'after the last run');
          } finally {
            cleanup();
          }
        }),
    );
  }

  for (const { title, scenario, workflow, effects, kill } of outside) {
    it.concurrent(title, { timeout: 400_000 }, ({ expect }) =>
      withServer(async (server) => {
        const { home, cleanup } = tempLinkwrightHome();
        try {
          await server.reset(scenario);
          const [first] = effects;
          const firstEffectSeen = async (): Promise<boolean> =>
            first ? count(await server.effects(), first.type, first.person) > 0 : false;

          const crashed = await runWorkflow({
            home,
            origin: server.url,
            workflow,
            ...('external' in kill ? { killWhen: firstEffectSeen } : {}),
            ...('afterMs' in kill ? { killAfterMs: kill.afterMs } : {}),
          });
          // The whole group is gone: no Chromium left holding the profile.
          expect(await waitGroupGone(crashed.pgid), 'processes of the killed run are still alive').toBe(true);

          const again = await runWorkflow({ home, origin: server.url, workflow });
          expect(again.code, `re-run failed:\n${again.stderr.slice(-3000)}`).toBe(0);
          expect(
            completionOf(again.stdout),
            `re-run's completion:\n${again.stdout.slice(-2000)}\n${again.stderr.slice(-3000)}`,
          ).toMatchObject({
            actionType: workflow.actionType,
            success: true,
          });
          expectExactly(expect, await server.effects(), effects, 'after the re-run');
        } finally {
          cleanup();
        }
      }),
    );
  }

  // Once, not per kill point: the same run started at once after the SIGKILL, while the killed run is
  // still a zombie (its parent never reaps it, like PID 1 in a container without an init). Its
  // profile lock and its limit reservation name a pid that kill(pid, 0) still finds; the re-run must
  // see a dead owner, take over, and resume through the journal without repeating the click.
  (process.platform === 'linux' ? it.concurrent : it.skip)(
    'st.sendConnectionRequest re-run at once while the killed run is an unreaped zombie',
    () =>
      withServer(async (server) => {
        const { home, cleanup } = tempLinkwrightHome();
        const [send] = ACTIONS;
        if (!send) throw new Error('no action case');
        const failpoint = `effect.done@${send.actionType}`;
        let crashed: ZombieRun | undefined;
        try {
          await server.reset(send.scenario);
          crashed = await runUnderNonReapingParent({
            home,
            origin: server.url,
            workflow: send.workflow,
            failpoint,
          });
          expect(crashed.signal, `run 1 was not killed at ${failpoint}\n${crashed.stderr.slice(-3000)}`).toBe(
            9,
          );

          const again = await runWorkflow({ home, origin: server.url, workflow: send.workflow });
          expect(processState(crashed.pid), 'the killed run was reaped before the re-run ended').toBe('Z');
          expect(again.code, `re-run failed:\n${again.stderr.slice(-3000)}`).toBe(0);
          expect(again.stderr).toContain('recovered the profile lock of a process that is no longer running');
          expect(completionOf(again.stdout)).toMatchObject({ actionType: send.actionType, success: true });
          expect(await server.effects()).toEqual([
            expect.objectContaining({ type: 'invitation', person: 'person2' }),
          ]);
        } finally {
          crashed?.release();
          cleanup();
        }
      }),
    400_000,
  );
});
