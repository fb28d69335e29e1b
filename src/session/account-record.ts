// The per-account record: identity, parking status, and what the last launch used. Kept behind
// AccountRecordStore so the SQLite store (src/store) can back it later; the file store keeps it in
// LINKWRIGHT_HOME/accounts/<name>/account.json (0600, account dir 0700), written atomically.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { accountsDir } from '../config/paths.ts';
import { IdentitySchema, type ProxySettings } from './identity.ts';

export const ACCOUNT_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function assertAccountName(name: string): void {
  if (!ACCOUNT_NAME_RE.test(name)) {
    throw new Error(`invalid account name "${name}": use letters, digits, '.', '_' or '-' (at most 64)`);
  }
}

export const PARK_REASONS = ['linkedinAccountSignedOut', 'securityCheckpoint'] as const;
export type ParkReason = (typeof PARK_REASONS)[number];

export const AccountRecordSchema = z
  .object({
    version: z.literal(1),
    name: z.string().regex(ACCOUNT_NAME_RE),
    createdAt: z.string(),
    identity: IdentitySchema,
    status: z.enum(['active', 'parked']),
    parked: z
      .object({
        reason: z.enum(PARK_REASONS),
        /** The classifier's kind: loginPage, authwall, guest, captcha, verification, restricted. */
        kind: z.string().optional(),
        message: z.string(),
        at: z.string(),
      })
      .strict()
      .optional(),
    lastLaunch: z
      .object({
        at: z.string(),
        browserVersion: z.string(),
        executablePath: z.string(),
        headless: z.boolean(),
        /** Proxy server only (never credentials). */
        proxyServer: z.string().nullable(),
        /** Hash of server + username: tells a changed exit IP without storing more. */
        proxyKey: z.string().nullable(),
      })
      .strict()
      .optional(),
    lastHealth: z
      .object({
        state: z.enum(['signedIn', 'signedOut', 'checkpoint', 'unknown']),
        kind: z.string().optional(),
        at: z.string(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type AccountRecord = z.infer<typeof AccountRecordSchema>;

export interface AccountRecordStore {
  read(name: string): Promise<AccountRecord | undefined>;
  write(record: AccountRecord): Promise<void>;
  list(): Promise<AccountRecord[]>;
}

export function proxyKey(p: ProxySettings | undefined): string | null {
  if (!p) return null;
  return createHash('sha256')
    .update(`${p.server}\n${p.username ?? ''}`)
    .digest('hex')
    .slice(0, 16);
}

export function accountDir(home: string, name: string): string {
  assertAccountName(name);
  return join(accountsDir(home), name);
}

export function ensureAccountDir(home: string, name: string): string {
  const dir = accountDir(home, name);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

export class FileAccountRecordStore implements AccountRecordStore {
  constructor(private readonly home: string) {}

  private file(name: string): string {
    return join(accountDir(this.home, name), 'account.json');
  }

  async read(name: string): Promise<AccountRecord | undefined> {
    let text: string;
    try {
      text = readFileSync(this.file(name), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    const parsed = AccountRecordSchema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      throw new Error(
        `account record ${this.file(name)} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
    return parsed.data;
  }

  async write(record: AccountRecord): Promise<void> {
    const valid = AccountRecordSchema.parse(record);
    ensureAccountDir(this.home, valid.name);
    const target = this.file(valid.name);
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(valid, null, 2)}\n`, { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, target);
  }

  async list(): Promise<AccountRecord[]> {
    let names: string[];
    try {
      names = readdirSync(accountsDir(this.home));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const out: AccountRecord[] = [];
    for (const n of names.sort()) {
      if (!ACCOUNT_NAME_RE.test(n)) continue;
      const r = await this.read(n);
      if (r) out.push(r);
    }
    return out;
  }
}
