// A store that counts its calls and the time until each one's promise settled: passed to createWorker,
// it shows how much of a warm workflow is the queue's and the journal's writes (SQLite, synchronous =
// FULL: every commit waits for the disk). The calls are the real store's; nothing else changes.
import type { Store } from '../../src/store/store.ts';

export interface StoreTally {
  calls: number;
  ms: number;
  /** Per method: [calls, ms]. */
  byMethod: Record<string, [number, number]>;
}

export function timedStore(store: Store): { store: Store; tally: () => StoreTally; reset: () => void } {
  let t: StoreTally = { calls: 0, ms: 0, byMethod: {} };
  const add = (name: string, ms: number): void => {
    t.calls++;
    t.ms += ms;
    const m = (t.byMethod[name] ??= [0, 0]);
    m[0]++;
    m[1] += ms;
  };
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const v: unknown = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || typeof prop !== 'string' || prop === 'close') return v;
      return (...args: unknown[]): unknown => {
        const t0 = performance.now();
        const r: unknown = Reflect.apply(v as (...a: unknown[]) => unknown, target, args);
        if (r instanceof Promise)
          return r.finally(() => add(prop, performance.now() - t0)) as Promise<unknown>;
        add(prop, performance.now() - t0);
        return r;
      };
    },
  });
  return {
    store: proxy,
    tally: () => t,
    reset: () => {
      t = { calls: 0, ms: 0, byMethod: {} };
    },
  };
}
