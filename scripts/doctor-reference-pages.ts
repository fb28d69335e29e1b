// Runs doctor over every real saved page in a reference folder (default /work/shared/linkedin-pages)
// and scores page / frontEnd / relationship / connectVia against the folder's index.json `state`.
// Each page is classified twice: with its address (--url from the file name or the page's canonical)
// and without any address (structure only), because outside checks may not give one.
//
// The pages hold real people's data: this script writes ONLY to the output folder (default
// /tmp/doctor-reference) and prints figures, never names. Usage:
//   npx tsx scripts/doctor-reference-pages.ts [PAGES_DIR] [OUT_DIR]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { doctorHtml, launchDoctorBrowser, type DoctorReport } from '../src/app/doctor.ts';
import { referenceUrlOf as urlOf, truthOf, TRUTH_FIELDS } from '../fixtures/tools/lib/reference-truth.ts';

const pagesDir = process.argv[2] ?? '/work/shared/linkedin-pages';
const outDir = process.argv[3] ?? '/tmp/doctor-reference';

const IndexSchema = z.array(
  z.object({ file: z.string(), state: z.string(), frontEnd: z.string() }).passthrough(),
);

const FIELDS = TRUTH_FIELDS;

const index = IndexSchema.parse(JSON.parse(readFileSync(join(pagesDir, 'index.json'), 'utf8')));
mkdirSync(outDir, { recursive: true });
const browser = await launchDoctorBrowser();
const rows: string[] = [];
const totals = { withUrl: { ok: 0, n: 0 }, noUrl: { ok: 0, n: 0 } } as Record<
  string,
  { ok: number; n: number }
>;
const perField: Record<string, { ok: number; n: number }> = {};
const t0 = Date.now();
try {
  for (const [i, entry] of index.entries()) {
    const html = readFileSync(join(pagesDir, entry.file), 'utf8');
    const truth = truthOf(entry.state, entry.frontEnd);
    const marks: string[] = [];
    for (const mode of ['withUrl', 'noUrl'] as const) {
      const url = mode === 'withUrl' ? urlOf(entry.file) : '';
      const r: DoctorReport = await doctorHtml(browser, html, url);
      writeFileSync(
        join(outDir, `${String(i).padStart(2, '0')}-${mode}.json`),
        JSON.stringify({ file: entry.file, state: entry.state, report: r }, null, 1),
      );
      let allOk = true;
      const cells: string[] = [];
      for (const f of FIELDS) {
        const ok = (truth[f] as (string | null)[]).includes(r[f] as string | null);
        const k = `${mode}.${f}`;
        perField[k] ??= { ok: 0, n: 0 };
        perField[k].n++;
        if (ok) perField[k].ok++;
        else allOk = false;
        cells.push(ok ? `${r[f]}` : `${r[f]}✗(${truth[f].join('|')})`);
      }
      totals[mode]!.n++;
      if (allOk) totals[mode]!.ok++;
      marks.push(`${mode === 'withUrl' ? 'url' : 'no-url'}: ${cells.join(' / ')}`);
    }
    rows.push(
      `#${String(i).padStart(2, '0')} state ${entry.state.slice(0, 12).padEnd(12)} ${entry.frontEnd.slice(0, 12).padEnd(12)} | ${marks.join(' | ')}`,
    );
  }
} finally {
  await browser.close();
}
const lines = [
  `doctor on ${index.length} reference pages (${pagesDir}); ${((Date.now() - t0) / 1000).toFixed(1)} s for ${index.length * 2} runs`,
  'columns: page / frontEnd / relationship / connectVia  (✗ = wrong, expected in parentheses)',
  ...rows,
  '',
  ...Object.entries(perField).map(([k, v]) => `${k.padEnd(22)} ${v.ok}/${v.n}`),
  `all four fields right, with url:    ${totals.withUrl!.ok}/${totals.withUrl!.n}`,
  `all four fields right, without url: ${totals.noUrl!.ok}/${totals.noUrl!.n}`,
];
writeFileSync(join(outDir, 'figures.txt'), lines.join('\n') + '\n');
process.stdout.write(lines.join('\n') + '\n');
