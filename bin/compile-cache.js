// V8's code cache for the CLI's start, where Node has it built in (module.enableCompileCache, Node
// ≥ 22.1): the compiled code of every module, Playwright's 7 MB of bundles above all, is kept on disk
// and reused by the next start instead of being parsed and compiled again.
//
// Node 20 has no such API. A Module.prototype._compile hook with vm.Script's cachedData (the
// v8-compile-cache technique) saved ≈ 110 ms per start here, but Node 20 loses the dynamic-import
// callback of a script read from the cache: any import() in it — Playwright's bundles have some —
// then throws. So Node 20 compiles as usual (bench/README.md has the measurement).
//
// Where: LINKWRIGHT_COMPILE_CACHE (a directory, or "off"); default a per-user folder in the temp
// directory, like Node's own default. The folder must be ours and closed to others: cached code runs
// as the CLI, so a folder another user can write to is not used.
import { lstatSync, mkdirSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The cache folder, or undefined when caching is off or the folder is not safe to use. */
export function compileCacheDir(env = process.env) {
  const setting = env.LINKWRIGHT_COMPILE_CACHE;
  if (setting === 'off' || setting === '0') return undefined;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir =
    setting && setting.length > 0 ? setting : join(tmpdir(), `linkwright-compile-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // lstat: in the shared temp directory another user could plant the name as a symlink to a folder of
    // ours (owner and mode would pass) and re-point it later. A real folder of ours in the sticky /tmp
    // cannot be swapped by anyone else.
    const st = lstatSync(dir);
    if (st.isSymbolicLink() || !st.isDirectory()) return undefined;
    if (uid !== undefined && st.uid !== uid) return undefined;
    if (process.platform !== 'win32' && (st.mode & 0o022) !== 0) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** Turns Node's compile cache on for this process: true when it is on (Node ≥ 22.1 and a safe folder). */
export function enableCompileCache(env = process.env) {
  if (typeof Module.enableCompileCache !== 'function') return false;
  const dir = compileCacheDir(env);
  if (!dir) return false;
  try {
    const r = Module.enableCompileCache(dir);
    const failed = Module.constants?.compileCacheStatus?.FAILED;
    return r?.status !== failed;
  } catch {
    return false;
  }
}
