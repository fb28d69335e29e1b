// One coherent user agent per browser, the same in pages, dedicated workers and HTTP headers.
//
// Headless Chromium says "HeadlessChrome" in its user agent and nowhere else (brands and platform
// are already the real ones). So the override keeps everything real and only drops "Headless":
// - `--user-agent=<reduced UA>` on the command line covers every request and every target the
//   browser creates (out-of-process iframes, service workers), but blanks the high-entropy client
//   hints;
// - a CDP `Emulation.setUserAgentOverride` per page restores the complete hints (brands, full
//   versions, platform, architecture) for the page and the dedicated workers it starts.
// Headed Chromium needs none of it: its native values are already coherent.
import { execFileSync } from 'node:child_process';
import { arch as hostArch, platform as hostPlatform } from 'node:os';
import type { CDPSession, Page } from 'playwright';
import { withTimeout } from './with-timeout.ts';

export interface Brand {
  brand: string;
  version: string;
}

export interface UserAgentMetadata {
  brands: Brand[];
  fullVersionList: Brand[];
  fullVersion: string;
  platform: string;
  platformVersion: string;
  architecture: string;
  model: string;
  mobile: boolean;
  bitness: string;
  wow64: boolean;
}

export interface BrowserFingerprint {
  userAgent: string;
  /** navigator.platform, e.g. "Linux x86_64". */
  navigatorPlatform: string;
  metadata: UserAgentMetadata;
  acceptLanguage: string;
}

/** The reduced UA Chromium itself sends for this version on this OS (minor versions frozen to 0). */
export function reducedUserAgent(version: string, platform: NodeJS.Platform = hostPlatform()): string {
  const major = version.split('.')[0] ?? '0';
  const os =
    platform === 'darwin'
      ? 'Macintosh; Intel Mac OS X 10_15_7'
      : platform === 'win32'
        ? 'Windows NT 10.0; Win64; x64'
        : 'X11; Linux x86_64';
  return `Mozilla/5.0 (${os}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;
}

/** What the browser reports about itself before any override: low-entropy values stay correct under --user-agent. */
export interface NativeHints {
  userAgent: string;
  navigatorPlatform: string;
  brands: Brand[];
  uaPlatform: string;
}

const PROBE_URL = 'https://linkwright.invalid/__probe';

/**
 * Reads the native hints on a page (the parked first tab) from a secure-context document served
 * by a route, so nothing goes to the network.
 */
export async function probeNativeHints(page: Page, timeoutMs = 15_000): Promise<NativeHints> {
  const handler = (route: {
    fulfill(r: { status: number; contentType: string; body: string }): Promise<void>;
  }) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>probe</title>' });
  await page.route(PROBE_URL, handler);
  try {
    await page.goto(PROBE_URL, { timeout: timeoutMs, waitUntil: 'domcontentloaded' });
    return await withTimeout(
      page.evaluate(() => {
        const uad = (navigator as Navigator & { userAgentData?: { brands: Brand[]; platform: string } })
          .userAgentData;
        return {
          userAgent: navigator.userAgent,
          navigatorPlatform: navigator.platform,
          brands: uad ? uad.brands.map((b) => ({ brand: b.brand, version: b.version })) : [],
          uaPlatform: uad ? uad.platform : '',
        };
      }),
      timeoutMs,
      'reading the native user agent',
    );
  } finally {
    await page.unroute(PROBE_URL, handler).catch(() => {});
    await page.goto('about:blank', { timeout: timeoutMs }).catch(() => {});
  }
}

function platformVersion(platform: NodeJS.Platform): string {
  if (platform !== 'darwin') return '';
  try {
    const v = execFileSync('sw_vers', ['-productVersion'], { encoding: 'utf8', timeout: 5_000 }).trim();
    const parts = v.split('.');
    while (parts.length < 3) parts.push('0');
    return parts.join('.');
  } catch {
    return '';
  }
}

/** Builds the override from the native hints and the full browser version. */
export function buildFingerprint(
  native: NativeHints,
  fullVersion: string,
  locale: string,
  platform: NodeJS.Platform = hostPlatform(),
  cpu: string = hostArch(),
): BrowserFingerprint {
  const userAgent = native.userAgent.replace('HeadlessChrome/', 'Chrome/');
  const fullVersionList = native.brands.map((b) =>
    /^(Chromium|Google Chrome|Microsoft Edge)$/.test(b.brand)
      ? { brand: b.brand, version: fullVersion }
      : { brand: b.brand, version: `${b.version}.0.0.0` },
  );
  return {
    userAgent,
    navigatorPlatform: native.navigatorPlatform,
    acceptLanguage: locale,
    metadata: {
      brands: native.brands,
      fullVersionList,
      fullVersion,
      platform:
        native.uaPlatform || (platform === 'darwin' ? 'macOS' : platform === 'win32' ? 'Windows' : 'Linux'),
      platformVersion: platformVersion(platform),
      architecture: cpu === 'arm64' || cpu === 'arm' ? 'arm' : 'x86',
      model: '',
      mobile: false,
      bitness: cpu === 'ia32' || cpu === 'arm' ? '32' : '64',
      wow64: false,
    },
  };
}

/**
 * Applies the override through a page's CDP session (awaited before the page is used). The session
 * must stay attached: detaching drops its emulation overrides.
 */
export async function applyFingerprint(session: CDPSession, fp: BrowserFingerprint): Promise<void> {
  await session.send('Emulation.setUserAgentOverride', {
    userAgent: fp.userAgent,
    acceptLanguage: fp.acceptLanguage,
    platform: fp.navigatorPlatform,
    userAgentMetadata: {
      brands: fp.metadata.brands,
      fullVersionList: fp.metadata.fullVersionList,
      fullVersion: fp.metadata.fullVersion,
      platform: fp.metadata.platform,
      platformVersion: fp.metadata.platformVersion,
      architecture: fp.metadata.architecture,
      model: fp.metadata.model,
      mobile: fp.metadata.mobile,
      bitness: fp.metadata.bitness,
      wow64: fp.metadata.wow64,
    },
  });
}
