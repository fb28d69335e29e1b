// The stale-session rule of warm-sessions.ts: a browser is probed when it is new (never seen healthy,
// e.g. relaunched after a crash) or was last seen healthy longer ago than staleAfterMs; otherwise not.
import { describe, expect, it } from 'vitest';
import type { LaunchedBrowser } from '../../src/browser/browser-launcher.ts';
import { WarmSessions } from '../../src/app/warm-sessions.ts';

describe('WarmSessions', () => {
  it('probes a new or stale browser, not one seen healthy recently', async () => {
    const warm = new WarmSessions({ staleAfterMs: 60_000 });
    const b1 = {} as LaunchedBrowser;
    const b2 = {} as LaunchedBrowser;
    expect(warm.needsProbe(b1, 1_000)).toBe(true);
    warm.markHealthy(b1, 1_000);
    expect(warm.needsProbe(b1, 61_000)).toBe(false);
    expect(warm.needsProbe(b1, 61_001)).toBe(true);
    // A relaunched browser (another object) is probed even right after the old one was healthy.
    expect(warm.needsProbe(b2, 2_000)).toBe(true);
    expect(warm.pool.launches).toBe(0);
    await warm.close();
  });
});
