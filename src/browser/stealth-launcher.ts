// The only module that imports playwright-extra and puppeteer-extra-plugin-stealth.
//
// Two known gaps of the stock combination, closed here:
// - playwright-extra applies the evasions per page from its `page` event, which a persistent
//   context's first tab never fires, and does not await them (a fast first navigation races them).
//   We take the evasions' page hooks over and run them ONCE at context level
//   (`context.addInitScript`), awaited before any page is used: every page, the first tab included,
//   gets them on its next document.
// - the `user-agent-override` evasion claims Windows on a Linux host and invents brand lists that
//   do not match the real browser. It is disabled; fingerprint.ts sets one coherent user agent.
// Also disabled: `navigator.languages` and `navigator.hardwareConcurrency` (they patch pages but not
// workers, which then disagree; the real values come from --accept-lang/locale and the host),
// `navigator.permissions` (written for the old headless mode: in today's headless Chromium the
// native Notification.permission/permissions.query pair is already consistent, and the evasion
// makes it inconsistent on http pages), and `sourceurl` (a Puppeteer-only artefact).
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright';
import type * as Playwright from 'playwright';
import type * as PlaywrightExtra from 'playwright-extra';
import type StealthPluginFactory from 'puppeteer-extra-plugin-stealth';

// Required, not imported, like every CommonJS package on the start path (pino, better-sqlite3,
// commander, pg): on Node 20 an ES import of a CommonJS package makes Node scan the source of every
// module it requires for export names (cjs-module-lexer), ≈ 90 ms of every start for Playwright's
// 7 MB of bundles (bench/README.md). require() skips the scan; the module cache, and so the
// instance, is the same. Types come from the `import type` lines.
const require = createRequire(import.meta.url);
const { chromium } = require('playwright') as typeof Playwright;
const { addExtra } = require('playwright-extra') as typeof PlaywrightExtra;
const StealthPlugin = require('puppeteer-extra-plugin-stealth') as typeof StealthPluginFactory;

export const DISABLED_EVASIONS: ReadonlySet<string> = new Set([
  'user-agent-override',
  'navigator.languages',
  'navigator.hardwareConcurrency',
  'navigator.permissions',
  'sourceurl',
]);

export interface StealthLaunchOptions {
  executablePath: string;
  profileDir: string;
  headless: boolean;
  slowMo?: number;
  args: string[];
  env: Record<string, string>;
  locale: string;
  timezoneId: string;
  viewport: { width: number; height: number };
  proxy?: { server: string; username?: string; password?: string; bypass?: string };
  /** Values the webgl.vendor evasion reports; omitted = the browser's own. */
  webgl?: { vendor: string; renderer: string };
  timeoutMs?: number;
}

/** The parts of playwright-extra's plugin objects we rely on (internal API, version pinned in package-lock). */
interface EvasionPlugin {
  name: string;
  _childClassMembers?: string[];
  onPageCreated?: (page: PageShim) => Promise<void>;
}
interface PluginListInternals {
  list: EvasionPlugin[];
  prepare(): void;
  setDependencyDefaults(path: string, opts: unknown): unknown;
}
/** What the evasions call on a "page": we point it at the context. */
interface PageShim {
  evaluateOnNewDocument(fn: string | ((arg: unknown) => unknown), arg?: unknown): Promise<void>;
}

export function enabledEvasions(): Set<string> {
  const all = StealthPlugin().availableEvasions as Set<string>;
  return new Set([...all].filter((e) => !DISABLED_EVASIONS.has(e)));
}

export async function launchStealthContext(o: StealthLaunchOptions): Promise<BrowserContext> {
  const launcher = addExtra(chromium);
  launcher.use(StealthPlugin({ enabledEvasions: enabledEvasions() }));
  const plugins = launcher.plugins as unknown as PluginListInternals;
  if (o.webgl) plugins.setDependencyDefaults('stealth/evasions/webgl.vendor', o.webgl);
  plugins.prepare();
  const pageHooks = plugins.list.filter((p) => typeof p.onPageCreated === 'function');
  for (const p of pageHooks) {
    // playwright-extra dispatches by this member list; without the name it no longer calls the hook per page.
    p._childClassMembers = (p._childClassMembers ?? []).filter((m) => m !== 'onPageCreated');
  }

  const context = await launcher.launchPersistentContext(o.profileDir, {
    executablePath: o.executablePath,
    headless: o.headless,
    slowMo: o.slowMo,
    args: o.args,
    env: o.env,
    locale: o.locale,
    timezoneId: o.timezoneId,
    viewport: o.viewport,
    proxy: o.proxy,
    timeout: o.timeoutMs ?? 60_000,
    // Playwright's own SIGINT/SIGTERM handlers would close the browser under the CLI's feet; the
    // session pool closes it. Chromium still exits when this process dies (the pipe closes).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  // playwright-extra wraps this context's newPage to load about:blank in every new page, so that
  // evasions its `page` event adds late reach the first document. Ours are one context-level script,
  // awaited below before any page is made with newPage, and every work page navigates before it is
  // read: the extra load only delayed the first work page's preparation by ≈ 50 ms (bench/README.md).
  // The class's own method is what the wrapper called.
  Reflect.deleteProperty(context, 'newPage');

  // The hooks only register scripts: collected in their order and added as ONE init script, one
  // round trip instead of one per evasion (≈ 80 ms of every start, bench/README.md). Each keeps its
  // own try/catch, so one failing evasion does not stop the next, as with separate scripts.
  const scripts: string[] = [];
  const shim: PageShim = {
    evaluateOnNewDocument: (fn, arg) => {
      scripts.push(initScriptSource(fn, arg));
      return Promise.resolve();
    },
  };
  try {
    for (const p of pageHooks) await p.onPageCreated?.(shim);
    if (scripts.length > 0) await context.addInitScript({ content: combineInitScripts(scripts) });
  } catch (err) {
    await context.close().catch(() => {});
    throw err;
  }
  return context;
}

/** The source Playwright's `addInitScript(fn, arg)` would register for one call. */
export function initScriptSource(fn: string | ((arg: unknown) => unknown), arg?: unknown): string {
  if (typeof fn === 'string') {
    // As Playwright: a string is a whole script and takes no argument.
    if (arg !== undefined) throw new Error('Cannot evaluate a string with arguments');
    return fn;
  }
  return `(${fn.toString()})(${arg === undefined ? 'undefined' : JSON.stringify(arg)})`;
}

/** Several init scripts as one, in order; an exception in one does not skip the others. */
export function combineInitScripts(sources: readonly string[]): string {
  return sources.map((src) => `try {\n${src}\n} catch (e) {}`).join('\n');
}
