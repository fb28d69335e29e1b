// Tokens of `serve`: how secrets are made and hashed, and how a request proves which token and which
// account it acts for. Secrets are 32 random bytes, so sha256 alone makes the stored hash useless to a
// thief; lookups go by hash, so no secret is ever compared or kept in memory longer than a request.
import { createHash, randomBytes } from 'node:crypto';
import type { ApiTokenRecord, TokenRepository } from '../store/store.ts';
import { ApiFailure } from './api-error.ts';

export const API_TOKEN_PREFIX = 'lw_';
export const IDENTIFICATION_TOKEN_PREFIX = 'lwid_';
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function newTokenId(): string {
  return `tok_${randomBytes(8).toString('hex')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function header(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.trim() !== '' ? s.trim() : undefined;
}

/** The token named by `linked-api-token` (Linked API) or `Authorization: Bearer` (ConnectSafely). */
export async function apiTokenOf(
  tokens: TokenRepository,
  headers: Record<string, string | string[] | undefined>,
): Promise<ApiTokenRecord> {
  let secret = header(headers['linked-api-token']);
  if (!secret) {
    const auth = header(headers.authorization);
    const m = auth ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
    secret = m?.[1];
  }
  if (!secret) throw new ApiFailure('linkedApiTokenRequired', 'the linked-api-token header is missing');
  const token = await tokens.findApiTokenByHash(hashSecret(secret));
  if (!token) throw new ApiFailure('invalidLinkedApiToken', 'the API token is invalid or revoked');
  return token;
}

/** The account named by the `identification-token` header, which the token must reach. */
export async function accountOf(
  tokens: TokenRepository,
  token: ApiTokenRecord,
  headers: Record<string, string | string[] | undefined>,
): Promise<string> {
  const secret = header(headers['identification-token']);
  if (!secret) {
    throw new ApiFailure('identificationTokenRequired', 'the identification-token header is missing');
  }
  const account = await tokens.findAccountByIdentificationHash(hashSecret(secret));
  if (!account) throw new ApiFailure('invalidIdentificationToken', 'the identification token is invalid');
  requireAccess(token, account);
  return account;
}

export function requireAccess(token: ApiTokenRecord, account: string): void {
  if (!token.accounts.includes(account)) {
    throw new ApiFailure('accountNotAllowed', 'this API token does not reach that account');
  }
}
