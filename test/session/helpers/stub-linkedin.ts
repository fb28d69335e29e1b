// A tiny stand-in for LinkedIn's session surfaces: /feed/ answers according to the current scenario
// (signed in, redirected to /login, /authwall, the guest home, a checkpoint …) with the scrubbed
// pages in ../pages. Records every request so tests can see what was (not) loaded.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The session surfaces are derived fixtures like every other page (fixtures/linkedin/<id>, meta.json
// says where each comes from), not hand-written stubs.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'linkedin');
const FIXTURE_OF = {
  'feed-sdui.html': 'feed/home/sdui-en',
  'feed-ember.html': 'feed/home/ember-en',
  'login.html': 'auth/login/unknown-en',
  'guest-home.html': 'auth/guest-home/unknown-en',
  'guest-profile.html': 'auth/guest-profile/unknown-en',
  'authwall.html': 'auth/authwall/unknown-en',
  'checkpoint-captcha.html': 'checkpoint/challenge/unknown-en',
  'checkpoint-pin.html': 'checkpoint/challenge/unknown-en-pin',
  'restricted.html': 'checkpoint/challenge/unknown-en-restricted',
  'restricted-text-de.html': 'checkpoint/challenge/unknown-de-restricted-text',
  /** The invite dialog open in #interop-outlet's shadow root (declarative shadow DOM). */
  'shadow-dialog.html': 'dialogs/invite/sdui-en',
} as const;
const page = (name: keyof typeof FIXTURE_OF) =>
  readFileSync(join(FIXTURES, FIXTURE_OF[name], 'page.html'), 'utf8');

export type Scenario =
  | 'signedIn'
  | 'signedInEmber'
  | 'login'
  | 'authwall'
  | 'guest'
  | 'guestProfile'
  | 'captcha'
  | 'pin'
  | 'restricted'
  | 'restrictedTextDe'
  | 'unknown'
  /** An app shell whose scripts never render (LinkedIn's API down): nothing to read. */
  | 'emptyShell'
  /** LinkedIn's own outage page with HTTP 503. */
  | 'serverError'
  /** Signed in only when the request carries li_at=<liAt>; otherwise redirected to /login. */
  | 'cookie';

export interface StubLinkedIn {
  origin: string;
  scenario: Scenario;
  liAt: string;
  hits: { host: string; path: string; cookie: string; acceptLanguage: string }[];
  close(): Promise<void>;
}

function html(res: ServerResponse, body: string, status = 200): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

function redirect(res: ServerResponse, to: string): void {
  res.writeHead(302, { location: to, 'cache-control': 'no-store' });
  res.end();
}

export async function startStubLinkedIn(initial: Scenario = 'signedIn', liAt = ''): Promise<StubLinkedIn> {
  const stub: StubLinkedIn = { origin: '', scenario: initial, liAt, hits: [], close: async () => {} };
  const feed = (req: IncomingMessage, res: ServerResponse) => {
    switch (stub.scenario) {
      case 'signedIn':
        return html(res, page('feed-sdui.html'));
      case 'signedInEmber':
        return html(res, page('feed-ember.html'));
      case 'login':
        return redirect(res, '/login?session_redirect=%2Ffeed%2F&fromSignIn=true');
      case 'authwall':
        return redirect(res, '/authwall?trk=gf&sessionRedirect=%2Ffeed%2F');
      case 'guest':
        return redirect(res, '/');
      case 'guestProfile':
        return html(res, page('guest-profile.html'));
      case 'captcha':
        return redirect(res, '/checkpoint/challenge/AgEfictionalCaptcha?ut=1');
      case 'pin':
        return redirect(res, '/checkpoint/challenge/AgHfictionalPin');
      case 'restricted':
        return html(res, page('restricted.html'));
      case 'restrictedTextDe':
        return html(res, page('restricted-text-de.html'));
      case 'unknown':
        // A page that loaded and reads fine but is none of the states we know (a new interstitial, a
        // redesign): not recognisably signed in.
        return html(
          res,
          '<!DOCTYPE html><html lang="en"><body><div id="app"><h1>Something new</h1><p>This page has a ' +
            'layout that no classifier knows yet. It has enough text to show that it finished loading ' +
            'and is not an empty shell.</p></div></body></html>',
        );
      case 'emptyShell':
        return html(res, '<!DOCTYPE html><html lang="en"><body><div id="app">Loading…</div></body></html>');
      case 'serverError':
        return html(
          res,
          '<!DOCTYPE html><html lang="en"><body><h1>Service unavailable</h1></body></html>',
          503,
        );
      case 'cookie': {
        const cookie = req.headers.cookie ?? '';
        return stub.liAt && cookie.split(/;\s*/).includes(`li_at=${stub.liAt}`)
          ? html(res, page('feed-sdui.html'))
          : redirect(res, '/login?session_redirect=%2Ffeed%2F');
      }
    }
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    stub.hits.push({
      host: req.headers.host ?? '',
      path: url.pathname,
      cookie: req.headers.cookie ?? '',
      acceptLanguage: req.headers['accept-language'] ?? '',
    });
    const p = url.pathname;
    if (p === '/feed/' || p === '/feed') return feed(req, res);
    if (p === '/login') return html(res, page('login.html'));
    if (p === '/authwall') return html(res, page('authwall.html'));
    if (p === '/') return html(res, page('guest-home.html'));
    if (p.startsWith('/checkpoint/challenge/AgE')) return html(res, page('checkpoint-captcha.html'));
    if (p.startsWith('/checkpoint/challenge/AgH')) return html(res, page('checkpoint-pin.html'));
    if (p === '/shadow') {
      // Plants the email of the query in the page, so captures must scrub it from the content too.
      const email = (url.searchParams.get('email') ?? '').replace(/[<>&"]/g, '');
      return html(
        res,
        page('shadow-dialog.html').replace(
          /(<main\b[^>]*>)/,
          `$1<p id="planted-contact">Contact: ${email}</p>`,
        ),
      );
    }
    if (p === '/echo') {
      // Worst case for scrubbing: a page that shows the request's cookies and a CSRF token.
      const cookie = (req.headers.cookie ?? '').replace(/</g, '&lt;');
      return html(
        res,
        `<!DOCTYPE html><html lang="en"><head><meta name="csrf-token" content="ajax:1234567890123456789"></head><body><main><pre id="echo">${cookie}</pre></main></body></html>`,
      );
    }
    if (p === '/set-cookie') {
      res.writeHead(200, {
        'content-type': 'text/html',
        'set-cookie': `lw_persist=${url.searchParams.get('v') ?? 'x'}; Path=/; Max-Age=86400; HttpOnly`,
      });
      return res.end('<html><body>cookie set</body></html>');
    }
    if (p === '/resources') {
      const third = url.searchParams.get('third') ?? '';
      return html(
        res,
        `<!DOCTYPE html><html><head><link rel="stylesheet" href="/assets/own.css"><link rel="stylesheet" href="${third}/assets/third.css">
<style>@font-face{font-family:Own;src:url(/assets/own.woff2)}@font-face{font-family:Third;src:url(${third}/assets/third.woff2)}</style>
<script src="/assets/own.js"></script><script src="${third}/assets/third.js"></script></head>
<body><p style="font-family:Own">own</p><p style="font-family:Third">third</p><img src="/assets/own.png"><video src="${third}/assets/clip.mp4" autoplay muted></video></body></html>`,
      );
    }
    if (p.startsWith('/assets/')) {
      const type = p.endsWith('.css')
        ? 'text/css'
        : p.endsWith('.js')
          ? 'text/javascript'
          : 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' });
      return res.end(p.endsWith('.js') ? '/* ok */' : p.endsWith('.css') ? 'body{}' : '');
    }
    html(res, '<!DOCTYPE html><html><body>not found</body></html>', 404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  stub.origin = `http://127.0.0.1:${addr.port}`;
  stub.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
}
