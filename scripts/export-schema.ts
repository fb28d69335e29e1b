// Writes schema/workflow.schema.json from the action registry (`npm run schema`).
// `--check` only compares and exits 1 when the checked-in file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderWorkflowJsonSchema } from '../src/workflow/json-schema.ts';

const target = fileURLToPath(new URL('../schema/workflow.schema.json', import.meta.url));
const fresh = renderWorkflowJsonSchema();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing file counts as stale
  }
  if (current !== fresh) {
    process.stderr.write('schema/workflow.schema.json is stale: run `npm run schema`\n');
    process.exit(1);
  }
  process.stdout.write('schema/workflow.schema.json is up to date\n');
} else {
  writeFileSync(target, fresh);
  process.stdout.write(`wrote ${target} (${fresh.length} bytes)\n`);
}
