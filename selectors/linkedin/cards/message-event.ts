// Messages of a conversation as pure functions over plain data: the driver reads each
// `li.msg-s-message-list__event` once (`RawMessageEvent`: is it the other person's, its body text) and
// the action decides with these. A message is ours when its event lacks the `--other` modifier (A17).
import { normalizeText } from '../text.ts';

export interface RawMessageEvent {
  /** The event carries `.msg-s-event-listitem--other` (written by the other person). */
  other: boolean;
  /** The body text as the page shows it (`.msg-s-event-listitem__body`). */
  body: string;
}

/**
 * The comparison form of a message: LinkedIn renders line breaks as paragraphs or <br>s, so whitespace
 * runs (newlines included) compare as one space; curly quotes and NBSPs as their plain forms.
 */
export function messageKey(text: string): string {
  return normalizeText(text);
}

/** How many of our messages in `events` read exactly `text`. */
export function countOwnMessages(events: readonly RawMessageEvent[], text: string): number {
  const key = messageKey(text);
  return events.filter((e) => !e.other && messageKey(e.body) === key).length;
}

/** Our newest message in the conversation, or null when we never wrote in it. */
export function lastOwnMessage(events: readonly RawMessageEvent[]): string | null {
  for (let i = events.length - 1; i >= 0; i--) if (!events[i]!.other) return events[i]!.body;
  return null;
}
