// The signal extractor: ONE self-contained function that runs inside the page (`page.evaluate`) and
// returns a plain PageSignals object. It must not close over anything from this module (Playwright
// serialises its source), so every helper is declared inside it. It only reads the DOM — including open
// shadow roots (the SDUI invite modal lives in `#interop-outlet`'s) and same-origin iframes (`/preload/`).
//
// It decides nothing: the pure classifiers (classify-page.ts) turn these signals into a state, so the
// same decisions can be unit-tested on hand-written objects.
import { extractSessionSignals, SESSION_MARKERS } from './session-signals.ts';
import type { PageSignals } from './signals.ts';

export interface ExtractOptions {
  /** The page's real address (live: page.url(); doctor: --url). */
  url: string;
}

export function extractPageSignals(opts: ExtractOptions): Omit<PageSignals, 'session'> {
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

  type AnyRoot = Document | ShadowRoot;
  interface RootInfo {
    root: AnyRoot;
    where: 'light' | 'shadow' | 'frame';
    interop: boolean;
  }

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

  const controlOf = (el: Element) => ({
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

  /** Outermost interactive elements under `scope` (a button inside a link counts once). */
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

  // ---------------------------------------------------------------- document-level facts
  const html = document.documentElement;
  const body = document.body;
  const main = document.querySelector('main') ?? document.querySelector('[role="main"]');
  const meta = (sel: string): string | null => document.querySelector(sel)?.getAttribute('content') ?? null;

  const sduiScreens = Array.from(
    new Set(
      Array.from(document.querySelectorAll('[data-sdui-screen]')).map(
        (e) => e.getAttribute('data-sdui-screen') ?? '',
      ),
    ),
  )
    .filter(Boolean)
    .slice(0, 10);

  // ---------------------------------------------------------------- top card
  let topEl: Element | null = null;
  let topKey = '';
  let topFlavour: 'sdui' | 'ember' = 'sdui';
  let topCandidates = 0;
  const pickFirst = (els: Element[]): Element | null =>
    els.find((e) => (main ? main.contains(e) : true) && isVisible(e)) ??
    els.find((e) => isVisible(e)) ??
    els[0] ??
    null;
  {
    const sduiSections = Array.from(document.querySelectorAll('section[componentkey$="Topcard"]'));
    const sduiAny = Array.from(document.querySelectorAll('[componentkey$="Topcard"]'));
    const emberMember = Array.from(document.querySelectorAll('section[data-member-id]')).filter((s) =>
      s.querySelector('h1'),
    );
    const emberPv = Array.from(document.querySelectorAll('.pv-top-card')).map(
      (e) => e.closest('section') ?? e,
    );
    if (sduiSections.length) {
      topEl = pickFirst(sduiSections);
      topKey = 'sdui.section-componentkey-topcard';
      topCandidates = sduiSections.length;
    } else if (sduiAny.length) {
      topEl = pickFirst(sduiAny);
      topKey = 'sdui.componentkey-topcard';
      topCandidates = sduiAny.length;
    } else if (emberMember.length) {
      topEl = pickFirst(emberMember);
      topKey = 'ember.section-member-id';
      topFlavour = 'ember';
      topCandidates = emberMember.length;
    } else if (emberPv.length) {
      topEl = pickFirst(emberPv);
      topKey = 'ember.pv-top-card';
      topFlavour = 'ember';
      topCandidates = emberPv.length;
    }
  }

  let topCard: PageSignals['topCard'] = null;
  let rowEl: Element | null = null;
  let triggerEl: Element | null = null;
  const ownedIds = new Set<string>();
  if (topEl) {
    const top = topEl;
    // The overflow ("More") trigger anchors the action row.
    if (topFlavour === 'ember') {
      triggerEl =
        top.querySelector('button[id$="-profile-overflow-action"]') ??
        Array.from(top.querySelectorAll('button.artdeco-dropdown__trigger')).find(
          (b) => !b.closest('.artdeco-dropdown__content'),
        ) ??
        null;
    } else {
      const exp = Array.from(top.querySelectorAll('button[aria-expanded]')).filter(
        (b) => !b.querySelector('h1, h2') && b.getAttribute('aria-haspopup') !== 'dialog',
      );
      triggerEl = exp[exp.length - 1] ?? null;
    }
    let anchor: Element | null = triggerEl ? (triggerEl.closest('.artdeco-dropdown') ?? triggerEl) : null;
    if (!anchor) {
      anchor = top.querySelector(
        'a[href*="/messaging/compose/"], a[href*="/preload/custom-invite/"], .pvs-profile-actions, .pv-top-card-v2-ctas, button.pvs-profile-actions__action',
      );
    }
    if (anchor) {
      const blocker =
        'h1, h2, a[href*="/overlay/contact-info/"], a[href*="/search/results/"], a[href*="/overlay/about-this-profile/"]';
      let cur: Element = anchor;
      // Up to the smallest ancestor holding another control …
      while (cur.parentElement && cur.parentElement !== top) {
        const parent: Element = cur.parentElement;
        const others = controlsIn(parent).filter((c) => !anchor!.contains(c) && c !== anchor);
        cur = parent;
        if (others.length > 0) break;
      }
      // … then further while the ancestor is still only the action area (no name, links, counts).
      while (cur.parentElement && cur.parentElement !== top && !cur.parentElement.querySelector(blocker))
        cur = cur.parentElement;
      if (cur !== top && !cur.querySelector('h1, h2')) rowEl = cur;
    }
    if (triggerEl) for (const id of ownsOf(triggerEl)) ownedIds.add(id);
    if (triggerEl && triggerEl.parentElement) {
      for (const s of Array.from(
        triggerEl.parentElement.parentElement?.querySelectorAll('[aria-owns], [aria-controls]') ?? [],
      )) {
        for (const a of ['aria-owns', 'aria-controls'])
          for (const id of (s.getAttribute(a) ?? '').split(/\s+/)) if (id) ownedIds.add(id);
      }
    }
    const inDropdown = (el: Element): boolean => el.closest('.artdeco-dropdown__content') !== null;
    const rowControls = rowEl ? controlsIn(rowEl, inDropdown) : controlsIn(top, inDropdown);
    const otherControls = controlsIn(top, inDropdown).filter(
      (c) => !(rowEl && rowEl.contains(c)) && c.getAttribute('aria-label'),
    );

    const nameEl =
      Array.from(top.querySelectorAll(topFlavour === 'ember' ? 'h1' : 'h1, h2')).find((h) => isVisible(h)) ??
      top.querySelector('h1, h2');
    let headline: string | null = null;
    let location: string | null = null;
    if (topFlavour === 'ember') {
      headline = textOf(top.querySelector('.text-body-medium')) || null;
      const contact = top.querySelector('a[href*="/overlay/contact-info/"]');
      const locEl = contact
        ? contact.closest('div')?.querySelector('span.text-body-small')
        : top.querySelector('span.text-body-small.inline');
      location = textOf(locEl ?? null) || null;
    } else if (nameEl) {
      // Headline: the first <p> after the name that is not the degree line ("· 2nd") or pronouns
      // ("She/Her": one token with a slash) — they share the name's row; the own profile has neither.
      const ps = Array.from(top.querySelectorAll('p')).filter(
        (p) =>
          (nameEl.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
          !(rowEl && rowEl.contains(p)),
      );
      const hp = ps.find((p) => {
        const t = textOf(p);
        return t !== '' && !/^[·•]/.test(t) && !/^[^\s/]{1,12}(\/[^\s/]{1,12}){1,2}$/.test(t);
      });
      headline = hp ? textOf(hp) : null;
      const contact = top.querySelector('a[href*="/overlay/contact-info/"]');
      const contactP = contact ? contact.closest('p') : null;
      const firstP =
        contactP && contactP.parentElement ? contactP.parentElement.querySelector(':scope > p') : null;
      location = firstP && firstP !== contactP ? textOf(firstP) || null : null;
    }

    const vanities = new Set<string>();
    for (const a of Array.from(top.querySelectorAll('a[href*="/in/"]'))) {
      const v = vanityFromHref(a.getAttribute('href'));
      if (v) vanities.add(v);
    }
    let profileId: string | null = null;
    const ck = top.getAttribute('componentkey') ?? '';
    const ckm = /ref(ACoAA[A-Za-z0-9_-]+)Topcard$/.exec(ck);
    if (ckm) profileId = ckm[1]!;
    if (!profileId) {
      const compose = top.querySelector('a[href*="profileUrn="]');
      const m = compose ? /fsd_profile%3A([A-Za-z0-9_-]+)/.exec(compose.getAttribute('href') ?? '') : null;
      if (m) profileId = m[1]!;
    }

    const degrees: NonNullable<PageSignals['topCard']>['degrees'] = [];
    if (topFlavour === 'ember') {
      for (const e of Array.from(top.querySelectorAll('.dist-value')))
        degrees.push({ text: textOf(e), visible: isVisible(e), source: 'ember-dist-value' });
      for (const e of Array.from(top.querySelectorAll('.distance-badge .visually-hidden')))
        degrees.push({
          text: norm(e.textContent),
          visible: isVisible(e.parentElement ?? e),
          source: 'ember-hidden-label',
        });
    } else {
      for (const e of Array.from(top.querySelectorAll('p, span'))) {
        if (rowEl && rowEl.contains(e)) continue;
        const t = ownText(e);
        if (/^[·•]\s*\S{1,14}$/.test(t))
          degrees.push({ text: t, visible: isVisible(e), source: 'sdui-line' });
      }
    }

    const mainScope = main ?? document;
    const editLinks = Array.from(mainScope.querySelectorAll('a[href*="/edit/intro/"]')).filter((a) =>
      /\/in\/[^/]+\/edit\/intro\//.test(a.getAttribute('href') ?? ''),
    );
    topCard = {
      key: topKey,
      flavour: topFlavour,
      visible: isVisible(top),
      candidates: topCandidates,
      name: nameEl ? textOf(nameEl) || null : null,
      headline,
      location,
      vanities: Array.from(vanities).slice(0, 10),
      profileId,
      memberId: top.getAttribute('data-member-id'),
      rowFound: rowEl !== null,
      row: rowControls.slice(0, 20).map(controlOf),
      other: otherControls.slice(0, 12).map(controlOf),
      degrees: degrees.slice(0, 8),
      self: {
        editIntroLink: editLinks.length > 0,
        isSelfProfileLinks: mainScope.querySelectorAll('a[href*="isSelfProfile=true"]').length,
        selfComponentKeys: mainScope.querySelectorAll(
          '[componentkey$="_openToButton"], [componentkey$="_cover_edit_button"], [componentkey$="_add_section"], [componentkey$="_addSectionButton"]',
        ).length,
        analyticsLink: mainScope.querySelector('a[href*="/analytics/profile-views/"]') !== null,
      },
    };
  }

  // ---------------------------------------------------------------- overflow menus
  const menus: PageSignals['menus'] = [];
  const menuItemEls = new Map<Element, 'ownedMenu' | 'portal'>();
  if (topEl && topFlavour === 'ember' && triggerEl) {
    const dd = triggerEl.closest('.artdeco-dropdown');
    const content = dd ? dd.querySelector('.artdeco-dropdown__content') : null;
    if (content) {
      const items = controlsIn(content).concat(
        Array.from(content.querySelectorAll('.artdeco-dropdown__item')).filter(
          (e) => !e.matches(CONTROL_SEL) && !e.closest(CONTROL_SEL),
        ),
      );
      for (const it of items) menuItemEls.set(it, 'ownedMenu');
      menus.push({
        kind: 'ember.dropdown',
        ownedByTopCard: true,
        open:
          triggerEl.getAttribute('aria-expanded') === 'true' ||
          content.classList.contains('artdeco-dropdown__content--is-open'),
        items: items.slice(0, 20).map(controlOf),
      });
    }
  }
  for (const portal of Array.from(document.querySelectorAll('[data-floating-ui-portal]'))) {
    const menu = portal.querySelector('[role="menu"]');
    if (!menu) continue;
    const items = controlsIn(menu);
    const owned = (portal.id !== '' && ownedIds.has(portal.id)) || (menu.id !== '' && ownedIds.has(menu.id));
    for (const it of items) menuItemEls.set(it, owned ? 'ownedMenu' : 'portal');
    menus.push({
      kind: 'sdui.portal',
      ownedByTopCard: owned,
      open: true,
      items: items.slice(0, 20).map(controlOf),
    });
  }

  // ---------------------------------------------------------------- /preload/ links (locale-free)
  const preloadLinks: PageSignals['preloadLinks'] = [];
  for (const { el } of qsaDeep(
    'a[href*="/preload/custom-invite/"], a[href*="/preload/search-custom-invite/"], a[href*="/preload/withdraw-invite/"]',
  )) {
    const href = el.getAttribute('href') ?? '';
    const kind = href.includes('search-custom-invite')
      ? 'search-custom-invite'
      : href.includes('withdraw-invite')
        ? 'withdraw-invite'
        : 'custom-invite';
    let vanity: string | null = null;
    const m = /[?&]vanityName=([^&#]+)/.exec(href);
    if (m) {
      try {
        vanity = decodeURIComponent(m[1]!);
      } catch {
        vanity = m[1]!;
      }
    }
    let where: PageSignals['preloadLinks'][number]['where'] = 'elsewhere';
    const mi = Array.from(menuItemEls.entries()).find(([it]) => it === el || it.contains(el));
    if (rowEl && rowEl.contains(el)) where = 'topCardRow';
    else if (topEl && topEl.contains(el)) where = 'topCard';
    else if (mi) where = mi[1];
    else if (main && main.contains(el)) where = 'main';
    preloadLinks.push({ kind, vanity, where, visible: isVisible(el) });
    if (preloadLinks.length >= 60) break;
  }

  // ---------------------------------------------------------------- dialogs (light, shadow, frames)
  const dialogs: PageSignals['dialogs'] = [];
  // A dialog button's place in an artdeco modal (choices in the content vs. actions in the action bar).
  const regionIn = (dlg: Element, b: Element): 'actionbar' | 'content' | 'header' | null => {
    const inside = (sel: string): boolean => {
      const r = b.closest(sel);
      return r !== null && dlg.contains(r);
    };
    if (inside('.artdeco-modal__actionbar, footer')) return 'actionbar';
    if (inside('.artdeco-modal__content')) return 'content';
    if (inside('.artdeco-modal__header, header')) return 'header';
    return null;
  };
  const DIALOG_SEL = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
  for (const { el, info } of qsaDeep(DIALOG_SEL)) {
    const outer = el.parentElement ? el.parentElement.closest(DIALOG_SEL) : null;
    if (outer) continue;
    const isDialogTag = el.tagName === 'DIALOG';
    const open = isDialogTag ? (el as HTMLDialogElement).open || el.hasAttribute('open') : null;
    const labelledBy = el.getAttribute('aria-labelledby');
    let heading = '';
    if (labelledBy) {
      const r = el.getRootNode() as Document | ShadowRoot;
      const h = r.getElementById ? r.getElementById(labelledBy) : null;
      heading = h ? textOf(h) : '';
    }
    if (!heading) heading = textOf(el.querySelector('h1, h2, h3'));
    const ta = el.querySelector('textarea');
    const counters: string[] = [];
    for (const c of Array.from(el.querySelectorAll('span, p, div, small'))) {
      if (c.children.length > 0) continue;
      const t = norm(c.textContent);
      if (/^\d{1,4}\s*\/\s*\d{2,4}$/.test(t)) counters.push(t);
      if (counters.length >= 4) break;
    }
    const buttons = Array.from(el.querySelectorAll('button, [role="button"], a.artdeco-button'))
      .slice(0, 16)
      .map((b) => ({
        ariaLabel: b.getAttribute('aria-label') ? norm(b.getAttribute('aria-label')) : null,
        text: cap(textOf(b), 120),
        disabled:
          (b as HTMLButtonElement).disabled === true ||
          b.hasAttribute('disabled') ||
          b.getAttribute('aria-disabled') === 'true',
        classes: semanticClasses(b),
        dataTestModalCloseBtn: b.hasAttribute('data-test-modal-close-btn'),
        dataViewName: b.getAttribute('data-view-name'),
        dataControlName: b.getAttribute('data-control-name'),
        type: b.getAttribute('type'),
        region: regionIn(el, b),
      }));
    const links = Array.from(el.querySelectorAll('a[href]'))
      .map((a) => a.getAttribute('href') ?? '')
      .filter((h) => /premium|learn|help/i.test(h))
      .slice(0, 6);
    dialogs.push({
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      where: info.where,
      interop: info.interop,
      visible: open === false ? false : isVisible(el),
      open,
      id: el.getAttribute('id'),
      ariaLabelledBy: labelledBy,
      ariaLabel: el.getAttribute('aria-label'),
      heading: cap(heading, 200),
      text: cap(textOf(el), 800),
      classes: semanticClasses(el),
      dataTestModal: el.hasAttribute('data-test-modal'),
      dataTestModalId: el.getAttribute('data-test-modal-id'),
      buttons,
      textarea: ta
        ? {
            id: ta.getAttribute('id'),
            name: ta.getAttribute('name'),
            maxLength: ta.hasAttribute('maxlength') ? Number(ta.getAttribute('maxlength')) : null,
            placeholder: ta.getAttribute('placeholder'),
            valueLength: (ta as HTMLTextAreaElement).value.length,
          }
        : null,
      counters,
      emailInput:
        el.querySelector(
          'input[type="email"], input[name*="email" i], input[id*="email" i], input[autocomplete="email"]',
        ) !== null,
      textInput: el.querySelector('input[type="text"], input:not([type])') !== null,
      premiumLink: el.querySelector('a[href*="/premium/"], a[href*="/premium?"]') !== null,
      links,
    });
    if (dialogs.length >= 20) break;
  }

  // ---------------------------------------------------------------- lists
  const mainEl: Element | Document = main ?? document;
  const hasProfileLink = (e: Element): boolean => e.querySelector('a[href*="/in/"]') !== null;
  const searchScreens = Array.from(document.querySelectorAll('[data-sdui-screen*="SearchResults"]'));
  let searchCards = 0;
  let searchPromos = 0;
  for (const s of searchScreens) {
    for (const li of Array.from(s.querySelectorAll('[role="listitem"]'))) {
      if (li.parentElement && li.parentElement.closest('[role="listitem"]')) continue;
      if (hasProfileLink(li)) searchCards++;
      else searchPromos++;
    }
  }
  if (searchScreens.length === 0) {
    const ember = Array.from(mainEl.querySelectorAll('[data-chameleon-result-urn]'));
    searchCards = ember.filter((e) =>
      /urn:li:member:/.test(e.getAttribute('data-chameleon-result-urn') ?? ''),
    ).length;
    searchPromos = ember.length - searchCards;
    if (searchCards === 0)
      searchCards = Array.from(mainEl.querySelectorAll('li.reusable-search__result-container')).filter(
        hasProfileLink,
      ).length;
  }
  const listItems = Array.from(mainEl.querySelectorAll('[role="listitem"], li')).filter((li) => {
    if (
      li.parentElement &&
      li.parentElement.closest('[role="listitem"], li') &&
      mainEl.contains(li.parentElement.closest('[role="listitem"], li'))
    )
      return false;
    return hasProfileLink(li);
  });
  const sentWithdraw = mainEl.querySelectorAll(
    'button[data-view-name="sent-invitations-withdraw-single"]',
  ).length;
  const sentCards =
    listItems.filter((li) => li.querySelector('button[data-view-name="sent-invitations-withdraw-single"]'))
      .length ||
    // Ember ≤2024 sent cards (A15): a "Sent …" time badge and ONE action (Withdraw); received cards carry
    // two (Ignore, Accept) and must not count here when the address does not say which tab this is.
    Array.from(mainEl.querySelectorAll('li.invitation-card')).filter(
      (li) =>
        li.querySelector('.time-badge') !== null ||
        li.querySelectorAll('button.invitation-card__action-btn').length === 1,
    ).length;
  // The tab the page itself marks as current (its link's address), for saved pages without a URL.
  const currentTabHref =
    mainEl
      .querySelector(
        '[aria-current="page"][href*="/invitation-manager/"], [aria-selected="true"][href*="/invitation-manager/"]',
      )
      ?.getAttribute('href') ?? '';
  const invitationTab: 'sent' | 'received' | null = /\/invitation-manager\/sent(\/|\?|$)/.test(currentTabHref)
    ? 'sent'
    : /\/invitation-manager\/(received(\/|\?|$)|$)/.test(currentTabHref)
      ? 'received'
      : null;
  // People only: page-follow, newsletter and event invitations also name a sender (an /in/ link).
  const NOT_PERSON_INVITE =
    'a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"], a[href*="/newsletters/"], a[href*="/events/"], a[href*="/groups/"]';
  const receivedCards = Array.from(mainEl.querySelectorAll('li.invitation-card, [role="listitem"]')).filter(
    (li) => {
      if (li.parentElement && li.parentElement.closest('li.invitation-card, [role="listitem"]')) return false;
      if (li.querySelector('button[data-view-name="sent-invitations-withdraw-single"]')) return false;
      if (li.querySelector(NOT_PERSON_INVITE)) return false;
      return li.querySelectorAll('button, a[role="button"], a[aria-label]').length >= 2 && hasProfileLink(li);
    },
  ).length;
  const emberConnections = mainEl.querySelectorAll('li.mn-connection-card').length;
  // SDUI connections (A16): no stable class or list role; each person has two /in/<slug>/ links
  // (photo and name) — count distinct people, not links.
  const connVanities = new Set<string>();
  if (emberConnections === 0) {
    for (const a of Array.from(mainEl.querySelectorAll('a[href*="/in/"]'))) {
      const v = vanityFromHref(a.getAttribute('href'));
      if (v && v !== 'me') connVanities.add(v);
    }
  }

  // ---------------------------------------------------------------- markers
  const toasts: PageSignals['markers']['toasts'] = [];
  for (const t of Array.from(document.querySelectorAll('[data-test-artdeco-toast-item-type]')).slice(0, 5)) {
    toasts.push({ type: t.getAttribute('data-test-artdeco-toast-item-type'), text: cap(textOf(t), 200) });
  }
  const sduiToastTitle = document.querySelector('[data-testid="toasts-title"]');
  if (sduiToastTitle && sduiToastTitle.parentElement) {
    for (const t of Array.from(
      sduiToastTitle.parentElement.querySelectorAll('[role="alert"], [role="status"], li'),
    ).slice(0, 5)) {
      toasts.push({ type: null, text: cap(textOf(t), 200) });
    }
  }
  const mainText = main ? textOf(main) : '';
  let bodyText = '';
  let bodyLen = 0;
  if (body) {
    const w = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let n = w.nextNode();
    while (n) {
      const p = n.parentElement;
      if (p && !p.closest('script, style, template, noscript')) {
        const t = n.nodeValue ?? '';
        bodyLen += t.trim().length;
        if (bodyText.length < 1500) bodyText += ' ' + t;
      }
      n = w.nextNode();
    }
  }

  const uiTexts = new Set<string>();
  const addUi = (s: string | null): void => {
    const t = norm(s);
    if (t && t.length <= 40 && uiTexts.size < 200) uiTexts.add(t);
  };
  if (topCard)
    for (const c of topCard.row) {
      addUi(c.text);
      addUi(c.ariaLabel);
    }
  for (const m of menus) for (const c of m.items) addUi(c.text);
  for (const d of dialogs)
    for (const b of d.buttons) {
      addUi(b.text);
      addUi(b.ariaLabel);
    }
  for (const a of Array.from(document.querySelectorAll('nav a, header a, nav button')).slice(0, 40))
    addUi(textOf(a));

  return {
    v: 1,
    url: opts.url,
    documentUrl: location.href,
    htmlLang: html ? html.getAttribute('lang') : null,
    declaredLangs: [
      meta('meta[http-equiv="content-language" i]'),
      meta('meta[property="og:locale"]'),
      body ? body.getAttribute('lang') : null,
      main ? main.getAttribute('lang') : null,
    ],
    title: norm(document.title),
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    ogUrl: meta('meta[property="og:url"]'),
    markers: {
      bodyRehydrated: !!body && body.hasAttribute('data-rehydrated'),
      sduiRoot: document.querySelector('div#root[data-strictmode]') !== null,
      workspaceMain: document.querySelector('main#workspace') !== null,
      sduiScreens,
      emberApp:
        !!body &&
        (body.classList.contains('ember-application') || html.classList.contains('ember-application')),
      emberViews: Math.min(document.querySelectorAll('.ember-view').length, 9999),
      artdeco: document.querySelector('.artdeco-card, .artdeco-button, .artdeco-modal') !== null,
      memberIdSections: document.querySelectorAll('section[data-member-id]').length,
      mainPresent: main !== null,
      mainEmpty: main !== null && mainText.length < 20,
      mainTextLength: mainText.length,
      signedInNav:
        document.querySelector(
          '[data-testid="primary-nav"], nav[componentkey="primaryNavLinksComponentRef"], #global-nav, .global-nav__primary-link, [data-control-name="nav.settings"], .global-nav__me',
        ) !== null,
      interopOutlet: document.querySelector('#interop-outlet') !== null,
      interopIframe:
        document.querySelector('iframe[data-testid="interop-iframe"], iframe[src="/preload/"]') !== null,
      publicTracking: document.querySelectorAll(
        '[data-tracking-control-name^="public_profile"], a[href*="trk=public_profile"]',
      ).length,
      loginForm:
        document.querySelector(
          'input#username, input[name="session_key"], form[action*="/uas/login"], form.login__form',
        ) !== null,
      notFoundHeadline:
        document.querySelector(
          'h1.page-not-found__headline, .page-not-found, [data-test-id="page-not-found"]',
        ) !== null,
      captchaFrame:
        document.querySelector(
          'iframe#humanThirdPartyIframe, iframe[title="LinkedIn security verification"], iframe[src*="li.protechts.net"], #captcha-internal',
        ) !== null,
      // Signed-in Ember pages carry HUMAN's zero-size sensor iframe (#humanThirdPartyIframe, li.protechts.net)
      // on every load; only a captcha frame with a real box is a challenge.
      captchaFrameVisible: Array.from(
        document.querySelectorAll(
          'iframe#humanThirdPartyIframe, iframe[title="LinkedIn security verification"], iframe[src*="li.protechts.net"], #captcha-internal',
        ),
      ).some((f) => {
        const r = f.getBoundingClientRect();
        return r.width > 20 && r.height > 20 && r.right > 0 && r.bottom > 0;
      }),
      challengeForm:
        document.querySelector(
          'input[name="pin"], input[name="challengeId"], form[action*="/checkpoint/"]',
        ) !== null,
      rehab: document.querySelector('#rehab-challenge') !== null,
      metaRefresh: meta('meta[http-equiv="refresh" i]'),
      messagingForm: document.querySelector('form.msg-form, .msg-form__contenteditable') !== null,
      messagingList:
        document.querySelector(
          '.msg-conversations-container, .msg-conversation-card, .msg-conversation-listitem, .msg-conversations-container__conversations-list',
        ) !== null,
      feedMarkers: document.querySelectorAll(
        '.feed-shared-update-v2, [data-urn^="urn:li:activity"], [data-id^="urn:li:activity"], .scaffold-finite-scroll__content',
      ).length,
      invitationManagerMarkers: document.querySelectorAll(
        'button[data-view-name="sent-invitations-withdraw-single"], .invitation-card, .mn-invitation-manager, .invitation-manager, [data-view-name^="invitation"]',
      ).length,
      connectionsMarkers: document.querySelectorAll(
        '.mn-connection-card, #mn-connections-search-input, .mn-connections',
      ).length,
      cookieBanner:
        document.querySelector(
          '.artdeco-global-alert--COOKIE_CONSENT, [type="COOKIE_CONSENT"], button[data-control-name^="ga-cookie.consent"], button[data-tracking-control-name^="ga-cookie.consent"]',
        ) !== null,
      toasts,
    },
    salesNav: {
      leadActionsBar:
        document.querySelector('[data-x--lead-actions-bar], [data-x--lead--profile-card-actions]') !== null,
      leadOverflow: document.querySelector('[data-x--lead-actions-bar-overflow-menu]') !== null,
      searchResultLeads: document.querySelectorAll('[data-x-search-result="LEAD"]').length,
      anonymize: document.querySelectorAll('[data-anonymize]').length,
      hueApp: document.querySelector('#hue-web-menu-outlet, [id^="hue-menu-"]') !== null,
    },
    topCard,
    menus,
    preloadLinks,
    dialogs,
    lists: {
      searchCards,
      searchPromos,
      sentCards,
      receivedCards,
      connectionCards: emberConnections || connVanities.size,
      profileListItems: listItems.length,
      invitationTab,
      sentWithdrawButtons: sentWithdraw,
      paginationButtons: document.querySelectorAll(
        'button[data-testid^="pagination-indicator-"], .artdeco-pagination__indicator',
      ).length,
    },
    uiTexts: Array.from(uiTexts),
    bodyTextLength: bodyLen,
    bodyTextExcerpt: norm(bodyText).slice(0, 1500),
  };
}

/**
 * The extractor as a self-contained expression for `page.evaluate(expr)` / `frame.evaluate(expr)`,
 * returning the full PageSignals (ours plus the session layer's SessionSignals, one round trip).
 * Built from the functions' sources plus a no-op `__name` shim (tsx/esbuild's keepNames inserts
 * `__name(...)` calls that do not exist inside the page).
 */
export function pageSignalsExpression(opts: ExtractOptions): string {
  return `(() => { const __name = (f) => f;
    const s = (${extractPageSignals.toString()})(${JSON.stringify(opts)});
    s.session = (${extractSessionSignals.toString()})(${JSON.stringify(SESSION_MARKERS)});
    return s; })()`;
}
