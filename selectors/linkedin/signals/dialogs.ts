// Dialogs in every tree (light DOM, `#interop-outlet`'s shadow root, `/preload/` iframes), outermost
// only: heading, text, buttons with their place in an artdeco modal, note textarea and counters, email
// gate input, premium links. Closed `<dialog>`s are reported as not visible.
//
// Runs IN THE PAGE as a part of `pageSignalsExpression` (expression.ts): self-contained, reads the DOM
// only through the kit it is given.
import type { DialogSignal } from '../signals.ts';
import type { DomKit } from './dom-kit.ts';

export function readDialogs(kit: DomKit): DialogSignal[] {
  const { norm, cap, qsaDeep, isVisible, textOf, semanticClasses } = kit;
  const dialogs: DialogSignal[] = [];
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
  return dialogs;
}
