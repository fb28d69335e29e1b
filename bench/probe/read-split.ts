// Bench-only probe: splits one page read's round trip into its parts on the recorded profile — an
// empty evaluate, the expression compiled but not run, run without returning, run and returned as a
// JSON string, and the object read. Run: npx tsx bench/probe/read-split.ts
import { pageSignalsExpression } from '../../selectors/linkedin/signals/expression.ts';
import { withBareBrowser } from '../lib/bare-browser.ts';
import { median } from '../lib/stats.ts';

await withBareBrowser(async ({ server, page }) => {
  await page.goto(`${server.url}/in/person2/`, { waitUntil: 'domcontentloaded' });
  const expr = pageSignalsExpression({ url: page.url() });
  const variants: [string, string][] = [
    ['empty evaluate', '0'],
    ['compiled, not run', `(() => { if (globalThis.__never) { return ${expr}; } return 0; })()`],
    ['run, nothing returned', `(() => { const s = ${expr}; return s ? 0 : 1; })()`],
    ['run, JSON string returned', `JSON.stringify(${expr})`],
    ['object returned', expr],
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
});
