// Serialises the live document WITH its open shadow roots as declarative shadow DOM
// (`<template shadowrootmode="open">…</template>`), so that a saved page reloads with the same
// shadow trees (LinkedIn's invite dialog lives in `#interop-outlet`'s shadow root, and
// `page.content()` drops it). Used by captures and by the fixture recorder:
//   const { html } = await page.evaluate(serializeDomWithShadowRoots);

export interface SerializedDom {
  html: string;
  /** Number of open shadow roots written as templates. */
  shadowRoots: number;
  /** `getHTML` (Chromium 125+) or `outerHTML` (no shadow roots) when getHTML is missing. */
  method: 'getHTML' | 'outerHTML';
}

/**
 * Runs IN THE PAGE: self-contained, iterative, no named inner functions (the TypeScript runner
 * wraps those in a helper that does not exist in the page).
 */
export function serializeDomWithShadowRoots(): SerializedDom {
  const root = document.documentElement;
  const roots: ShadowRoot[] = [];
  const stack: (Element | ShadowRoot)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Element | ShadowRoot;
    const all = node.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const sr = (all[i] as Element).shadowRoot;
      if (sr && sr.mode === 'open') {
        roots.push(sr);
        stack.push(sr);
      }
    }
  }
  const attrs = Array.from(root.attributes)
    .map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
  const withShadow = root as Element & {
    getHTML?: (o: { serializableShadowRoots?: boolean; shadowRoots?: ShadowRoot[] }) => string;
  };
  if (typeof withShadow.getHTML === 'function') {
    const inner = withShadow.getHTML({ serializableShadowRoots: true, shadowRoots: roots });
    return { html: `${doctype}<html${attrs}>${inner}</html>`, shadowRoots: roots.length, method: 'getHTML' };
  }
  return { html: `${doctype}${root.outerHTML}`, shadowRoots: 0, method: 'outerHTML' };
}
