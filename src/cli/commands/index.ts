// Every CLI command registers itself here; one file per command in this folder.
// A command that does not work yet is absent, never a stub.
import type { Command } from 'commander';
import { registerValidate } from './validate.ts';
import { registerLimits } from './limits.ts';
import { registerDoctor } from './doctor.ts';
import { registerSelfcheck } from './selfcheck.ts';
import { registerLogin } from './login.ts';
import { registerAccounts } from './accounts.ts';
import { registerFixtures } from './fixtures.ts';
import { registerRecord } from './record.ts';
import { registerRun } from './run.ts';
import { registerDemo } from './demo.ts';
import { registerPoll } from './poll.ts';
import { registerWorker } from './worker.ts';
import { registerServe } from './serve.ts';
import { registerTokens } from './tokens.ts';

export function registerCommands(program: Command): void {
  registerDoctor(program);
  registerValidate(program);
  registerLimits(program);
  registerSelfcheck(program);
  registerLogin(program);
  registerAccounts(program);
  registerFixtures(program);
  registerRecord(program);
  registerRun(program);
  registerDemo(program);
  registerPoll(program);
  registerWorker(program);
  registerServe(program);
  registerTokens(program);
}
