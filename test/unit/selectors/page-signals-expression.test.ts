// The in-page signal extractor is assembled from the parts' sources (selectors/linkedin/signals/
// expression.ts), so it must run in Chromium however those sources were compiled:
//   - tsx / esbuild with keepNames (the CLI): named inner functions become `__name(...)` calls;
//   - plain `tsc` at the build's target (a compiled dist/): whatever it emits must stay self-contained;
//   - as vitest loads them (the reference here).
// Each variant is compiled from the sources into a temp folder, loaded, and its expression evaluated on
// fixture pages covering every part (top card, menus, /preload/ links, dialogs, lists, markers); the
// signals must equal the reference exactly.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright';
import ts from 'typescript';
import { transformWithEsbuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDoctorBrowser } from '../../../src/app/doctor.ts';
import { pageSignalsExpression, SIGNAL_PARTS } from '../../../selectors/linkedin/index.ts';
import { pageSignalsJsonExpression } from '../../../selectors/linkedin/signals/expression.ts';
import type { ExtractOptions } from '../../../selectors/linkedin/index.ts';
import { savedPagePerFile } from '../../support/saved-page.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRY = join(ROOT, 'selectors/linkedin/signals/expression.ts');
const PAGES = [
  'profile/connect-more/sdui-en-menu-open', // SDUI top card, owned portal menu, /preload/ links
  'profile/connect-more/ember-en-menu-open', // Ember top card and dropdown
  'dialogs/invite-note/sdui-en-free', // a dialog with a note textarea and counter
  'dialogs/how-do-you-know/ember-en', // artdeco modal regions
  'invitation-manager/sent/sdui-en', // lists
  'search/people/ember-en',
  'auth/guest-profile/unknown-en', // guest markers
];

type Compile = (source: string, file: string) => Promise<string>;

/** The build's compiler options (tsconfig.build.json when present), emitting ES modules with .js imports. */
function tscOptions(): ts.CompilerOptions {
  const file = existsSync(join(ROOT, 'tsconfig.build.json')) ? 'tsconfig.build.json' : 'tsconfig.json';
  const { config } = ts.readConfigFile(join(ROOT, file), ts.sys.readFile) as {
    config: { compilerOptions?: object };
  };
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions ?? {}, ROOT);
  return {
    ...options,
    noEmit: false,
    module: ts.ModuleKind.ESNext,
    rewriteRelativeImportExtensions: true,
    sourceMap: false,
    declaration: false,
  };
}

const COMPILERS: Record<string, Compile> = {
  tsc: async (source, file) =>
    ts.transpileModule(source, { fileName: file, compilerOptions: tscOptions() }).outputText,
  'esbuild keepNames': async (source, file) =>
    (
      await transformWithEsbuild(source, file, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        keepNames: true,
      })
    ).code.replace(/(from\s+["']\.{1,2}\/[^"']+)\.ts(["'])/g, '$1.js$2'),
};

/** Compiles the expression module and everything it imports at runtime into `out`; returns its URL. */
async function compileGraph(compile: Compile, out: string): Promise<string> {
  const todo = [ENTRY];
  const done = new Set<string>();
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (done.has(file)) continue;
    done.add(file);
    const js = await compile(readFileSync(file, 'utf8'), file);
    const target = join(out, relative(ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
    for (const m of js.matchAll(/^(?:import|export)\s[^;]*?from\s+["'](\.{1,2}\/[^"']+)\.js["']/gm))
      todo.push(resolve(dirname(file), `${m[1]!}.ts`));
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  return pathToFileURL(join(out, relative(ROOT, ENTRY)).replace(/\.ts$/, '.js')).href;
}

let browser: Browser;
let out: string;
beforeAll(async () => {
  browser = await launchDoctorBrowser();
  out = mkdtempSync(join(tmpdir(), 'page-signals-'));
});
afterAll(async () => {
  await browser?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

const references = new Map<string, unknown>();

// Sealed like doctor (no scripts, no network), one page for the file: each evaluation loads its page
// anew, without the cost of a fresh context (test/support/saved-page.ts).
const saved = savedPagePerFile(() => browser);

/** Evaluates an expression on a freshly loaded saved page. */
async function evaluateOn(page: string, expression: (o: ExtractOptions) => string): Promise<unknown> {
  const dir = join(ROOT, 'fixtures/linkedin', page);
  const { url } = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { url: string };
  const p = await saved.load(readFileSync(join(dir, 'page.html'), 'utf8'));
  return await p.evaluate(expression({ url }));
}

describe('page signals expression', () => {
  it('lists every part once and builds a single expression', () => {
    const names = Object.keys(SIGNAL_PARTS);
    expect(new Set(names).size).toBe(names.length);
    const expr = pageSignalsExpression({ url: 'https://www.linkedin.com/in/x/' });
    for (const name of names) expect(expr, name).toContain(`${name}: (`);
  });

  it('reads the same signals as one JSON string (the form readPageSignals asks for)', async () => {
    for (const page of PAGES) {
      if (!references.has(page)) references.set(page, await evaluateOn(page, pageSignalsExpression));
      const json = await evaluateOn(page, pageSignalsJsonExpression);
      expect(typeof json, page).toBe('string');
      expect(JSON.parse(json as string), page).toStrictEqual(references.get(page));
    }
  });

  describe.each(Object.keys(COMPILERS))('compiled by %s', (compiler) => {
    it('runs in Chromium and reads exactly what the source reads', async () => {
      const url = await compileGraph(COMPILERS[compiler]!, join(out, compiler.replace(/\W+/g, '-')));
      const compiled = (await import(url)) as { pageSignalsExpression: (o: ExtractOptions) => string };
      const expr = compiled.pageSignalsExpression({ url: '' });
      // The variant really is what it claims: esbuild's keepNames left `__name` calls for the shim.
      if (compiler.startsWith('esbuild')) expect(expr).toMatch(/__name\(/);
      for (const page of PAGES) {
        if (!references.has(page)) references.set(page, await evaluateOn(page, pageSignalsExpression));
        const reference = references.get(page);
        expect(reference, page).toMatchObject({ v: 1, session: expect.any(Object) });
        expect(await evaluateOn(page, compiled.pageSignalsExpression), page).toEqual(reference);
      }
    });
  });
});
