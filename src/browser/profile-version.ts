// Chromium writes its version into `<profile>/Last Version` on every start. A profile last written
// by a NEWER browser must not be opened by an older one: Chromium would start, fail to read the
// newer databases and silently drop the cookies (the session is lost).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SessionFailureError } from '../errors/error-types.ts';
import { compareVersions } from './chromium-discovery.ts';

export function profileLastVersion(profileDir: string): string | undefined {
  try {
    const v = readFileSync(join(profileDir, 'Last Version'), 'utf8').trim();
    return /^\d+(\.\d+)*$/.test(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Throws `browserUnavailable` when the profile was last written by a newer browser than `binaryVersion`. */
export function assertProfileNotNewer(
  profileDir: string,
  binaryVersion: string,
  executablePath: string,
): void {
  const last = profileLastVersion(profileDir);
  if (last && compareVersions(last, binaryVersion) > 0) {
    throw new SessionFailureError(
      'browserUnavailable',
      `the profile ${profileDir} was last used by Chromium ${last}, newer than ${executablePath} (${binaryVersion}); ` +
        'opening it with an older browser would lose the session. Install Chromium ' +
        last +
        ' or newer, or point LINKWRIGHT_CHROMIUM at it.',
    );
  }
}
