// Reading list cards (invitation manager, connections): one evaluate per list returns each card's links,
// text lines in document order and buttons as plain data; the pure parsers in selectors/linkedin/cards/
// interpret them (structure first).
import type { RawCard } from '../../selectors/linkedin/cards/raw-card.ts';

export type { RawCard };

// Runs in the page (evaluateAll). No inner named functions: tsx/esbuild's keepNames would wrap them in
// `__name(...)`, which does not exist there; only anonymous callbacks passed as arguments.
export function readCardsInPage(cards: Element[]): RawCard[] {
  const hiddenSel = '.visually-hidden, .a11y-text, [aria-hidden="true"], script, style, template';
  const ws = /[\s\u00a0\u202f]+/g;
  return cards.map((card) => {
    const links = Array.from(card.querySelectorAll('a[href]')).map((a) => ({
      href: a.getAttribute('href') ?? '',
      text: ((a as HTMLElement).innerText ?? a.textContent ?? '').replace(ws, ' ').trim(),
      imgAlt: a.querySelector('img[alt]')?.getAttribute('alt') ?? null,
    }));
    const lines: string[] = [];
    for (const el of Array.from(card.querySelectorAll('p, span, time, h3, h4, strong, div'))) {
      if (el.closest('button, [role="button"]') || el.closest(hiddenSel)) continue;
      // A line is an element with text nodes of its own.
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => n.nodeValue ?? '')
        .join(' ')
        .replace(ws, ' ')
        .trim();
      if (own)
        lines.push(((el as HTMLElement).innerText ?? el.textContent ?? '').replace(ws, ' ').trim() || own);
    }
    const buttons = Array.from(card.querySelectorAll('button, a[aria-label], [role="button"]')).map((b) => ({
      label: b.getAttribute('aria-label'),
      text: ((b as HTMLElement).innerText ?? b.textContent ?? '').replace(ws, ' ').trim(),
    }));
    const ids = new Set<string>();
    for (const x of card.outerHTML.match(/urn(?::|%3A)li(?::|%3A)member(?::|%3A)(\d+)/g) ?? [])
      ids.add(x.replace(/.*(?::|%3A)/, ''));
    return { links, lines, buttons, memberIds: Array.from(ids) };
  });
}
