// Shared helpers for the session tests: throwaway LINKWRIGHT_HOME folders and an in-memory logger.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../../src/log/logger.ts';

export function tempHome(): { home: string; cleanup: () => void } {
  const home = mkdtempSync(join(tmpdir(), 'lw-session-test-'));
  return { home, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

export function memoryLogger(): {
  log: Logger;
  text: () => string;
  lines: () => { msg?: string; [k: string]: unknown }[];
} {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString('utf8'));
      cb();
    },
  });
  const log = createLogger({ destination: stream, level: 'debug' });
  const text = () => chunks.join('');
  return {
    log,
    text,
    lines: () =>
      text()
        .split('\n')
        .filter((l) => l.trim().length > 0)
        .map((l) => JSON.parse(l) as { msg?: string }),
  };
}

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

/** Runs a TypeScript file in a fresh Node process (the way `npx tsx` does, minus npm's start-up). */
export function tsxArgs(file: string, ...args: string[]): string[] {
  return ['--import', 'tsx', file, ...args];
}
