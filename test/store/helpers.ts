// Shared helpers for the store and policy tests: throwaway LINKWRIGHT_HOME folders and stores.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite-store.ts';

export function tempHome(prefix = 'lw-store-'): { home: string; cleanup: () => void } {
  const home = mkdtempSync(join(tmpdir(), prefix));
  return { home, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

export function tempStore(): {
  store: SqliteStore;
  home: string;
  dbPath: string;
  cleanup: () => Promise<void>;
} {
  const { home, cleanup } = tempHome();
  const dbPath = join(home, 'linkwright.db');
  const store = new SqliteStore(dbPath);
  return {
    store,
    home,
    dbPath,
    cleanup: async () => {
      await store.close();
      cleanup();
    },
  };
}

/** A clock tests move by hand. */
export function manualClock(start: string | Date): {
  now: () => Date;
  set: (t: string | Date) => void;
  advance: (ms: number) => void;
} {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (v) => {
      t = new Date(v).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** /proc/<pid>/stat fields after the command name: state, ppid, pgrp, … */
function procStat(pid: string): { state: string; pgrp: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: rest[0] ?? '?', pgrp: Number(rest[2]) };
  } catch {
    return null;
  }
}

/** A process that exists and is not a zombie (a killed process whose parent has not reaped it yet). */
export function processAlive(pid: number): boolean {
  if (process.platform === 'linux') {
    const st = procStat(String(pid));
    return st !== null && st.state !== 'Z' && st.state !== 'X';
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Any live (non-zombie) member of the process group. */
export function processGroupAlive(pgid: number): boolean {
  if (process.platform === 'linux') {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const st = procStat(name);
      if (st && st.pgrp === pgid && st.state !== 'Z' && st.state !== 'X') return true;
    }
    return false;
  }
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
