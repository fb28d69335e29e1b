// What `linkwright doctor` reports (../shared/spec/product.md §5): a saved (or live) LinkedIn page
// classified with the very selectors and classifiers the drivers use, and how many elements every
// selector candidate matches. Here, not in the CLI, because the fixture tools and tests run it too.
//
// Saved pages are loaded with setContent in a FRESH context: bypassCSP (LinkedIn's Trusted Types CSP
// breaks a second setContent), JavaScript disabled, every request aborted — nothing leaves the machine.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import type { Browser, Page } from 'playwright';
import type * as Playwright from 'playwright';
import { z } from 'zod';
import {
  ALL_DESCRIPTORS,
  classifyPage,
  countCandidates,
  readPageSignals,
  resolveContextFor,
  type CandidateCount,
  type PageState,
} from '../../selectors/linkedin/index.ts';
import { discoverChromium } from '../browser/chromium-discovery.ts';

/** ../shared/spec/product.md §5 fields, our `dialog`, the selector counts, and diagnostics. */
export interface DoctorReport {
  page: PageState['page'];
  frontEnd: PageState['frontEnd'];
  locale: string | null;
  relationship: PageState['relationship'];
  connectVia: PageState['connectVia'];
  people: number | null;
  dialog: PageState['dialog'];
  selectors: CandidateCount[];
  session: PageState['session'];
  ready: boolean;
  localeSource: PageState['localeSource'];
  connectViaSource: string | null;
  degree: 1 | 2 | 3 | null;
  person: PageState['person'];
  url: string;
  evidence: string[];
}

export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Doctor's report without the selector counts: what the classifier alone decides. */
export type ClassificationReport = Omit<DoctorReport, 'selectors'>;

function reportOf(state: PageState, url: string, selectors: CandidateCount[]): DoctorReport {
  return {
    page: state.page,
    frontEnd: state.frontEnd,
    locale: state.locale,
    relationship: state.relationship,
    connectVia: state.connectVia,
    people: state.people,
    dialog: state.dialog,
    selectors,
    session: state.session,
    ready: state.ready,
    localeSource: state.localeSource,
    connectViaSource: state.profile?.connectViaSource ?? null,
    degree: state.profile?.degree ?? null,
    person: state.person,
    url,
    evidence: state.evidence,
  };
}

/** Classifies the page as it is now and counts every descriptor candidate. Read-only. */
export async function doctorPage(page: Page, url?: string): Promise<DoctorReport> {
  const signals = await readPageSignals(page, url);
  const state = classifyPage(signals);
  const ctx = resolveContextFor(state);
  // All descriptors at once: the counts are independent reads, so their round trips overlap.
  const parentCache = new Map();
  const perDescriptor = await Promise.all(
    ALL_DESCRIPTORS.map((d) => countCandidates(page, d, ctx, { includeHidden: true, parentCache })),
  );
  return reportOf(state, signals.url, perDescriptor.flat());
}

/**
 * The classification alone, without counting every selector candidate (about four fifths of doctor's
 * time on a profile: each role candidate is an accessibility query over the whole page). For checks that
 * only ask what the page is, e.g. the classifier on pages in an unknown language.
 */
export async function classifyLoadedPage(page: Page, url?: string): Promise<ClassificationReport> {
  const signals = await readPageSignals(page, url);
  const { selectors: _omitted, ...report } = reportOf(classifyPage(signals), signals.url, []);
  return report;
}

/** Loads saved HTML into a fresh, sealed context and runs `read` on it. */
async function withSavedPage<T>(
  browser: Browser,
  html: string,
  read: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    bypassCSP: true,
    javaScriptEnabled: false,
    serviceWorkers: 'block',
  });
  try {
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    return await read(page);
  } finally {
    await context.close();
  }
}

/** Loads saved HTML into a fresh, sealed context and runs `doctorPage`. */
export function doctorHtml(browser: Browser, html: string, url: string): Promise<DoctorReport> {
  return withSavedPage(browser, html, (page) => doctorPage(page, url));
}

/** Loads saved HTML into a fresh, sealed context and classifies it (no selector counts). */
export function classifyHtml(browser: Browser, html: string, url: string): Promise<ClassificationReport> {
  return withSavedPage(browser, html, (page) => classifyLoadedPage(page, url));
}

const MetaUrlSchema = z.object({ url: z.string().min(1) }).passthrough();

/**
 * The page's original address when --url is not given: a `meta.json` beside the file (fixture folders),
 * else '' — the classifier then falls back to the page's own canonical / og:url.
 */
export function savedPageUrl(file: string): string {
  const meta = join(dirname(file), 'meta.json');
  if (!existsSync(meta)) return '';
  try {
    const parsed = MetaUrlSchema.safeParse(JSON.parse(readFileSync(meta, 'utf8')));
    return parsed.success ? parsed.data.url : '';
  } catch {
    return '';
  }
}

export async function launchDoctorBrowser(): Promise<Browser> {
  const { executablePath } = discoverChromium();
  // Required, not imported: see src/browser/stealth-launcher.ts.
  const { chromium } = createRequire(import.meta.url)('playwright') as typeof Playwright;
  return chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
}

/** Opens the account's own browser on `url` and runs `doctorPage` there. */
export async function doctorLive(account: string, url: string, log: Logger): Promise<DoctorReport> {
  // Imported lazily: the live form needs the session layer (profile lock, stealth launcher).
  const { openAccountSession } = await import('../session/account-session.ts');
  const { closeAllSessions } = await import('../session/session-pool.ts');
  const session = await openAccountSession({ account, log, purpose: 'doctor' });
  try {
    const page = await session.browser.page();
    const target = new URL(url, session.origin).href;
    await page.goto(target, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    // SDUI hydrates after domcontentloaded (an empty <main> is normal): wait, bounded, for a known surface.
    await page
      .locator(
        '[componentkey$="Topcard"], section[data-member-id], main [role="listitem"], .msg-form, form.login__form, #global-nav, [data-testid="primary-nav"]',
      )
      .first()
      .waitFor({ state: 'attached', timeout: 15_000 })
      .catch(() => undefined);
    return await doctorPage(page, page.url());
  } finally {
    await session.close();
    await closeAllSessions();
  }
}
