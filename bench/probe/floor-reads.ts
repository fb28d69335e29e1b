// Bench-only probe: prices the send floor's reads. Three arms on one bare browser, paired against the
// bare send: the floor with linkwright's page read (readPageState) at each required point, and the same
// with an empty evaluate there — the round trips and the page's own busy time alone, which no leaner
// extractor could go below. Run: npx tsx bench/probe/floor-reads.ts [pairs]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { startReplayServer } from '../../fixtures/replay/http-server.ts';
import { bareSendWithNote, bareSendWithNoteAndReads } from '../lib/bare-page-work.ts';
import { BARE_ARGS } from '../lib/bare-launch.ts';
import { CHROMIUM } from '../lib/machine.ts';
import { paired } from '../lib/stats.ts';
import { NOTE } from '../sections/action-overhead.ts';

const pairs = Number(process.argv[2] ?? 9);
const server = await startReplayServer({});
const profile = await mkdtemp(join(tmpdir(), 'lw-probe-floor-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: BARE_ARGS,
});
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const before = async (): Promise<void> => {
    server.replay.reset('demo');
    await page.goto('about:blank');
  };
  const bare = (): Promise<void> => bareSendWithNote(page, server.url, 'person2', 'Tomas Lindqvist', NOTE);
  const opts = { pairs, warmup: 1, before };
  const empty = await paired(
    'empty reads',
    () =>
      bareSendWithNoteAndReads(page, server.url, 'person2', 'Tomas Lindqvist', NOTE, (p) => p.evaluate('0')),
    bare,
    opts,
  );
  const full = await paired(
    'page reads',
    () => bareSendWithNoteAndReads(page, server.url, 'person2', 'Tomas Lindqvist', NOTE),
    bare,
    opts,
  );
  for (const [label, r] of [
    ['floor, empty evaluate at each read', empty],
    ['floor, readPageState at each read', full],
  ] as const)
    console.log(`${label}: ${r.ratio}× (${r.medianAMs} vs ${r.medianBMs} ms, ${r.pairs} pairs)`);
} finally {
  await ctx.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
