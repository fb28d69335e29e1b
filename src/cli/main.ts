// linkwright command line (spec/product.md §3). Results go to stdout as JSON; logs to stderr.
import { Command } from 'commander';
import { registerCommands } from './commands/index.ts';

const program = new Command('linkwright')
  .description('Run Linked API-style LinkedIn workflows in your own persistent Chromium.')
  .showHelpAfterError()
  .exitOverride((err) => {
    // commander's own usage errors (unknown option, missing argument) exit 2 like invalid input.
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.stderr.write(`linkwright: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
