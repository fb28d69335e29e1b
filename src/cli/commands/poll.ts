// `linkwright conversations poll --account A [--person URL | --thread ID] [--since ISO]`,
// `linkwright inbox poll --account A [--since ISO] [--type st|nv]` and `linkwright network poll --account A [--since ISO]
// [--type T]`: Linked API's poll shapes (§6) read from the store. JSON on stdout; exit 2 for invalid
// input, 1 for `conversationsNotSynced` / `networkNotSynced`. Message text is printed (it
// is the answer) but never logged.
import type { Command } from 'commander';
import { linkwrightHome } from '../../config/paths.ts';
import {
  isPersonUrl,
  pollConversations,
  pollInbox,
  withConversationStore,
  type PollResult,
} from '../../app/poll-conversations.ts';
import { NETWORK_EVENT_TYPES, pollNetwork, type NetworkEventType } from '../../app/poll-network.ts';
import { ACCOUNT_NAME_RE } from '../../session/account-record.ts';
import { printJson } from '../read-input.ts';

class InputError extends Error {}

function account(v: unknown): string {
  if (typeof v !== 'string' || !ACCOUNT_NAME_RE.test(v))
    throw new InputError(`--account: expected an account name (letters, digits, '.', '_', '-'; at most 64)`);
  return v;
}

function since(v: unknown): Date | undefined {
  if (v === undefined) return undefined;
  const d = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? new Date(v) : new Date(NaN);
  if (Number.isNaN(d.getTime()))
    throw new InputError('--since: expected an ISO timestamp (2026-01-31T12:00:00Z)');
  return d;
}

function inboxType(v: unknown): 'st' | 'nv' | undefined {
  if (v === undefined) return undefined;
  if (v !== 'st' && v !== 'nv') throw new InputError('--type: expected st or nv');
  return v;
}

function eventType(v: unknown): NetworkEventType | undefined {
  if (v === undefined) return undefined;
  const t = NETWORK_EVENT_TYPES.find((x) => x === v);
  if (!t) throw new InputError(`--type: expected one of ${NETWORK_EVENT_TYPES.join(', ')}`);
  return t;
}

type PollOutcome = PollResult<unknown> | { ok: false; error: { type: string; message: string } };

async function run(
  fn: (store: Parameters<Parameters<typeof withConversationStore>[1]>[0]) => Promise<PollOutcome>,
): Promise<void> {
  await print(() => withConversationStore(linkwrightHome(), fn));
}

async function print(read: () => Promise<PollOutcome>): Promise<void> {
  let out: PollOutcome;
  try {
    out = await read();
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    printJson({ success: false, error: { type: 'invalidRequestPayload', message: err.message } });
    process.exitCode = 2;
    return;
  }
  if (out.ok) printJson({ success: true, result: out.result });
  else {
    printJson({ success: false, error: out.error });
    process.exitCode = 1;
  }
}

export function registerPoll(program: Command): void {
  program
    .command('conversations')
    .description('conversations synced with st.syncConversation')
    .command('poll')
    .description("the synced conversations' messages (Linked API's POST /conversations/poll shape)")
    .requiredOption('--account <name>', 'account name')
    .option('--person <url>', 'only the conversation with this person')
    .option('--thread <id>', 'only the conversation with this thread id')
    .option('--since <iso>', 'only messages stored at or after this time')
    .action(async (o: { account: string; person?: string; thread?: string; since?: string }) => {
      await run(async (store) => {
        if (o.person !== undefined && o.thread !== undefined)
          throw new InputError('--person and --thread exclude each other');
        if (o.person !== undefined && !isPersonUrl(o.person))
          throw new InputError('--person: expected a LinkedIn profile URL (https://www.linkedin.com/in/…)');
        const s = since(o.since);
        return pollConversations(store, {
          account: account(o.account),
          ...(o.person !== undefined ? { personUrl: o.person } : {}),
          ...(o.thread !== undefined ? { threadId: o.thread } : {}),
          ...(s ? { since: s } : {}),
        });
      });
    });
  program
    .command('inbox')
    .description('the inboxes synced with st.syncInbox (st) and nv.syncInbox (nv)')
    .command('poll')
    .description('messages that reached the inbox since it was synced, newest first (POST /inbox/poll shape)')
    .requiredOption('--account <name>', 'account name')
    .option('--since <iso>', 'only messages stored at or after this time')
    .option('--type <type>', 'only this inbox: st (standard) or nv (Sales Navigator); both when omitted')
    .action(async (o: { account: string; since?: string; type?: string }) => {
      await run(async (store) => {
        const s = since(o.since);
        const t = inboxType(o.type);
        return pollInbox(store, {
          account: account(o.account),
          ...(s ? { since: s } : {}),
          ...(t ? { type: t } : {}),
        });
      });
    });
  program
    .command('network')
    .description('the network synced with st.syncNetwork')
    .command('poll')
    .description(
      "changes to the network since it was synced, newest first (Linked API's POST /network/poll shape)",
    )
    .requiredOption('--account <name>', 'account name')
    .option('--since <iso>', 'only changes detected at or after this time')
    .option('--type <type>', `only this change: ${NETWORK_EVENT_TYPES.join(', ')}`)
    .action(async (o: { account: string; since?: string; type?: string }) => {
      await print(async () => {
        const s = since(o.since);
        const t = eventType(o.type);
        return pollNetwork({
          home: linkwrightHome(),
          account: account(o.account),
          ...(s ? { since: s } : {}),
          ...(t ? { type: t } : {}),
        });
      });
    });
}
