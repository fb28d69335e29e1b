#!/usr/bin/env node
// The CLI's compiled start path, second step of `npm run build`: the ~350 modules tsc wrote to
// dist/ bundled into a few files in dist/bundle/ (one chunk per command, so a command still loads
// only its own code), packages left outside. Node 20 has no code cache for ES modules, and loading
// them one by one costs ≈ 150 ms of every start (bench/README.md). bin/linkwright.js uses the
// bundle only when it is newer than every compiled file, and dist/ only when that is newer than
// every source. No esbuild (an install without dev dependencies): no bundle, nothing else changes.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bundle');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.error('bundle-cli: esbuild is not installed; the CLI runs from dist/src');
  rmSync(out, { recursive: true, force: true });
  process.exit(0);
}

rmSync(out, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [join(root, 'dist', 'src', 'cli', 'main.js')],
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages stay where npm put them (native builds, their own file lookups, the code cache of
  // bin/compile-cache.js); only linkwright's own modules are joined.
  packages: 'external',
  // Names stay as written: no __name() helper, which would break the functions that Playwright
  // serializes into the page (page.evaluate).
  keepNames: false,
  minify: false,
  sourcemap: 'linked',
  logLevel: 'warning',
});
