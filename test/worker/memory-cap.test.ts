// The worker's memory cap (`maxSessionMemoryMB`, CLI `--memory-mb`) on the recorded LinkedIn with real
// Chromium and SQLite: a cap smaller than one browser closes the previous account's idle browser before
// the next account's opens (a warm account still runs without a launch), and every workflow completes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startReplayServer, type ReplayServer } from '../../fixtures/replay/http-server.ts';
import { createWorker } from '../../src/index.ts';

const log = pino({ level: process.env.LINKWRIGHT_TEST_LOG ?? 'silent' });
const check = (person: string) => ({
  actionType: 'st.checkConnectionStatus',
  personUrl: `https://www.linkedin.com/in/${person}`,
});

let server: ReplayServer;
const previousPacing = process.env.LINKWRIGHT_PACING;

beforeAll(async () => {
  process.env.LINKWRIGHT_PACING = 'off';
  server = await startReplayServer({ scenario: 'demo' });
});
afterAll(async () => {
  await server?.close();
  if (previousPacing === undefined) delete process.env.LINKWRIGHT_PACING;
  else process.env.LINKWRIGHT_PACING = previousPacing;
});

/** Runs the accounts' workflows one after another; the launches after each. */
async function launchesFor(maxSessionMemoryMB: number | undefined, accounts: string[]): Promise<number[]> {
  const worker = createWorker({
    home: mkdtempSync(join(tmpdir(), 'lw-memcap-')),
    origin: server.url,
    log,
    concurrency: 1,
    pollMs: 50,
    ...(maxSessionMemoryMB !== undefined ? { maxSessionMemoryMB } : {}),
  });
  const out: number[] = [];
  try {
    for (const [i, account] of accounts.entries()) {
      expect(await worker.run(account, check(i % 2 ? 'person2' : 'person1'))).toMatchObject({
        success: true,
        result: { workflowStatus: 'completed' },
      });
      out.push(worker.launches);
    }
  } finally {
    await worker.close();
  }
  return out;
}

describe('worker memory cap', () => {
  it('a cap below one browser keeps one warm browser: the idle one closes before the next opens', async () => {
    // 'one' is closed to open 'two'; 'two' is warm for its second workflow; 'one' launches again.
    expect(await launchesFor(1, ['one', 'two', 'two', 'one'])).toEqual([1, 2, 2, 3]);
  });

  it('when workflows return their browsers, idle ones over the cap close, the most recently used stays', async () => {
    const worker = createWorker({
      home: mkdtempSync(join(tmpdir(), 'lw-memcap-')),
      origin: server.url,
      log,
      concurrency: 2,
      pollMs: 50,
      maxSessionMemoryMB: 1,
    });
    try {
      // Submitted together, both run at once: neither browser is idle when the other opens, so both
      // open above the cap (busy browsers are never closed).
      const ids: string[] = [];
      for (const account of ['one', 'two']) {
        const r = await worker.submit(account, [check('person1'), check('person2'), check('person1')]);
        if (!r.success) throw new Error(r.error.message);
        ids.push(r.result.workflowId);
      }
      let maxOpen = 0;
      const sample = setInterval(() => (maxOpen = Math.max(maxOpen, worker.openSessions)), 20);
      for (const id of ids) expect((await worker.queue.settled(id)).status).toBe('completed');
      clearInterval(sample);
      expect(worker.launches).toBe(2);
      expect(maxOpen).toBe(2);
      // After both returned their browsers, the one over the cap closes without any new checkout.
      for (let i = 0; i < 100 && worker.openSessions > 1; i++) await new Promise((r) => setTimeout(r, 50));
      expect(worker.openSessions).toBe(1);
    } finally {
      await worker.close();
    }
  });

  it('without a cap (maxOpenSessions 4) both stay warm', async () => {
    expect(await launchesFor(undefined, ['one', 'two', 'two', 'one'])).toEqual([1, 2, 2, 2]);
  });
});
