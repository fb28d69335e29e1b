// `linkwright --version` prints package.json's version (../shared/spec/product.md §3) and exits 0.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageVersion } from '../../src/cli/package-version.ts';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'linkwright.js');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

describe('linkwright --version', () => {
  it('is the version in package.json', () => {
    expect(packageVersion()).toBe(version);
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
    expect(execFileSync(process.execPath, [bin, '-V'], { encoding: 'utf8' })).toBe(`${version}\n`);
  });
});
