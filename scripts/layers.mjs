// The layers of linkwright and what each may import: the one table behind `npm run lint` (the
// `layers/imports` rule in eslint.config.js) and test/unit/architecture/layers.test.ts, which also
// rejects import cycles between layers. src/README.md says the same in words.
//
// A file belongs to the layer with the longest matching path. An import (static, type-only or dynamic)
// from one layer into another is allowed only when its target lies under one of the importing layer's
// `may` paths (a folder or a single file). Tests, scripts and bench are no layer and import freely.

/** Every action layer may use these; a session's internals stay out (its BrowserService type is the port). */
const ACTION_DEPS = [
  'src/engine',
  'src/workflow',
  'src/errors',
  'src/log',
  'drivers',
  'selectors',
  'src/session/browser-service.ts',
];

/** @type {Readonly<Record<string, { may: readonly string[] }>>} */
export const LAYERS = {
  // The command line: parses, calls the composition root (or one layer's public function), prints.
  'src/cli': {
    may: [
      'src/app',
      'src/actions',
      'src/engine',
      'src/workflow',
      'src/session',
      'src/browser',
      'src/log',
      'src/config',
      'src/errors',
      'src/system',
      'fixtures/replay',
    ],
  },
  // The composition root: the only place that wires store, sessions, engine and actions together.
  'src/app': {
    may: [
      'src/service',
      'src/actions',
      'src/engine',
      'src/workflow',
      'src/session',
      'src/browser',
      'src/store',
      'src/log',
      'src/config',
      'src/errors',
      'src/system',
      'selectors',
    ],
  },
  // The worker service's HTTP side (serve): routes, auth, OpenAPI, webhooks; workflows go through the
  // WorkflowQueue port (src/service/workflow-queue.ts), never straight to a browser.
  'src/service': {
    may: ['src/workflow', 'src/engine', 'src/store', 'src/errors', 'src/log', 'src/config', 'src/system'],
  },
  // The action modules (index.ts derives handlers, rule book and implemented set from them).
  'src/actions': {
    may: ['src/actions/kit', 'src/actions/st', 'src/actions/nv', 'src/actions/support', ...ACTION_DEPS],
  },
  'src/actions/st': { may: ['src/actions/kit', 'src/actions/support', ...ACTION_DEPS] },
  'src/actions/nv': { may: ['src/actions/kit', 'src/actions/support', ...ACTION_DEPS] },
  'src/actions/support': { may: ['src/actions/kit', ...ACTION_DEPS] },
  'src/actions/kit': { may: ACTION_DEPS },
  // The engine and its policy: no actions, sessions or browsers — the composition root hands them in.
  'src/engine': {
    may: ['src/workflow', 'src/store', 'src/errors', 'src/log', 'src/config', 'src/system', 'selectors/url'],
  },
  // The workflow language: below the engine.
  'src/workflow': { may: ['src/errors', 'selectors/url'] },
  'src/session': {
    may: ['src/browser', 'src/config', 'src/errors', 'src/log', 'src/system', 'selectors'],
  },
  'src/browser': { may: ['src/config', 'src/errors', 'src/log', 'src/system'] },
  'src/store': { may: ['src/config', 'src/errors'] },
  'src/log': { may: [] },
  'src/config': { may: [] },
  'src/errors': { may: [] },
  'src/system': { may: [] },
  // Page objects: selectors and src/errors' SessionFailureError, nothing else of src/.
  drivers: { may: ['drivers/shared', 'selectors', 'src/errors'] },
  'drivers/shared': { may: [] },
  // Pure data and functions: nothing from src/ or drivers/.
  selectors: { may: ['selectors/url'] },
  'selectors/url': { may: [] },
  // The recorded LinkedIn: a runtime module of its own (see RUNTIME_MODULES).
  'fixtures/replay': { may: [] },
  // Derivation scripts and checks: run by hand, never by the worker.
  'fixtures/tools': { may: ['fixtures/replay', 'selectors', 'src/app'] },
};

/** Runtime modules: src/ loads them only from these entry points, and only with `await import(...)`. */
/** @type {Readonly<Record<string, readonly string[]>>} */
export const RUNTIME_MODULES = {
  'fixtures/replay': ['src/cli/commands/fixtures.ts', 'src/cli/commands/run.ts', 'src/cli/commands/demo.ts'],
};

/** True when `path` is `prefix` or lies under the folder `prefix`. */
function under(path, prefix) {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The layer a repo-relative path ('/'-separated) belongs to, or undefined (tests, scripts, …). */
export function layerOf(path) {
  let best;
  for (const layer of Object.keys(LAYERS)) {
    if (under(path, layer) && (best === undefined || layer.length > best.length)) best = layer;
  }
  return best;
}

/**
 * Why the file `from` may not import `to` (repo-relative, '/'-separated, extension included), or null
 * when it may. `dynamic`: the import is `import(...)`.
 */
export function forbiddenImport(from, to, dynamic) {
  const a = layerOf(from);
  if (a === undefined) return null;
  for (const [module, loaders] of Object.entries(RUNTIME_MODULES)) {
    if (under(to, module) && from.startsWith('src/') && !(dynamic && loaders.includes(from))) {
      return `${module} is a runtime module: only ${loaders.join(', ')} load it, with await import(...)`;
    }
  }
  const b = layerOf(to);
  if (b === a || LAYERS[a].may.some((p) => under(to, p))) return null;
  return `${a} may not import ${b ?? to} (${to}); the layers and what each may import: scripts/layers.mjs`;
}
