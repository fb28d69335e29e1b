// Bench-only probe: the send with a note through linkwright with the first read after Connect, after Send
// and after the dialog closed coming one short pause late (`pauseFirst`, as shipped) and coming at once
// (as before), alternated run by run in one process, so both see the same load. Prints each median and the
// median of the paired ratios. Run: npx tsx bench/probe/first-pause-ab.ts [pairs]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { InviteDialog } from '../../drivers/linkedin/invite-dialog.ts';
import { ProfilePage, profileStatus } from '../../drivers/linkedin/profile-page.ts';
import { refusalToast } from '../../drivers/linkedin/toasts.ts';
import type { Reading } from '../../drivers/linkedin/page-state.ts';
import { startReplayServer } from '../../fixtures/replay/http-server.ts';
import { WarmLinkwright } from '../lib/linkwright-warm.ts';
import { median } from '../lib/stats.ts';
import { NOTE } from '../sections/action-overhead.ts';

process.env['LINKWRIGHT_PACING'] = 'off';

const waitForStep = InviteDialog.prototype.waitForStep;
const waitForPendingOrRefusal = ProfilePage.prototype.waitForPendingOrRefusal;
/** `false`: every wait reads at once, as before `pauseFirst`. */
function pauseFirst(on: boolean): void {
  InviteDialog.prototype.waitForStep = on
    ? waitForStep
    : function (this: InviteDialog, accept, timeoutMs) {
        return waitForStep.call(this, accept, timeoutMs, { afterRoundTrip: false });
      };
  ProfilePage.prototype.waitForPendingOrRefusal = on
    ? waitForPendingOrRefusal
    : function (this: ProfilePage, timeoutMs: number, seen?: Reading) {
        // Before: a deciding `seen` was taken, otherwise the wait read at once.
        const decides = seen && (profileStatus(seen).kind === 'pending' || refusalToast(seen) !== null);
        return waitForPendingOrRefusal.call(this, timeoutMs, decides ? seen : undefined);
      };
}

const pairs = Number(process.argv[2] ?? 15);
const server = await startReplayServer({});
const home = await mkdtemp(join(tmpdir(), 'lw-first-pause-'));
const log = pino({ level: 'silent' });
const lw = await WarmLinkwright.open({ account: 'probe', origin: server.url, home, log });
const wf = JSON.stringify({
  actionType: 'st.sendConnectionRequest',
  personUrl: 'https://www.linkedin.com/in/person2',
  note: NOTE,
});
try {
  const page = await lw.page();
  const on: number[] = [];
  const off: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i <= pairs; i++) {
    const t: Record<'on' | 'off', number> = { on: 0, off: 0 };
    // Alternate which goes first, so neither always follows the other.
    for (const mode of i % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      pauseFirst(mode === 'on');
      server.replay.reset('demo');
      await page.goto('about:blank');
      const t0 = performance.now();
      await lw.run(wf);
      t[mode] = performance.now() - t0;
    }
    if (i === 0) continue; // warm-up
    on.push(t.on);
    off.push(t.off);
    ratios.push(t.on / t.off);
  }
  console.log(
    `pauseFirst ${median(on).toFixed(0)} ms, reading at once ${median(off).toFixed(0)} ms, ` +
      `median paired ratio ${median(ratios).toFixed(3)} over ${pairs} pairs`,
  );
} finally {
  pauseFirst(true);
  await lw.close();
  await server.close();
  await rm(home, { recursive: true, force: true });
}
