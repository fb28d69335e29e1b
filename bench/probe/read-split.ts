// Bench-only probe: splits one page read's round trip into its parts on the recorded profile — an
// empty evaluate, the expression compiled but not run, run without returning, and the full read.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { startReplayServer } from '../../fixtures/replay/http-server.ts';
import { pageSignalsExpression } from '../../selectors/linkedin/signals/expression.ts';
import { BARE_ARGS } from '../lib/bare-launch.ts';
import { CHROMIUM } from '../lib/machine.ts';
import { median } from '../lib/stats.ts';

const server = await startReplayServer({});
const profile = await mkdtemp(join(tmpdir(), 'lw-probe-split-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: BARE_ARGS,
});
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(`${server.url}/in/person2/`, { waitUntil: 'domcontentloaded' });
  const expr = pageSignalsExpression({ url: page.url() });
  const variants: [string, string][] = [
    ['empty evaluate', '0'],
    ['compiled, not run', `(() => { if (globalThis.__never) { return ${expr}; } return 0; })()`],
    ['run, nothing returned', `(() => { const s = ${expr}; return s ? 0 : 1; })()`],
    ['run, JSON string returned', `JSON.stringify(${expr})`],
    ['full read', expr],
  ];
  const times: Record<string, number[]> = {};
  for (let round = 0; round < 15; round++) {
    for (const [label, e] of variants) {
      const t0 = performance.now();
      await page.evaluate(e);
      (times[label] ??= []).push(performance.now() - t0);
    }
  }
  for (const [label] of variants) console.log(`${label.padEnd(28)} ${median(times[label]!).toFixed(1)} ms`);
} finally {
  await ctx.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
