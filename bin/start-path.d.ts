// Types of start-path.js (plain JS: the bin script runs it before any TypeScript can load).
export declare function compiledCli(root: string): 'bundle' | 'dist' | undefined;
