// readPageSignals asks the page for its signals as one JSON string (cheaper than Playwright's object
// serialiser); where the page's JSON cannot be trusted (a built-in prototype with toJSON, a throwing
// JSON.stringify) it gets the object itself, and a string that does not parse costs a second read.
// Each test restores what it replaced: setContent keeps the page's JavaScript realm.
import { describe, expect, it } from 'vitest';
import { pageSignalsExpression, readPageSignals } from '../../../selectors/linkedin/index.ts';
import { pagePerFile } from '../../support/page-per-file.ts';

const file = pagePerFile();

const HTML =
  '<html lang="en"><head><title>Feed | LinkedIn</title></head><body><main><h1>Hello</h1></main></body></html>';
const URL = 'https://www.linkedin.com/feed/';

/** The signals as the object read returns them, on a fresh copy of the page. */
async function reference(): Promise<unknown> {
  await file.page.setContent(HTML);
  return file.page.evaluate(pageSignalsExpression({ url: URL }));
}

/** Runs `patch` in the page (it must return a function that undoes it), reads, then undoes it. */
async function readWith(patch: string): Promise<unknown> {
  await file.page.evaluate(`window.__undo = (${patch})()`);
  try {
    return await readPageSignals(file.page, URL);
  } finally {
    await file.page.evaluate('window.__undo(); delete window.__undo');
  }
}

describe('readPageSignals', () => {
  it('reads the signals through one JSON string, equal to the object read', async () => {
    const ref = await reference();
    await file.page.evaluate(`window.__calls = 0`);
    const got = await readWith(`() => {
      const orig = JSON.stringify;
      JSON.stringify = function (...a) { window.__calls++; return orig.apply(this, a); };
      return () => { JSON.stringify = orig; };
    }`);
    expect(await file.page.evaluate('window.__calls')).toBe(1);
    expect(got).toStrictEqual(ref);
  });

  it('takes the object where a built-in prototype has toJSON', async () => {
    const ref = await reference();
    const got = await readWith(`() => {
      Array.prototype.toJSON = function () { return 'array'; };
      return () => { delete Array.prototype.toJSON; };
    }`);
    expect(got).toStrictEqual(ref);
  });

  it('takes the object where JSON.stringify throws', async () => {
    const ref = await reference();
    const got = await readWith(`() => {
      const orig = JSON.stringify;
      JSON.stringify = () => { throw new Error('no'); };
      return () => { JSON.stringify = orig; };
    }`);
    expect(got).toStrictEqual(ref);
  });

  it('reads again where the string does not parse', async () => {
    const ref = await reference();
    const got = await readWith(`() => {
      const orig = JSON.stringify;
      JSON.stringify = () => 'not json';
      return () => { JSON.stringify = orig; };
    }`);
    expect(got).toStrictEqual(ref);
  });
});
