// The profile top card: which structure holds it (SDUI componentkey, Ember member section), its action
// row (around the overflow "More" trigger), name, headline, location, degree lines and self markers.
//
// Runs IN THE PAGE as a part of `pageSignalsExpression` (expression.ts): self-contained, reads the DOM
// only through the kit it is given.
import type { TopCardSignals } from '../signals.ts';
import type { DomKit } from './dom-kit.ts';

/** The top card's signals plus the elements menus and /preload/ links are placed against (page-only). */
export interface TopCardScan {
  topCard: TopCardSignals | null;
  flavour: 'sdui' | 'ember';
  el: Element | null;
  /** The action row, when it was located. */
  row: Element | null;
  /** The overflow ("More") trigger. */
  trigger: Element | null;
  /** Ids the trigger (or its wrappers) own: the SDUI portal menu it opens. */
  ownedIds: Set<string>;
}

export function readTopCard(kit: DomKit): TopCardScan {
  const { main, isVisible, textOf, norm, ownText, controlsIn, controlOf, ownsOf, vanityFromHref } = kit;

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

  let topCard: TopCardSignals | null = null;
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

    const degrees: TopCardSignals['degrees'] = [];
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
  return { topCard, flavour: topFlavour, el: topEl, row: rowEl, trigger: triggerEl, ownedIds };
}
