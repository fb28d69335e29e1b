#!/usr/bin/env node
// Runs the compiled CLI (`npm run build`) when every compiled file is newer than its TypeScript
// source: the bundle in dist/bundle when it is newer than dist/, else dist/src; otherwise the
// sources through tsx's loader. Either way in this same process, so signals reach the real worker (a
// wrapper process would not forward them), and no build step is needed: a stale dist/ is never used.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enableCompileCache } from './compile-cache.js';
import { compiledCli } from './start-path.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Before anything heavy is imported: the compiled code of the packages is reused between starts.
enableCompileCache();

const compiled = compiledCli(root);
if (compiled === 'bundle') {
  await import('../dist/bundle/main.js');
} else if (compiled === 'dist') {
  await import('../dist/src/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
