// Micro-benchmark: hostile input must cost about as much as a tiny workflow, because validation checks
// lengths before regexes and depth before recursing. Reported as ratios (machine-independent), with a
// target each; exits 1 when a ratio misses its target.
//
//   npx tsx bench/validate.bench.ts
import { ACTION_TYPES } from '../src/workflow/registry.ts';
import { parseWorkflowText, validateWorkflow } from '../src/workflow/validate.ts';

const opts = { implemented: new Set<string>(ACTION_TYPES) };
const P = 'https://www.linkedin.com/in/person1';

const tiny = { actionType: 'st.sendConnectionRequest', personUrl: P, note: 'Hi, let us connect.' };
const hugeNote = { actionType: 'st.sendConnectionRequest', personUrl: P, note: 'x'.repeat(1024 * 1024) };
const hugeUrl = { actionType: 'st.sendConnectionRequest', personUrl: `${P}?${'q'.repeat(1024 * 1024)}` };
let deep: Record<string, unknown> = { actionType: 'st.checkConnectionStatus' };
for (let level = 10_000; level >= 1; level--) {
  deep = { actionType: level % 2 === 1 ? 'st.openPersonPage' : 'nv.openPersonPage', then: deep };
}
deep.personUrl = P;
const tinyText = JSON.stringify(tiny);
const hugeText = JSON.stringify(hugeNote);

/**
 * Nanoseconds per call of each function. Batches are interleaved round-robin, so load on a shared
 * machine hits every case alike, and the fastest batch counts: noise only ever adds time.
 */
function nsPerCall(fns: Record<string, () => unknown>, rounds = 60, batch = 20): Record<string, number> {
  const best: Record<string, number> = {};
  for (const fn of Object.values(fns)) for (let i = 0; i < batch; i++) fn(); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(fns)) {
      const t0 = performance.now();
      for (let i = 0; i < batch; i++) fn();
      best[name] = Math.min(best[name] ?? Infinity, ((performance.now() - t0) * 1e6) / batch);
    }
  }
  return best;
}

const t = nsPerCall({
  tiny: () => validateWorkflow(tiny, opts),
  hugeNote: () => validateWorkflow(hugeNote, opts),
  hugeUrl: () => validateWorkflow(hugeUrl, opts),
  deep: () => validateWorkflow(deep, opts),
  tinyText: () => parseWorkflowText(tinyText, opts),
  hugeText: () => parseWorkflowText(hugeText, opts),
  jsonOnly: () => JSON.parse(hugeText),
});
const ns = (k: string): number => t[k] ?? NaN;

const rows = [
  // Object input: what validation itself costs.
  { case: '1 MB note vs tiny workflow', ratio: ns('hugeNote') / ns('tiny'), target: 5 },
  { case: '1 MB URL vs tiny workflow', ratio: ns('hugeUrl') / ns('tiny'), target: 5 },
  // The walk stops at level 17 (depth limit): bounded by the limit, not by the input.
  { case: '10,000-deep nesting vs tiny workflow', ratio: ns('deep') / ns('tiny'), target: 30 },
  // Text input: JSON.parse of 1 MB dominates; validation must add little on top of it.
  { case: '1 MB note as text vs JSON.parse alone', ratio: ns('hugeText') / ns('jsonOnly'), target: 2 },
];

const us = (k: string): string => (ns(k) / 1000).toFixed(1);
process.stdout.write(`tiny workflow: ${us('tiny')} µs (object), ${us('tinyText')} µs (text)\n`);
let failed = 0;
for (const r of rows) {
  const pass = r.ratio <= r.target;
  if (!pass) failed++;
  process.stdout.write(
    `${pass ? 'ok  ' : 'FAIL'} ${r.case}: ${r.ratio.toFixed(2)}× (target ≤ ${r.target}×)\n`,
  );
}
process.exitCode = failed === 0 ? 0 : 1;
