// Real processes racing for the same account's limit: exactly maxValue reservations may succeed, on the
// SQLite file (BEGIN IMMEDIATE) and on PostgreSQL (the account's advisory lock), each process with its own
// connection as workers on different machines would have.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LimitService } from '../../src/engine/policy/limits.ts';
import { REPO_ROOT } from './helpers.ts';
import { openTempStore, STORE_KINDS } from './store-adapters.ts';
import { categoriesFor } from '../support/action-services.ts';

const WORKER = join(import.meta.dirname, 'workers', 'race-worker.ts');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  result: Promise<{ granted: number; denied: number }>;
}

function startWorker(location: string, attempts: number, config: unknown, id: number): Worker {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', WORKER, location, 'alice', String(attempts), JSON.stringify(config), String(id)],
    {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.includes('ready\n')) onReady();
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const result = new Promise<{ granted: number; denied: number }>((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`worker ${id} exited ${code}: ${err}`));
        return;
      }
      const last = out.trim().split('\n').pop() ?? '';
      resolve(JSON.parse(last) as { granted: number; denied: number });
    });
  });
  return { child, ready, result };
}

async function race(
  workers: number,
  attempts: number,
  config: unknown,
  location: string,
): Promise<{ granted: number; denied: number }[]> {
  const ws = Array.from({ length: workers }, (_, i) => startWorker(location, attempts, config, i));
  await Promise.all(ws.map((w) => w.ready));
  for (const w of ws) w.child.stdin?.write('go\n');
  return Promise.all(ws.map((w) => w.result));
}

describe.each(STORE_KINDS)('limit counting across real processes (%s store)', (kind) => {
  it('grants exactly maxValue reservations to 6 processes hammering the same account', async () => {
    const { store, location, cleanup } = await openTempStore(kind); // migrated once up front
    cleanups.push(cleanup);
    const config = { limits: [{ category: 'stConnectionRequests', period: 'daily', maxValue: 7 }] };
    const results = await race(6, 5, config, location);
    expect(results.reduce((n, r) => n + r.granted, 0)).toBe(7);
    expect(results.reduce((n, r) => n + r.denied, 0)).toBe(6 * 5 - 7);
    const usage = await new LimitService(store, {
      limits: [{ category: 'stConnectionRequests', period: 'daily', maxValue: 7, isEnabled: true }],
    }).usage('alice', new Date());
    expect(
      usage.find((u) => u.category === 'stConnectionRequests' && u.period === 'daily')?.currentUsage,
    ).toBe(7);
  });

  it('lets exactly one of 8 processes take the last slot', async () => {
    const { store, location, cleanup } = await openTempStore(kind);
    cleanups.push(cleanup);
    const config = { limits: [{ category: 'stConnectionRequests', period: 'weekly', maxValue: 10 }] };
    const svc = new LimitService(store, {
      limits: [{ category: 'stConnectionRequests', period: 'weekly', maxValue: 10, isEnabled: true }],
    });
    for (let i = 0; i < 9; i++) {
      const r = await svc.reserve({
        account: 'alice',
        categories: categoriesFor('st.sendConnectionRequest', {}),
        key: null,
        runId: 'fill',
        now: new Date(),
      });
      if (!r.ok || !r.reservation) throw new Error('prefill failed');
      await svc.commit(r.reservation, new Date());
    }
    const results = await race(8, 1, config, location);
    expect(results.map((r) => r.granted).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
  });
});
