// What the locale is decided from (locales/index.ts `detectLocale`): `html[lang]`, the declared
// languages, and short UI texts (top-card row, menu items, dialog buttons, nav) for the fallback vote.
//
// Runs IN THE PAGE as a part of `pageSignalsExpression` (expression.ts): self-contained, reads the DOM
// only through the kit it is given.
import type { DialogSignal, MenuSignals, PageSignals, TopCardSignals } from '../signals.ts';
import type { DomKit } from './dom-kit.ts';

export type LocaleSignals = Pick<PageSignals, 'htmlLang' | 'declaredLangs' | 'uiTexts'>;

/** The texts already read by the other parts, reused for the vote. */
export interface SeenTexts {
  topCard: TopCardSignals | null;
  menus: MenuSignals[];
  dialogs: DialogSignal[];
}

export function readLocaleSignals(kit: DomKit, seen: SeenTexts): LocaleSignals {
  const { html, body, main, meta, norm, textOf } = kit;
  const uiTexts = new Set<string>();
  const addUi = (s: string | null): void => {
    const t = norm(s);
    if (t && t.length <= 40 && uiTexts.size < 200) uiTexts.add(t);
  };
  if (seen.topCard)
    for (const c of seen.topCard.row) {
      addUi(c.text);
      addUi(c.ariaLabel);
    }
  for (const m of seen.menus) for (const c of m.items) addUi(c.text);
  for (const d of seen.dialogs)
    for (const b of d.buttons) {
      addUi(b.text);
      addUi(b.ariaLabel);
    }
  for (const a of Array.from(document.querySelectorAll('nav a, header a, nav button')).slice(0, 40))
    addUi(textOf(a));

  return {
    htmlLang: html ? html.getAttribute('lang') : null,
    declaredLangs: [
      meta('meta[http-equiv="content-language" i]'),
      meta('meta[property="og:locale"]'),
      body ? body.getAttribute('lang') : null,
      main ? main.getAttribute('lang') : null,
    ],
    uiTexts: Array.from(uiTexts),
  };
}
