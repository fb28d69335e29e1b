// Bench-only probe: the bench's bare send (`bareSendWithNote`) cut at each of its steps, run after run, to
// see which step varies from run to run (ms per step).
// Run: npx tsx bench/probe/bare-phases.ts [runs]
import { bareSendWithNote } from '../lib/bare-page-work.ts';
import { withBareBrowser } from '../lib/bare-browser.ts';
import { NOTE } from '../sections/action-overhead.ts';

const runs = Number(process.argv[2] ?? 20);
await withBareBrowser(async ({ server, page }) => {
  for (let i = 0; i < runs + 1; i++) {
    server.replay.reset('demo');
    await page.goto('about:blank');
    const marks: [string, number][] = [];
    const t0 = performance.now();
    const mark = (step: string): void => {
      marks.push([step, Math.round(performance.now() - t0)]);
    };
    await bareSendWithNote(page, server.url, 'person2', 'Tomas Lindqvist', NOTE, undefined, { mark });
    if (i === 0) continue; // warm-up
    let prev = 0;
    const steps = marks.map(([step, t]) => {
      const line = `${step} ${t - prev}`;
      prev = t;
      return line;
    });
    console.log(`${steps.join('  ')}  total ${prev}`);
  }
});
