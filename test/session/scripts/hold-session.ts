// Child process for the lock and orphan tests: opens an account session (lock + Chromium) and
// stays alive until killed. Prints one JSON line when ready.
import { chromiumPidsForProfile } from '../../../src/browser/chromium-processes.ts';
import { processTree } from '../../../src/system/process-info.ts';
import { profileDir } from '../../../src/config/paths.ts';
import { createLogger } from '../../../src/log/logger.ts';
import { openAccountSession } from '../../../src/session/account-session.ts';

const [home, account, origin] = process.argv.slice(2) as [string, string, string];
const session = await openAccountSession({
  account,
  origin,
  home,
  log: createLogger({ pretty: false }),
  purpose: 'test-holder',
});
await session.browser.page();
const browser = chromiumPidsForProfile(profileDir(account, home)).browser;
const tree = browser.flatMap((p) => processTree(p));
process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid, browser, tree })}\n`);
setInterval(() => {}, 60_000);
