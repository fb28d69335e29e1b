// Bench-only probe: what the first locator call after a navigation costs (Playwright creates its injected
// script in the page's utility world on first use), right after the page read and with no read before
// it. Alternated, medians. Run: npx tsx bench/probe/first-locator.ts [rounds]
import { withBareBrowser } from '../lib/bare-browser.ts';
import { readPageState } from '../../selectors/linkedin/read-signals.ts';

const rounds = Number(process.argv[2] ?? 12);
await withBareBrowser(async ({ server, page }) => {
  const url = `${server.url}/in/person2/`;
  const out: Record<string, number[]> = { afterRead: [], noRead: [], second: [] };
  for (let i = 0; i < rounds * 2; i++) {
    const read = i % 2 === 1;
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    if (read) await readPageState(page);
    const t1 = performance.now();
    await page.locator('main section').filter({ visible: true }).count();
    const t2 = performance.now();
    await page.locator('main section button').filter({ visible: true }).count();
    const t3 = performance.now();
    if (i < 2) continue;
    out[read ? 'afterRead' : 'noRead']!.push(t2 - t1);
    out['second']!.push(t3 - t2);
  }
  const med = (a: number[]): string => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!.toFixed(1);
  for (const [k, v] of Object.entries(out)) console.log(`first count ${k}: ${med(v)} ms`);
});
