// bin/linkwright.js runs the compiled CLI only while every compiled file is newer than its source:
// the bundle (dist/bundle) while it is newer than every file tsc wrote, else dist/src; otherwise the
// TypeScript sources through tsx. Checked on a copy of the launcher in a scratch tree whose three
// entry points just say which one ran.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tree = mkdtempSync(join(tmpdir(), 'lw-bin-'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

function file(path: string, text: string, mtime: Date): void {
  const full = join(tree, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  utimesSync(full, mtime, mtime);
}

const launch = () =>
  execFileSync(process.execPath, [join(tree, 'bin', 'linkwright.js')], {
    encoding: 'utf8',
    env: { ...process.env, LINKWRIGHT_COMPILE_CACHE: 'off' },
  });

it('uses the bundle, then dist/, when newer than what they are built from, else tsx', () => {
  mkdirSync(join(tree, 'bin'));
  for (const f of readdirSync(join(root, 'bin')).filter((n) => n.endsWith('.js')))
    copyFileSync(join(root, 'bin', f), join(tree, 'bin', basename(f)));
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  writeFileSync(join(tree, 'package.json'), '{"type":"module"}\n');
  const earlier = new Date(Date.now() - 60_000);
  const later = new Date(Date.now() - 30_000);

  file('src/cli/main.ts', "import { which } from './which.ts';\nconsole.log(which);\n", earlier);
  file('src/cli/which.ts', "export const which: string = 'tsx';\n", earlier);
  expect(launch()).toBe('tsx\n'); // no dist/

  file('dist/src/cli/main.js', "import { which } from './which.js';\nconsole.log(which);\n", later);
  file('dist/src/cli/which.js', "export const which = 'dist';\n", later);
  expect(launch()).toBe('dist\n');

  const bundled = new Date(Date.now() - 20_000);
  file('dist/bundle/main.js', "console.log('bundle');\n", bundled);
  expect(launch()).toBe('bundle\n');

  // tsc ran again without the bundle step: the bundle is older than dist/ and is not used.
  const rebuilt = new Date(Date.now() - 10_000);
  utimesSync(join(tree, 'dist/src/cli/which.js'), rebuilt, rebuilt);
  expect(launch()).toBe('dist\n');

  const now = new Date();
  utimesSync(join(tree, 'src/cli/which.ts'), now, now); // edited after the build
  expect(launch()).toBe('tsx\n');
});
