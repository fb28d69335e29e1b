// The DOM kit every signal part reads the page with: the trees to search (document, open shadow roots,
// same-origin iframes), visibility, texts and accessible names, and one control's ControlSignal.
//
// Runs IN THE PAGE as a part of `pageSignalsExpression` (expression.ts): self-contained — no imports at
// runtime, every helper declared inside — and it only reads the DOM.
import type { ControlSignal } from '../signals.ts';

type AnyRoot = Document | ShadowRoot;

/** One tree the kit searches: where it was found and whether it is `#interop-outlet`'s shadow root. */
export interface RootInfo {
  root: AnyRoot;
  where: 'light' | 'shadow' | 'frame';
  interop: boolean;
}

export interface DomKit {
  /** Every interactive element (links, buttons, menu items). */
  CONTROL_SEL: string;
  /** Whitespace collapsed (NBSP and narrow NBSP too), trimmed. */
  norm: (s: string | null | undefined) => string;
  cap: (s: string, n: number) => string;
  html: HTMLElement;
  body: HTMLElement | null;
  main: Element | null;
  /** `content` of the first element matching `sel` (meta tags). */
  meta: (sel: string) => string | null;
  /** Matches in every tree: the document, open shadow roots (recursively) and same-origin iframes. */
  qsaDeep: (sel: string) => { el: Element; info: RootInfo }[];
  isVisible: (el: Element) => boolean;
  /** Text content without visually-hidden helpers, scripts and styles; capped work. */
  textOf: (el: Element | null) => string;
  /** The element's own text nodes only. */
  ownText: (el: Element) => string;
  /** Semantic (non-hashed) class names of interest. */
  semanticClasses: (el: Element) => string[];
  /** Ids named by aria-controls / aria-owns on the element or its immediate wrapper. */
  ownsOf: (el: Element) => string[];
  controlOf: (el: Element) => ControlSignal;
  /** Outermost interactive elements under `scope` (a button inside a link counts once). */
  controlsIn: (scope: Element, exclude?: (el: Element) => boolean) => Element[];
  vanityFromHref: (href: string | null) => string | null;
}

export function domKit(): DomKit {
  const CONTROL_SEL =
    'a[href], button, [role="button"], [role="menuitem"], [role="link"], [role="menuitemcheckbox"]';
  const SEMANTIC_CLASS =
    /^(artdeco-|pvs-|pv-|invitation-card|mn-|msg-|send-invite|ip-fuse|entry-point|search-|reusable-search|entity-result|connect-cta|top-card|profile-)/;
  const HIDDEN_TEXT_SEL = '.visually-hidden, .a11y-text, script, style, template, noscript';

  const norm = (s: string | null | undefined): string =>
    (s ?? '')
      .replace(/[\u00a0\u202f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const cap = (s: string, n: number): string => (s.length > n ? s.slice(0, n) : s);

  // Every DOM tree to search: the document, open shadow roots (recursively) and same-origin iframes.
  const roots: RootInfo[] = [];
  const addRoots = (root: AnyRoot, where: RootInfo['where'], interop: boolean, depth: number): void => {
    roots.push({ root, where, interop });
    if (depth > 6) return;
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      const sr = (el as HTMLElement).shadowRoot;
      if (sr)
        addRoots(
          sr,
          where === 'frame' ? 'frame' : 'shadow',
          interop || el.id === 'interop-outlet',
          depth + 1,
        );
      if (el.tagName === 'IFRAME') {
        let doc: Document | null = null;
        try {
          doc = (el as HTMLIFrameElement).contentDocument;
        } catch {
          doc = null;
        }
        if (doc && doc.documentElement) addRoots(doc, 'frame', interop, depth + 1);
      }
    }
  };
  addRoots(document, 'light', false, 0);

  const qsaDeep = (sel: string): { el: Element; info: RootInfo }[] => {
    const out: { el: Element; info: RootInfo }[] = [];
    for (const info of roots) {
      const found = info.root.querySelectorAll(sel);
      for (let i = 0; i < found.length; i++) out.push({ el: found[i]!, info });
    }
    return out;
  };

  const isVisible = (el: Element): boolean => {
    if (!el.isConnected) return false;
    if (el.closest('dialog:not([open])')) return false;
    const anyEl = el as Element & { checkVisibility?: (o: object) => boolean };
    if (typeof anyEl.checkVisibility === 'function' && !anyEl.checkVisibility({ visibilityProperty: true })) {
      return false;
    }
    const view = el.ownerDocument.defaultView;
    const cs = view ? view.getComputedStyle(el) : null;
    if (cs && cs.display === 'contents') {
      for (const c of Array.from(el.children)) if (isVisible(c)) return true;
      return false;
    }
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };

  const textOf = (el: Element | null): string => {
    if (!el) return '';
    const parts: string[] = [];
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let n = walker.nextNode();
    let budget = 4000;
    while (n && budget > 0) {
      const p = n.parentElement;
      if (!p || !p.closest(HIDDEN_TEXT_SEL) || !el.contains(p.closest(HIDDEN_TEXT_SEL))) {
        const t = n.nodeValue ?? '';
        parts.push(t);
        budget -= t.length;
      }
      n = walker.nextNode();
    }
    return norm(parts.join(' '));
  };

  const ownText = (el: Element): string =>
    norm(
      Array.from(el.childNodes)
        .filter((c) => c.nodeType === 3)
        .map((c) => c.nodeValue ?? '')
        .join(' '),
    );

  const ariaHiddenAncestor = (el: Element): boolean => el.closest('[aria-hidden="true"]') !== null;

  const iconsOf = (el: Element): string[] => {
    const out = new Set<string>();
    const icons = el.querySelectorAll('svg[id], svg[data-test-icon], li-icon[type], use[href]');
    for (let i = 0; i < icons.length && out.size < 6; i++) {
      const ic = icons[i]!;
      const v =
        ic.getAttribute('data-test-icon') ??
        ic.getAttribute('type') ??
        ic.getAttribute('id') ??
        (ic.getAttribute('href') ?? '').replace(/^#/, '');
      if (v) out.add(v);
    }
    return Array.from(out);
  };

  const semanticClasses = (el: Element): string[] =>
    Array.from(el.classList)
      .filter((c) => SEMANTIC_CLASS.test(c))
      .slice(0, 12);

  const labelOf = (el: Element): string | null => {
    const own = el.getAttribute('aria-label');
    if (own && norm(own) !== '') return norm(own);
    // SDUI menu items carry the label on an inner div (a[role=menuitem] > div[aria-label]).
    const inner = el.querySelector('[aria-label]:not(svg):not(img):not([aria-label=""])');
    const v = inner ? norm(inner.getAttribute('aria-label')) : '';
    return v !== '' ? v : null;
  };

  const ownsOf = (el: Element): string[] => {
    const ids: string[] = [];
    const take = (e: Element | null): void => {
      if (!e) return;
      for (const a of ['aria-controls', 'aria-owns']) {
        const v = e.getAttribute(a);
        if (v) ids.push(...v.split(/\s+/).filter(Boolean));
      }
    };
    take(el);
    const parent = el.parentElement;
    if (parent)
      for (const s of Array.from(parent.querySelectorAll(':scope > [aria-owns], :scope > [aria-controls]')))
        take(s);
    return Array.from(new Set(ids));
  };

  const controlOf = (el: Element): ControlSignal => ({
    tag: el.tagName.toLowerCase(),
    role: el.getAttribute('role'),
    href: el.getAttribute('href'),
    ariaLabel: labelOf(el),
    text: cap(textOf(el), 160),
    visible: isVisible(el),
    ariaHidden: ariaHiddenAncestor(el),
    componentKey: el.getAttribute('componentkey'),
    icons: iconsOf(el),
    ariaExpanded: el.getAttribute('aria-expanded'),
    ariaDisabled: el.getAttribute('aria-disabled'),
    disabled: (el as HTMLButtonElement).disabled === true || el.hasAttribute('disabled'),
    id: el.getAttribute('id'),
    classes: semanticClasses(el),
    dataViewName: el.getAttribute('data-view-name'),
    dataControlName: el.getAttribute('data-control-name'),
    owns: ownsOf(el),
  });

  const controlsIn = (scope: Element, exclude?: (el: Element) => boolean): Element[] => {
    const all = Array.from(scope.querySelectorAll(CONTROL_SEL));
    return all.filter((el) => {
      if (exclude && exclude(el)) return false;
      const outer = el.parentElement ? el.parentElement.closest(CONTROL_SEL) : null;
      return !outer || !scope.contains(outer) || outer === scope;
    });
  };

  const vanityFromHref = (href: string | null): string | null => {
    if (!href) return null;
    const m = /(?:^|linkedin\.com|^https?:\/\/[^/]+)?\/in\/([^/?#]+)/.exec(href);
    if (!m) return null;
    try {
      return decodeURIComponent(m[1]!);
    } catch {
      return m[1]!;
    }
  };

  const meta = (sel: string): string | null => document.querySelector(sel)?.getAttribute('content') ?? null;

  return {
    CONTROL_SEL,
    norm,
    cap,
    html: document.documentElement,
    body: document.body,
    main: document.querySelector('main') ?? document.querySelector('[role="main"]'),
    meta,
    qsaDeep,
    isVisible,
    textOf,
    ownText,
    semanticClasses,
    ownsOf,
    controlOf,
    controlsIn,
    vanityFromHref,
  };
}
