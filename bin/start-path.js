// Which CLI bin/linkwright.js runs (plain JavaScript: it decides before any TypeScript can load).
// Also read by the benchmark, to report the path it measured.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * 'bundle' (dist/bundle, scripts/bundle-cli.mjs) when it is newer than every file tsc wrote, 'dist'
 * (dist/src) when those are newer than every source, else undefined: run the sources through tsx.
 */
export function compiledCli(root) {
  const dist = join(root, 'dist');
  const bundled = join(dist, 'bundle', 'main.js');
  if (!existsSync(join(dist, 'src', 'cli', 'main.js'))) return undefined;
  let newestCompiled = 0;
  const dirs = [dist];
  while (dirs.length > 0) {
    const dir = dirs.pop();
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== dirname(bundled)) dirs.push(path);
      } else if (entry.name.endsWith('.js')) {
        const compiledMs = statSync(path).mtimeMs;
        newestCompiled = Math.max(newestCompiled, compiledMs);
        const source = join(root, relative(dist, path)).replace(/\.js$/, '.ts');
        // A source deleted since the build is imported by nothing unchanged: ignore its output.
        if (existsSync(source) && statSync(source).mtimeMs > compiledMs) return undefined;
      }
    }
  }
  // tsc run again without the bundle step (or a bundle left from an older build): the bundle is stale.
  return existsSync(bundled) && statSync(bundled).mtimeMs >= newestCompiled ? 'bundle' : 'dist';
}
