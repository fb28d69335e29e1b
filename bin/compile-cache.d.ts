// Types of compile-cache.js (plain JS: the bin script runs it before any TypeScript can load).
export declare function compileCacheDir(env?: NodeJS.ProcessEnv): string | undefined;
export declare function enableCompileCache(env?: NodeJS.ProcessEnv): boolean;
