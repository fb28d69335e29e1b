// The version in package.json, for `linkwright --version`. Found by walking up from this module, so it
// is the same from src/cli (tsx) and from dist/src/cli (compiled; dist/ has no package.json).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const PackageSchema = z.object({ version: z.string() });

export function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return PackageSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).version;
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above the CLI');
    dir = up;
  }
}
