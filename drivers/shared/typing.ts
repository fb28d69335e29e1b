// Humanized typing: real key/input events (LinkedIn's React/Ember forms listen to them) at the pacing
// keystroke delay, re-drawn for every word so the rhythm is not constant, then a read-back of the field.
// A field whose value differs from what we meant to type is never submitted.
import type { Locator } from 'playwright';
import type { Pacing } from './pacing.ts';

export type TypingResult = { ok: true } | { ok: false; actualLength: number };

/** LinkedIn fields store CRLF as LF; compare what a person would call "the same text". */
function same(actual: string, wanted: string): boolean {
  const norm = (s: string): string => s.replace(/\r\n?/g, '\n');
  return norm(actual) === norm(wanted);
}

/** Words with their following whitespace, so the chunks concatenate to the text exactly. */
function chunks(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/**
 * The words of `text` with the keystroke delay drawn for each, neighbours with the same delay joined:
 * the same keys at the same delays, in fewer `pressSequentially` round trips (with pacing off every
 * delay is 0 and the whole text is one call; with pacing on the delays differ and nothing is joined).
 */
function typingRuns(text: string, pacing: Pacing): { part: string; delay: number }[] {
  const runs: { part: string; delay: number }[] = [];
  for (const part of chunks(text)) {
    const delay = Math.max(0, pacing.keystrokeDelay());
    const last = runs[runs.length - 1];
    if (last && last.delay === delay) last.part += part;
    else runs.push({ part, delay });
  }
  return runs;
}

/**
 * Whether `field` holds the focus (also inside a shadow root; in a frame only while that frame has the
 * focus, else the caller clicks) and its value, read together.
 * `:scope:focus` runs in Playwright's own query world; an evaluate in the page's world would cost an
 * element handle there (≈ 50 ms on the first one).
 */
async function fieldFocus(field: Locator, timeoutMs: number): Promise<{ focused: boolean; value: string }> {
  const [matches, value] = await Promise.all([
    field.locator(':scope:focus').count(),
    field.inputValue({ timeout: timeoutMs }),
  ]);
  return { focused: matches > 0, value };
}

/**
 * Types `text` into `field` (cleared first when not empty) like a person: `pressSequentially` per word with a keystroke delay
 * drawn from pacing, a 'typing' pause before starting. Then verifies the field's value. If keystrokes were
 * lost (focus stolen, a slow re-render), the field is cleared and set once more with `fill()` (which
 * also fires input events) and checked again.
 */
export async function typeLikeHuman(
  field: Locator,
  text: string,
  pacing: Pacing,
  timeoutMs = 10_000,
): Promise<TypingResult> {
  // A field the page already focused (LinkedIn's dialogs focus their first field) is typed into as a
  // person would, without a click; any other is clicked first. Two reads sent together say that and
  // whether the field needs clearing (clearing an empty one would be an input event for nothing).
  // Without the click, its hit-target check is skipped and text a click would make the page insert is
  // not cleared: the read-back below still catches either (a field showing other text is re-filled or
  // never sent).
  const before = await fieldFocus(field, timeoutMs);
  if (!before.focused) await field.click({ timeout: timeoutMs });
  if (before.value !== '') await field.fill('', { timeout: timeoutMs });
  await pacing.pause('typing');
  for (const { part, delay } of typingRuns(text, pacing)) {
    // Budget per chunk: the delays themselves plus generous room for event round trips on a busy host.
    await field.pressSequentially(part, { delay, timeout: timeoutMs + (delay + 250) * part.length });
  }
  let actual = await field.inputValue({ timeout: timeoutMs });
  if (same(actual, text)) return { ok: true };
  await field.fill(text, { timeout: timeoutMs });
  actual = await field.inputValue({ timeout: timeoutMs });
  return same(actual, text) ? { ok: true } : { ok: false, actualLength: actual.length };
}

/** Whitespace runs as one space: a contenteditable shows line breaks as paragraphs or <br>s. */
function sameText(actual: string, wanted: string): boolean {
  const flat = (s: string): string =>
    s
      .replace(/\u00a0/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return flat(actual) === flat(wanted);
}

/**
 * Types `text` into an empty contenteditable compose box (LinkedIn's message composer) like a person.
 * Line breaks are Shift+Enter: a plain Enter may send (LinkedIn's "press Enter to send" setting), and a
 * half-typed message must never go out. Then reads the box back (`innerText`); when keystrokes were lost
 * the box is cleared and filled once more, and checked again.
 */
export async function typeIntoEditable(
  field: Locator,
  text: string,
  pacing: Pacing,
  timeoutMs = 10_000,
): Promise<TypingResult> {
  await field.click({ timeout: timeoutMs });
  await field.fill('', { timeout: timeoutMs });
  await pacing.pause('typing');
  const lines = text.split(/\r\n?|\n/);
  for (const [i, line] of lines.entries()) {
    if (i > 0) await field.press('Shift+Enter', { timeout: timeoutMs });
    for (const { part, delay } of typingRuns(line, pacing)) {
      await field.pressSequentially(part, { delay, timeout: timeoutMs + (delay + 250) * part.length });
    }
  }
  const read = (): Promise<string> => field.innerText({ timeout: timeoutMs });
  let actual = await read();
  if (sameText(actual, text)) return { ok: true };
  await field.fill(text, { timeout: timeoutMs });
  actual = await read();
  return sameText(actual, text) ? { ok: true } : { ok: false, actualLength: actual.length };
}
