// Working hours at day and time-zone boundaries, across midnight and across DST changes, with an
// injectable clock.
import { describe, expect, it } from 'vitest';
import { workingHoursSchema, type WorkingHoursInput } from '../../src/engine/policy/policy-config.ts';
import {
  checkWorkingHours,
  waitForWorkingHours,
  zonedTimeToInstant,
} from '../../src/engine/policy/working-hours.ts';

function wh(input: Partial<WorkingHoursInput> & Pick<WorkingHoursInput, 'timezone'>) {
  return workingHoursSchema.parse({
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    start: '09:00',
    end: '18:00',
    ...input,
  });
}

function check(cfg: ReturnType<typeof wh>, iso: string) {
  return checkWorkingHours(cfg, new Date(iso));
}

function opensAt(cfg: ReturnType<typeof wh>, iso: string): string {
  const d = check(cfg, iso);
  if (d.open) throw new Error(`expected closed at ${iso}`);
  return d.opensAt.toISOString();
}

describe('Europe/Berlin, Mon–Fri 09:00–18:00 (CEST = UTC+2 in August)', () => {
  const berlin = wh({ timezone: 'Europe/Berlin' });

  it('opens at 09:00 local to the second and closes at 18:00', () => {
    expect(opensAt(berlin, '2026-08-10T06:59:59Z')).toBe('2026-08-10T07:00:00.000Z');
    expect(check(berlin, '2026-08-10T07:00:00Z')).toEqual({
      open: true,
      closesAt: new Date('2026-08-10T16:00:00Z'),
    });
    expect(check(berlin, '2026-08-10T15:59:59Z').open).toBe(true);
    expect(opensAt(berlin, '2026-08-10T16:00:00Z')).toBe('2026-08-11T07:00:00.000Z');
  });

  it('skips the weekend and says when it opens, in Linked API words and in UTC', () => {
    const d = check(berlin, '2026-08-14T16:30:00Z'); // Friday 18:30
    expect(d.open).toBe(false);
    if (d.open) return;
    expect(d.opensAt.toISOString()).toBe('2026-08-17T07:00:00.000Z');
    expect(d.message).toContain('Mon, Aug 17, 09:00 (Europe/Berlin)');
    expect(d.message).toContain('2026-08-17T07:00:00.000Z');
    expect(d.message).toContain('Mon–Fri 09:00–18:00 (Europe/Berlin)');
  });

  it('uses the local day, not the UTC day: 23:30 UTC Sunday is already Monday 01:30 in Berlin', () => {
    expect(opensAt(berlin, '2026-08-09T23:30:00Z')).toBe('2026-08-10T07:00:00.000Z');
    const earlyMonday = wh({ timezone: 'Europe/Berlin', start: '00:00', end: '02:00', days: ['mon'] });
    expect(check(earlyMonday, '2026-08-09T23:30:00Z').open).toBe(true);
  });
});

describe('America/Los_Angeles (PDT = UTC−7 in August)', () => {
  const la = wh({ timezone: 'America/Los_Angeles', end: '19:00' });

  it('Monday 20:00 local is Tuesday 03:00 UTC: closed until Tuesday 09:00 local', () => {
    expect(opensAt(la, '2026-08-11T03:00:00Z')).toBe('2026-08-11T16:00:00.000Z');
  });

  it('Saturday 01:00 UTC is still Friday 18:00 local: open', () => {
    expect(check(la, '2026-08-15T01:00:00Z')).toEqual({
      open: true,
      closesAt: new Date('2026-08-15T02:00:00Z'),
    });
  });
});

describe('Asia/Kolkata (UTC+05:30, a half-hour offset)', () => {
  const kolkata = wh({ timezone: 'Asia/Kolkata', start: '09:30', end: '18:00', days: [1, 2, 3, 4, 5, 6] });

  it('opens at 04:00 UTC', () => {
    expect(opensAt(kolkata, '2026-08-10T03:59:59Z')).toBe('2026-08-10T04:00:00.000Z');
    expect(check(kolkata, '2026-08-10T04:00:00Z')).toEqual({
      open: true,
      closesAt: new Date('2026-08-10T12:30:00Z'),
    });
  });

  it('Saturday is a working day, Sunday is not', () => {
    expect(check(kolkata, '2026-08-15T06:00:00Z').open).toBe(true);
    expect(opensAt(kolkata, '2026-08-16T06:00:00Z')).toBe('2026-08-17T04:00:00.000Z');
  });
});

describe('a window across midnight (Fri 22:00 → Sat 06:00, Europe/Berlin)', () => {
  const night = wh({ timezone: 'Europe/Berlin', days: ['fri'], start: '22:00', end: '06:00' });

  it('is open after midnight on Saturday because Friday’s window is still running', () => {
    expect(check(night, '2026-08-14T20:00:00Z')).toEqual({
      open: true,
      closesAt: new Date('2026-08-15T04:00:00Z'),
    });
    expect(check(night, '2026-08-15T01:00:00Z').open).toBe(true); // Sat 03:00 local
  });

  it('closes at 06:00 Saturday and opens again next Friday 22:00', () => {
    expect(opensAt(night, '2026-08-15T04:00:00Z')).toBe('2026-08-21T20:00:00.000Z');
    expect(opensAt(night, '2026-08-14T19:59:00Z')).toBe('2026-08-14T20:00:00.000Z');
  });

  it('end 24:00 means the whole evening', () => {
    const sunday = wh({ timezone: 'Europe/Berlin', days: ['sun'], start: '20:00', end: '24:00' });
    expect(check(sunday, '2026-08-16T21:59:59Z').open).toBe(true); // Sun 23:59:59 local
    expect(opensAt(sunday, '2026-08-16T22:00:00Z')).toBe('2026-08-23T18:00:00.000Z');
  });
});

describe('across DST changes', () => {
  it('Berlin spring forward (29 Mar 2026): 09:00 is 08:00 UTC on Saturday and 07:00 UTC on Sunday', () => {
    const daily = wh({
      timezone: 'Europe/Berlin',
      days: [1, 2, 3, 4, 5, 6, 7],
      start: '09:00',
      end: '17:00',
    });
    expect(check(daily, '2026-03-28T08:00:00Z')).toEqual({
      open: true,
      closesAt: new Date('2026-03-28T16:00:00Z'),
    });
    expect(opensAt(daily, '2026-03-28T16:30:00Z')).toBe('2026-03-29T07:00:00.000Z');
    expect(check(daily, '2026-03-29T07:00:00Z')).toEqual({
      open: true,
      closesAt: new Date('2026-03-29T15:00:00Z'),
    });
  });

  it('Berlin fall back (25 Oct 2026): Monday 09:00 is 08:00 UTC again', () => {
    const weekdays = wh({ timezone: 'Europe/Berlin' });
    expect(opensAt(weekdays, '2026-10-23T16:00:00Z')).toBe('2026-10-26T08:00:00.000Z');
  });

  it('Los Angeles spring forward (8 Mar 2026): Friday 09:00 PST → Monday 09:00 PDT', () => {
    const la = wh({ timezone: 'America/Los_Angeles' });
    expect(opensAt(la, '2026-03-07T02:00:00Z')).toBe('2026-03-09T16:00:00.000Z');
    expect(check(la, '2026-03-06T17:00:00Z').open).toBe(true); // Fri 09:00 PST = 17:00 UTC
  });

  it('a start time skipped by the change opens at the first instant after the gap', () => {
    // 02:30 does not exist in Berlin on 29 Mar 2026 (02:00 CET → 03:00 CEST = 01:00 UTC).
    expect(zonedTimeToInstant(2026, 3, 29, 2, 30, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    const gap = wh({ timezone: 'Europe/Berlin', days: ['sun'], start: '02:30', end: '05:00' });
    expect(opensAt(gap, '2026-03-29T00:30:00Z')).toBe('2026-03-29T01:00:00.000Z');
    expect(check(gap, '2026-03-29T01:00:00Z')).toEqual({
      open: true,
      closesAt: new Date('2026-03-29T03:00:00Z'),
    });
  });

  it('a start time that happens twice (fall back) opens at the first of the two', () => {
    // 02:30 happens at 00:30 UTC (CEST) and 01:30 UTC (CET) on 25 Oct 2026.
    expect(zonedTimeToInstant(2026, 10, 25, 2, 30, 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });
});

describe('configuration', () => {
  it('accepts day names or ISO numbers and rejects bad input', () => {
    expect(wh({ timezone: 'UTC', days: ['Sun', 1, 'mon'] }).days).toEqual([1, 7]);
    expect(() => wh({ timezone: 'Mars/Olympus' })).toThrow();
    expect(() => wh({ timezone: 'UTC', start: '09:00', end: '09:00' })).toThrow();
    expect(() => wh({ timezone: 'UTC', start: '9:00' })).toThrow();
    expect(() => wh({ timezone: 'UTC', days: [] })).toThrow();
    expect(() => wh({ timezone: 'UTC', days: [8] })).toThrow();
    expect(wh({ timezone: 'UTC' }).offHoursPolicy).toBe('pending');
  });
});

describe('waiting for the window (injectable clock and sleep)', () => {
  it('sleeps until it opens, announcing the opening time once', async () => {
    const cfg = wh({ timezone: 'Europe/Berlin' });
    let t = new Date('2026-08-14T16:30:00Z').getTime(); // Friday after hours
    const sleeps: number[] = [];
    const announced: string[] = [];
    await waitForWorkingHours({
      config: cfg,
      now: () => new Date(t),
      sleep: async (ms) => {
        sleeps.push(ms);
        t += ms;
      },
      onWait: (d) => {
        announced.push(d.opensAt.toISOString());
      },
    });
    expect(new Date(t).toISOString()).toBe('2026-08-17T07:00:00.000Z');
    expect(announced).toEqual(['2026-08-17T07:00:00.000Z']);
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(15 * 60_000); // re-checks at least every 15 min
  });

  it('stops when aborted', async () => {
    const cfg = wh({ timezone: 'Europe/Berlin' });
    const ac = new AbortController();
    const p = waitForWorkingHours({
      config: cfg,
      now: () => new Date('2026-08-15T12:00:00Z'),
      sleep: async () => {
        ac.abort(new Error('stop'));
      },
      signal: ac.signal,
    });
    await expect(p).rejects.toThrow('stop');
  });
});
