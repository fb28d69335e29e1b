// Bench-only: one side of ab-trees.ts. Imports the warm-session runner from the tree given as argv[2] (so
// that tree's own code runs), opens a warm session on its own recorded LinkedIn, and answers each "run"
// line on stdin with the wall time of one workflow in ms.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pino from 'pino';

const [tree, flow] = process.argv.slice(2) as [string, string];
type WarmModule = typeof import('../lib/linkwright-warm.ts');
type ServerModule = typeof import('../../fixtures/replay/http-server.ts');
type SectionModule = typeof import('../sections/action-overhead.ts');
const { WarmLinkwright } = (await import(join(tree, 'bench/lib/linkwright-warm.ts'))) as WarmModule;
const { startReplayServer } = (await import(join(tree, 'fixtures/replay/http-server.ts'))) as ServerModule;
const { NOTE } = (await import(join(tree, 'bench/sections/action-overhead.ts'))) as SectionModule;

const wf = JSON.stringify(
  flow === 'check'
    ? { actionType: 'st.checkConnectionStatus', personUrl: 'https://www.linkedin.com/in/johndoe' }
    : {
        actionType: 'st.sendConnectionRequest',
        personUrl: 'https://www.linkedin.com/in/person2',
        note: NOTE,
      },
);
const server = await startReplayServer({});
const home = await mkdtemp(join(tmpdir(), 'lw-ab-tree-'));
const lw = await WarmLinkwright.open({
  account: 'probe',
  origin: server.url,
  home,
  log: pino({ level: 'silent' }),
});
const page = await lw.page();
try {
  for await (const line of createInterface({ input: process.stdin })) {
    if (line !== 'run') continue;
    server.replay.reset('demo');
    await page.goto('about:blank');
    const t0 = performance.now();
    const out = await lw.run(wf);
    const ms = performance.now() - t0;
    const ok =
      (out as { completion?: { success?: boolean } }).completion?.success ??
      JSON.stringify(out).includes('"success":true');
    process.stdout.write(ok ? `${ms}\n` : `failed: ${JSON.stringify(out).slice(0, 300)}\n`);
  }
} finally {
  await lw.close();
  await server.close();
  await rm(home, { recursive: true, force: true });
}
