// Bench-only probe: typing the bench's note into a plain textarea in linkwright's warm page and in the bare
// script's page, alternated — whether the two browsers (stealth, flags, profile) type at the same speed.
// Run: npx tsx bench/probe/typing-ab.ts [rounds]
import pino from 'pino';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { withBareBrowser } from '../lib/bare-browser.ts';
import { WarmLinkwright } from '../lib/linkwright-warm.ts';
import { median } from '../lib/stats.ts';
import { NOTE } from '../sections/action-overhead.ts';

process.env['LINKWRIGHT_PACING'] = 'off';
const rounds = Number(process.argv[2] ?? 10);
await withBareBrowser(async ({ server, page: bare }) => {
  const home = await mkdtemp(join(tmpdir(), 'lw-typing-'));
  const lw = await WarmLinkwright.open({
    account: 'probe',
    origin: server.url,
    home,
    log: pino({ level: 'silent' }),
  });
  try {
    const mine = await lw.page();
    const time = async (p: Page): Promise<number> => {
      await p.goto(`${server.url}/in/person2/`, { waitUntil: 'domcontentloaded' });
      await p.evaluate(() => {
        const t = document.createElement('textarea');
        t.id = 'probe-typing';
        document.body.prepend(t);
        t.focus();
      });
      const t0 = performance.now();
      await p.locator('#probe-typing').pressSequentially(NOTE);
      return performance.now() - t0;
    };
    // Variants that tell the causes apart: a page of linkwright's context without its per-page CDP
    // setup (fingerprint, blocking), and a bare page with linkwright's viewport.
    const raw = await mine.context().newPage();
    const bareWide = await bare.context().newPage();
    await bareWide.setViewportSize(mine.viewportSize() ?? { width: 1366, height: 768 });
    const pages: Record<string, Page> = {
      linkwright: mine,
      'linkwright unprepared': raw,
      bare,
      'bare, linkwright viewport': bareWide,
    };
    const t: Record<string, number[]> = {};
    for (let i = 0; i < rounds; i++) {
      const names = Object.keys(pages);
      if (i % 2) names.reverse();
      for (const n of names) (t[n] ??= []).push(await time(pages[n]!));
    }
    const vp = (p: Page): string => JSON.stringify(p.viewportSize());
    console.log(`typing ${NOTE.length} chars (viewports: linkwright ${vp(mine)}, bare ${vp(bare)}):`);
    for (const [n, v] of Object.entries(t)) console.log(`  ${n.padEnd(28)} ${median(v).toFixed(0)} ms`);
  } finally {
    await lw.close();
    await rm(home, { recursive: true, force: true });
  }
});
