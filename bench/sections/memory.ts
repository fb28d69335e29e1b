// memoryPerSessionMB: N linkwright account sessions open at once in this process (each its own
// persistent Chromium under the default resource policy, health-checked, one profile read), then the
// RSS of this Node process plus every process under it, divided by N. Sessions are added level by
// level (1 → 5 → …). For comparison the same for N bare persistent contexts with one profile loaded
// (Chromium only: the Node process is shared and already carries linkwright's modules).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { chromium, type BrowserContext } from 'playwright';
import { startReplayServer } from '../../fixtures/replay/http-server.ts';
import { bareCheckStatus } from '../lib/bare-page-work.ts';
import { BARE_ARGS } from '../lib/bare-launch.ts';
import { WarmLinkwright } from '../lib/linkwright-warm.ts';
import { CHROMIUM } from '../lib/machine.ts';
import { treeMemory } from '../lib/proc-memory.ts';
import { round } from '../lib/stats.ts';

/** Let renderers finish their first layout and GC before reading /proc. */
const SETTLE_MS = 2_000;

export interface MemoryLevel {
  sessions: number;
  processes: number;
  /** Total RSS (Chromium's processes + Node) / sessions: the figure. */
  rssPerSessionMB: number;
  /** Same with PSS (shared pages split between processes): what the tree really holds. */
  pssPerSessionMB: number;
  totalRssMB: number;
  nodeRssMB: number;
  /** The bare baseline: Chromium RSS / sessions for N plain persistent contexts. */
  bareChromiumRssPerSessionMB: number;
  bareChromiumPssPerSessionMB: number;
}

export async function benchMemory(opts: {
  levels: number[];
  log: Logger;
  report: (line: string) => void;
}): Promise<MemoryLevel[]> {
  const server = await startReplayServer({});
  const home = await mkdtemp(join(tmpdir(), 'lw-bench-mem-'));
  const levels: Partial<MemoryLevel>[] = opts.levels.map((sessions) => ({ sessions }));
  const read = JSON.stringify({
    actionType: 'st.checkConnectionStatus',
    personUrl: 'https://www.linkedin.com/in/johndoe',
  });
  const sessions: WarmLinkwright[] = [];
  try {
    for (const level of levels) {
      while (sessions.length < level.sessions!) {
        const s = await WarmLinkwright.open({
          account: `mem-${sessions.length + 1}`,
          origin: server.url,
          home,
          log: opts.log,
        });
        sessions.push(s);
        await s.run(read, `mem-${sessions.length}`);
      }
      await sleep(SETTLE_MS);
      const m = treeMemory();
      Object.assign(level, {
        processes: m.processes,
        rssPerSessionMB: round(m.rssMB / level.sessions!, 1),
        pssPerSessionMB: round(m.pssMB / level.sessions!, 1),
        totalRssMB: round(m.rssMB, 1),
        nodeRssMB: round(m.rootRssMB, 1),
      });
      opts.report(
        `memory: ${level.sessions} linkwright sessions, ${m.processes} processes, ` +
          `RSS ${m.rssMB.toFixed(0)} MB (${level.rssPerSessionMB} per session), PSS ${m.pssMB.toFixed(0)} MB`,
      );
    }
  } finally {
    for (const s of sessions) await s.close().catch(() => undefined);
  }

  const bare: { context: BrowserContext; dir: string }[] = [];
  try {
    for (const level of levels) {
      while (bare.length < level.sessions!) {
        const dir = await mkdtemp(join(tmpdir(), 'lw-bench-mem-bare-'));
        const context = await chromium.launchPersistentContext(dir, {
          executablePath: CHROMIUM,
          headless: true,
          args: BARE_ARGS,
        });
        bare.push({ context, dir });
        const page = context.pages()[0] ?? (await context.newPage());
        await bareCheckStatus(page, server.url, 'johndoe', 'John Doe');
      }
      await sleep(SETTLE_MS);
      const m = treeMemory();
      // Chromium only: the tree minus Node (any other children of this process are gone by now).
      level.bareChromiumRssPerSessionMB = round((m.rssMB - m.rootRssMB) / level.sessions!, 1);
      level.bareChromiumPssPerSessionMB = round((m.pssMB - m.rootPssMB) / level.sessions!, 1);
      opts.report(
        `memory: ${level.sessions} bare contexts, Chromium RSS ${(m.rssMB - m.rootRssMB).toFixed(0)} MB ` +
          `(${level.bareChromiumRssPerSessionMB} per context)`,
      );
    }
  } finally {
    for (const b of bare) {
      await b.context.close().catch(() => undefined);
      await rm(b.dir, { recursive: true, force: true });
    }
    await server.close();
    await rm(home, { recursive: true, force: true });
  }
  return levels as MemoryLevel[];
}
