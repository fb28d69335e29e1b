// Which Chromium binary to run, and its version. Order: LINKWRIGHT_CHROMIUM, the configured path
// (browser.json), system Chromium/Chrome, then Playwright's own download if present. When nothing is
// usable the failure names every place tried, so a user knows what to install or set.
import { execFile } from 'node:child_process';
import {
  accessSync,
  constants,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type * as Playwright from 'playwright';
import { z } from 'zod';
import { SessionFailureError } from '../errors/error-types.ts';

export type ChromiumSource = 'env' | 'config' | 'system' | 'playwright';

export interface DiscoveredChromium {
  executablePath: string;
  source: ChromiumSource;
}

export interface DiscoveryOptions {
  env?: NodeJS.ProcessEnv;
  /** `executablePath` from LINKWRIGHT_HOME/browser.json, if any. */
  configuredPath?: string;
  platform?: NodeJS.Platform;
  /** Where Playwright's own Chromium would be (default: asks Playwright); tests pin it. */
  playwrightPath?: () => string | undefined;
}

const LINUX_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

const MAC_PATHS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function systemChromiumPaths(platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'darwin') return MAC_PATHS;
  if (platform === 'linux') return LINUX_PATHS;
  return [];
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightOwnPath(): string | undefined {
  try {
    // Required when needed (the last place tried), not imported: see stealth-launcher.ts.
    const { chromium } = createRequire(import.meta.url)('playwright') as typeof Playwright;
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Finds a usable Chromium or throws `browserUnavailable` naming every place tried. */
export function discoverChromium(opts: DiscoveryOptions = {}): DiscoveredChromium {
  const env = opts.env ?? process.env;
  const tried: string[] = [];
  const candidates: { path: string | undefined; source: ChromiumSource; label: string }[] = [
    { path: env.LINKWRIGHT_CHROMIUM || undefined, source: 'env', label: 'LINKWRIGHT_CHROMIUM' },
    { path: opts.configuredPath, source: 'config', label: 'browser.json executablePath' },
    ...systemChromiumPaths(opts.platform).map((p) => ({ path: p, source: 'system' as const, label: p })),
    {
      path: (opts.playwrightPath ?? playwrightOwnPath)(),
      source: 'playwright',
      label: "Playwright's own Chromium",
    },
  ];
  for (const c of candidates) {
    if (!c.path) {
      tried.push(`${c.label} (not set)`);
      continue;
    }
    if (isExecutableFile(c.path)) return { executablePath: c.path, source: c.source };
    tried.push(c.source === 'system' ? c.path : `${c.label}=${c.path} (not an executable file)`);
  }
  throw new SessionFailureError(
    'browserUnavailable',
    `no usable Chromium found; tried: ${tried.join(', ')}. Install Chromium or set LINKWRIGHT_CHROMIUM.`,
  );
}

const versionCache = new Map<string, { stamp: string; version: string }>();

/**
 * What identifies one installed binary: a package upgrade writes a new file (new inode and change
 * time), so a cached version is never reused across an upgrade.
 */
function binaryStamp(executablePath: string): { real: string; stamp: string } {
  const real = realpathSync(executablePath);
  const st = statSync(real);
  return { real, stamp: `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}` };
}

const DiskCacheSchema = z.record(z.string(), z.object({ stamp: z.string(), version: z.string() }));

function readDiskCache(file: string): z.infer<typeof DiskCacheSchema> {
  try {
    const parsed = DiskCacheSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * `chromium --version` → "156.0.8078.79", cached per installed binary (see binaryStamp) in memory and,
 * with `cacheFile`, on disk: through Debian's shell wrapper the call costs about 90 ms of every cold
 * start (bench/README.md). The cache is only a shortcut; a missing or broken file means one more call.
 */
export async function chromiumVersion(
  executablePath: string,
  opts: { timeoutMs?: number; cacheFile?: string } = {},
): Promise<string> {
  const { real, stamp } = binaryStamp(executablePath);
  const cached = versionCache.get(real);
  if (cached && cached.stamp === stamp) return cached.version;
  const disk = opts.cacheFile ? readDiskCache(opts.cacheFile) : {};
  const onDisk = disk[real];
  if (onDisk && onDisk.stamp === stamp) {
    versionCache.set(real, onDisk);
    return onDisk.version;
  }
  const out = await new Promise<string>((resolve, reject) => {
    execFile(executablePath, ['--version'], { timeout: opts.timeoutMs ?? 15_000 }, (err, stdout) => {
      if (err) reject(err);
      else resolve(stdout);
    });
  }).catch((err: unknown) => {
    throw new SessionFailureError(
      'browserUnavailable',
      `${executablePath} --version failed: ${err instanceof Error ? err.message : String(err)}`,
    );
  });
  const m = /(\d+\.\d+\.\d+\.\d+)/.exec(out);
  if (!m?.[1])
    throw new SessionFailureError('browserUnavailable', `cannot read the version of ${executablePath}`);
  const entry = { stamp, version: m[1] };
  versionCache.set(real, entry);
  if (opts.cacheFile) {
    try {
      mkdirSync(dirname(opts.cacheFile), { recursive: true });
      const tmp = `${opts.cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify({ ...disk, [real]: entry }, null, 2)}\n`);
      renameSync(tmp, opts.cacheFile);
    } catch {
      // a read-only home only costs the next start this call again
    }
  }
  return m[1];
}

/** Compares dotted versions numerically: <0, 0, >0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
