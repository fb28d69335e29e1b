// Bench-only probe: the bare send's wall time cut at each of its steps, run after run, to see which step
// varies from run to run (ms per step).
// Run: npx tsx bench/probe/bare-phases.ts [runs]
import { withBareBrowser } from '../lib/bare-browser.ts';
import { NOTE } from '../sections/action-overhead.ts';

const runs = Number(process.argv[2] ?? 20);
const name = 'Tomas Lindqvist';
await withBareBrowser(async ({ server, page }) => {
  for (let i = 0; i < runs + 1; i++) {
    server.replay.reset('demo');
    await page.goto('about:blank');
    const marks: [string, number][] = [];
    const t0 = performance.now();
    const mark = (label: string): void => {
      marks.push([label, Math.round(performance.now() - t0)]);
    };
    await page.goto(`${server.url}/in/person2/`, { waitUntil: 'domcontentloaded' });
    mark('goto');
    const main = page.locator('main');
    await main.getByRole('button', { name: 'More actions' }).filter({ visible: true }).first().click();
    mark('more');
    await page
      .getByRole('button', { name: `Invite ${name} to connect` })
      .filter({ visible: true })
      .first()
      .click();
    mark('connect');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Add a note' }).click();
    mark('addNote');
    await dialog.getByRole('textbox').pressSequentially(NOTE);
    mark('typed');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    mark('send');
    await dialog.waitFor({ state: 'hidden' });
    mark('hidden');
    await main
      .getByRole('button', { name: `Pending, click to withdraw invitation sent to ${name}` })
      .filter({ visible: true })
      .first()
      .waitFor();
    mark('pending');
    if (i === 0) continue; // warm-up
    let prev = 0;
    const steps = marks.map(([label, t]) => {
      const step = `${label} ${t - prev}`;
      prev = t;
      return step;
    });
    console.log(`${steps.join('  ')}  total ${prev}`);
  }
});
