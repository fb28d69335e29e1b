// The module of each top-level command, by its name, so a command loads only its own module:
// `validate` and `--version` must not pay for the browser, store and replay modules, `run` not for the
// other commands', and `fixtures serve` or `network poll` not for the HTTP service's (bench/README.md has
// the figures). test/cli/command-loaders.test.ts checks it against registerCommands.
import type { Command } from 'commander';

export const COMMAND_LOADERS: Readonly<Record<string, () => Promise<(program: Command) => void>>> = {
  validate: async () => (await import('./commands/validate.ts')).registerValidate,
  run: async () => (await import('./commands/run.ts')).registerRun,
  doctor: async () => (await import('./commands/doctor.ts')).registerDoctor,
  limits: async () => (await import('./commands/limits.ts')).registerLimits,
  selfcheck: async () => (await import('./commands/selfcheck.ts')).registerSelfcheck,
  login: async () => (await import('./commands/login.ts')).registerLogin,
  accounts: async () => (await import('./commands/accounts.ts')).registerAccounts,
  fixtures: async () => (await import('./commands/fixtures.ts')).registerFixtures,
  record: async () => (await import('./commands/record.ts')).registerRecord,
  demo: async () => (await import('./commands/demo.ts')).registerDemo,
  conversations: async () => (await import('./commands/poll.ts')).registerPoll,
  inbox: async () => (await import('./commands/poll.ts')).registerPoll,
  network: async () => (await import('./commands/poll.ts')).registerPoll,
  worker: async () => (await import('./commands/worker.ts')).registerWorker,
  serve: async () => (await import('./commands/serve.ts')).registerServe,
  tokens: async () => (await import('./commands/tokens.ts')).registerTokens,
};
