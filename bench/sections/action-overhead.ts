// actionOverheadRatio: one action on an already-open page of a warm session, linkwright's whole
// per-workflow path (lib/linkwright-warm.ts) against the bare script (lib/bare-page-work.ts), paired
// and alternated. Both browsers are up and on about:blank before every sample; the recorded LinkedIn
// is reset to its demo scenario so person2 can be invited again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Logger } from 'pino';
import { chromium } from 'playwright';
import { startReplayServer } from '../../fixtures/replay/http-server.ts';
import { bareCheckStatus, bareSendWithNote, bareSendWithNoteAndReads } from '../lib/bare-page-work.ts';
import { BARE_ARGS } from '../lib/bare-launch.ts';
import { WarmLinkwright } from '../lib/linkwright-warm.ts';
import { CHROMIUM } from '../lib/machine.ts';
import { paired, round, type PairedResult } from '../lib/stats.ts';

export const NOTE = 'Hi, I’d like to connect with you to discuss potential collaboration.';

export interface ActionOverheadResult {
  /** The worse of the two actions (the target must hold for each). */
  value: number;
  perAction: Record<string, PairedResult>;
  /**
   * The bare send plus only the page reads linkwright's rules require (lib/bare-page-work.ts), against
   * the bare send: how much of the send's ratio those reads alone account for.
   */
  sendFloor: PairedResult;
}

export async function benchActionOverhead(opts: {
  pairs: number;
  log: Logger;
  report: (line: string) => void;
}): Promise<ActionOverheadResult> {
  const server = await startReplayServer({});
  const home = await mkdtemp(join(tmpdir(), 'lw-bench-warm-'));
  const bareProfile = await mkdtemp(join(tmpdir(), 'lw-bench-bare-'));
  let lw: WarmLinkwright | undefined;
  const bare = await chromium.launchPersistentContext(bareProfile, {
    executablePath: CHROMIUM,
    headless: true,
    args: BARE_ARGS,
  });
  try {
    lw = await WarmLinkwright.open({ account: 'bench-warm', origin: server.url, home, log: opts.log });
    const warm = lw;
    const lwPage = await warm.page();
    const barePage = bare.pages()[0] ?? (await bare.newPage());
    const before = async (): Promise<void> => {
      server.replay.reset('demo');
      await Promise.all([lwPage.goto('about:blank'), barePage.goto('about:blank')]);
    };
    const timed = async (fn: () => Promise<void>, check: () => void): Promise<number> => {
      const t0 = performance.now();
      await fn();
      const ms = performance.now() - t0;
      check();
      return ms;
    };
    const invitedPerson2 = (): void => {
      const e = server.replay.effects();
      if (e.length !== 1 || e[0]?.type !== 'invitation' || e[0].person !== 'person2' || e[0].note !== NOTE)
        throw new Error(`expected one invitation to person2 with the note, got ${JSON.stringify(e)}`);
    };

    const check = await paired(
      'st.checkConnectionStatus',
      async () => {
        let out: unknown;
        return timed(
          async () => {
            out = await warm.run(
              JSON.stringify({
                actionType: 'st.checkConnectionStatus',
                personUrl: 'https://www.linkedin.com/in/johndoe',
              }),
            );
          },
          () =>
            expectJson(out, {
              actionType: 'st.checkConnectionStatus',
              success: true,
              data: { connectionStatus: 'pending' },
            }),
        );
      },
      async () => {
        let status = '';
        return timed(
          async () => {
            status = await bareCheckStatus(barePage, server.url, 'johndoe', 'John Doe');
          },
          () => {
            if (status !== 'pending') throw new Error(`bare check read ${status}`);
          },
        );
      },
      { pairs: opts.pairs, warmup: 1, before, report: opts.report },
    );

    const send = await paired(
      'st.sendConnectionRequest',
      async () => {
        let out: unknown;
        return timed(
          async () => {
            out = await warm.run(
              JSON.stringify({
                actionType: 'st.sendConnectionRequest',
                personUrl: 'https://www.linkedin.com/in/person2',
                note: NOTE,
              }),
            );
          },
          () => {
            expectJson(out, { actionType: 'st.sendConnectionRequest', success: true });
            invitedPerson2();
          },
        );
      },
      async () =>
        timed(
          () => bareSendWithNote(barePage, server.url, 'person2', 'Tomas Lindqvist', NOTE),
          invitedPerson2,
        ),
      { pairs: opts.pairs, warmup: 1, before, report: opts.report },
    );

    const bareSend = (): Promise<number> =>
      timed(() => bareSendWithNote(barePage, server.url, 'person2', 'Tomas Lindqvist', NOTE), invitedPerson2);
    // Both arms on the bare browser: the floor differs from the bare script by the reads alone.
    const sendFloor = await paired(
      'send floor (bare + required reads)',
      () =>
        timed(
          () => bareSendWithNoteAndReads(barePage, server.url, 'person2', 'Tomas Lindqvist', NOTE),
          invitedPerson2,
        ),
      bareSend,
      { pairs: opts.pairs, warmup: 1, before, report: opts.report },
    );

    return {
      value: round(Math.max(check.ratio, send.ratio), 3),
      perAction: { 'st.sendConnectionRequest': send, 'st.checkConnectionStatus': check },
      sendFloor,
    };
  } finally {
    await lw?.close().catch(() => undefined);
    await bare.close().catch(() => undefined);
    await server.close();
    await rm(home, { recursive: true, force: true });
    await rm(bareProfile, { recursive: true, force: true });
  }
}

function expectJson(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected))
    throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
