// One sealed page for a whole test file that loads many saved pages one after another: a context set
// up like doctor's for saved HTML (src/app/doctor.ts withSavedPage: bypassCSP, JavaScript off, service
// workers blocked, every request aborted), created once instead of once per page. A fresh context
// (a new renderer) costs about as much CPU as loading and reading the page itself. Each page starts
// from `about:blank` (a new Document and Window): `setContent` alone rewrites the same document, and a
// global one of our evaluates left behind would then be there for the next page.
// Read `.page` inside the tests (it exists once beforeAll ran); `load` replaces its document.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';

const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh/i;

export interface SavedPage {
  readonly page: Page;
  /** Loads `html` into the sealed page (replacing the previous document) and returns the page. */
  load(html: string): Promise<Page>;
}

/** `browser` is read in beforeAll: pass a getter for a browser launched by the file's own beforeAll. */
export function savedPagePerFile(browser: () => Browser | Promise<Browser>): SavedPage {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  // Set when the current page must not take the next document: it may navigate by itself, or crashed.
  let replace = false;
  const newPage = async (): Promise<void> => {
    if (!context) throw new Error('savedPagePerFile: the page exists once beforeAll has run');
    await page?.close().catch(() => undefined);
    const p = await context.newPage();
    p.on('crash', () => (replace = true));
    page = p;
    replace = false;
  };
  beforeAll(async () => {
    context = await (
      await browser()
    ).newContext({ bypassCSP: true, javaScriptEnabled: false, serviceWorkers: 'block' });
    await context.route('**/*', (route) => route.abort());
    await newPage();
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
  });
  const current = (): Page => {
    if (!page) throw new Error('savedPagePerFile: the page exists once beforeAll has run');
    return page;
  };
  return {
    get page(): Page {
      return current();
    },
    async load(html: string): Promise<Page> {
      // A page whose document can navigate by itself (a meta refresh, even with JavaScript off) is
      // not reused: its navigation would land in the middle of the next page's load. A crashed one
      // neither, so that one failure does not fail every later test.
      if (replace || current().isClosed()) await newPage();
      replace = META_REFRESH.test(html);
      const p = current();
      await p.goto('about:blank', { timeout: 30_000 });
      await p.setContent(html, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      return p;
    },
  };
}
