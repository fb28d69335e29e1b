// Limit periods in UTC: a day starts 00:00 UTC, a week on Monday 00:00 UTC, a month on the 1st 00:00 UTC.
// Calendar windows (not rolling ones) so `resetsAt` is a time a user can plan with, as ConnectSafely does
// for its weekly invitation counter (../shared/spec/peers-and-limits.md §1.3).
import type { LimitPeriod } from './limit-catalog.ts';

const DAY_MS = 86_400_000;

function startOfUtcDay(t: Date): Date {
  return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()));
}

/** Start of the period that contains `now`. */
export function periodStart(period: LimitPeriod, now: Date): Date {
  const day = startOfUtcDay(now);
  if (period === 'daily') return day;
  if (period === 'weekly') {
    const sinceMonday = (day.getUTCDay() + 6) % 7; // getUTCDay: 0 = Sunday
    return new Date(day.getTime() - sinceMonday * DAY_MS);
  }
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/** The next reset strictly after `now` (= end of the period containing `now`). */
export function periodEnd(period: LimitPeriod, now: Date): Date {
  const start = periodStart(period, now);
  if (period === 'daily') return new Date(start.getTime() + DAY_MS);
  if (period === 'weekly') return new Date(start.getTime() + 7 * DAY_MS);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** Next Monday 00:00 UTC strictly after `now`. */
export function nextWeeklyReset(now: Date): Date {
  return periodEnd('weekly', now);
}

/** Next 1st of the month 00:00 UTC strictly after `now`. */
export function nextMonthlyReset(now: Date): Date {
  return periodEnd('monthly', now);
}
