// `linkwright accounts`: lists accounts with status and park reason (JSON);
// `accounts unpark NAME` clears a park after a person fixed the account;
// `accounts set NAME …` creates an account or changes its identity (proxy password from stdin only).
import type { Command } from 'commander';
import { linkwrightHome } from '../../config/paths.ts';
import { rootLogger } from '../../log/logger.ts';
import { FileAccountRecordStore, proxyKey, type AccountRecord } from '../../session/account-record.ts';
import { loadOrCreateAccount, unparkAccount } from '../../session/accounts.ts';
import { IdentitySchema, proxyLabel, type Identity } from '../../session/identity.ts';
import { printJson, readStdin } from '../read-input.ts';
import { withHolds } from '../../app/policy-scope.ts';
import { addAccount, TokenInputError } from '../../app/service-tokens.ts';

function summary(r: AccountRecord) {
  return {
    name: r.name,
    status: r.status,
    reason: r.parked?.reason ?? null,
    kind: r.parked?.kind ?? null,
    message: r.parked?.message ?? null,
    parkedAt: r.parked?.at ?? null,
    identity: {
      locale: r.identity.locale,
      timezone: r.identity.timezone,
      viewport: r.identity.viewport,
      userAgent: r.identity.userAgent,
      proxy: proxyLabel(r.identity.proxy),
    },
    lastLaunch: r.lastLaunch
      ? { at: r.lastLaunch.at, browserVersion: r.lastLaunch.browserVersion, headless: r.lastLaunch.headless }
      : null,
    lastHealth: r.lastHealth ?? null,
  };
}

function fail(message: string): void {
  printJson({ success: false, error: { type: 'invalidRequestPayload', message } });
  process.exitCode = 2;
}

interface SetOptions {
  locale?: string;
  timezone?: string;
  viewport?: string;
  proxyServer?: string;
  proxyUsername?: string;
  proxyPasswordStdin?: boolean;
  proxy?: boolean;
  webgl?: string;
}

export function registerAccounts(program: Command): void {
  const accounts = program
    .command('accounts')
    .description('list accounts with status, park reason and LinkedIn holds; subcommands: add, unpark, set')
    .action(async () => {
      const home = linkwrightHome();
      const records = await new FileAccountRecordStore(home).list();
      // Holds (LinkedIn's weekly invitation limit, note quota) live in the store.
      const listed = await withHolds(home, async (holds) => {
        const now = new Date();
        const out = [];
        for (const r of records) out.push({ ...summary(r), holds: await holds.describe(r.name, now) });
        return out;
      });
      printJson({ accounts: listed });
    });

  accounts
    .command('add')
    .description('create an account for serve and print its identification token (a new one on each call)')
    .argument('<name>', 'account name')
    .action(async (name: string) => {
      try {
        printJson(await addAccount(linkwrightHome(), name));
      } catch (err) {
        if (err instanceof TokenInputError) return fail(err.message);
        throw err;
      }
    });

  accounts
    .command('unpark')
    .description('mark a parked account active again (after fixing it by hand)')
    .argument('<name>', 'account name')
    .action(async (name: string) => {
      const store = new FileAccountRecordStore(linkwrightHome());
      if (!(await store.read(name))) return fail(`no account named ${name}`);
      const r = await unparkAccount(store, name);
      rootLogger().info({ account: name }, 'account unparked');
      printJson({ success: true, account: summary(r) });
    });

  accounts
    .command('set')
    .description('create an account or change its identity (locale, time zone, viewport, proxy)')
    .argument('<name>', 'account name')
    .option('--locale <bcp47>', 'e.g. en-US, de-DE')
    .option('--timezone <iana>', 'e.g. Europe/Berlin')
    .option('--viewport <WxH>', 'e.g. 1366x768')
    .option('--proxy-server <url>', 'http://host:port or socks5://host:port (no credentials in the URL)')
    .option('--proxy-username <user>', 'proxy user name')
    .option('--proxy-password-stdin', 'read the proxy password from standard input')
    .option('--no-proxy', 'remove the proxy')
    .option(
      '--webgl <native>',
      "'native' to report the real GPU instead of the account's fixed WebGL strings",
    )
    .action(async (name: string, opts: SetOptions) => {
      const store = new FileAccountRecordStore(linkwrightHome());
      const log = rootLogger();
      let current: AccountRecord;
      try {
        current = (await loadOrCreateAccount(store, name)).record;
      } catch (err) {
        return fail((err as Error).message);
      }
      const next: Identity = { ...current.identity };
      if (opts.locale) next.locale = opts.locale;
      if (opts.timezone) next.timezone = opts.timezone;
      if (opts.viewport) {
        const m = /^(\d+)x(\d+)$/.exec(opts.viewport);
        if (!m) return fail('--viewport must look like 1366x768');
        next.viewport = { width: Number(m[1]), height: Number(m[2]) };
      }
      if (opts.webgl !== undefined) {
        if (opts.webgl !== 'native') return fail("--webgl accepts only 'native'");
        next.webgl = 'native';
      }
      if (opts.proxy === false) delete next.proxy;
      else if (opts.proxyServer || opts.proxyUsername || opts.proxyPasswordStdin) {
        const server = opts.proxyServer ?? current.identity.proxy?.server;
        if (!server) return fail('--proxy-server is required to configure a proxy');
        next.proxy = {
          server,
          ...(opts.proxyUsername ? { username: opts.proxyUsername } : {}),
          ...(opts.proxyPasswordStdin ? { password: (await readStdin()).replace(/\r?\n$/, '') } : {}),
        };
      }
      const parsed = IdentitySchema.safeParse(next);
      if (!parsed.success)
        return fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      if (
        proxyKey(parsed.data.proxy) !== proxyKey(current.identity.proxy) &&
        current.lastHealth?.state === 'signedIn'
      ) {
        log.warn(
          { account: name, from: proxyLabel(current.identity.proxy), to: proxyLabel(parsed.data.proxy) },
          'changing the proxy of an account with a live session; LinkedIn may ask for a security check',
        );
      }
      const updated: AccountRecord = { ...current, identity: parsed.data };
      await store.write(updated);
      printJson({ success: true, account: summary(updated) });
    });
}
