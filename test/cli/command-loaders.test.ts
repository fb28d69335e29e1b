// A command started by name loads only its own module (src/cli/command-loaders.ts): every top-level
// command of the full CLI has a loader, and each loader registers exactly the commands of that name
// with the same options as the full registration (so `linkwright X --help` is the same either way).
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_LOADERS } from '../../src/cli/command-loaders.ts';
import { registerCommands } from '../../src/cli/commands/index.ts';

/** A command tree as names and option flags, recursively. */
function shape(c: Command): unknown {
  return {
    name: c.name(),
    options: c.options.map((o) => o.flags),
    commands: c.commands.map(shape),
  };
}

describe('command loaders', () => {
  const full = new Command('linkwright');
  registerCommands(full);

  it('cover every top-level command, and nothing else', () => {
    expect(Object.keys(COMMAND_LOADERS).sort()).toEqual(full.commands.map((c) => c.name()).sort());
  });

  it.each(Object.keys(COMMAND_LOADERS))('%s registers the same command as the full CLI', async (name) => {
    const only = new Command('linkwright');
    (await COMMAND_LOADERS[name]!())(only);
    const mine = only.commands.find((c) => c.name() === name);
    expect(mine, `the loader of ${name} does not register it`).toBeDefined();
    expect(shape(mine!)).toEqual(shape(full.commands.find((c) => c.name() === name)!));
  });
});
