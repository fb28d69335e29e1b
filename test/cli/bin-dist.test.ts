// bin/linkwright.js runs the compiled dist/ only while every compiled file is newer than its source;
// otherwise the TypeScript sources through tsx. Checked on a copy of the launcher in a scratch tree
// whose two entry points just say which one ran.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  execFileSync(process.execPath, [join(tree, 'bin', 'linkwright.js')], { encoding: 'utf8' });

it('uses dist/ when it is newer than every source, else tsx', () => {
  mkdirSync(join(tree, 'bin'));
  copyFileSync(join(root, 'bin', 'linkwright.js'), join(tree, 'bin', 'linkwright.js'));
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

  const now = new Date();
  utimesSync(join(tree, 'src/cli/which.ts'), now, now); // edited after the build
  expect(launch()).toBe('tsx\n');
});
