// Pure parts of the browser layer: discovery order and its failure message, versions, the
// resource-blocking decision, user-agent derivation, the evasions joined into one init script.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { ResourcePolicySchema } from '../../src/browser/browser-settings.ts';
import {
  chromiumVersion,
  compareVersions,
  discoverChromium,
  systemChromiumPaths,
} from '../../src/browser/chromium-discovery.ts';
import { buildFingerprint, reducedUserAgent } from '../../src/browser/fingerprint.ts';
import { profileLastVersion } from '../../src/browser/profile-version.ts';
import { fetchPatterns, shouldBlock } from '../../src/browser/resource-blocking.ts';
import { SessionFailureError } from '../../src/errors/error-types.ts';
import { combineInitScripts, initScriptSource } from '../../src/browser/stealth-launcher.ts';

const tmp = mkdtempSync(join(tmpdir(), 'lw-units-'));
const fakeExe = join(tmp, 'chromium');
writeFileSync(fakeExe, '#!/bin/sh\necho "Chromium 123.0.4567.89 built on Debian"\n');
chmodSync(fakeExe, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('discoverChromium', () => {
  it('LINKWRIGHT_CHROMIUM wins, then the configured path', () => {
    expect(discoverChromium({ env: { LINKWRIGHT_CHROMIUM: fakeExe }, configuredPath: '/nope' })).toEqual({
      executablePath: fakeExe,
      source: 'env',
    });
    expect(discoverChromium({ env: {}, configuredPath: fakeExe })).toEqual({
      executablePath: fakeExe,
      source: 'config',
    });
  });

  it("falls back to system paths, then Playwright's own Chromium", () => {
    expect(systemChromiumPaths('linux')).toContain('/usr/bin/chromium');
    expect(systemChromiumPaths('darwin')[0]).toMatch(/^\/Applications\//);
    // No system paths on win32: after env and config only Playwright's own download remains.
    expect(
      discoverChromium({
        env: { LINKWRIGHT_CHROMIUM: '/missing/chrome' },
        configuredPath: tmp,
        platform: 'win32',
        playwrightPath: () => fakeExe,
      }),
    ).toEqual({ executablePath: fakeExe, source: 'playwright' });
  });

  it('fails with browserUnavailable naming every place tried', () => {
    const attempt = (playwrightPath: () => string | undefined): SessionFailureError => {
      try {
        discoverChromium({
          env: { LINKWRIGHT_CHROMIUM: '/missing/chrome' },
          configuredPath: tmp,
          platform: 'win32',
          playwrightPath,
        });
      } catch (e) {
        expect(e).toBeInstanceOf(SessionFailureError);
        return e as SessionFailureError;
      }
      throw new Error('discoverChromium found a Chromium where none is usable');
    };
    const notInstalled = attempt(() => undefined);
    expect(notInstalled.reason).toBe('browserUnavailable');
    expect(notInstalled.message).toContain('LINKWRIGHT_CHROMIUM=/missing/chrome (not an executable file)');
    expect(notInstalled.message).toContain(`browser.json executablePath=${tmp} (not an executable file)`);
    expect(notInstalled.message).toContain("Playwright's own Chromium (not set)");
    expect(notInstalled.message).toContain('Install Chromium or set LINKWRIGHT_CHROMIUM');

    const gone = attempt(() => join(tmp, 'no-such-chrome'));
    expect(gone.message).toContain(
      `Playwright's own Chromium=${join(tmp, 'no-such-chrome')} (not an executable file)`,
    );
  });

  it('reads the version of a binary and compares versions numerically', async () => {
    expect(await chromiumVersion(fakeExe)).toBe('123.0.4567.89');
    expect(compareVersions('156.0.8078.79', '156.0.8078.100')).toBeLessThan(0);
    expect(compareVersions('157.0.0.0', '156.9.9999.9')).toBeGreaterThan(0);
    expect(compareVersions('156.0.8078.79', '156.0.8078.79')).toBe(0);
  });

  it('keeps the version per installed binary on disk: one --version call across starts, a new one after an upgrade', () => {
    const dir = join(tmp, 'versioned');
    mkdirSync(dir, { recursive: true });
    const exe = join(dir, 'chromium');
    const calls = join(dir, 'calls');
    const install = (version: string) => {
      // as a package upgrade does: a new file renamed over the old one
      writeFileSync(
        `${exe}.new`,
        `#!/bin/sh\necho x >> "${calls}"\necho "Chromium ${version} built on Debian"\n`,
      );
      chmodSync(`${exe}.new`, 0o755);
      renameSync(`${exe}.new`, exe);
    };
    const cacheFile = join(dir, 'cache', 'chromium-versions.json');
    const module = join(import.meta.dirname, '../../src/browser/chromium-discovery.ts');
    // each call is a fresh process, as each `linkwright run` is
    const start = () =>
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          `const m = await import(${JSON.stringify(module)}); process.stdout.write(await m.chromiumVersion(${JSON.stringify(exe)}, { cacheFile: ${JSON.stringify(cacheFile)} }));`,
        ],
        { encoding: 'utf8' },
      );
    const callCount = () => readFileSync(calls, 'utf8').split('\n').filter(Boolean).length;
    install('123.0.4567.89');
    expect([start(), start()]).toEqual(['123.0.4567.89', '123.0.4567.89']);
    expect(callCount()).toBe(1);
    install('124.0.1.2');
    expect(start()).toBe('124.0.1.2');
    expect(callCount()).toBe(2);
    // a broken cache file only costs one more call
    writeFileSync(cacheFile, '{not json');
    expect(start()).toBe('124.0.1.2');
    expect(callCount()).toBe(3);
  });

  it("reads the profile's Last Version", () => {
    const dir = join(tmp, 'profile');
    mkdirSync(dir, { recursive: true });
    expect(profileLastVersion(dir)).toBeUndefined();
    writeFileSync(join(dir, 'Last Version'), '156.0.8078.79');
    expect(profileLastVersion(dir)).toBe('156.0.8078.79');
  });
});

describe('resource blocking decision', () => {
  const policy = ResourcePolicySchema.parse({});
  const origin = 'https://www.linkedin.com';

  it('blocks media and fonts by type, trackers by host, keeps images by default', () => {
    expect(shouldBlock('https://static.licdn.com/aero-v1/sc/h/font.woff2', 'Font', policy, origin)).toBe(
      true,
    );
    expect(shouldBlock('https://dms.licdn.com/playlist/vid/clip', 'Media', policy, origin)).toBe(true);
    expect(shouldBlock('https://media.licdn.com/dms/image/x.jpg', 'Image', policy, origin)).toBe(false);
    expect(shouldBlock('https://www.google-analytics.com/collect', 'Ping', policy, origin)).toBe(true);
    expect(shouldBlock('https://stats.g.doubleclick.net/x', 'Script', policy, origin)).toBe(true);
  });

  it("never blocks the origin's own host, scripts and styles, or LinkedIn's anti-bot sensor", () => {
    expect(shouldBlock('https://www.linkedin.com/fonts/own.woff2', 'Font', policy, origin)).toBe(false);
    expect(shouldBlock('https://static.licdn.com/aero-v1/sc/h/app.js', 'Script', policy, origin)).toBe(false);
    expect(shouldBlock('https://static.licdn.com/aero-v1/sc/h/app.css', 'Stylesheet', policy, origin)).toBe(
      false,
    );
    expect(shouldBlock('https://li.protechts.net/index.html', 'Document', policy, origin)).toBe(false);
    expect(shouldBlock('http://127.0.0.1:4000/font.woff2', 'Font', policy, 'http://127.0.0.1:4000')).toBe(
      false,
    );
    // A host merely containing a tracker's name is not that tracker.
    expect(shouldBlock('https://notdoubleclick.net/x.js', 'Script', policy, origin)).toBe(false);
  });

  it('pauses only the blocked types and hosts', () => {
    const p = fetchPatterns(policy);
    expect(p.filter((x) => x.resourceType).map((x) => x.resourceType)).toEqual(['Media', 'Font']);
    expect(p.some((x) => x.urlPattern === '*://*.doubleclick.net/*')).toBe(true);
    expect(
      fetchPatterns(ResourcePolicySchema.parse({ media: false, fonts: false, trackers: false })),
    ).toEqual([]);
  });
});

describe('fingerprint', () => {
  it('derives the reduced user agent and a complete, coherent override from the native hints', () => {
    expect(reducedUserAgent('156.0.8078.79', 'linux')).toBe(
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
    );
    const fp = buildFingerprint(
      {
        userAgent:
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
        navigatorPlatform: 'Linux x86_64',
        brands: [
          { brand: 'Not:A-Brand', version: '8' },
          { brand: 'Chromium', version: '156' },
        ],
        uaPlatform: 'Linux',
      },
      '156.0.8078.79',
      'de-DE',
      'linux',
      'x64',
    );
    expect(fp.userAgent).not.toContain('Headless');
    expect(fp.metadata.fullVersionList).toEqual([
      { brand: 'Not:A-Brand', version: '8.0.0.0' },
      { brand: 'Chromium', version: '156.0.8078.79' },
    ]);
    expect(fp.metadata).toMatchObject({
      platform: 'Linux',
      architecture: 'x86',
      bitness: '64',
      mobile: false,
    });
    expect(fp.acceptLanguage).toBe('de-DE');
  });
});

describe('stealth evasions as one init script', () => {
  it('keeps the order and the source Playwright would register; a throwing script does not stop the next', () => {
    const seen: string[] = [];
    const record = (v: unknown) => seen.push(String(v));
    const sources = [
      initScriptSource((arg) => (globalThis as { record?: (v: unknown) => void }).record?.(arg), 'first'),
      initScriptSource(() => {
        throw new Error('an evasion that fails');
      }),
      "globalThis.record('third (a string is registered as is)')",
      initScriptSource((arg) => (globalThis as { record?: (v: unknown) => void }).record?.(arg), {
        n: 4,
      }),
    ];
    expect(sources[0]).toMatch(/^\(.*\)\("first"\)$/s);
    expect(sources[1]).toMatch(/\)\(undefined\)$/);
    expect(() => initScriptSource('globalThis.x = 1', { arg: true })).toThrow(/string with arguments/);
    runInNewContext(combineInitScripts(sources), { record });
    expect(seen).toEqual(['first', 'third (a string is registered as is)', '[object Object]']);
  });
});
