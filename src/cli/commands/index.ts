// Every CLI command registers itself here; one file per command in this folder.
// A command that does not work yet is absent, never a stub.
import type { Command } from 'commander';
import { registerValidate } from './validate.ts';

export function registerCommands(program: Command): void {
  registerValidate(program);
}
