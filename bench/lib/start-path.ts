// Which start path `bin/linkwright.js` takes: the compiled dist/ (when every compiled file is newer than
// its source) or the TypeScript sources through tsx. Same rule as the bin script, read-only.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function startPath(root: string): 'dist' | 'tsx' {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'src', 'cli', 'main.js'))) return 'tsx';
  const dirs = [dist];
  while (dirs.length > 0) {
    const dir = dirs.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) dirs.push(path);
      else if (entry.name.endsWith('.js')) {
        const source = join(root, relative(dist, path)).replace(/\.js$/, '.ts');
        if (existsSync(source) && statSync(source).mtimeMs > statSync(path).mtimeMs) return 'tsx';
      }
    }
  }
  return 'dist';
}
