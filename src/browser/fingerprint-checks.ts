// The fingerprint self-check: what a page and a worker started from it report about the browser
// (collected in the page), and the pure judgement of those facts against the account's identity.

export interface Brand {
  brand: string;
  version: string;
}

export interface ScopeFacts {
  userAgent: string;
  platform: string;
  uaDataPlatform: string | null;
  brands: Brand[];
  fullVersionList: Brand[];
  languages: string[];
  timeZone: string;
  intlLocale: string;
}

export interface PageFacts extends ScopeFacts {
  webdriver: boolean | undefined;
  chromeRuntime: boolean;
  plugins: number;
  mimeTypes: number;
  webglVendor: string | null;
  webglRenderer: string | null;
  notificationPermission: string | null;
  notificationQuery: string | null;
  outerWidth: number;
  outerHeight: number;
  iframeUserAgent: string | null;
  worker: ScopeFacts | { error: string };
}

/**
 * Runs IN THE PAGE (serialised by page.evaluate): keep it self-contained, no imports, no named inner
 * functions (the TypeScript runner may wrap those in helpers the page does not have).
 */
export async function collectPageFacts(): Promise<PageFacts> {
  const scopeScript = `(async () => {
    const uad = self.navigator.userAgentData;
    let full = [];
    if (uad) { try { full = (await uad.getHighEntropyValues(['fullVersionList'])).fullVersionList || []; } catch (e) {} }
    const o = Intl.DateTimeFormat().resolvedOptions();
    return {
      userAgent: navigator.userAgent, platform: navigator.platform,
      uaDataPlatform: uad ? uad.platform : null,
      brands: uad ? uad.brands.map((b) => ({ brand: b.brand, version: b.version })) : [],
      fullVersionList: full.map((b) => ({ brand: b.brand, version: b.version })),
      languages: Array.from(navigator.languages || []), timeZone: o.timeZone, intlLocale: o.locale,
    };
  })()`;
  // The same source runs in the page (indirect eval) and in the worker.
  const own = (await (0, eval)(scopeScript)) as ScopeFacts;
  const worker = await new Promise<ScopeFacts | { error: string }>((resolve) => {
    try {
      const src = `${scopeScript}.then((f) => postMessage(f), (e) => postMessage({ error: String(e) }));`;
      const w = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
      const timer = setTimeout(() => resolve({ error: 'worker did not answer within 5s' }), 5_000);
      w.onmessage = (e: MessageEvent) => {
        clearTimeout(timer);
        w.terminate();
        resolve(e.data as ScopeFacts);
      };
      w.onerror = (e: ErrorEvent) => {
        clearTimeout(timer);
        resolve({ error: e.message || 'worker error' });
      };
    } catch (e) {
      resolve({ error: String(e) });
    }
  });
  let webglVendor: string | null = null;
  let webglRenderer: string | null = null;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    const ext = gl ? gl.getExtension('WEBGL_debug_renderer_info') : null;
    if (gl && ext) {
      webglVendor = String(gl.getParameter(ext.UNMASKED_VENDOR_WEBGL));
      webglRenderer = String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL));
    }
  } catch {
    // no WebGL at all: reported as null
  }
  let notificationQuery: string | null = null;
  try {
    notificationQuery = (await navigator.permissions.query({ name: 'notifications' as PermissionName }))
      .state;
  } catch {
    notificationQuery = null;
  }
  let iframeUserAgent: string | null = null;
  try {
    const f = document.createElement('iframe');
    document.body.appendChild(f);
    iframeUserAgent = (f.contentWindow as (Window & typeof globalThis) | null)?.navigator.userAgent ?? null;
    f.remove();
  } catch {
    iframeUserAgent = null;
  }
  const chrome = (window as unknown as { chrome?: { runtime?: unknown } }).chrome;
  return {
    ...own,
    webdriver: navigator.webdriver,
    chromeRuntime: typeof chrome === 'object' && chrome !== null && typeof chrome.runtime === 'object',
    plugins: navigator.plugins.length,
    mimeTypes: navigator.mimeTypes.length,
    webglVendor,
    webglRenderer,
    notificationPermission: typeof Notification === 'undefined' ? null : Notification.permission,
    notificationQuery,
    outerWidth: window.outerWidth,
    outerHeight: window.outerHeight,
    iframeUserAgent,
    worker,
  };
}

export interface Expectation {
  locale: string;
  timezone: string;
}

export interface Check {
  name: string;
  pass: boolean;
  value: unknown;
}

function uaPlatformFamily(ua: string): string {
  if (/Android/.test(ua)) return 'Android';
  if (/Windows/.test(ua)) return 'Windows';
  if (/Mac OS X|Macintosh/.test(ua)) return 'macOS';
  if (/Linux|X11|CrOS/.test(ua)) return 'Linux';
  return 'unknown';
}

function navigatorPlatformFamily(p: string): string {
  if (/^Win/.test(p)) return 'Windows';
  if (/^Mac/.test(p)) return 'macOS';
  if (/Linux/.test(p)) return 'Linux';
  return 'unknown';
}

function chromeMajor(ua: string): string | undefined {
  return /(?:Headless)?Chrome\/(\d+)/.exec(ua)?.[1];
}

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|mesa offscreen/i;

/** Judges one page's facts; names are prefixed with the page's role (workPage, firstTab). */
export function judgeFacts(prefix: string, f: PageFacts, want: Expectation): Check[] {
  const checks: Check[] = [];
  const add = (name: string, pass: boolean, value: unknown) =>
    checks.push({ name: `${prefix}.${name}`, pass, value });
  const w = 'error' in f.worker ? undefined : f.worker;

  add('webdriver', f.webdriver === false, f.webdriver ?? null);
  add('userAgent.noHeadless', !/Headless/i.test(f.userAgent), f.userAgent);
  add(
    'worker.userAgent',
    w !== undefined && !/Headless/i.test(w.userAgent) && w.userAgent === f.userAgent,
    w?.userAgent ?? f.worker,
  );
  add('iframe.userAgent', f.iframeUserAgent === f.userAgent, f.iframeUserAgent);

  const families = {
    userAgent: uaPlatformFamily(f.userAgent),
    navigatorPlatform: navigatorPlatformFamily(f.platform),
    userAgentData: f.uaDataPlatform === 'macOS' ? 'macOS' : f.uaDataPlatform,
    workerNavigatorPlatform: w ? navigatorPlatformFamily(w.platform) : null,
    workerUserAgentData: w ? w.uaDataPlatform : null,
  };
  const fam = Object.values(families);
  add(
    'platform.coherent',
    fam.every((x) => x === families.userAgent && x !== 'unknown'),
    families,
  );

  const major = chromeMajor(f.userAgent);
  const brandNames = f.brands.map((b) => b.brand);
  const realBrand = f.brands.find((b) => /^(Chromium|Google Chrome|Microsoft Edge)$/.test(b.brand));
  add(
    'brands.coherent',
    realBrand !== undefined &&
      realBrand.version === major &&
      !brandNames.some((b) => /Headless/i.test(b)) &&
      w !== undefined &&
      JSON.stringify(w.brands) === JSON.stringify(f.brands),
    { brands: f.brands, workerBrands: w?.brands ?? null, uaMajor: major ?? null },
  );
  const fullReal = f.fullVersionList.find((b) => b.brand === realBrand?.brand);
  add(
    'highEntropy.fullVersionList',
    fullReal !== undefined && fullReal.version.split('.')[0] === major,
    f.fullVersionList,
  );
  add('chrome.runtime', f.chromeRuntime, f.chromeRuntime);
  add('plugins', f.plugins > 0 && f.mimeTypes > 0, { plugins: f.plugins, mimeTypes: f.mimeTypes });
  add(
    'languages',
    f.languages.length > 0 &&
      f.languages[0] === want.locale &&
      w !== undefined &&
      JSON.stringify(w.languages) === JSON.stringify(f.languages),
    { page: f.languages, worker: w?.languages ?? null, expected: want.locale },
  );
  add(
    'webgl',
    !!f.webglVendor && !!f.webglRenderer && !SOFTWARE_GL.test(`${f.webglVendor} ${f.webglRenderer}`),
    { vendor: f.webglVendor, renderer: f.webglRenderer },
  );
  const perm = f.notificationPermission;
  const q = f.notificationQuery;
  add(
    'permissions.notifications',
    perm !== null && q !== null && (perm === q || (perm === 'default' && q === 'prompt')),
    { permission: perm, query: q },
  );
  add('timezone', f.timeZone === want.timezone && w !== undefined && w.timeZone === want.timezone, {
    page: f.timeZone,
    worker: w?.timeZone ?? null,
    expected: want.timezone,
  });
  add('locale', f.intlLocale === want.locale && w !== undefined && w.intlLocale === want.locale, {
    page: f.intlLocale,
    worker: w?.intlLocale ?? null,
    expected: want.locale,
  });
  add('window.outerDimensions', f.outerWidth > 0 && f.outerHeight > 0, {
    outerWidth: f.outerWidth,
    outerHeight: f.outerHeight,
  });
  return checks;
}
