// Bench-only probe: what one page read costs on the recorded profile — the whole round trip against
// the time spent inside the page, first read after goto and later ones.
import { classifyPage } from '../../selectors/linkedin/classify-page.ts';
import { withBareBrowser } from '../lib/bare-browser.ts';
import { pageSignalsExpression } from '../../selectors/linkedin/signals/expression.ts';

await withBareBrowser(async ({ server, page }) => {
  for (let round = 0; round < 4; round++) {
    await page.goto('about:blank');
    const url = `${server.url}/in/person2/`;
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const tg = performance.now();
    const line: string[] = [`goto ${(tg - t0).toFixed(0)}`];
    const expr = pageSignalsExpression({ url: page.url() });
    if (process.env['PROBE_TRIVIAL_FIRST']) {
      const t1 = performance.now();
      await page.evaluate('1');
      line.push(`first eval '1' ${(performance.now() - t1).toFixed(0)}`);
    }
    if (process.env['PROBE_PARALLEL']) {
      // The first read and the first locator query (Playwright's injected script) sent together.
      const p0 = performance.now();
      await Promise.all([page.evaluate(expr), page.locator('main').count()]);
      line.push(`read+count together ${(performance.now() - p0).toFixed(0)}`);
    }
    for (let i = 0; i < 4; i++) {
      const a = performance.now();
      const inside = (await page.evaluate(
        `(() => { const t = performance.now(); const r = ${expr}; return performance.now() - t; })()`,
      )) as number;
      line.push(`read ${(performance.now() - a).toFixed(0)} (in page ${inside.toFixed(0)})`);
    }
    const sig = await page.evaluate(expr);
    const c0 = performance.now();
    for (let i = 0; i < 20; i++) classifyPage(sig as never, {});
    line.push(`classify ${((performance.now() - c0) / 20).toFixed(1)} size ${JSON.stringify(sig).length}`);
    const a = performance.now();
    await page.locator('main').count();
    line.push(`count ${(performance.now() - a).toFixed(0)}`);
    const b = performance.now();
    await page.evaluate('1');
    line.push(`eval1 ${(performance.now() - b).toFixed(0)}`);
    console.log(line.join(' | '));
  }
});
