// linkwright command line (../shared/spec/product.md §3). Results go to stdout as JSON; logs to stderr.
import { Command } from 'commander';
import { packageVersion } from './package-version.ts';

const program = new Command('linkwright')
  .description('Run Linked API-style LinkedIn workflows in your own persistent Chromium.')
  .version(packageVersion(), '-V, --version', 'print the linkwright version')
  .showHelpAfterError()
  .exitOverride((err) => {
    // commander's own usage errors (unknown option, missing argument) exit 2 like invalid input.
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

// `validate` must answer well under a second: it loads only itself, not the browser, store and
// replay modules the other commands need.
if (process.argv[2] === 'validate') {
  const { registerValidate } = await import('./commands/validate.ts');
  registerValidate(program);
} else {
  const { registerCommands } = await import('./commands/index.ts');
  registerCommands(program);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.stderr.write(`linkwright: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
