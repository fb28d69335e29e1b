// st.syncConversation: registers the conversation with a person for syncing (a new period of `days`,
// history already collected is kept) and reads it into the store now: the profile's Message control →
// the person's overlay bubble (as st.sendMessage opens it) → every message shown, stored once per identity
// (selectors/linkedin/cards/message-identity.ts). Read-only: nothing is typed or sent. Opening the bubble
// is what LinkedIn counts as reading the conversation; the user asked for this one, so that is accepted
// (st.syncInbox, which nobody asked to read every thread, never opens one). No Message control or only an
// InMail offer: the sync is registered with nothing to read yet. Message text is never logged.
import type { ActionOutcome } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { profileViewAtRoot } from '../kit/limit-uses.ts';
import type { ActionContext } from '../kit/action-context.ts';
import { driverEnv, personUrlOf, profileGate, unexpected, type DriverEnv } from '../kit/person-context.ts';
import { success } from '../kit/outcomes.ts';
import { MessagingOverlay } from '../../../drivers/linkedin/messaging-overlay.ts';
import { ProfilePage } from '../../../drivers/linkedin/profile-page.ts';
import { identifyMessages } from '../support/message-identity.ts';
import type { RawMessageEvent } from '../../../selectors/linkedin/cards/message-event.ts';
import { normalizePersonUrl, vanityFromPersonUrl } from '../../../selectors/url/linkedin-url.ts';

export const ACTION_TYPE = 'st.syncConversation' as const;

const DAY_MS = 86_400_000;

/** The store key of the conversation with a person (`conversations poll --person` finds it the same way). */
export function personConversationKey(vanity: string): string {
  return `person:${vanity}`;
}

export const syncConversation = defineAction({
  actionType: ACTION_TYPE,
  limits: [profileViewAtRoot('stPersonProfileViews')],
  async run(ctx): Promise<ActionOutcome> {
    const who = personUrlOf(ctx);
    if (!who.ok) return who.outcome;
    const env = await driverEnv(ctx);
    const profile = new ProfilePage(env.session);
    // Always a fresh load: a bubble left open earlier may not show what arrived since.
    const view = await profile.open(who.personUrl, { reuse: false });
    const stop = profileGate(ctx, env.browser, view.status, {});
    if (stop) return stop;
    const vanity =
      view.reading.state.person?.vanity ?? view.reading.ctx.vanity ?? vanityFromPersonUrl(who.personUrl);
    const name = view.reading.ctx.name ?? null;
    const { repo, account } = ctx.conversations;
    const key = personConversationKey(vanity);
    const now = ctx.conversations.now();
    await repo.upsertConversation({ account, key, personUrl: normalizePersonUrl(who.personUrl), name, now });
    await repo.registerConversationSync(
      account,
      key,
      now,
      new Date(now.getTime() + ctx.params.days * DAY_MS),
    );

    const events = await readConversation(ctx, env, profile, view, { vanity, name });
    if (events.kind === 'stop') return events.outcome;
    const fresh = await repo.recordMessages(
      account,
      key,
      identifyMessages(key, events.messages).map((m) => ({ ...m, shownTime: null })),
      ctx.conversations.now(),
    );
    ctx.log.info({ read: events.messages.length, new: fresh.length }, 'conversation synced');
    return success();
  },
});

type Read = { kind: 'read'; messages: RawMessageEvent[] } | { kind: 'stop'; outcome: ActionOutcome };

async function readConversation(
  ctx: ActionContext<'st.syncConversation'>,
  env: DriverEnv,
  profile: ProfilePage,
  view: Awaited<ReturnType<ProfilePage['open']>>,
  recipient: { vanity: string; name: string | null },
): Promise<Read> {
  const overlay = new MessagingOverlay(env.session);
  if (!(await profile.clickMessage(view))) {
    if (view.status.kind === 'connected')
      return { kind: 'stop', outcome: await unexpected(ctx, env.browser, 'message-control-not-found') };
    ctx.log.info('no Message control: the sync is registered with nothing to read yet');
    return { kind: 'read', messages: [] };
  }
  const open = await overlay.waitForConversation(recipient, view.reading.ctx);
  switch (open.kind) {
    case 'conversation':
      // A conversation renders its list at once; an empty list is a conversation without messages.
      return { kind: 'read', messages: await open.view.waitForMessages((m) => m.length > 0, 2_000) };
    case 'inmail':
      ctx.log.info('InMail offer only: the sync is registered with nothing to read yet');
      return { kind: 'read', messages: [] };
    case 'unknown':
      return { kind: 'stop', outcome: await unexpected(ctx, env.browser, open.reason) };
    case 'none':
      return { kind: 'stop', outcome: await unexpected(ctx, env.browser, 'no-conversation-after-message') };
  }
}
