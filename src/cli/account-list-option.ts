// `--accounts A,B` of `worker` and `serve`: the accounts this machine's workers may claim (pinning each
// account to the machine where it is signed in). Comma-separated account names, at least one.
import { InvalidArgumentError } from './commander.ts';
import { z } from 'zod';
import { ACCOUNT_NAME_RE } from '../session/account-record.ts';

export const AccountListSchema = z
  .string()
  .transform((s) => [
    ...new Set(
      s
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
    ),
  ])
  .pipe(
    z
      .array(z.string().regex(ACCOUNT_NAME_RE, "account names use letters, digits, '.', '_' or '-'"))
      .min(1, 'name at least one account'),
  );

/** Commander option parser for `--accounts`. */
export function accountList(value: string): string[] {
  const r = AccountListSchema.safeParse(value);
  if (!r.success) throw new InvalidArgumentError(r.error.issues[0]?.message ?? 'invalid account list');
  return r.data;
}
