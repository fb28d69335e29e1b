// Bench-only probe: where a page read's time goes inside the page, part by part, on the recorded
// profile with and without the invite dialog open.
import type { Page } from 'playwright';
import { assemblePageSignals } from '../../selectors/linkedin/signals/assemble.ts';
import { SIGNAL_PARTS } from '../../selectors/linkedin/signals/expression.ts';
import { withBareBrowser } from '../lib/bare-browser.ts';
import { extractSessionSignals, SESSION_MARKERS } from '../../selectors/linkedin/session-signals.ts';

function timedExpression(url: string): string {
  const parts = Object.entries(SIGNAL_PARTS)
    .map(
      ([name, fn]) =>
        `${name}: (...a) => { const t = performance.now(); const r = (${fn.toString()})(...a); T[${JSON.stringify(name)}] = (T[${JSON.stringify(name)}] || 0) + performance.now() - t; return r; }`,
    )
    .join(',\n');
  return `(() => { const __name = (f) => f; const T = {}; const t0 = performance.now();
    const parts = { ${parts} };
    const s = (${assemblePageSignals.toString()})(${JSON.stringify({ url })}, parts);
    const ts = performance.now();
    s.session = (${extractSessionSignals.toString()})(${JSON.stringify(SESSION_MARKERS)});
    T.session = performance.now() - ts; T.total = performance.now() - t0;
    return T; })()`;
}

async function show(page: Page, label: string): Promise<void> {
  const rows: Record<string, number[]> = {};
  for (let i = 0; i < 5; i++) {
    const t = (await page.evaluate(timedExpression(page.url()))) as Record<string, number>;
    for (const [k, v] of Object.entries(t)) (rows[k] ??= []).push(v);
  }
  const med = (a: number[]): number => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  console.log(
    label,
    Object.entries(rows)
      .map(([k, v]) => `${k} ${med(v).toFixed(1)}`)
      .join(' | '),
  );
}

await withBareBrowser(async ({ server, page }) => {
  await page.goto(`${server.url}/in/person2/`, { waitUntil: 'domcontentloaded' });
  await show(page, 'profile:');
  await page
    .locator('main')
    .getByRole('button', { name: 'More actions' })
    .filter({ visible: true })
    .first()
    .click();
  await page
    .getByRole('button', { name: 'Invite Tomas Lindqvist to connect' })
    .filter({ visible: true })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Add a note' }).waitFor();
  await show(page, 'dialog: ');
});
