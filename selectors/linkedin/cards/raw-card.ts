// What one list card shows, as plain data read in the page by the drivers (links, text lines, buttons,
// member ids), and what the pure card parsers need besides: the page's phrase table and the origin the
// page was served from (linkedin.com or a fixture server), to report URLs in LinkedIn's form.
import type { PhraseTable } from '../locales/index.ts';

/** One card, read in the page without interpretation. */
export interface RawCard {
  links: { href: string; text: string; imgAlt: string | null }[];
  /** Leaf texts in document order, outside buttons. */
  lines: string[];
  buttons: { label: string | null; text: string }[];
  /** member ids found in the card's attributes (urn:li:member:<id>). */
  memberIds: string[];
}

export interface CardContext {
  /** The page's phrase table; null when its UI language is unknown (no text decisions then). */
  phrases: PhraseTable | null;
  /** Origin the page was served from; card links are reported on https://www.linkedin.com. */
  origin: string;
}
