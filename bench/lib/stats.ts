// Paired, alternated A/B timing: each pair runs linkwright (A) and the bare Playwright script (B) back
// to back, the order flipping every pair, so load from other processes on a shared machine hits both
// sides alike. The figure is the median of the per-pair ratios, not the ratio of the medians.
import { seededRandom } from '../../src/engine/policy/pacing.ts';

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface PairedResult {
  /** Median of A/B over the pairs. */
  ratio: number;
  /**
   * 95 % bootstrap interval of that median (pairs resampled with replacement, seeded: the same samples
   * give the same interval); null under MIN_INTERVAL_PAIRS. Within-run uncertainty only: it takes the
   * pairs as independent, so a shift of one side between stretches of a run, or another host, is not in
   * it. With 5 pairs (`--quick`) it is about the pairs' min..max.
   */
  ratioInterval: [number, number] | null;
  medianAMs: number;
  medianBMs: number;
  pairs: number;
  /** Every pair's [A ms, B ms], in run order. */
  samples: [number, number][];
}

export interface PairedOptions {
  pairs: number;
  /** Untimed pairs first (caches, JIT, the profile's first start). */
  warmup?: number;
  /** Runs before every sample, untimed (reset the recorded LinkedIn, blank the page). */
  before?: () => Promise<void>;
  /** Progress line per pair. */
  report?: (line: string) => void;
}

/** Times `a` and `b` (each returns its own duration in ms, or is timed around the call). */
export async function paired(
  label: string,
  a: () => Promise<number | void>,
  b: () => Promise<number | void>,
  opts: PairedOptions,
): Promise<PairedResult> {
  const timeOne = async (fn: () => Promise<number | void>): Promise<number> => {
    await opts.before?.();
    const t0 = performance.now();
    const own = await fn();
    return typeof own === 'number' ? own : performance.now() - t0;
  };
  const samples: [number, number][] = [];
  const total = (opts.warmup ?? 0) + opts.pairs;
  for (let i = 0; i < total; i++) {
    let ta: number;
    let tb: number;
    if (i % 2 === 0) {
      ta = await timeOne(a);
      tb = await timeOne(b);
    } else {
      tb = await timeOne(b);
      ta = await timeOne(a);
    }
    const warm = i < (opts.warmup ?? 0);
    opts.report?.(
      `${label} ${warm ? 'warm-up' : `pair ${i - (opts.warmup ?? 0) + 1}/${opts.pairs}`}: ` +
        `linkwright ${ta.toFixed(0)} ms, bare ${tb.toFixed(0)} ms`,
    );
    if (!warm) samples.push([ta, tb]);
  }
  const ratios = samples.map(([x, y]) => x / y);
  const interval = bootstrapMedianInterval(ratios);
  return {
    ratio: round(median(ratios), 3),
    ratioInterval: interval && [round(interval[0], 3), round(interval[1], 3)],
    medianAMs: round(median(samples.map(([x]) => x)), 1),
    medianBMs: round(median(samples.map(([, y]) => y)), 1),
    pairs: samples.length,
    samples: samples.map(([x, y]) => [round(x, 1), round(y, 1)]),
  };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Below this many pairs a resampled median can only be one of a few values: no interval is given. */
export const MIN_INTERVAL_PAIRS = 5;

/** Percentile bootstrap of the median: 2,000 resamples, a fixed seed (the pacing's PRNG) for repeatability. */
export function bootstrapMedianInterval(xs: readonly number[], level = 0.95): [number, number] | null {
  if (xs.length < MIN_INTERVAL_PAIRS) return null;
  const random = seededRandom(0x9e3779b9);
  const medians: number[] = [];
  for (let r = 0; r < 2_000; r++) {
    const resample = Array.from({ length: xs.length }, () => xs[Math.floor(random() * xs.length)]!);
    medians.push(median(resample));
  }
  medians.sort((a, b) => a - b);
  const at = (q: number): number => medians[Math.min(medians.length - 1, Math.floor(q * medians.length))]!;
  return [at((1 - level) / 2), at(1 - (1 - level) / 2)];
}
