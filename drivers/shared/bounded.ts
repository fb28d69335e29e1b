// Bounded waiting. Every wait in the drivers goes through these helpers so that no step can hang:
// each takes an explicit budget and honours the action's AbortSignal.

export class AbortedError extends Error {
  constructor() {
    super('the action was aborted');
    this.name = 'AbortedError';
  }
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AbortedError();
}

/** Sleeps `ms` (0 returns at once); rejects with AbortedError when the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  throwIfAborted(signal);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface PollOptions {
  /** Total budget in ms; the probe runs at least once. */
  timeoutMs: number;
  /** Longest pause between probes (default 100 ms). */
  intervalMs?: number;
  signal?: AbortSignal;
  /**
   * A pause before the first probe (default none). After a click whose effect needs LinkedIn's answer
   * (a server round trip), or right after a read that did not see it yet, a probe at once only costs a
   * read and delays the next one.
   */
  firstPauseMs?: number;
}

/** The first pause of a poll; each next one doubles, up to the poll's interval. */
export const FIRST_POLL_PAUSE_MS = 25;

/**
 * Runs `probe` until it returns something other than `undefined`, or the budget is spent
 * (then `undefined`). Probes must be read-only: they may run many times. The pauses grow from
 * FIRST_POLL_PAUSE_MS to `intervalMs`: most things we wait for (a dialog after a click) show within
 * tens of ms, and a flat 200 ms pause was the largest single cost of an action (bench/README.md).
 */
export async function pollUntil<T>(
  probe: () => Promise<T | undefined>,
  opts: PollOptions,
): Promise<T | undefined> {
  const deadline = Date.now() + Math.max(0, opts.timeoutMs);
  const interval = opts.intervalMs ?? 100;
  let pause = Math.min(FIRST_POLL_PAUSE_MS, interval);
  if (opts.firstPauseMs) await sleep(Math.min(opts.firstPauseMs, Math.max(0, opts.timeoutMs)), opts.signal);
  for (;;) {
    throwIfAborted(opts.signal);
    const value = await probe();
    if (value !== undefined) return value;
    const left = deadline - Date.now();
    if (left <= 0) return undefined;
    await sleep(Math.min(pause, left), opts.signal);
    pause = Math.min(pause * 2, interval);
  }
}

/**
 * Bounds a call Playwright leaves unbounded (`page.evaluate`): a hung renderer must not hold the action
 * until the engine's timeout. Rejects after `ms`, or at once when the signal fires.
 */
export function withTimeout<T>(
  p: Promise<T>,
  ms: number,
  what = 'operation',
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      reject(new Error(`${what} timed out after ${ms} ms`));
    }, ms);
    // Handlers first: a call that settles after the bound must not become an unhandled rejection.
    p.then(
      (v) => {
        done();
        resolve(v);
      },
      (e: unknown) => {
        done();
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}
