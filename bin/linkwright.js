#!/usr/bin/env node
// Runs the compiled CLI from dist/ (`npm run build`) when every compiled file is newer than its
// TypeScript source; otherwise the sources through tsx's loader. Either way in this same process, so
// signals reach the real worker (a wrapper process would not forward them), and no build step is
// needed: a stale dist/ is never used.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** True when dist/ holds the CLI and no source was edited after it was compiled. */
function distUpToDate() {
  if (!existsSync(join(dist, 'src', 'cli', 'main.js'))) return false;
  const dirs = [dist];
  while (dirs.length > 0) {
    const dir = dirs.pop();
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) dirs.push(path);
      else if (entry.name.endsWith('.js')) {
        const source = join(root, relative(dist, path)).replace(/\.js$/, '.ts');
        // A source deleted since the build is imported by nothing unchanged: ignore its output.
        if (existsSync(source) && statSync(source).mtimeMs > statSync(path).mtimeMs) return false;
      }
    }
  }
  return true;
}

if (distUpToDate()) {
  await import('../dist/src/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
