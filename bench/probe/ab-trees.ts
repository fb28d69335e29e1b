// Bench-only probe: the warm send with a note (and the status check) through two source trees, e.g. a
// commit in a worktree against the working tree, alternated run by run. Each tree runs in its own child
// process (its own code, Chromium and recorded LinkedIn); the parent asks them in turn, so both see the
// same load, and prints each side's median and the median of the paired ratios (B / A).
// Run: npx tsx bench/probe/ab-trees.ts <treeA> <treeB> [pairs] [send|check]
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { median } from '../lib/stats.ts';

interface Child {
  proc: ChildProcessWithoutNullStreams;
  next(): Promise<number>;
}

const here = dirname(fileURLToPath(import.meta.url));

function startChild(tree: string, flow: string): Child {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', join(here, 'ab-tree-child.ts'), resolve(tree), flow],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, LINKWRIGHT_PACING: 'off' },
    },
  );
  proc.stderr.on('data', (d: Buffer) => process.stderr.write(`[${tree}] ${d.toString()}`));
  const lines = createInterface({ input: proc.stdout });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (l) => waiting.shift()?.(l));
  const ask = (cmd: string): Promise<string> =>
    new Promise((res) => {
      waiting.push(res);
      proc.stdin.write(`${cmd}\n`);
    });
  return {
    proc,
    async next() {
      const answer = await ask('run');
      const ms = Number(answer);
      if (!Number.isFinite(ms)) throw new Error(`${tree}: ${answer}`);
      return ms;
    },
  };
}

const [treeA, treeB, pairsArg, flowArg] = process.argv.slice(2);
if (!treeA || !treeB) throw new Error('usage: ab-trees.ts <treeA> <treeB> [pairs] [send|check]');
const pairs = Number(pairsArg ?? 15);
const flow = flowArg ?? 'send';
const a = startChild(treeA, flow);
const b = startChild(treeB, flow);
try {
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i <= pairs; i++) {
    // Alternate which goes first, so neither always follows the other.
    let msA: number;
    let msB: number;
    if (i % 2 === 0) {
      msA = await a.next();
      msB = await b.next();
    } else {
      msB = await b.next();
      msA = await a.next();
    }
    if (i === 0) continue; // warm-up
    ta.push(msA);
    tb.push(msB);
    ratios.push(msB / msA);
    process.stderr.write(`pair ${i}/${pairs}: A ${msA.toFixed(0)} ms, B ${msB.toFixed(0)} ms\n`);
  }
  console.log(
    `${flow}: A ${median(ta).toFixed(0)} ms, B ${median(tb).toFixed(0)} ms, ` +
      `median paired ratio B/A ${median(ratios).toFixed(3)} over ${pairs} pairs`,
  );
} finally {
  for (const c of [a, b]) c.proc.stdin.end();
}
