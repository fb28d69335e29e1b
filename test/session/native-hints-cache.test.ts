// The native-hints cache next to the profile: a hit only for exactly the same binary, version, launch
// arguments and stealth set; anything else (another version, a foreign or corrupt file) is a miss, so
// the launcher probes again.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCachedHints, writeCachedHints } from '../../src/browser/native-hints-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'lw-hints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const key = {
  executablePath: '/usr/bin/chromium',
  browserVersion: '156.0.8078.114',
  args: ['--lang=en-US', '--user-agent=X'],
  disabledEvasions: ['user-agent-override'],
};
const hints = {
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0',
  navigatorPlatform: 'Linux x86_64',
  brands: [{ brand: 'Chromium', version: '156' }],
  uaPlatform: 'Linux',
};

describe('native hints cache', () => {
  it('misses before anything is written, then hits for the same key', () => {
    expect(readCachedHints(dir, key)).toBeUndefined();
    writeCachedHints(dir, key, hints);
    expect(readCachedHints(dir, key)).toEqual(hints);
  });

  it.each([
    ['another browser version', { ...key, browserVersion: '157.0.1.2' }],
    ['another binary', { ...key, executablePath: '/opt/chrome/chrome' }],
    ['other launch arguments', { ...key, args: ['--lang=de-DE', '--user-agent=X'] }],
    ['another stealth set', { ...key, disabledEvasions: [] }],
  ])('misses for %s', (_what, other) => {
    writeCachedHints(dir, key, hints);
    expect(readCachedHints(dir, other)).toBeUndefined();
  });

  it('a corrupt or foreign file is a miss, not an error', () => {
    writeFileSync(join(dir, 'linkwright-native-hints.json'), '{not json');
    expect(readCachedHints(dir, key)).toBeUndefined();
    writeFileSync(join(dir, 'linkwright-native-hints.json'), JSON.stringify({ key: 'x', hints: {} }));
    expect(readCachedHints(dir, key)).toBeUndefined();
  });
});
