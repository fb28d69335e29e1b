// Human pacing: randomised, bounded delays between actions, between the steps of an action, and between
// keystrokes. Log-normal, because human reaction and dwell times are right-skewed (mostly quick, now
// and then a long pause), resampled into [min, max] so no delay is absurd. Seedable for reproducible
// runs. Fixed delays are a bot signature (felladrin's fixed 1.5 s, ../shared/spec/peers-and-limits.md §2.5);
// vendors space actions by about a minute (Unipile) and requests by 2–5 s (tomquirk).
//
// Off (all zero) when LINKWRIGHT_PACING=off, when config `pacing.enabled` is false, or under vitest
// unless LINKWRIGHT_PACING=on.
import type { DelayConfig, PacingConfig } from './policy-config.ts';
import { realSleep } from './working-hours.ts';

export type PacingKind = 'step' | 'typing' | 'action';

/** Pacing as a run uses it: the drivers' steps and keystrokes (drivers/shared/pacing.ts), and actions. */
export interface PacingService {
  pause(kind: PacingKind): Promise<void>;
  /** Delay in ms between keystrokes when typing like a person. */
  keystrokeDelay(): number;
}

export const DEFAULT_DELAYS: Readonly<Record<PacingKind, DelayConfig>> = {
  /** Between actions: a person reads the page before the next thing (Unipile: ~1 min between calls). */
  action: { minMs: 15_000, medianMs: 40_000, maxMs: 180_000 },
  /** Between the clicks of one action: look, move, click. */
  step: { minMs: 400, medianMs: 1_200, maxMs: 4_000 },
  /** Per keystroke: ~100 words/min bursts with hesitations. */
  typing: { minMs: 40, medianMs: 110, maxMs: 350 },
};

/** mulberry32: small, fast, good enough for jitter; seedable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function standardNormal(random: () => number): number {
  // Box–Muller; 1 - u keeps log() away from 0.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** One bounded log-normal delay; the 99th percentile of the unbounded law sits at maxMs. */
export function sampleDelay(d: DelayConfig, random: () => number): number {
  if (d.maxMs <= 0) return 0;
  if (d.minMs === d.maxMs) return d.minMs;
  const median = Math.max(d.medianMs, 1);
  const sigma = Math.max(Math.log(Math.max(d.maxMs, median + 1) / median) / 2.326, 0.05);
  for (let i = 0; i < 8; i++) {
    const x = median * Math.exp(sigma * standardNormal(random));
    if (x >= d.minMs && x <= d.maxMs) return Math.round(x);
  }
  return Math.round(Math.min(Math.max(median, d.minMs), d.maxMs));
}

export function pacingEnabled(config: PacingConfig, env: NodeJS.ProcessEnv = process.env): boolean {
  const flag = env.LINKWRIGHT_PACING?.toLowerCase();
  if (flag === 'off' || flag === '0' || flag === 'false') return false;
  if (config.enabled === false) return false;
  if (flag === 'on' || flag === '1' || flag === 'true') return true;
  return env.VITEST === undefined;
}

export interface HumanPacing extends PacingService {
  readonly enabled: boolean;
  /** The next delay of this kind, in ms (0 when pacing is off). */
  delayMs(kind: PacingKind): number;
}

export interface CreatePacingOptions {
  config?: PacingConfig;
  env?: NodeJS.ProcessEnv;
  /** Overrides config.seed / Math.random. */
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
}

export function createPacing(opts: CreatePacingOptions = {}): HumanPacing {
  const config = opts.config ?? {};
  const enabled = pacingEnabled(config, opts.env);
  const random = opts.random ?? (config.seed !== undefined ? seededRandom(config.seed) : Math.random);
  const sleep = opts.sleep ?? realSleep;
  const delays: Record<PacingKind, DelayConfig> = {
    action: config.action ?? DEFAULT_DELAYS.action,
    step: config.step ?? DEFAULT_DELAYS.step,
    typing: config.typing ?? DEFAULT_DELAYS.typing,
  };
  const delayMs = (kind: PacingKind): number => (enabled ? sampleDelay(delays[kind], random) : 0);
  return {
    enabled,
    delayMs,
    async pause(kind: PacingKind): Promise<void> {
      const ms = delayMs(kind);
      if (ms > 0) await sleep(ms, opts.signal);
    },
    keystrokeDelay(): number {
      return delayMs('typing');
    },
  };
}
