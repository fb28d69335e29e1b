// bin/compile-cache.js: Node's own compile cache (Node ≥ 22.1) in a private folder; never a folder
// other users can write to (cached code runs as the CLI); off on request; nothing on Node 20, whose
// vm code cache breaks import() in cached scripts (bin/compile-cache.js says why).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCacheDir, enableCompileCache } from '../../bin/compile-cache.js';

const root = join(import.meta.dirname, '..', '..');
const tree = mkdtempSync(join(tmpdir(), 'lw-compile-cache-'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));
const builtin = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe('the cache folder', () => {
  it('is created private (0700), or taken from LINKWRIGHT_COMPILE_CACHE', () => {
    const dir = join(tree, 'mine');
    expect(compileCacheDir({ LINKWRIGHT_COMPILE_CACHE: dir })).toBe(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const byDefault = compileCacheDir({});
    expect(byDefault).toContain(tmpdir());
  });

  it('is not used when others can write to it, when it is a symlink, or when caching is off', () => {
    const open = join(tree, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    expect(compileCacheDir({ LINKWRIGHT_COMPILE_CACHE: open })).toBeUndefined();
    expect(compileCacheDir({ LINKWRIGHT_COMPILE_CACHE: 'off' })).toBeUndefined();
    const link = join(tree, 'planted-link');
    symlinkSync(join(tree, 'mine'), link);
    expect(compileCacheDir({ LINKWRIGHT_COMPILE_CACHE: link })).toBeUndefined();
    const notADir = join(tree, 'file');
    writeFileSync(notADir, '');
    expect(compileCacheDir({ LINKWRIGHT_COMPILE_CACHE: notADir })).toBeUndefined();
  });
});

describe('enableCompileCache', () => {
  it.skipIf(builtin)('does nothing on a Node without the built-in cache', () => {
    const dir = join(tree, 'node20');
    expect(enableCompileCache({ LINKWRIGHT_COMPILE_CACHE: dir })).toBe(false);
  });

  it.skipIf(!builtin)('fills the folder on the first start of the CLI', () => {
    const dir = join(tree, 'node22');
    execFileSync(process.execPath, [join(root, 'bin', 'linkwright.js'), '--version'], {
      env: { ...process.env, LINKWRIGHT_COMPILE_CACHE: dir },
    });
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  });
});
