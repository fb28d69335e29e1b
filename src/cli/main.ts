// linkwright command line (../shared/spec/product.md §3). Results go to stdout as JSON; logs to stderr.
import { Command } from './commander.ts';
import { COMMAND_LOADERS } from './command-loaders.ts';
import { packageVersion } from './package-version.ts';

const program = new Command('linkwright')
  .description('Run Linked API-style LinkedIn workflows in your own persistent Chromium.')
  .version(packageVersion(), '-V, --version', 'print the linkwright version')
  .showHelpAfterError()
  .exitOverride((err) => {
    // commander's own usage errors (unknown option, missing argument) exit 2 like invalid input.
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

// A command loads only its own module (command-loaders.ts); help, an unknown command or no command
// registers every command, so help lists them all and commander names the unknown one.
const [first, ...rest] = process.argv.slice(2);
const versionOnly = (first === '--version' || first === '-V') && rest.length === 0;
const only =
  first !== undefined && Object.hasOwn(COMMAND_LOADERS, first) ? COMMAND_LOADERS[first] : undefined;
if (only) {
  (await only())(program);
} else if (!versionOnly) {
  const { registerCommands } = await import('./commands/index.ts');
  registerCommands(program);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.stderr.write(`linkwright: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
