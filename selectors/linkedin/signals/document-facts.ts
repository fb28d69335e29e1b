// The document's own facts: address, title, canonical and og:url (the classifier's URL fallbacks for
// saved pages), and the body text size plus a capped excerpt (checkpoint phrases on short pages).
//
// Runs IN THE PAGE as a part of `pageSignalsExpression` (expression.ts): self-contained, reads the DOM
// only through the kit it is given.
import type { PageSignals } from '../signals.ts';
import type { DomKit } from './dom-kit.ts';

export type DocumentFacts = Pick<
  PageSignals,
  'documentUrl' | 'title' | 'canonical' | 'ogUrl' | 'bodyTextLength' | 'bodyTextExcerpt'
>;

export function readDocumentFacts(kit: DomKit): DocumentFacts {
  const { body, meta, norm } = kit;
  let bodyText = '';
  let bodyLen = 0;
  if (body) {
    // Script, style and noscript normally hold only text (noscript is raw text with scripting on) and a
    // template's content is outside the tree, so the text's parent decides — a `closest` per text node
    // walked up the tree for each, a quarter of a page read. Only when one of them holds elements
    // (scripting off, DOM-built) is the walk up needed. localName: SVG's <style> too.
    const skipped = ['script', 'style', 'template', 'noscript'];
    const skippedSel = skipped.join(', ');
    const nested = Array.from(body.querySelectorAll(skippedSel)).some((e) => e.childElementCount > 0);
    const w = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let n = w.nextNode();
    while (n) {
      const p = n.parentElement;
      if (p && (nested ? !p.closest(skippedSel) : !skipped.includes(p.localName))) {
        const t = n.nodeValue ?? '';
        bodyLen += t.trim().length;
        if (bodyText.length < 1500) bodyText += ' ' + t;
      }
      n = w.nextNode();
    }
  }
  return {
    documentUrl: location.href,
    title: norm(document.title),
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    ogUrl: meta('meta[property="og:url"]'),
    bodyTextLength: bodyLen,
    bodyTextExcerpt: norm(bodyText).slice(0, 1500),
  };
}
