// Working hours per account, in the account's IANA time zone, correct across midnight and DST changes.
// Only Intl is used (no time-zone package): the wall clock of an instant comes from formatToParts, and a
// wall-clock time is turned into an instant by trying the zone's offsets around it. A start time that
// does not exist (skipped by a spring-forward change) opens at the first instant after the gap; one that
// exists twice (fall-back) opens at the first of the two.
import type { WorkingHoursConfig } from './policy-config.ts';

export type WorkingHoursDecision =
  { open: true; closesAt: Date } | { open: false; opensAt: Date; message: string };

const DAY_MS = 86_400_000;

interface Wall {
  y: number;
  m: number; // 1–12
  d: number;
  hh: number;
  mm: number;
  ss: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(t: number, timeZone: string): Wall {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(t))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    y: out.year ?? 0,
    m: out.month ?? 1,
    d: out.day ?? 1,
    hh: (out.hour ?? 0) % 24,
    mm: out.minute ?? 0,
    ss: out.second ?? 0,
  };
}

/** The instant's wall-clock time written as if it were UTC (ms). */
function wallMs(t: number, timeZone: string): number {
  const w = wallClock(t, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mm, w.ss);
}

function offsetAt(t: number, timeZone: string): number {
  return wallMs(t, timeZone) - Math.floor(t / 1000) * 1000;
}

/** The instant at which the zone's clocks show y-m-d hh:mm (see the file comment for gaps and overlaps). */
export function zonedTimeToInstant(
  y: number,
  m: number,
  d: number,
  hh: number,
  mm: number,
  timeZone: string,
): Date {
  const local = Date.UTC(y, m - 1, d, hh, mm);
  const offsets = [
    ...new Set([
      offsetAt(local - DAY_MS, timeZone),
      offsetAt(local + DAY_MS, timeZone),
      offsetAt(local, timeZone),
    ]),
  ];
  const valid = offsets.map((o) => local - o).filter((t) => wallMs(t, timeZone) === local);
  if (valid.length > 0) return new Date(Math.min(...valid));
  // In a gap: binary-search the first instant whose wall clock is at or after `local`.
  let lo = local - Math.max(...offsets);
  let hi = local - Math.min(...offsets);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (wallMs(mid, timeZone) >= local) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

function parseClock(s: string): { hh: number; mm: number } {
  const [h, m] = s.split(':');
  return { hh: Number(h), mm: Number(m) };
}

function addDays(y: number, m: number, d: number, k: number): { y: number; m: number; d: number } {
  const t = new Date(Date.UTC(y, m - 1, d + k));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
function isoWeekday(y: number, m: number, d: number): number {
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The window that opens on local date y-m-d (it may end on the next day). */
function windowOf(
  cfg: WorkingHoursConfig,
  date: { y: number; m: number; d: number },
): { open: Date; close: Date } {
  const s = parseClock(cfg.start);
  const open = zonedTimeToInstant(date.y, date.m, date.d, s.hh, s.mm, cfg.timezone);
  let close: Date;
  if (cfg.end === '24:00' || cfg.end <= cfg.start) {
    const next = addDays(date.y, date.m, date.d, 1);
    const e = cfg.end === '24:00' ? { hh: 0, mm: 0 } : parseClock(cfg.end);
    close = zonedTimeToInstant(next.y, next.m, next.d, e.hh, e.mm, cfg.timezone);
  } else {
    const e = parseClock(cfg.end);
    close = zonedTimeToInstant(date.y, date.m, date.d, e.hh, e.mm, cfg.timezone);
  }
  return { open, close };
}

const DAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Mon–Fri 09:00–18:00 (Europe/Berlin)". */
export function describeWorkingHours(cfg: WorkingHoursConfig): string {
  const runs: string[] = [];
  let i = 0;
  const days = cfg.days;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && (days[j + 1] as number) === (days[j] as number) + 1) j++;
    const a = DAY_LABELS[(days[i] as number) - 1];
    const b = DAY_LABELS[(days[j] as number) - 1];
    runs.push(j - i >= 2 ? `${a}–${b}` : j === i ? `${a}` : `${a}, ${b}`);
    i = j + 1;
  }
  return `${runs.join(', ')} ${cfg.start}–${cfg.end} (${cfg.timezone})`;
}

/** "Mon, Aug 10, 09:00 (Europe/Berlin)": the form Linked API uses in its pending message. */
export function formatLocal(t: Date, timeZone: string): string {
  const s = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(t);
  return `${s} (${timeZone})`;
}

/** Is `now` inside the account's working hours; if not, when do they open next? */
export function checkWorkingHours(cfg: WorkingHoursConfig, now: Date): WorkingHoursDecision {
  const t = now.getTime();
  const today = wallClock(t, cfg.timezone);
  let next: Date | null = null;
  // Yesterday's window may still be open past midnight; 8 days ahead always reaches a working day.
  for (let k = -1; k <= 8; k++) {
    const date = addDays(today.y, today.m, today.d, k);
    if (!cfg.days.includes(isoWeekday(date.y, date.m, date.d))) continue;
    const w = windowOf(cfg, date);
    if (w.close.getTime() <= w.open.getTime()) continue; // swallowed by a DST gap
    if (w.open.getTime() <= t && t < w.close.getTime()) return { open: true, closesAt: w.close };
    if (w.open.getTime() > t && (next === null || w.open.getTime() < next.getTime())) next = w.open;
  }
  if (next === null) throw new Error('working hours: no window found in the next 8 days');
  return {
    open: false,
    opensAt: next,
    message:
      `Outside the account's working hours (${describeWorkingHours(cfg)}); they open at ` +
      `${formatLocal(next, cfg.timezone)}, ${next.toISOString()}.`,
  };
}

export interface WaitForWorkingHoursOptions {
  config: WorkingHoursConfig;
  now: () => Date;
  /** Resolves after `ms`, rejects when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  /** Called whenever a (new) opening time is known, before sleeping: log it, mark the record pending. */
  onWait?: (decision: Extract<WorkingHoursDecision, { open: false }>) => void | Promise<void>;
  /** Re-check at least this often (clock changes, suspend/resume). Default 15 min. */
  maxSleepMs?: number;
}

/** Sleeps until the working hours open. Resolves at once when they are open. */
export async function waitForWorkingHours(opts: WaitForWorkingHoursOptions): Promise<void> {
  const maxSleep = opts.maxSleepMs ?? 15 * 60_000;
  let announced: number | null = null;
  for (;;) {
    opts.signal?.throwIfAborted();
    const now = opts.now();
    const d = checkWorkingHours(opts.config, now);
    if (d.open) return;
    if (announced !== d.opensAt.getTime()) {
      announced = d.opensAt.getTime();
      await opts.onWait?.(d);
    }
    const ms = Math.max(1000, Math.min(d.opensAt.getTime() - now.getTime(), maxSleep));
    await opts.sleep(ms, opts.signal);
  }
}

/** setTimeout-based sleep honouring an AbortSignal. */
export function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
