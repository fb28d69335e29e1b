// `linkwright limits get|set|usage|reset|clear-hold --account NAME`: the account's limits (Linked API's
// categories and periods), its usage in the current periods, and LinkedIn's holds. JSON on stdout;
// exit 2 for invalid input.
import type { Command } from 'commander';
import { linkwrightHome } from '../../config/paths.ts';
import { HOLD_KINDS, isHoldKind } from '../../engine/policy/holds.ts';
import {
  LIMIT_CATEGORIES,
  LIMIT_PERIODS,
  isLimitCategory,
  isLimitPeriod,
} from '../../engine/policy/limit-catalog.ts';
import type { Policy } from '../../engine/policy/policy.ts';
import { PolicyConfigError } from '../../engine/policy/policy-config.ts';
import { withPolicy as openPolicy } from '../../app/policy-scope.ts';
import { ACCOUNT_NAME_RE } from '../../session/account-record.ts';
import { printJson } from '../read-input.ts';

class InputError extends Error {}

function accountName(v: unknown): string {
  if (typeof v !== 'string' || !ACCOUNT_NAME_RE.test(v)) {
    throw new InputError(`--account: expected an account name (letters, digits, '.', '_', '-'; at most 64)`);
  }
  return v;
}

function category(v: unknown): (typeof LIMIT_CATEGORIES)[number] {
  if (typeof v !== 'string' || !isLimitCategory(v)) {
    throw new InputError(`--category: expected one of ${LIMIT_CATEGORIES.join(', ')}`);
  }
  return v;
}

function period(v: unknown): (typeof LIMIT_PERIODS)[number] {
  if (typeof v !== 'string' || !isLimitPeriod(v))
    throw new InputError(`--period: expected one of ${LIMIT_PERIODS.join(', ')}`);
  return v;
}

function maxValue(v: unknown): number {
  const n = typeof v === 'string' && /^\d{1,7}$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000)
    throw new InputError('--max: expected a whole number from 0 to 1000000');
  return n;
}

/** Runs one subcommand on the account's policy and prints its output; invalid input exits 2. */
async function withPolicy(fn: (policy: Policy) => Promise<unknown>): Promise<void> {
  let output: unknown;
  try {
    output = await openPolicy(linkwrightHome(), fn);
  } catch (err) {
    if (err instanceof InputError || err instanceof PolicyConfigError) {
      printJson({ success: false, error: { type: 'invalidRequestPayload', message: err.message } });
      process.exitCode = 2;
      return;
    }
    throw err;
  }
  printJson(output);
}

async function limitsOf(policy: Policy, account: string): Promise<unknown> {
  return { account, limits: await policy.limits.effectiveLimits(account) };
}

export function registerLimits(program: Command): void {
  const limits = program
    .command('limits')
    .description("an account's limits per category and period, their usage, and LinkedIn's holds");

  limits
    .command('get')
    .description('effective limits (built-in defaults ← config.json ← limits set), each with its source')
    .requiredOption('--account <name>', 'account name')
    .action(async (o: { account: string }) => {
      await withPolicy(async (policy) => limitsOf(policy, accountName(o.account)));
    });

  limits
    .command('usage')
    .description(
      'current usage per limit (UTC periods: day, week from Monday, month from the 1st) and active holds',
    )
    .requiredOption('--account <name>', 'account name')
    .action(async (o: { account: string }) => {
      await withPolicy(async (policy) => {
        const account = accountName(o.account);
        return { account, ...(await policy.usage(account)) };
      });
    });

  limits
    .command('set')
    .description('set one limit of the account (overrides config.json and defaults)')
    .requiredOption('--account <name>', 'account name')
    .requiredOption('--category <category>', LIMIT_CATEGORIES.join(' | '))
    .requiredOption('--period <period>', LIMIT_PERIODS.join(' | '))
    .option('--max <n>', 'maximum actions in the period (0 forbids the category)')
    .option('--disable', 'keep the entry but do not enforce it')
    .option('--enable', 'enforce the entry')
    .action(
      async (o: {
        account: string;
        category: string;
        period: string;
        max?: string;
        disable?: boolean;
        enable?: boolean;
      }) => {
        await withPolicy(async (policy) => {
          const account = accountName(o.account);
          const c = category(o.category);
          const p = period(o.period);
          if (o.disable && o.enable) throw new InputError('--disable and --enable exclude each other');
          if (o.max === undefined && !o.disable && !o.enable)
            throw new InputError('give --max, --disable or --enable');
          const current = (await policy.limits.effectiveLimits(account)).find(
            (l) => l.category === c && l.period === p,
          );
          const max = o.max !== undefined ? maxValue(o.max) : current?.maxValue;
          if (max === undefined) throw new InputError(`${c}/${p} has no limit yet: give --max`);
          const isEnabled = o.disable ? false : o.enable ? true : (current?.isEnabled ?? true);
          await policy.limits.setLimits(
            account,
            [{ category: c, period: p, maxValue: max, isEnabled }],
            policy.now(),
          );
          return limitsOf(policy, account);
        });
      },
    );

  limits
    .command('reset')
    .description(
      "remove the account's own limits (all, or one with --category and --period): back to config.json and defaults",
    )
    .requiredOption('--account <name>', 'account name')
    .option('--category <category>', LIMIT_CATEGORIES.join(' | '))
    .option('--period <period>', LIMIT_PERIODS.join(' | '))
    .action(async (o: { account: string; category?: string; period?: string }) => {
      await withPolicy(async (policy) => {
        const account = accountName(o.account);
        if ((o.category === undefined) !== (o.period === undefined)) {
          throw new InputError('give both --category and --period, or neither');
        }
        const which =
          o.category !== undefined
            ? [{ category: category(o.category), period: period(o.period) }]
            : undefined;
        const removed = await policy.limits.resetLimits(account, which);
        return { account, removed, limits: await policy.limits.effectiveLimits(account) };
      });
    });

  limits
    .command('clear-hold')
    .description(
      'lift a hold placed when LinkedIn showed one of its own limits (only if you know LinkedIn lifted it)',
    )
    .requiredOption('--account <name>', 'account name')
    .requiredOption('--kind <kind>', HOLD_KINDS.join(' | '))
    .action(async (o: { account: string; kind: string }) => {
      await withPolicy(async (policy) => {
        const account = accountName(o.account);
        if (!isHoldKind(o.kind)) throw new InputError(`--kind: expected one of ${HOLD_KINDS.join(', ')}`);
        const cleared = await policy.holds.clear(account, o.kind);
        return { account, kind: o.kind, cleared, holds: await policy.describeHolds(account) };
      });
    });
}
