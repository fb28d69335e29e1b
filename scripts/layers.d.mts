// Types of layers.mjs (plain JS so eslint.config.js can load it), for the architecture test.
export declare const LAYERS: Readonly<Record<string, { may: readonly string[] }>>;
export declare const RUNTIME_MODULES: Readonly<Record<string, readonly string[]>>;
export declare function layerOf(path: string): string | undefined;
export declare function forbiddenImport(from: string, to: string, dynamic: boolean): string | null;
