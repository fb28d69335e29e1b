// Blocks media, fonts (and optionally images) by resource type, and third-party trackers by host.
//
// Done with the page's own CDP `Fetch` domain and narrow patterns rather than Playwright's
// `route('**/*')`: Playwright's routing pauses every request in Node and disables the HTTP cache,
// and a long-lived profile without a cache re-downloads LinkedIn's bundles on every page. Scripts,
// styles and documents are never intercepted, and nothing from the configured origin's own host is
// ever blocked (with a fixture origin, the fixture loads exactly as recorded).
import type { CDPSession } from 'playwright';
import type { ResourcePolicy } from './browser-settings.ts';

/** Third-party analytics and advertising hosts (suffix match). Never LinkedIn's own, never its anti-bot sensor. */
export const TRACKER_HOSTS: readonly string[] = [
  'doubleclick.net',
  'google-analytics.com',
  'googletagmanager.com',
  'googlesyndication.com',
  'googleadservices.com',
  'adservice.google.com',
  'connect.facebook.net',
  'bat.bing.com',
  'clarity.ms',
  'hotjar.com',
  'scorecardresearch.com',
  'quantserve.com',
  'criteo.com',
  'criteo.net',
  'taboola.com',
  'outbrain.com',
  'adnxs.com',
  'demdex.net',
  'omtrdc.net',
  'ads-twitter.com',
  'analytics.twitter.com',
];

type FetchResourceType = 'Media' | 'Font' | 'Image';

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

function matchesHost(host: string, suffix: string): boolean {
  const s = suffix.toLowerCase();
  return host === s || host.endsWith(`.${s}`);
}

export function blockedTypes(policy: ResourcePolicy): FetchResourceType[] {
  const t: FetchResourceType[] = [];
  if (policy.media) t.push('Media');
  if (policy.fonts) t.push('Font');
  if (policy.images) t.push('Image');
  return t;
}

export function blockedHosts(policy: ResourcePolicy): string[] {
  return [...(policy.trackers ? TRACKER_HOSTS : []), ...policy.blockHosts];
}

/** The pure decision for one request. */
export function shouldBlock(
  url: string,
  resourceType: string,
  policy: ResourcePolicy,
  origin: string,
): boolean {
  const host = hostOf(url);
  if (!host) return false;
  const originHost = hostOf(origin);
  if (originHost && host === originHost) return false;
  if ((blockedTypes(policy) as string[]).includes(resourceType)) return true;
  return blockedHosts(policy).some((h) => matchesHost(host, h));
}

/** Fetch patterns: only the blocked types and hosts are paused at all. */
export function fetchPatterns(
  policy: ResourcePolicy,
): { urlPattern?: string; resourceType?: FetchResourceType; requestStage: 'Request' }[] {
  const patterns: { urlPattern?: string; resourceType?: FetchResourceType; requestStage: 'Request' }[] =
    blockedTypes(policy).map((resourceType) => ({ resourceType, requestStage: 'Request' }));
  // Wide on purpose (any port, any path): the handler re-checks the exact host before blocking.
  for (const h of blockedHosts(policy)) {
    for (const p of [`*://${h}/*`, `*://${h}:*`, `*://*.${h}/*`, `*://*.${h}:*`])
      patterns.push({ urlPattern: p, requestStage: 'Request' });
  }
  return patterns;
}

interface RequestPaused {
  requestId: string;
  request: { url: string };
  resourceType: string;
}

/** Installs the blocking on a page's CDP session (the session must stay attached). */
export async function installResourceBlocking(
  session: CDPSession,
  policy: ResourcePolicy,
  origin: string,
): Promise<void> {
  const patterns = fetchPatterns(policy);
  if (patterns.length === 0) return;
  session.on('Fetch.requestPaused', (ev: RequestPaused) => {
    const block = shouldBlock(ev.request.url, ev.resourceType, policy, origin);
    const reply = block
      ? session.send('Fetch.failRequest', { requestId: ev.requestId, errorReason: 'BlockedByClient' })
      : session.send('Fetch.continueRequest', { requestId: ev.requestId });
    // The page may be gone by now; a failed reply needs no handling.
    reply.catch(() => {});
  });
  await session.send('Fetch.enable', { patterns });
}
