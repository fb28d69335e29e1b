// commander's classes, required rather than imported like every CommonJS package on the start path
// (see src/browser/stealth-launcher.ts): every command starts here. Types: `import type … 'commander'`.
import { createRequire } from 'node:module';
import type * as Commander from 'commander';

export const { Command, InvalidArgumentError } = createRequire(import.meta.url)(
  'commander',
) as typeof Commander;
