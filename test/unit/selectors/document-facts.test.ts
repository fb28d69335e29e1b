// The body text the extractor reports (bodyTextLength / bodyTextExcerpt) leaves out script, style,
// template and noscript text — by the text's parent in the usual case, and by a walk up the tree when
// one of them holds elements (scripting off or DOM-built), so the fast path changes nothing.
import { describe, expect, it } from 'vitest';
import { pageSignalsExpression, type PageSignals } from '../../../selectors/linkedin/index.ts';
import { pagePerFile } from '../../support/page-per-file.ts';

const file = pagePerFile();

const read = async (): Promise<PageSignals> =>
  (await file.page.evaluate(pageSignalsExpression({ url: 'https://www.linkedin.com/feed/' }))) as PageSignals;

describe('body text in the page signals', () => {
  it('leaves out script, style, noscript and svg style text', async () => {
    await file.page.setContent(
      `<main><p>Visible words</p><script>var hidden = 1;</script><style>.x{color:red}</style>` +
        `<noscript>Enable JavaScript</noscript><svg><style>.y{fill:red}</style></svg>` +
        `<template><p>Template text</p></template></main>`,
    );
    const s = await read();
    expect(s.bodyTextExcerpt).toBe('Visible words');
    expect(s.bodyTextLength).toBe('Visible words'.length);
  });

  it('still leaves them out when one of them holds elements', async () => {
    await file.page.setContent(`<main><p>Visible words</p><noscript id="n"></noscript></main>`);
    await file.page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Inside noscript';
      document.getElementById('n')!.appendChild(p);
    });
    const s = await read();
    expect(s.bodyTextExcerpt).toBe('Visible words');
    expect(s.bodyTextLength).toBe('Visible words'.length);
  });
});
