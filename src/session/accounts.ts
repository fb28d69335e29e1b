// Account lifecycle on top of the record store: create with a default identity, park on a failed
// health check, unpark after a human fixed it (login or `accounts unpark`).
import type { SessionFailure } from '../errors/error-types.ts';
import {
  assertAccountName,
  type AccountRecord,
  type AccountRecordStore,
  type ParkReason,
} from './account-record.ts';
import { defaultIdentity, type Identity } from './identity.ts';

export async function loadOrCreateAccount(
  store: AccountRecordStore,
  name: string,
  identity: Partial<Identity> = {},
): Promise<{ record: AccountRecord; created: boolean }> {
  assertAccountName(name);
  const existing = await store.read(name);
  if (existing) return { record: existing, created: false };
  const record: AccountRecord = {
    version: 1,
    name,
    createdAt: new Date().toISOString(),
    identity: defaultIdentity(identity),
    status: 'active',
  };
  await store.write(record);
  return { record, created: true };
}

/** The failure a parked account reports before anything is launched. */
export function parkedFailure(record: AccountRecord): SessionFailure | undefined {
  if (record.status !== 'parked' || !record.parked) return undefined;
  const p = record.parked;
  return {
    reason: p.reason,
    message:
      `account ${record.name} is parked since ${p.at}: ${p.message}. ` +
      `Sign in with \`linkwright login --account ${record.name}\`, or clear it with \`linkwright accounts unpark ${record.name}\`.`,
  };
}

export async function parkAccount(
  store: AccountRecordStore,
  name: string,
  park: { reason: ParkReason; kind?: string; message: string },
): Promise<AccountRecord> {
  const r = await store.read(name);
  if (!r) throw new Error(`no account named ${name}`);
  const next: AccountRecord = { ...r, status: 'parked', parked: { ...park, at: new Date().toISOString() } };
  await store.write(next);
  return next;
}

export async function unparkAccount(store: AccountRecordStore, name: string): Promise<AccountRecord> {
  const r = await store.read(name);
  if (!r) throw new Error(`no account named ${name}`);
  const { parked: _parked, ...rest } = r;
  const next: AccountRecord = { ...rest, status: 'active' };
  await store.write(next);
  return next;
}
