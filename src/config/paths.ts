// Where linkwright keeps its data, and which LinkedIn origin it talks to.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_ORIGIN = 'https://www.linkedin.com';

/** LINKWRIGHT_HOME, default ~/.linkwright: profiles, store, captures. */
export function linkwrightHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.LINKWRIGHT_HOME && env.LINKWRIGHT_HOME.length > 0
    ? env.LINKWRIGHT_HOME
    : join(homedir(), '.linkwright');
}

/** LINKWRIGHT_ORIGIN lets a workflow run against `fixtures serve` instead of linkedin.com. */
export function linkedinOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const o = env.LINKWRIGHT_ORIGIN;
  return (o && o.length > 0 ? o : DEFAULT_ORIGIN).replace(/\/+$/, '');
}

/** True when the origin is LinkedIn itself (linkedin.com or a subdomain), false for a fixture server. */
export function isLinkedInOrigin(origin: string): boolean {
  try {
    // A fully qualified name may end in a dot ("www.linkedin.com.") and is still LinkedIn.
    const host = new URL(origin).hostname.toLowerCase().replace(/\.$/, '');
    return host === 'linkedin.com' || host.endsWith('.linkedin.com');
  } catch {
    return false;
  }
}

export function accountsDir(home = linkwrightHome()): string {
  return join(home, 'accounts');
}

export function profileDir(account: string, home = linkwrightHome()): string {
  return join(accountsDir(home), account, 'profile');
}

/** Facts about this machine kept between starts (e.g. the Chromium version per installed binary). */
export function machineCacheFile(name: string, home = linkwrightHome()): string {
  return join(home, 'cache', name);
}

export function capturesDir(home = linkwrightHome()): string {
  return join(home, 'captures');
}
