// The conversation options menu's item labels → what the conversation is marked as (st.manageConversation).
// Each pair flips with the state: "Star" offered = not starred, "Unstar" offered = starred. Pure; the
// labels are read by the driver.
import type { PhraseTable } from '../locales/types.ts';
import { normalizeText } from '../text.ts';

export type ConversationOperation = 'archive' | 'unarchive' | 'star' | 'unstar' | 'mute' | 'unmute';
export type ConversationMark = 'archived' | 'starred' | 'muted';

/** Each operation's mark and the value it sets. */
export const OPERATION_MARK: Readonly<Record<ConversationOperation, [ConversationMark, boolean]>> = {
  archive: ['archived', true],
  unarchive: ['archived', false],
  star: ['starred', true],
  unstar: ['starred', false],
  mute: ['muted', true],
  unmute: ['muted', false],
};

/** A mark as the menu shows it: true/false, or null when neither label of its pair is there. */
export type ConversationMarks = Readonly<Record<ConversationMark, boolean | null>>;

/** The item that performs `op`, by label (null: none). */
export function optionIndex(labels: readonly string[], op: ConversationOperation, ph: PhraseTable): number {
  const wanted = new Set(ph[op].map((t) => normalizeText(t).toLowerCase()));
  return labels.findIndex((l) => wanted.has(normalizeText(l).toLowerCase()));
}

export function conversationMarks(labels: readonly string[], ph: PhraseTable): ConversationMarks {
  const mark = (set: ConversationOperation, unset: ConversationOperation): boolean | null => {
    if (optionIndex(labels, unset, ph) >= 0) return true;
    if (optionIndex(labels, set, ph) >= 0) return false;
    return null;
  };
  return {
    starred: mark('star', 'unstar'),
    muted: mark('mute', 'unmute'),
    archived: mark('archive', 'unarchive'),
  };
}
