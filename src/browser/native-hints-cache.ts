// The native hints (fingerprint.ts) depend only on the binary, its version and the launch arguments, yet
// reading them costs a page load on every start (about 0.4 s of a cold `run`, bench/README.md). They are
// kept next to the profile, keyed by exactly those inputs (and the stealth set): a new browser version, another binary or
// other arguments read them afresh. A missing, unreadable or foreign file is simply probed again.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { NativeHints } from './fingerprint.ts';

const FILE = 'linkwright-native-hints.json';

const cacheSchema = z.object({
  key: z.string(),
  hints: z.object({
    userAgent: z.string(),
    navigatorPlatform: z.string(),
    brands: z.array(z.object({ brand: z.string(), version: z.string() })),
    uaPlatform: z.string(),
  }),
});

export interface HintsKey {
  executablePath: string;
  browserVersion: string;
  args: readonly string[];
  /** The stealth evasions left out (stealth-launcher.ts): another set may patch what the probe reads. */
  disabledEvasions: readonly string[];
}

function keyOf(k: HintsKey): string {
  return createHash('sha256')
    .update(JSON.stringify([k.executablePath, k.browserVersion, [...k.args], [...k.disabledEvasions].sort()]))
    .digest('hex');
}

/** The hints cached in `profileDir` for exactly `key`, else undefined. */
export function readCachedHints(profileDir: string, key: HintsKey): NativeHints | undefined {
  try {
    const parsed = cacheSchema.safeParse(JSON.parse(readFileSync(join(profileDir, FILE), 'utf8')));
    return parsed.success && parsed.data.key === keyOf(key) ? parsed.data.hints : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only means the next start probes again. */
export function writeCachedHints(profileDir: string, key: HintsKey, hints: NativeHints): void {
  const path = join(profileDir, FILE);
  try {
    writeFileSync(`${path}.tmp`, JSON.stringify({ key: keyOf(key), hints }), { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
  } catch {
    // ignored (see above)
  }
}
