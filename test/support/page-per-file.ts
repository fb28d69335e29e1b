// One headless Chromium and one page for a whole test file (launched in beforeAll, closed in afterAll):
// for tests that check page-side code on hand-written markup (`page.setContent`). Read `.page` inside
// the tests, not at module load (it exists once beforeAll ran).
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright';
import { launchBrowser } from './replay-session.ts';

export interface FilePage {
  readonly page: Page;
}

export function pagePerFile(): FilePage {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get page(): Page {
      if (!page) throw new Error('pagePerFile: the page exists once beforeAll has run');
      return page;
    },
  };
}
