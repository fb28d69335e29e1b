// `network poll` (Linked API §6, `POST /network/poll`), read from the store — nothing touches LinkedIn.
//
//   pollNetwork({ home?, store?, account, since?, type? }) → NetworkPollResult
//
// `store` (any NetworkRepository, e.g. the server's open store) wins over `home` (a LINKWRIGHT_HOME whose
// store is opened and closed around the read; default: LINKWRIGHT_HOME). The answer is
// `{ ok: true, result: { events } }` — the changes st.syncNetwork found, newest first, as
// `{ id, type, personUrl, detectedAt, personUrn }`, only those detected at or after `since` and of `type`
// when given — or `{ ok: false, error: { type: 'networkNotSynced', message } }` before the account's
// first st.syncNetwork. `detectedAt` is when a sync first stored the change.
import { linkwrightHome } from '../config/paths.ts';
import { openStore } from '../store/index.ts';
import type { NetworkEventType, NetworkRepository } from '../store/store.ts';

export type { NetworkEventType };

export const NETWORK_EVENT_TYPES: readonly NetworkEventType[] = [
  'connectionAccepted',
  'connectionAdded',
  'connectionRequestReceived',
];

export interface NetworkPollInput {
  /** An open store; when absent, the store under `home` is opened for this read. */
  store?: NetworkRepository;
  /** LINKWRIGHT_HOME (default: the environment's). */
  home?: string;
  account: string;
  since?: Date;
  type?: NetworkEventType;
}

export interface NetworkEvent {
  id: string;
  type: NetworkEventType;
  personUrl: string;
  detectedAt: string;
  personUrn: string | null;
}

export type NetworkPollResult =
  | { ok: true; result: { events: NetworkEvent[] } }
  | { ok: false; error: { type: 'networkNotSynced'; message: string } };

async function read(repo: NetworkRepository, q: NetworkPollInput): Promise<NetworkPollResult> {
  if (!(await repo.getNetworkSync(q.account)))
    return {
      ok: false,
      error: {
        type: 'networkNotSynced',
        message: "The account's network has not been synced: run st.syncNetwork first.",
      },
    };
  const events = await repo.listNetworkEvents({
    account: q.account,
    ...(q.since ? { since: q.since } : {}),
    ...(q.type ? { type: q.type } : {}),
  });
  return {
    ok: true,
    result: {
      events: events.map((e) => ({
        id: e.id,
        type: e.type,
        personUrl: e.personUrl,
        detectedAt: e.detectedAt.toISOString(),
        personUrn: e.personUrn,
      })),
    },
  };
}

export async function pollNetwork(q: NetworkPollInput): Promise<NetworkPollResult> {
  if (q.store) return read(q.store, q);
  const store = openStore(q.home ?? linkwrightHome());
  try {
    return await read(store, q);
  } finally {
    await store.close();
  }
}
