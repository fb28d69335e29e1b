// `linkwright accounts add`, `tokens create|list|revoke`: the secrets `serve` checks. Each secret is
// returned once, to be printed once; the store keeps only its sha256 (the webhook secret excepted: it
// signs deliveries). Tokens and account names are validated here, before anything is stored.
import { z } from 'zod';
import { loadOrCreateAccount } from '../session/accounts.ts';
import { ACCOUNT_NAME_RE, FileAccountRecordStore } from '../session/account-record.ts';
import {
  API_TOKEN_PREFIX,
  hashSecret,
  IDENTIFICATION_TOKEN_PREFIX,
  newSecret,
  newTokenId,
  WEBHOOK_SECRET_PREFIX,
} from '../service/token-auth.ts';
import { openStore } from '../store/index.ts';
import type { ApiTokenRecord } from '../store/store.ts';

export class TokenInputError extends Error {}

const accountList = z
  .array(z.string().regex(ACCOUNT_NAME_RE, 'an account name (letters, digits, ., _, -; at most 64)'))
  .min(1, 'name at least one account')
  .max(1000);

const webhookUrl = z
  .string()
  .url()
  .max(2048)
  .refine((u) => /^https?:\/\//.test(u), 'an http(s) URL');

/** Creates the account if needed and gives it a new identification token (any earlier one stops working). */
export async function addAccount(
  home: string,
  name: string,
): Promise<{ account: string; identificationToken: string }> {
  if (!ACCOUNT_NAME_RE.test(name)) {
    throw new TokenInputError(`invalid account name: use letters, digits, '.', '_' or '-' (at most 64)`);
  }
  await loadOrCreateAccount(new FileAccountRecordStore(home), name);
  const identificationToken = newSecret(IDENTIFICATION_TOKEN_PREFIX);
  const store = openStore(home);
  try {
    const now = new Date();
    await store.ensureAccount(name, now);
    await store.setIdentificationToken(name, hashSecret(identificationToken), now);
  } finally {
    await store.close();
  }
  return { account: name, identificationToken };
}

export interface CreatedToken {
  id: string;
  token: string;
  accounts: string[];
  webhookUrl: string | null;
  /** Only when a webhook URL was given. */
  webhookSecret?: string;
}

export async function createToken(
  home: string,
  opts: { accounts: string[]; webhookUrl?: string },
): Promise<CreatedToken> {
  const accounts = accountList.safeParse(opts.accounts);
  if (!accounts.success)
    throw new TokenInputError(`--accounts: ${accounts.error.issues[0]?.message ?? 'invalid'}`);
  let url: string | null = null;
  if (opts.webhookUrl !== undefined) {
    const u = webhookUrl.safeParse(opts.webhookUrl);
    if (!u.success) throw new TokenInputError(`--webhook: ${u.error.issues[0]?.message ?? 'invalid'}`);
    url = u.data;
  }
  const token = newSecret(API_TOKEN_PREFIX);
  const webhookSecret = url ? newSecret(WEBHOOK_SECRET_PREFIX) : null;
  const store = openStore(home);
  try {
    const rec = await store.createApiToken({
      id: newTokenId(),
      hash: hashSecret(token),
      accounts: [...new Set(accounts.data)],
      webhookUrl: url,
      webhookSecret,
      now: new Date(),
    });
    return {
      id: rec.id,
      token,
      accounts: rec.accounts,
      webhookUrl: rec.webhookUrl,
      ...(webhookSecret ? { webhookSecret } : {}),
    };
  } finally {
    await store.close();
  }
}

/** Tokens without secrets (ids, accounts, webhook URL, dates). */
export async function listTokens(home: string): Promise<ApiTokenRecord[]> {
  const store = openStore(home);
  try {
    return await store.listApiTokens();
  } finally {
    await store.close();
  }
}

export async function revokeToken(home: string, id: string): Promise<boolean> {
  const store = openStore(home);
  try {
    return await store.revokeApiToken(id, new Date());
  } finally {
    await store.close();
  }
}
