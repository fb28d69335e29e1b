// validatePerSecond: parseWorkflowText (what `linkwright validate` runs: JSON.parse + the whole check)
// on a workflow of 1,000 actions (the most one workflow may hold), in this process; and the wall time
// of the `linkwright validate` command on the same file, which is mostly process start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IMPLEMENTED_ACTIONS } from '../../src/actions/index.ts';
import { MAX_ACTIONS, parseWorkflowText } from '../../src/workflow/validate.ts';
import { median, round } from '../lib/stats.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** 1,000 roots cycling through the implemented actions with realistic parameters (some nested). */
export function thousandActionWorkflow(): unknown[] {
  const templates = [
    (i: number) => ({
      actionType: 'st.sendConnectionRequest',
      personUrl: `https://www.linkedin.com/in/person${i}`,
      note: 'Hi, I’d like to connect with you to discuss potential collaboration.',
      email: `example${i}@gmail.com`,
    }),
    (i: number) => ({
      actionType: 'st.checkConnectionStatus',
      personUrl: `https://www.linkedin.com/in/p${i}`,
    }),
    (i: number) => ({
      actionType: 'st.withdrawConnectionRequest',
      personUrl: `https://www.linkedin.com/in/p${i}`,
      unfollow: true,
    }),
    () => ({ actionType: 'st.retrievePendingRequests' }),
    (i: number) => ({
      actionType: 'st.openPersonPage',
      personUrl: `https://www.linkedin.com/in/p${i}`,
      basicInfo: true,
    }),
  ];
  return Array.from({ length: MAX_ACTIONS }, (_, i) => ({
    ...templates[i % templates.length]!(i),
    label: `a${i}`,
  }));
}

export interface ValidateResult {
  /** Whole 1,000-action workflows validated per second (median of batches). */
  value: number;
  actions: number;
  textBytes: number;
  /** `node bin/linkwright.js validate FILE`, median wall ms. */
  cliMs: number;
}

export function benchValidate(opts: { seconds: number }): ValidateResult {
  const text = JSON.stringify(thousandActionWorkflow());
  const opt = { implemented: IMPLEMENTED_ACTIONS };
  const first = parseWorkflowText(text, opt);
  if (!first.ok) throw new Error(`the 1,000-action workflow is invalid: ${first.error.message}`);
  const rates: number[] = [];
  const end = performance.now() + opts.seconds * 1000;
  while (performance.now() < end) {
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < 200) {
      parseWorkflowText(text, opt);
      n++;
    }
    rates.push((n * 1000) / (performance.now() - t0));
  }
  const dir = mkdtempSync(join(tmpdir(), 'lw-bench-validate-'));
  const cli: number[] = [];
  try {
    const file = join(dir, 'wf.json');
    writeFileSync(file, text);
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'linkwright.js'), 'validate', file], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      cli.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`linkwright validate failed: ${r.stdout}${r.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    value: round(median(rates), 1),
    actions: MAX_ACTIONS,
    textBytes: Buffer.byteLength(text),
    cliMs: round(median(cli), 0),
  };
}
