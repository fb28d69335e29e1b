// Records the current page as a fixture folder (`linkwright record`): page.html with open shadow roots as
// declarative shadow DOM, aria.yml, screenshot.png and meta.json. Before anything is written the LIVE page is
// scrubbed in place — real people become fictional ones (names, first names, vanities, profile and member
// ids, consistently), emails become @example.com, scripts / data islands / CSP metas / external stylesheets
// / csrf values go — so the HTML, the aria snapshot and the screenshot all show the same fictional page.
// A text pass (scrubText: li_at, JSESSIONID, csrf, AQED tokens, emails, cookie values) runs on every file.
import { withTimeout } from './with-timeout.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { scrubText } from '../log/redaction.ts';
import { sessionSecrets } from './capture.ts';
import { serializeDomWithShadowRoots } from './serialize-dom.ts';

/** What a classifier (the doctor) says about the recorded page; becomes meta.json `expected`/`person`. */
export interface RecordedClassification {
  page: string;
  frontEnd: string;
  locale: string | null;
  relationship: string | null;
  connectVia: string | null;
  people: number | null;
  dialog?: string | null;
  person?: {
    vanity: string | null;
    name: string | null;
    headline: string | null;
    location: string | null;
    profileId: string | null;
  } | null;
}

export interface RecordPageOptions {
  outDir: string;
  /** Browser version for the provenance (default: the page's user agent). */
  browserVersion?: string;
  /** Classifies the scrubbed page at its scrubbed URL (the CLI passes the doctor). */
  classify?: (page: Page, url: string) => Promise<RecordedClassification>;
  /** The origin the page was served from; a fixture server's origin is written as https://www.linkedin.com. */
  origin?: string;
  /** Extra secrets to scrub besides the context's cookie values. */
  secrets?: readonly string[];
  timeoutMs?: number;
  now?: Date;
}

export interface RecordResult {
  dir: string;
  /** meta.json as written. */
  meta: Record<string, unknown>;
  /** How many distinct real names were replaced. */
  namesReplaced: number;
  shadowRoots: number;
}

interface LiveScrubResult {
  names: number;
  account: string | null;
  url: string;
}

/**
 * Runs IN THE PAGE (self-contained; arrow functions only, no named inner functions): replaces people and
 * strips code in the document and every open shadow root. Returns counts only — never the real names.
 */
function scrubLiveDom(args: { first: string[]; last: string[] }): LiveScrubResult {
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length; i++) {
    roots[i]!.querySelectorAll('*').forEach((el) => {
      const sr = (el as Element).shadowRoot;
      if (sr && sr.mode === 'open') roots.push(sr);
    });
  }
  const all = (sel: string): Element[] => roots.flatMap((r) => Array.from(r.querySelectorAll(sel)));
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const looksLikeName = (s: string) =>
    /^[\p{Lu}][\p{L}'’.-]+(?: [\p{L}'’.-]+){1,3}$/u.test(s) && s.length <= 60;

  // 1. people on the page, found by structure: labels that name a person, person links, photos, headings
  const names = new Set<string>();
  const labelPatterns = [
    /^Invite (.+) to connect$/,
    /^Follow (.+)$/,
    /^Following, click to unfollow (.+)$/,
    /^Unfollow (.+)$/,
    /^Message (.+)$/,
    /^Send a message to (.+)$/,
    /^Remove your connection to (.+)$/,
    /^Pending, click to withdraw invitation sent to (.+)$/,
    /^Withdraw invitation sent to (.+)$/,
    /^Accept (.+)[’']s invitation$/,
    /^Ignore an invitation to connect from (.+)$/,
    /^Show more actions for (.+)$/,
    /^Send (.+)[’']s profile via message$/,
    /^Report or block (.+)[’']s profile$/,
    /^View (.+)[’']s profile/,
    /^Manage notifications about (.+)$/,
    /^(.+) is a Premium member$/,
    /^(.+) has verifications$/,
    /^Laden Sie (.+) ein, sich mit Ihnen zu vernetzen$/,
    /^(.+) folgen$/,
    /^(.+) als Kontakt einladen$/,
    /^Zaproś użytkownika (.+) do nawiązania kontaktu$/,
    /^Inviter (.+) à rejoindre votre réseau$/,
  ];
  for (const el of all('[aria-label]')) {
    const l = norm(el.getAttribute('aria-label'));
    for (const re of labelPatterns) {
      const m = re.exec(l);
      if (m && m[1] && looksLikeName(m[1])) names.add(m[1]);
    }
    if (el.tagName.toLowerCase() === 'svg' && looksLikeName(l) && el.closest('a[href*="/in/"]')) names.add(l);
  }
  for (const a of all('a[href*="/in/"]')) {
    const t = a.querySelector('p, span, h1, h2, h3, strong');
    const v = norm(t?.textContent);
    if (looksLikeName(v)) names.add(v);
  }
  for (const img of all('img[alt]')) {
    const v = norm(img.getAttribute('alt'));
    if (looksLikeName(v) && !/photo|logo|image|banner|cover/i.test(v)) names.add(v);
  }
  for (const h of all('h1, section[componentkey$="Topcard"] h2, .msg-entity-lockup__entity-title, strong')) {
    const v = norm(h.textContent);
    if (looksLikeName(v)) names.add(v);
  }
  const account = (() => {
    const me = all('img.global-nav__me-photo[alt], [data-testid="primary-nav"] img[alt]')[0];
    const v = norm(me?.getAttribute('alt'));
    return looksLikeName(v) ? v : null;
  })();
  if (account) names.add(account);

  // 2. consistent fictional replacements (longest first, so a full name wins over its first name)
  const pairs: Array<[string, string]> = [];
  let i = 0;
  const fake = new Map<string, string>();
  for (const n of Array.from(names).sort((a, b) => b.length - a.length)) {
    const f = `${args.first[i % args.first.length]} ${args.last[Math.floor(i / args.first.length) % args.last.length]}`;
    i++;
    fake.set(n, f);
    pairs.push([n, f]);
  }
  const firstNames: Array<[string, string]> = [];
  for (const [n, f] of fake) {
    const a = n.split(' ')[0]!;
    const b = f.split(' ')[0]!;
    if (a.length >= 3 && !firstNames.some(([x]) => x === a)) firstNames.push([a, b]);
  }
  const vanities = new Map<string, string>();
  const vanityOf = (v: string) => {
    if (v === 'me' || v === 'unavailable') return v;
    if (!vanities.has(v)) vanities.set(v, `recorded-person-${vanities.size + 1}`);
    return vanities.get(v)!;
  };
  const ids = new Map<string, string>();
  const idOf = (v: string, kind: 'p' | 'm') => {
    if (!ids.has(v)) {
      const n = String(ids.size + 1).padStart(3, '0');
      ids.set(
        v,
        kind === 'p'
          ? `ACoAAFRec${n}`.padEnd(v.length, 'x').slice(0, v.length)
          : `9009${n}`.padEnd(v.length, '0').slice(0, v.length),
      );
    }
    return ids.get(v)!;
  };
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const nameRe = pairs.length ? new RegExp(pairs.map(([n]) => esc(n)).join('|'), 'g') : null;
  const firstRe = firstNames.length
    ? new RegExp(`(?<![\\p{L}])(${firstNames.map(([n]) => esc(n)).join('|')})(?![\\p{L}])`, 'gu')
    : null;
  const rewrite = (s: string): string => {
    let out = s;
    if (nameRe) out = out.replace(nameRe, (m) => fake.get(m) ?? m);
    if (firstRe) out = out.replace(firstRe, (m) => firstNames.find(([a]) => a === m)?.[1] ?? m);
    out = out.replace(
      /(\/in\/|%2Fin%2F|vanityName=|vanityName%3D)([^/?#&"'\s%]+)/gi,
      (_m, pre: string, v: string) => pre + vanityOf(v),
    );
    // profile ids are 39 characters; the Topcard componentkey glues "Topcard" right after one
    out = out.replace(/ACoAA[A-Za-z0-9_-]{34}/g, (m) => idOf(m, 'p'));
    out = out.replace(
      /(urn:li:member:|urn%3Ali%3Amember%3A)(\d{5,})/g,
      (_m, pre: string, v: string) => pre + idOf(v, 'm'),
    );
    out = out.replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, (m) =>
      /@example\.(com|org|net)$/i.test(m) ? m : 'recorded@example.com',
    );
    return out;
  };

  // 3. strip what a fixture never carries
  for (const sel of [
    'script',
    'noscript',
    'code',
    'meta[http-equiv="Content-Security-Policy" i]',
    'meta[name="trusted-types"]',
    'link[rel="stylesheet"]',
    'link[rel="preload"]',
    'link[rel="modulepreload"]',
    'link[rel="prefetch"]',
    'img[src*="px.ads.linkedin.com"]',
  ])
    all(sel).forEach((e) => e.remove());
  for (const el of all('*')) {
    for (const a of ['nonce', 'integrity']) el.removeAttribute(a);
    if (el.tagName === 'INPUT' && /csrf/i.test(el.getAttribute('name') ?? '')) el.setAttribute('value', '');
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) {
        el.removeAttribute(a.name);
        continue;
      }
      if ((a.name === 'src' || a.name === 'srcset') && /media(-exp\d*)?\.licdn\.com/.test(a.value)) {
        el.removeAttribute(a.name);
        continue;
      }
      const r = rewrite(a.value);
      if (r !== a.value) el.setAttribute(a.name, r);
    }
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
      const f = el as HTMLInputElement;
      if (typeof f.value === 'string' && f.value) f.value = rewrite(f.value);
    }
  }
  for (const r of roots) {
    const w = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const v = n.nodeValue ?? '';
      const nv = rewrite(v);
      if (nv !== v) n.nodeValue = nv;
    }
  }
  document.title = rewrite(document.title);
  return {
    names: names.size,
    account: account ? (fake.get(account) ?? null) : null,
    url: rewrite(location.href),
  };
}

const LINKEDIN = 'https://www.linkedin.com';
const FIRST = [
  'Alex',
  'Blair',
  'Casey',
  'Devon',
  'Emery',
  'Finley',
  'Harper',
  'Jordan',
  'Kendall',
  'Logan',
  'Morgan',
  'Parker',
  'Quinn',
  'Reese',
  'Rowan',
  'Sawyer',
  'Taylor',
  'Avery',
];
const LAST = [
  'Ashdown',
  'Brightwell',
  'Calloway',
  'Dunmore',
  'Ellery',
  'Fairbank',
  'Greystone',
  'Hollis',
  'Ivers',
  'Kettering',
];

/** Records `page` into `opts.outDir` (created). The live page is scrubbed in place first. */
export async function recordPage(page: Page, opts: RecordPageOptions): Promise<RecordResult> {
  const timeout = opts.timeoutMs ?? 15_000;
  const secrets = [...(await sessionSecrets(page.context())), ...(opts.secrets ?? [])];
  const scrub = (s: string) => scrubText(s, secrets);
  // SDUI pages hydrate after domcontentloaded: give <main> a bounded moment to fill
  await page.waitForLoadState('domcontentloaded', { timeout }).catch(() => undefined);
  await page
    .waitForFunction(
      () => !document.querySelector('main') || document.querySelector('main')!.children.length > 0,
      undefined,
      { timeout: Math.min(timeout, 10_000) },
    )
    .catch(() => undefined);

  // tsx/esbuild name helpers (`__name`) are not defined in the page: provide a no-op before evaluating
  await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
  const live = await withTimeout(page.evaluate(scrubLiveDom, { first: FIRST, last: LAST }), timeout);
  const dom = await withTimeout(page.evaluate(serializeDomWithShadowRoots), timeout);
  const aria = await page.locator('body').ariaSnapshot({ timeout });
  const shot = await page.screenshot({ timeout, animations: 'disabled' });
  const browserVersion =
    opts.browserVersion ??
    page.context().browser()?.version() ??
    /Chrome\/([\d.]+)/.exec(await page.evaluate(() => navigator.userAgent))?.[1] ??
    'unknown';
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    sdui: Boolean(
      document.querySelector(
        'body[data-rehydrated], main#workspace, [data-sdui-screen], div#root[data-strictmode]',
      ),
    ),
    ember: Boolean(document.querySelector('body.ember-application, .artdeco-card, [data-member-id]')),
    guest:
      Boolean(document.querySelector('input[name="session_key"], form[action*="/uas/login"]')) &&
      !document.querySelector('[data-testid="primary-nav"], #global-nav'),
  }));
  const classification = opts.classify
    ? await opts.classify(page, live.url).catch(() => undefined)
    : undefined;
  // Sales Navigator is an Ember app of its own (the hue app): its fixtures are `salesnav-<locale>` variants.
  const frontEnd =
    classification?.frontEnd === 'salesnav'
      ? 'salesnav'
      : facts.sdui
        ? 'sdui'
        : facts.ember
          ? 'ember'
          : 'guest';
  // recorded from a fixture server: the fixture speaks of linkedin.com like every other fixture
  const fromOrigin = opts.origin?.replace(/\/+$/, '');
  const toLinkedIn = (s: string) =>
    fromOrigin && fromOrigin !== LINKEDIN
      ? s
          .split(fromOrigin)
          .join(LINKEDIN)
          .split(encodeURIComponent(fromOrigin))
          .join(encodeURIComponent(LINKEDIN))
      : s;

  mkdirSync(opts.outDir, { recursive: true, mode: 0o700 });
  const write = (name: string, data: string | Buffer) =>
    writeFileSync(join(opts.outDir, name), data, { mode: 0o600 });
  let html = toLinkedIn(scrub(dom.html)).replace(/<script\b[\s\S]*?<\/script>/gi, '');
  if (!html.endsWith('\n')) html += '\n';
  write('page.html', html);
  write('aria.yml', toLinkedIn(scrub(aria)) + '\n');
  write('screenshot.png', shot);

  const now = opts.now ?? new Date();
  const date = now.toISOString().slice(0, 10);
  const url = toLinkedIn(scrub(live.url));
  const p = classification?.person;
  const person =
    p && p.name && p.vanity
      ? {
          name: p.name,
          firstName: p.name.split(' ')[0]!,
          vanity: p.vanity,
          ...(p.headline ? { headline: p.headline } : {}),
          ...(p.location ? { location: p.location } : {}),
          ...(p.profileId && html.includes(p.profileId) ? { profileId: p.profileId } : {}),
        }
      : null;
  const meta: Record<string, unknown> = {
    source: {
      kind: 'real',
      ref: `recorded by linkwright record from ${url}`,
      // A recording is its own source page (not one of the index.json reference pages).
      parts: [{ part: 'page', page: 'recording' }],
      notes:
        `Recorded ${now.toISOString()} with Chromium ${browserVersion} (${dom.shadowRoots} open shadow root(s) kept as declarative shadow DOM). ` +
        `${live.names} real name(s) and every vanity, profile id, member id and email replaced by fictional values; scripts, data islands, CSP metas, external stylesheets and csrf values removed. ` +
        'expected = the doctor at recording time: review it before the folder becomes a fixture.',
    },
    derivedAt: date,
    capturedAt: date,
    frontEnd,
    locale: facts.lang ? facts.lang.slice(0, 2).toLowerCase() : 'en',
    url,
    person,
    ...(live.account ? { account: { name: live.account, vanity: 'me' } } : {}),
    decoys: [],
    expected: classification
      ? {
          page: classification.page,
          frontEnd: classification.frontEnd,
          locale: classification.locale,
          relationship: classification.relationship,
          connectVia: classification.connectVia,
          people: classification.people,
          ...(classification.dialog !== undefined ? { dialog: classification.dialog } : {}),
        }
      : null,
  };
  write('meta.json', scrub(JSON.stringify(meta, null, 2)) + '\n');
  return { dir: opts.outDir, meta, namesReplaced: live.names, shadowRoots: dom.shadowRoots };
}
