// The bare cold-start baseline, plain JavaScript so nothing is transpiled: `node cold-check.mjs ORIGIN
// PROFILE_DIR VANITY NAME` launches a persistent Chromium, opens the profile, reads the top card's
// relationship, closes, and prints {status, marks} (ms since the process started, per step).
import { performance } from 'node:perf_hooks';

const [origin, profileDir, vanity, name] = process.argv.slice(2);
const mark = () => Math.round(performance.now());
const marks = {};
const { chromium } = await import('playwright');
marks.imported = mark();
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.LINKWRIGHT_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
marks.launched = mark();
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${origin}/in/${vanity}/`, { waitUntil: 'domcontentloaded' });
const main = page.locator('main');
const pending = main.getByRole('link', { name: `Pending, click to withdraw invitation sent to ${name}` });
const connect = main.getByRole('button', { name: `Invite ${name} to connect` });
await pending.or(connect).filter({ visible: true }).first().waitFor();
const status = (await pending.filter({ visible: true }).count()) > 0 ? 'pending' : 'notConnected';
marks.action = mark();
await context.close();
marks.closed = mark();
process.stdout.write(`${JSON.stringify({ status, marks })}\n`);
