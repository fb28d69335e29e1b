// Bench-only probe: counts the Playwright API calls (and their time) one warm send-with-note and one
// status check make, through the same path as the bench's linkwright side. Uses Playwright's own
// `pw:api` debug channel (every public call logs "=> name started" / "<= name succeeded"), so nothing in
// src/ is instrumented. Run: DEBUG=pw:api npx tsx bench/probe/count-calls.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startReplayServer } from '../../fixtures/replay/http-server.ts';
import { bareSendWithNote } from '../lib/bare-page-work.ts';
import { withBareBrowser } from '../lib/bare-browser.ts';
import { WarmLinkwright } from '../lib/linkwright-warm.ts';
import { NOTE } from '../sections/action-overhead.ts';
import { median } from '../lib/stats.ts';

process.env['LINKWRIGHT_PACING'] = 'off';

interface Call {
  name: string;
  t0: number;
  ms?: number;
}
let calls: Call[] = [];
let recording = false;
const open: Call[] = [];
const write = process.stderr.write.bind(process.stderr);
process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]): boolean => {
  const text = String(chunk);
  if (!text.includes('pw:api')) return write(chunk, ...rest);
  for (const line of text.split('\n')) onLine(line);
  return true;
}) as typeof process.stderr.write;
function onLine(line: string): void {
  if (!recording) return;
  const start = /=> (\S+) started/.exec(line);
  if (start) {
    const c = { name: start[1]!, t0: performance.now() };
    calls.push(c);
    open.push(c);
    return;
  }
  const end = /<= (\S+) (succeeded|failed)/.exec(line);
  if (end) {
    const i = open.findIndex((c) => c.name === end[1]);
    if (i >= 0) {
      const [c] = open.splice(i, 1);
      c!.ms = performance.now() - c!.t0;
    }
  }
}

function summary(label: string, wall: number, t0: number): void {
  const by = new Map<string, { n: number; ms: number }>();
  for (const c of calls) {
    const e = by.get(c.name) ?? { n: 0, ms: 0 };
    e.n++;
    e.ms += c.ms ?? 0;
    by.set(c.name, e);
  }
  console.log(`\n${label}: ${calls.length} Playwright calls, wall ${wall.toFixed(0)} ms`);
  for (const [name, e] of [...by].sort((a, b) => b[1].ms - a[1].ms))
    console.log(`  ${name.padEnd(34)} ${String(e.n).padStart(3)}  ${e.ms.toFixed(0).padStart(6)} ms`);
  if (process.env['PROBE_SEQ']) {
    // Timeline: start offset, duration, and the idle gap before each call (Node time or a poll's sleep).
    let prevEnd = t0;
    for (const c of calls) {
      const gap = c.t0 - prevEnd;
      console.log(
        `  +${(c.t0 - t0).toFixed(0).padStart(5)} ms  gap ${gap.toFixed(0).padStart(4)}  ${c.name} ${(c.ms ?? 0).toFixed(0)} ms`,
      );
      prevEnd = c.t0 + (c.ms ?? 0);
    }
    console.log(`  end gap ${(t0 + wall - prevEnd).toFixed(0)} ms`);
  }
}

/**
 * The run cut at the end of each click (the send: More, Connect, Add a note, Send), so linkwright's and
 * the bare script's steps compare phase by phase: [start → 1st click done, …, last click done → end].
 */
const phases: Record<string, number[][]> = {};
function recordPhases(label: string, wall: number, t0: number): void {
  const ends = calls.filter((c) => c.name === 'locator.click').map((c) => c.t0 + (c.ms ?? 0) - t0);
  const cuts = [0, ...ends, wall];
  // Last column: the navigation alone (page.goto), which is the browser's work, not linkwright's.
  const gotoMs = calls.filter((c) => c.name === 'page.goto').reduce((t, c) => t + (c.ms ?? 0), 0);
  (phases[label] ??= []).push([...cuts.slice(1).map((c, i) => c - cuts[i]!), gotoMs]);
}
function printPhases(): void {
  console.log('\nphases (median ms; cut at the end of each click; last: page.goto alone):');
  for (const [label, runs] of Object.entries(phases)) {
    const n = Math.min(...runs.map((r) => r.length));
    const med = Array.from({ length: n }, (_, i) => median(runs.map((r) => r[i]!)));
    console.log(
      `  ${label.padEnd(34)} ${med.map((m) => m.toFixed(0).padStart(5)).join(' ')}  (${runs.length} runs)`,
    );
  }
}

const server = await startReplayServer({});
const home = await mkdtemp(join(tmpdir(), 'lw-probe-'));
// PROBE_MARKS=1: every log line (trace level) shows in the timeline as a zero-length call named by its message.
const marks = process.env['PROBE_MARKS'] !== undefined;
const log = marks
  ? pino(
      { level: 'trace' },
      {
        write: (line: string): void => {
          if (!recording) return;
          const o = JSON.parse(line) as { msg?: unknown; key?: unknown };
          const msg = String(o.msg ?? '').replace(/\s+/g, '_');
          // A matched selector also names its winning candidate (how far down the chain it was).
          const key = typeof o.key === 'string' ? `:${o.key}` : '';
          calls.push({ name: `LOG:${msg.slice(0, 40)}${key}`, t0: performance.now(), ms: 0 });
        },
      },
    )
  : pino({ level: process.env['PROBE_LOG'] ?? 'silent' });
const lw = await WarmLinkwright.open({ account: 'probe', origin: server.url, home, log });
try {
  const page = await lw.page();
  const flows: [string, object][] = [
    [
      'st.checkConnectionStatus',
      { actionType: 'st.checkConnectionStatus', personUrl: 'https://www.linkedin.com/in/johndoe' },
    ],
    [
      'st.sendConnectionRequest + note',
      {
        actionType: 'st.sendConnectionRequest',
        personUrl: 'https://www.linkedin.com/in/person2',
        note: NOTE,
      },
    ],
  ];
  const rounds = Number(process.env['PROBE_ROUNDS'] ?? 2);
  const walls: Record<string, number[]> = {};
  const record = async (label: string, fn: () => Promise<unknown>, round: number): Promise<void> => {
    calls = [];
    recording = true;
    const t0 = performance.now();
    await fn();
    const wall = performance.now() - t0;
    recording = false;
    if (round > 0) (walls[label] ??= []).push(wall);
    if (round > 0) recordPhases(label, wall, t0);
    if (round === rounds - 1) summary(label, wall, t0);
  };
  // PROBE_BARE=1: the baseline's own timeline too (its own browser and recorded LinkedIn), its rounds
  // alternated with linkwright's as in the bench, for a step-by-step comparison.
  const withBare = process.env['PROBE_BARE']
    ? withBareBrowser
    : (fn: (b: null) => Promise<void>): Promise<void> => fn(null);
  await withBare(async (bare: { server: typeof server; page: typeof page } | null) => {
    for (let round = 0; round < rounds; round++) {
      for (const [label, wf] of flows) {
        server.replay.reset('demo');
        await page.goto('about:blank');
        await record(label, () => lw.run(JSON.stringify(wf)), round);
      }
      if (bare) {
        bare.server.replay.reset('demo');
        await bare.page.goto('about:blank');
        await record(
          'bare send + note',
          () => bareSendWithNote(bare.page, bare.server.url, 'person2', 'Tomas Lindqvist', NOTE),
          round,
        );
      }
    }
  });
  printPhases();
  for (const [label, w] of Object.entries(walls))
    console.log(
      `${label}: median wall ${[...w].sort((a, b) => a - b)[Math.floor(w.length / 2)]!.toFixed(0)} ms over ${w.length} runs`,
    );
} finally {
  await lw.close();
  await server.close();
  await rm(home, { recursive: true, force: true });
}
