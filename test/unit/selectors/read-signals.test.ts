// readPageSignals asks the page for its signals as one JSON string (cheaper than Playwright's object
// serialiser) and falls back to the object read when the page's JSON.stringify does not give a string.
import { describe, expect, it } from 'vitest';
import { pageSignalsExpression, readPageSignals } from '../../../selectors/linkedin/index.ts';
import { pagePerFile } from '../../support/page-per-file.ts';

const file = pagePerFile();

const HTML =
  '<html lang="en"><head><title>Feed | LinkedIn</title></head><body><main><h1>Hello</h1></main></body></html>';
const URL = 'https://www.linkedin.com/feed/';

describe('readPageSignals', () => {
  it('returns what the object read returns', async () => {
    await file.page.setContent(HTML);
    expect(await readPageSignals(file.page, URL)).toEqual(
      await file.page.evaluate(pageSignalsExpression({ url: URL })),
    );
  });

  it('still reads a page whose JSON.stringify was replaced', async () => {
    await file.page.setContent(HTML);
    const reference = await file.page.evaluate(pageSignalsExpression({ url: URL }));
    await file.page.evaluate(() => {
      JSON.stringify = (() => ({ not: 'a string' })) as unknown as typeof JSON.stringify;
    });
    expect(await readPageSignals(file.page, URL)).toEqual(reference);
  });
});
