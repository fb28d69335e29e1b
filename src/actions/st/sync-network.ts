// st.syncNetwork: registers the account's network for syncing (once per account) and reads what changed
// since the last sync into the store — from the invitation manager's Sent and Received tabs (read to
// the end, bounded by their drivers) and the connections list ("Recently added" first, read only until
// a run of connections the last sync already knew). The first run stores the lists as the baseline and
// reports nothing: only later changes are captured (`network poll`). Read-only: it never clicks a card's
// control. A card without a profile link cannot be told apart from another and is left out.
import type { ActionOutcome } from '../../engine/types.ts';
import type { NetworkPersonSeen } from '../kit/services.ts';
import { defineAction } from '../kit/define-action.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';
import { success } from '../kit/outcomes.ts';
import { networkChanges } from '../support/network-changes.ts';
import { ConnectionsPage } from '../../../drivers/linkedin/connections-page.ts';
import { ReceivedInvitationsTab, SentInvitationsTab } from '../../../drivers/linkedin/invitation-manager.ts';
import { profileUrlOf } from '../../../selectors/url/linkedin-url.ts';

export const ACTION_TYPE = 'st.syncNetwork' as const;

/** The connections list's bounds: the first sync's baseline, and any later read. */
export const CONNECTIONS_BASELINE = 50;
export const CONNECTIONS_READ_BOUND = 500;
/** This many connections in a row that the last sync knew end the read (the list is newest first). */
export const KNOWN_RUN = 5;

function seen(c: {
  vanity: string | null;
  publicUrl: string | null;
  urn: string | null;
}): NetworkPersonSeen[] {
  if (!c.vanity) return [];
  return [{ person: c.vanity, personUrl: c.publicUrl ?? profileUrlOf(c.vanity), personUrn: c.urn }];
}

export const syncNetwork = defineAction({
  actionType: ACTION_TYPE,
  async run(ctx): Promise<ActionOutcome> {
    const { repo, account, now } = ctx.network;
    const existing = await repo.getNetworkSync(account);
    const baseline = !existing?.lastSyncedAt;
    const before = baseline ? [] : await repo.listNetworkPeople(account);
    const env = await driverEnv(ctx);

    const sentTab = new SentInvitationsTab(env.session);
    if ((await sentTab.open()).state.page !== 'invitationManager')
      return unexpected(ctx, env.browser, 'sent-tab-not-shown');
    const sent = (await sentTab.readAll()).flatMap(seen);

    const receivedTab = new ReceivedInvitationsTab(env.session);
    if ((await receivedTab.open()).state.page !== 'invitationManager')
      return unexpected(ctx, env.browser, 'received-tab-not-shown');
    const received = (await receivedTab.readAll())
      .filter((i) => i.invitationType === 'connect')
      .flatMap(seen);

    const list = new ConnectionsPage(env.session);
    if ((await list.open()).state.page !== 'connections')
      return unexpected(ctx, env.browser, 'connections-not-shown');
    const known = new Set(before.filter((p) => p.connected).map((p) => p.person));
    const run = Math.min(KNOWN_RUN, known.size);
    let knownRun = 0;
    const read = await list.read((sofar) => {
      if (baseline) return sofar.length >= CONNECTIONS_BASELINE;
      const v = sofar[sofar.length - 1]!.vanity;
      knownRun = v && known.has(v) ? knownRun + 1 : 0;
      return (run > 0 && knownRun >= run) || sofar.length >= CONNECTIONS_READ_BOUND;
    });
    const observation = { sent, received, connections: read.flatMap(seen) };

    const events = baseline ? [] : networkChanges(before, observation);
    // Registered once the first read succeeded: until then `network poll` says it is not synced.
    await repo.registerNetworkSync(account, now());
    const stored = await repo.recordNetworkSync(account, observation, events, now());
    ctx.log.info(
      {
        baseline,
        sent: sent.length,
        received: received.length,
        connections: observation.connections.length,
        new: stored.length,
      },
      'network synced',
    );
    return success();
  },
});
