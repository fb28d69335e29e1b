// For the probes: the recorded LinkedIn and one plain persistent Chromium context (the bare side's
// launch), on a throwaway profile, everything closed and removed after `fn`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright';
import { startReplayServer, type ReplayServer } from '../../fixtures/replay/http-server.ts';
import { BARE_ARGS } from './bare-launch.ts';
import { CHROMIUM } from './machine.ts';

export interface BareBrowser {
  server: ReplayServer;
  context: BrowserContext;
  page: Page;
}

export async function withBareBrowser<T>(fn: (b: BareBrowser) => Promise<T>): Promise<T> {
  const server = await startReplayServer({});
  const profile = await mkdtemp(join(tmpdir(), 'lw-probe-bare-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: BARE_ARGS,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      return await fn({ server, context, page });
    } finally {
      await context.close();
    }
  } finally {
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}
