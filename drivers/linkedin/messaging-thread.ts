// The full messaging page of one thread (linkedin-dom A17: `/messaging/thread/<id>/`), for a reply by
// thread id. A thread the account does not have does not stay at its address (LinkedIn leaves it for
// the inbox): that is `notFound`. The open conversation is handed out as a ConversationView.
import { sel } from '../../selectors/linkedin/index.ts';
import { messagingThreadUrl, threadIdFromUrl } from '../../selectors/url/linkedin-url.ts';
import { navigate } from '../shared/navigation.ts';
import { ConversationView } from './conversation.ts';
import { LinkedInPage } from './linkedin-page.ts';
import { assertSession, readState, waitForReading } from './page-state.ts';

export type ThreadOpened =
  | { kind: 'conversation'; view: ConversationView }
  | { kind: 'notFound' }
  | { kind: 'unknown'; reason: string };

export class MessagingThreadPage extends LinkedInPage {
  /** Is the thread `threadId` the page showing now (no navigation)? */
  showing(threadId: string): boolean {
    return threadIdFromUrl(this.s.page.url()) === threadId;
  }

  /** Opens the thread (or, with `reuse`, reads it in place when it is the current page). */
  async open(threadId: string, opts: { reuse?: boolean } = {}): Promise<ThreadOpened> {
    if (!(opts.reuse && this.showing(threadId))) {
      const nav = await navigate(this.s.page, messagingThreadUrl(this.s.origin, threadId), {
        timeoutMs: this.s.timeouts.navigationMs,
        ...(this.s.signal ? { signal: this.s.signal } : {}),
      });
      if (!nav.ok) {
        const reading = await readState(this.s).catch(() => undefined);
        if (reading) assertSession(reading);
        return { kind: 'unknown', reason: 'navigation-failed' };
      }
    }
    let reading = await readState(this.s);
    assertSession(reading);
    if (!this.showing(threadId)) {
      // Redirected elsewhere: the inbox has no such thread. Any other page is not ours to judge.
      return reading.state.page === 'messaging'
        ? { kind: 'notFound' }
        : { kind: 'unknown', reason: `page-${reading.state.page}` };
    }
    reading = await waitForReading(
      this.s,
      (r) =>
        r.signals.markers.messagingForm ||
        r.state.session.state === 'signedOut' ||
        r.state.session.state === 'checkpoint',
      this.s.timeouts.hydrationMs,
    );
    assertSession(reading);
    const pane = await this.find(sel.messaging.thread.pane, reading.ctx);
    if (!pane) return { kind: 'unknown', reason: 'thread-pane-missing' };
    return { kind: 'conversation', view: new ConversationView(this.s, pane, reading.ctx, 'page') };
  }
}
