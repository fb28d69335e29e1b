// A throwaway PostgreSQL cluster for tests, from Debian's own binaries (package `postgresql`): initdb in a
// temporary directory, the server on a free port listening only on a unix socket in that directory,
// durability switched off (the data dies with the test run anyway). No Docker, no mocks.
// vitest starts one per run (test/support/pg-global-setup.ts); each store test gets a fresh database.
import { execFile, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PgCluster {
  /** Connection URL of the cluster's `postgres` database (superuser `postgres`, trust auth, socket only). */
  adminUrl: string;
  /** URL of another database of the same cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** What to install when the binaries are missing (CI installs it through scripts/setup.sh). */
export const PG_MISSING_HINT =
  "PostgreSQL's server binaries (initdb, pg_ctl) are not installed: run `bash scripts/setup.sh` " +
  "(installs Debian's `postgresql` package) or `apt-get install postgresql`";

/** initdb/pg_ctl on PATH, else in Debian's versioned folder (/usr/lib/postgresql/<major>/bin). */
export function findPgBinary(name: 'initdb' | 'pg_ctl'): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const majors = readdirSync(root)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of majors) if (existsSync(join(root, v, 'bin', name))) return join(root, v, 'bin', name);
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** The server refuses to run as root: as root, run it as Debian's `postgres` user (else `nobody`). */
function serverUser(): { uid: number; gid: number } | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n');
  for (const name of ['postgres', 'nobody']) {
    const line = passwd.find((l) => l.startsWith(`${name}:`));
    if (line) {
      const [, , uid, gid] = line.split(':');
      return { uid: Number(uid), gid: Number(gid) };
    }
  }
  throw new Error('pg-cluster: running as root and no postgres/nobody user to run the server as');
}

export async function startPgCluster(): Promise<PgCluster> {
  const initdb = findPgBinary('initdb');
  const pgCtl = findPgBinary('pg_ctl');
  if (!initdb || !pgCtl) throw new Error(PG_MISSING_HINT);
  const dir = mkdtempSync(join(tmpdir(), 'lw-pg-'));
  const data = join(dir, 'data');
  const user = serverUser();
  if (user) chownSync(dir, user.uid, user.gid);
  const as = user ? { uid: user.uid, gid: user.gid } : {};
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  const port = await freePort();
  try {
    await run(
      initdb,
      ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      {
        ...as,
        env,
      },
    );
    const serverOpts = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses=''",
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    await run(
      pgCtl,
      ['-D', data, '-o', serverOpts, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start'],
      {
        ...as,
        env,
      },
    );
  } catch (e) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`pg-cluster: could not start PostgreSQL: ${(e as Error).message}\n${log}`, { cause: e });
  }
  // If this process dies without running stop() (vitest killed), a detached watchdog stops the server
  // and removes its folder, so no cluster outlives the test run.
  const q = (p: string) => `'${p.replace(/'/g, `'\\''`)}'`;
  const watchdog = spawn(
    'sh',
    [
      '-c',
      `while [ -d /proc/${process.pid} ] || kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; ` +
        `${q(pgCtl)} -D ${q(data)} -m immediate stop >/dev/null 2>&1; rm -rf ${q(dir)}`,
    ],
    { ...as, env, detached: true, stdio: 'ignore' },
  );
  watchdog.unref();
  const urlFor = (database: string) =>
    `postgres://postgres@localhost/${encodeURIComponent(database)}?host=${encodeURIComponent(dir)}&port=${port}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: async () => {
      if (watchdog.pid) process.kill(watchdog.pid, 'SIGKILL');
      try {
        await run(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'], { ...as, env });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
