// What the profile's Message control opened (linkedin-dom A4, A17): the person's bubble in the messaging
// overlay with its composer, the InMail offer instead of one, or — when the Message link navigated
// instead of opening the overlay — the full messaging page's conversation. Only the person's own bubble
// counts (its header links to them or names them); other open or minimized bubbles are never used.
import { sel, type ResolveContext } from '../../selectors/linkedin/index.ts';
import { normalizeText } from '../../selectors/linkedin/text.ts';
import { ConversationView } from './conversation.ts';
import { LinkedInPage } from './linkedin-page.ts';
import { assertSession, readState } from './page-state.ts';

export type OverlayOpened =
  | { kind: 'conversation'; view: ConversationView }
  /** The person's bubble offers InMail (Premium) instead of a composer. */
  | { kind: 'inmail' }
  /** A conversation showed but it is not recognisably the person's, or has no composer. */
  | { kind: 'unknown'; reason: string }
  | { kind: 'none' };

export interface Recipient {
  vanity: string | null;
  name: string | null;
}

export class MessagingOverlay extends LinkedInPage {
  /**
   * Waits (bounded, `dialogMs`) for the person's conversation after a click on Message, and names what
   * showed. `base` is the page's resolve context (its phrase table).
   */
  async waitForConversation(who: Recipient, base: ResolveContext): Promise<OverlayOpened> {
    const ctx: ResolveContext = { ...base, vanity: who.vanity, name: who.name };
    let last: OverlayOpened = { kind: 'none' };
    const hit = await this.poll(async () => {
      last = await this.probe(who, ctx);
      return last.kind === 'conversation' || last.kind === 'inmail' ? last : undefined;
    }, this.s.timeouts.dialogMs);
    return hit ?? last;
  }

  /** The person's conversation as it shows now (never waits). */
  async current(who: Recipient, base: ResolveContext): Promise<OverlayOpened> {
    return this.probe(who, { ...base, vanity: who.vanity, name: who.name });
  }

  private async probe(who: Recipient, ctx: ResolveContext): Promise<OverlayOpened> {
    const bubble = await this.find(sel.messaging.overlay.bubble, ctx);
    if (bubble) {
      const view = new ConversationView(this.s, bubble, ctx, 'overlay');
      if (await view.hasComposer()) return { kind: 'conversation', view };
      if (await this.find(sel.messaging.inmailUpsell, ctx, bubble)) return { kind: 'inmail' };
      return { kind: 'unknown', reason: 'bubble-without-composer' };
    }
    // The Message link may navigate to /messaging/compose/… instead (no overlay): the full page.
    if (!/\/messaging\//.test(this.s.page.url())) return { kind: 'none' };
    const reading = await readState(this.s);
    assertSession(reading);
    const pane = await this.find(sel.messaging.thread.pane, reading.ctx);
    if (!pane) return { kind: 'none' };
    const title = await this.find(sel.messaging.thread.title, reading.ctx, pane);
    const shown = title ? normalizeText(await title.innerText().catch(() => '')) : '';
    if (!who.name || shown !== normalizeText(who.name))
      return { kind: 'unknown', reason: 'messaging-page-for-someone-else' };
    const view = new ConversationView(this.s, pane, reading.ctx, 'page');
    return (await view.hasComposer())
      ? { kind: 'conversation', view }
      : { kind: 'unknown', reason: 'messaging-page-without-composer' };
  }
}
