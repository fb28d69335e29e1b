// `linkwright tokens create --accounts A[,B] [--webhook URL]` prints `{"id", "token", …}` once (the
// token and webhook secret are never shown again: only hashes are stored); `tokens list` shows ids,
// accounts and webhook URLs; `tokens revoke ID` stops a token at once.
import type { Command } from 'commander';
import { createToken, listTokens, revokeToken, TokenInputError } from '../../app/service-tokens.ts';
import { linkwrightHome } from '../../config/paths.ts';
import { printJson } from '../read-input.ts';

function inputError(err: unknown): boolean {
  if (!(err instanceof TokenInputError)) return false;
  printJson({ success: false, error: { type: 'invalidRequestPayload', message: err.message } });
  process.exitCode = 2;
  return true;
}

export function registerTokens(program: Command): void {
  const tokens = program.command('tokens').description("serve's API tokens: create, list, revoke");

  tokens
    .command('create')
    .description('a new API token for these accounts, printed once (only its hash is stored)')
    .requiredOption('--accounts <names>', 'comma-separated account names the token may use')
    .option('--webhook <url>', 'POST signed workflow results here (its secret is printed once)')
    .action(async (o: { accounts: string; webhook?: string }) => {
      try {
        const accounts = o.accounts
          .split(',')
          .map((a) => a.trim())
          .filter((a) => a !== '');
        printJson(
          await createToken(linkwrightHome(), {
            accounts,
            ...(o.webhook !== undefined ? { webhookUrl: o.webhook } : {}),
          }),
        );
      } catch (err) {
        if (!inputError(err)) throw err;
      }
    });

  tokens
    .command('list')
    .description('tokens without their secrets')
    .action(async () => {
      const list = await listTokens(linkwrightHome());
      printJson({
        tokens: list.map((t) => ({
          id: t.id,
          accounts: t.accounts,
          webhookUrl: t.webhookUrl,
          createdAt: t.createdAt.toISOString(),
          revokedAt: t.revokedAt?.toISOString() ?? null,
        })),
      });
    });

  tokens
    .command('revoke')
    .description('stop a token (by its id from `tokens list`)')
    .argument('<id>', 'token id')
    .action(async (id: string) => {
      const revoked = await revokeToken(linkwrightHome(), id);
      printJson({ success: revoked, id, revoked });
      if (!revoked) process.exitCode = 1;
    });
}
