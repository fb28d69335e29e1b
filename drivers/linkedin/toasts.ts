// Toasts after an action (../shared/spec/linkedin-dom.md A12/A13): Ember marks their type; SDUI toasts are
// read by text. Only refusals matter to the drivers — success is confirmed by the page state, never by a
// toast.
import { phraseTableFor } from '../../selectors/linkedin/locales/index.ts';
import { containsAny } from '../../selectors/linkedin/text.ts';
import type { Reading } from './page-state.ts';

export type Refusal = 'cantResend' | 'error';

/** A refusal toast on the page: LinkedIn's "can't resend yet" (recent withdrawal), or any error toast. */
export function refusalToast(r: Reading): Refusal | null {
  const p = phraseTableFor(r.state.locale);
  for (const t of r.signals.markers.toasts) {
    if (p && containsAny(t.text, p.cantResend)) return 'cantResend';
    if (t.type === 'error') return 'error';
  }
  return null;
}
