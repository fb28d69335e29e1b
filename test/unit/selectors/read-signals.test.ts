// readPageSignals asks the page for its signals as one JSON string (cheaper than Playwright's object
// serialiser) and falls back to the object read when the page's JSON.stringify does not give a string.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { pageSignalsExpression, readPageSignals } from '../../../selectors/linkedin/index.ts';
import { launchBrowser } from '../../support/replay-session.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const HTML =
  '<html lang="en"><head><title>Feed | LinkedIn</title></head><body><main><h1>Hello</h1></main></body></html>';
const URL = 'https://www.linkedin.com/feed/';

describe('readPageSignals', () => {
  it('returns what the object read returns', async () => {
    await page.setContent(HTML);
    expect(await readPageSignals(page, URL)).toEqual(
      await page.evaluate(pageSignalsExpression({ url: URL })),
    );
  });

  it('still reads a page whose JSON.stringify was replaced', async () => {
    await page.setContent(HTML);
    const reference = await page.evaluate(pageSignalsExpression({ url: URL }));
    await page.evaluate(() => {
      JSON.stringify = (() => ({ not: 'a string' })) as unknown as typeof JSON.stringify;
    });
    expect(await readPageSignals(page, URL)).toEqual(reference);
  });
});
