#!/usr/bin/env node
// Runs the TypeScript CLI in this same process through tsx's loader: no build step for users, and
// signals reach the real worker (a wrapper process would not forward them).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
