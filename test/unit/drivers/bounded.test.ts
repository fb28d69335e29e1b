// pollUntil's schedule: probes until a value or the budget, pauses growing from the first one; an
// optional pause before the first probe.
// Fake timers: what is checked is which probes ran before the clock moved, never how long anything took.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AbortedError, pollUntil } from '../../../drivers/shared/bounded.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A probe that answers `value` from its `n`-th call on, counting its calls. */
function probeFrom<T>(n: number, value: T): { probe: () => Promise<T | undefined>; calls: () => number } {
  let calls = 0;
  return {
    probe: async () => (++calls >= n ? value : undefined),
    calls: () => calls,
  };
}

describe('pollUntil', () => {
  it('pauses 25 ms, then twice as long each time, until a probe gives a value', async () => {
    const p = probeFrom(3, 'x');
    const r = pollUntil(p.probe, { timeoutMs: 10_000, intervalMs: 200 });
    await vi.advanceTimersByTimeAsync(0);
    expect(p.calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(24);
    expect(p.calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(p.calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(49);
    expect(p.calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    await expect(r).resolves.toBe('x');
    expect(p.calls()).toBe(3);
  });

  it('caps the pause at the interval and ends with undefined when the budget is spent', async () => {
    const p = probeFrom(Infinity, 'x');
    const r = pollUntil(p.probe, { timeoutMs: 1_000, intervalMs: 200 });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(r).resolves.toBeUndefined();
    // Probes at 0, 25, 75, 175, 375, 575, 775, 975 and, the last pause cut to the budget, 1000.
    expect(p.calls()).toBe(9);
  });

  it('with a first pause, the first probe waits for it; the schedule then runs as usual', async () => {
    const p = probeFrom(2, 'x');
    const r = pollUntil(p.probe, { timeoutMs: 10_000, intervalMs: 200, firstPauseMs: 25 });
    await vi.advanceTimersByTimeAsync(24);
    expect(p.calls()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(p.calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(25);
    await expect(r).resolves.toBe('x');
  });

  it('a first pause longer than the budget still ends in one probe', async () => {
    const p = probeFrom(Infinity, 'x');
    const r = pollUntil(p.probe, { timeoutMs: 10, firstPauseMs: 25 });
    await vi.advanceTimersByTimeAsync(100);
    await expect(r).resolves.toBeUndefined();
    expect(p.calls()).toBe(1);
  });

  it('an abort during the first pause ends the poll before any probe', async () => {
    const ac = new AbortController();
    const p = probeFrom(1, 'x');
    const r = pollUntil(p.probe, { timeoutMs: 10_000, firstPauseMs: 25, signal: ac.signal });
    const settled = expect(r).rejects.toBeInstanceOf(AbortedError);
    await vi.advanceTimersByTimeAsync(10);
    ac.abort();
    await settled;
    expect(p.calls()).toBe(0);
  });

  it('an abort during a pause ends the poll with AbortedError', async () => {
    const ac = new AbortController();
    const p = probeFrom(Infinity, 'x');
    const r = pollUntil(p.probe, { timeoutMs: 10_000, signal: ac.signal });
    const settled = expect(r).rejects.toBeInstanceOf(AbortedError);
    await vi.advanceTimersByTimeAsync(0);
    ac.abort();
    await settled;
  });
});
