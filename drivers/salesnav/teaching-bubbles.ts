// Sales Navigator's teaching bubbles (../shared/spec/linkedin-dom.md A19, A20) sit over the page and can
// cover the controls a reader needs: dismissed right after a page loads, each once, bounded.
import { sel } from '../../selectors/linkedin/index.ts';
import { findIn } from '../linkedin/linkedin-page.ts';
import type { LinkedInSession } from '../linkedin/session.ts';
import { humanClick } from '../shared/page-object.ts';

export async function dismissTeachingBubbles(s: LinkedInSession, max = 3): Promise<number> {
  let dismissed = 0;
  for (let i = 0; i < max; i++) {
    const found = await findIn(s, sel.salesLists.search.teachingBubbleDismiss, { phrases: null });
    const visible = found ? await found.first.isVisible().catch(() => false) : false;
    if (!found || !visible) break;
    await humanClick(s, found.first, { scroll: false });
    await found.first.waitFor({ state: 'detached', timeout: s.timeouts.effectMs }).catch(() => undefined);
    dismissed++;
  }
  if (dismissed > 0) s.log?.debug({ dismissed }, 'teaching bubbles dismissed');
  return dismissed;
}
