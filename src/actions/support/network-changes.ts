// The network changes between the snapshot the last sync left and what this sync read: a new connection
// we had invited (on the Sent tab last time) is `connectionAccepted`, any other new connection
// `connectionAdded`, a connection invitation not seen before `connectionRequestReceived`. An event's id
// is a stable hash of its type and person, so a change found twice (a re-run, two syncs at once) is
// stored once. A person connected, removed and connected again is therefore reported the first time only.
import { createHash } from 'node:crypto';
import type {
  NetworkEventType,
  NetworkObservation,
  NetworkPersonRecord,
  NetworkPersonSeen,
  NewNetworkEvent,
} from '../kit/services.ts';

export function networkEventId(type: NetworkEventType, person: string): string {
  const h = createHash('sha256')
    .update(JSON.stringify([type, person]))
    .digest('hex');
  return `n:${h.slice(0, 32)}`;
}

function event(type: NetworkEventType, p: NetworkPersonSeen): NewNetworkEvent {
  return {
    id: networkEventId(type, p.person),
    type,
    person: p.person,
    personUrl: p.personUrl,
    personUrn: p.personUrn,
  };
}

/** The changes `obs` shows against `before`, connections first, each list in page order. */
export function networkChanges(
  before: readonly NetworkPersonRecord[],
  obs: NetworkObservation,
): NewNetworkEvent[] {
  const prev = new Map(before.map((p) => [p.person, p]));
  const stillPending = new Set(obs.sent.map((p) => p.person));
  const out: NewNetworkEvent[] = [];
  const seen = new Set<string>();
  for (const c of obs.connections) {
    const p = prev.get(c.person);
    // A person on the Sent tab and in the connections list at once is a page mid-update: not a change yet.
    if (p?.connected || stillPending.has(c.person) || seen.has(c.person)) continue;
    seen.add(c.person);
    out.push(event(p?.pendingSent ? 'connectionAccepted' : 'connectionAdded', c));
  }
  for (const r of obs.received) {
    const p = prev.get(r.person);
    if (p?.received || p?.connected || seen.has(r.person)) continue;
    seen.add(r.person);
    out.push(event('connectionRequestReceived', r));
  }
  return out;
}
