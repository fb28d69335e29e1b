import { describe, expect, it } from 'vitest';
import {
  createPacing,
  DEFAULT_DELAYS,
  pacingEnabled,
  sampleDelay,
  seededRandom,
} from '../../src/engine/policy/pacing.ts';

describe('pacing', () => {
  it('is zero in tests and when switched off', () => {
    expect(pacingEnabled({}, { VITEST: 'true' })).toBe(false);
    expect(pacingEnabled({}, { LINKWRIGHT_PACING: 'off' })).toBe(false);
    expect(pacingEnabled({ enabled: false }, {})).toBe(false);
    expect(pacingEnabled({}, { VITEST: 'true', LINKWRIGHT_PACING: 'on' })).toBe(true);
    expect(pacingEnabled({}, {})).toBe(true);
    const p = createPacing({ env: { LINKWRIGHT_PACING: 'off' } });
    expect([p.delayMs('action'), p.delayMs('step'), p.keystrokeDelay()]).toEqual([0, 0, 0]);
  });

  it('draws bounded, varied, right-skewed delays, reproducible with a seed', () => {
    const a = createPacing({ env: {}, config: { seed: 42 } });
    const b = createPacing({ env: {}, config: { seed: 42 } });
    const xs = Array.from({ length: 2000 }, () => a.delayMs('step'));
    expect(Array.from({ length: 2000 }, () => b.delayMs('step'))).toEqual(xs);
    const { minMs, medianMs, maxMs } = DEFAULT_DELAYS.step;
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(minMs);
    expect(Math.max(...xs)).toBeLessThanOrEqual(maxMs);
    expect(new Set(xs).size).toBeGreaterThan(500);
    const sorted = [...xs].sort((p, q) => p - q);
    const median = sorted[1000] as number;
    expect(Math.abs(median - medianMs) / medianMs).toBeLessThan(0.1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(median); // long tail to the right
  });

  it('honours configured bounds, including a fixed delay', () => {
    const r = seededRandom(1);
    for (let i = 0; i < 500; i++) {
      const x = sampleDelay({ minMs: 100, medianMs: 150, maxMs: 200 }, r);
      expect(x).toBeGreaterThanOrEqual(100);
      expect(x).toBeLessThanOrEqual(200);
    }
    expect(sampleDelay({ minMs: 50, medianMs: 50, maxMs: 50 }, r)).toBe(50);
  });

  it('pause sleeps for the drawn delay', async () => {
    const slept: number[] = [];
    const p = createPacing({
      env: {},
      config: { seed: 7, action: { minMs: 1000, medianMs: 2000, maxMs: 3000 } },
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    await p.pause('action');
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThanOrEqual(1000);
    expect(slept[0]).toBeLessThanOrEqual(3000);
  });
});
