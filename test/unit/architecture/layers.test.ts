// The layers hold: every import between src/, drivers/, selectors/ and fixtures/ is one the layer table
// allows (scripts/layers.mjs, also enforced file by file by `npm run lint`), no two layers import each
// other (directly or round a longer loop), the replay is loaded only by its entry points, and every
// source file belongs to a layer that src/README.md describes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { forbiddenImport, layerOf, LAYERS, RUNTIME_MODULES } from '../../../scripts/layers.mjs';

const root = join(import.meta.dirname, '..', '..', '..');
const CODE = /\.(ts|js|mjs)$/;

interface Edge {
  from: string;
  to: string;
  dynamic: boolean;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (CODE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Relative imports of one file: import/export declarations, `import(...)` and `import('…').T` types. */
function importsOf(file: string): Edge[] {
  const text = readFileSync(join(root, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const edges: Edge[] = [];
  const add = (specifier: ts.Node | undefined, dynamic: boolean) => {
    if (specifier && ts.isStringLiteralLike(specifier) && specifier.text.startsWith('.')) {
      edges.push({
        from: file,
        to: posix.normalize(posix.join(posix.dirname(file), specifier.text)),
        dynamic,
      });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier, false);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      add(node.arguments[0], true);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      add(node.argument.literal, false);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return edges;
}

/** Strongly connected groups of more than one layer (Tarjan): each is an import cycle between layers. */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return found;
}

function addEdge(graph: Map<string, Set<string>>, a: string, b: string): void {
  if (!graph.has(a)) graph.set(a, new Set());
  if (!graph.has(b)) graph.set(b, new Set());
  graph.get(a)!.add(b);
}

const files = ['src', 'drivers', 'selectors', 'fixtures'].flatMap(sourceFiles);
const edges = files.flatMap(importsOf);

describe('layers', () => {
  it('reads the import graph (sanity: the known edges are there)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(edges).toContainEqual({
      from: 'src/app/run-workflow.ts',
      to: 'src/engine/execute-workflow.ts',
      dynamic: false,
    });
    expect(edges).toContainEqual({
      from: 'src/cli/commands/demo.ts',
      to: 'fixtures/replay/http-server.ts',
      dynamic: true,
    });
  });

  it('puts every source file in a layer', () => {
    expect(files.filter((f) => layerOf(f) === undefined)).toEqual([]);
  });

  it('allows only the imports the layer table allows', () => {
    const refused = edges
      .map((e) => ({ ...e, why: forbiddenImport(e.from, e.to, e.dynamic) }))
      .filter((e) => e.why !== null)
      .map((e) => `${e.from} → ${e.to}: ${e.why}`);
    expect(refused).toEqual([]);
  });

  it('has no import cycle between layers', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges) {
      const a = layerOf(e.from);
      const b = layerOf(e.to);
      if (a !== undefined && b !== undefined && a !== b) addEdge(graph, a, b);
    }
    const described = cycles(graph).map((group) => {
      const inside = edges.filter((e) => {
        const a = layerOf(e.from);
        const b = layerOf(e.to);
        return a !== b && group.includes(a!) && group.includes(b!);
      });
      return `${group.join(' ↔ ')}: ${inside.map((e) => `${e.from} → ${e.to}`).join(', ')}`;
    });
    expect(described).toEqual([]);
  });

  it('keeps the table itself free of cycles, so no allowed import can close one', () => {
    const graph = new Map<string, Set<string>>();
    const layers = Object.keys(LAYERS);
    const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
    for (const a of layers) {
      for (const p of LAYERS[a]!.may) {
        // p names layer b, a layer inside p, or one file of b.
        for (const b of layers) if (b !== a && (under(b, p) || layerOf(p) === b)) addEdge(graph, a, b);
      }
    }
    expect(cycles(graph)).toEqual([]);
  });

  it('loads the replay only from its entry points, dynamically, and never fixtures/tools from src', () => {
    const intoReplay = edges.filter((e) => e.from.startsWith('src/') && e.to.startsWith('fixtures/'));
    expect(new Set(intoReplay.map((e) => e.from))).toEqual(new Set(RUNTIME_MODULES['fixtures/replay']));
    expect(intoReplay.every((e) => e.dynamic && e.to.startsWith('fixtures/replay/'))).toBe(true);
    // The replay's own imports stay inside it, so loading it never pulls in the fixture tools.
    expect(
      edges.filter((e) => e.from.startsWith('fixtures/replay/') && !e.to.startsWith('fixtures/replay/')),
    ).toEqual([]);
  });

  it('refuses what it should (the checks are not vacuous)', () => {
    expect(forbiddenImport('src/workflow/validate.ts', 'src/engine/types.ts', false)).toMatch(
      /may not import/,
    );
    expect(forbiddenImport('src/engine/policy/limits.ts', 'src/browser/orphans.ts', false)).not.toBeNull();
    expect(forbiddenImport('src/engine/types.ts', 'src/session/accounts.ts', false)).not.toBeNull();
    expect(forbiddenImport('src/actions/kit/x.ts', 'src/session/browser-service.ts', false)).toBeNull();
    expect(forbiddenImport('src/actions/kit/x.ts', 'src/session/account-session.ts', false)).not.toBeNull();
    expect(forbiddenImport('src/actions/st/x.ts', 'src/store/index.ts', false)).not.toBeNull();
    expect(forbiddenImport('drivers/linkedin/x.ts', 'src/engine/types.ts', false)).not.toBeNull();
    expect(forbiddenImport('selectors/linkedin/x.ts', 'drivers/shared/pacing.ts', false)).not.toBeNull();
    expect(forbiddenImport('src/cli/commands/run.ts', 'fixtures/replay/http-server.ts', false)).toMatch(
      /runtime/,
    );
    expect(forbiddenImport('src/cli/commands/limits.ts', 'fixtures/replay/http-server.ts', true)).toMatch(
      /runtime/,
    );
    expect(forbiddenImport('src/cli/commands/run.ts', 'fixtures/tools/lib/browser.ts', true)).not.toBeNull();
    expect(
      cycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('describes every layer in src/README.md', () => {
    const readme = readFileSync(join(root, 'src', 'README.md'), 'utf8');
    // A folder layer is written `name/`, a one-file layer (src/index.ts) by its file name.
    const missing = Object.keys(LAYERS).filter((l) => {
      const name = l.replace(/^src\//, '');
      return !readme.includes(name.endsWith('.ts') ? `\`${name}\`` : `\`${name}/\``);
    });
    expect(missing).toEqual([]);
  });
});
