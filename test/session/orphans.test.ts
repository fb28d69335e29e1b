// When the Node process that owns a browser is SIGKILLed, no Chromium of that profile may remain.
// (Chromium exits when Playwright's pipe closes; this test is the proof the session pool relies on.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumPidsForProfile } from '../../src/browser/chromium-processes.ts';
import { isPidAlive, processStartTime } from '../../src/system/process-info.ts';
import { profileDir } from '../../src/config/paths.ts';
import { spawnTs } from './helpers/child.ts';
import { startStubLinkedIn, type StubLinkedIn } from './helpers/stub-linkedin.ts';
import { tempHome } from './helpers/test-env.ts';

const env = tempHome();
let stub: StubLinkedIn;
beforeAll(async () => {
  stub = await startStubLinkedIn('signedIn');
});
afterAll(async () => {
  await stub?.close();
  env.cleanup();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('leaves no Chromium behind when the owning Node process is SIGKILLed', async () => {
  const holder = spawnTs('test/session/scripts/hold-session.ts', [env.home, 'orphan', stub.origin]);
  let tree: number[] = [];
  try {
    const ready = await holder.firstJson<{ pid: number; browser: number[]; tree: number[] }>(90_000);
    expect(ready.browser.length).toBe(1);
    tree = ready.tree;
    expect(tree.length).toBeGreaterThan(1); // browser + zygote/renderer/gpu/utility children
    const started = new Map(tree.map((p) => [p, processStartTime(p)]));

    holder.proc.kill('SIGKILL');
    await holder.exited;

    // A pid counts as a survivor only if it is alive AND is still the same process (start time).
    const survivors = () => tree.filter((p) => isPidAlive(p) && processStartTime(p) === started.get(p));
    const deadline = Date.now() + 20_000;
    while (survivors().length > 0 && Date.now() < deadline) await sleep(200);
    expect(survivors()).toEqual([]);
    expect(chromiumPidsForProfile(profileDir('orphan', env.home)).all).toEqual([]);
  } finally {
    holder.proc.kill('SIGKILL');
    for (const p of tree) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // gone, as expected
      }
    }
  }
}, 180_000);
