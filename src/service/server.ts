// `serve`'s HTTP server (node:http): routes Linked API's endpoints, the ConnectSafely-style REST, the
// OpenAPI document and health; turns thrown ApiFailures into typed error envelopes; starts webhook
// delivery. Binds 127.0.0.1 unless told otherwise. Logs name routes and statuses, never headers or bodies.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiFailure } from './api-error.ts';
import { sendError, sendJson } from './http-io.ts';
import { linkedApiRoutes } from './linkedapi-routes.ts';
import { linkedinRoutes } from './linkedin-routes.ts';
import { buildOpenApi } from './openapi.ts';
import { matchRoute, type Route } from './router.ts';
import type { ServiceDeps } from './service-deps.ts';
import { WebhookDispatcher } from './webhooks.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

export interface RunningService {
  server: Server;
  url: string;
  webhooks: WebhookDispatcher;
  close(): Promise<void>;
}

export function serviceRoutes(deps: ServiceDeps): Route[] {
  let openapi: string | undefined;
  return [
    {
      method: 'GET',
      path: '/health',
      handler: async ({ res }) =>
        sendJson(res, 200, { success: true, result: { status: 'ok', version: deps.version ?? null } }),
    },
    {
      method: 'GET',
      path: '/openapi.json',
      handler: async ({ res }) => {
        openapi ??= JSON.stringify(buildOpenApi(deps.version ?? '0.0.0'));
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(Buffer.byteLength(openapi)),
        });
        res.end(openapi);
      },
    },
    ...linkedApiRoutes(deps),
    ...linkedinRoutes(deps),
  ];
}

/** The request listener alone (tests can mount it; `startService` listens). */
export function createServiceHandler(deps: ServiceDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const routes = serviceRoutes(deps);
  const log = deps.log;
  return (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://serve.invalid');
    } catch {
      return sendError(res, 400, { type: 'invalidRequestPayload', message: 'malformed request URL' });
    }
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const m = matchRoute(routes, req.method ?? 'GET', path);
    if (m.kind === 'none')
      return sendError(res, 404, {
        type: 'routeNotFound',
        message: `no route ${req.method} ${path.slice(0, 100)}`,
      });
    if (m.kind === 'wrongMethod')
      return sendError(res, 405, { type: 'methodNotAllowed', message: `${req.method} is not allowed here` });
    m.handler({ req, res, params: m.params, query: url.searchParams }).then(
      () => log.debug({ method: req.method, path, status: res.statusCode }, 'request'),
      (err: unknown) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (err instanceof ApiFailure) {
          log.debug({ method: req.method, path, type: err.type }, 'request refused');
          return sendError(res, err.status, { type: err.type, message: err.message });
        }
        log.error(
          { method: req.method, path, err: err instanceof Error ? err.name : 'error' },
          'request failed',
        );
        sendError(res, 500, { type: 'unexpectedError', message: 'internal error' });
      },
    );
  };
}

/** Listens on host:port (port 0: any free port) and starts webhook delivery. */
export async function startService(
  deps: ServiceDeps,
  opts: { host?: string; port?: number } = {},
): Promise<RunningService> {
  const webhooks = new WebhookDispatcher(deps.tokens, deps.log, deps.webhooks);
  const detach = webhooks.attach(deps.queue);
  const server = createServer(
    { requestTimeout: 300_000, headersTimeout: 30_000 },
    createServiceHandler(deps),
  );
  const host = opts.host ?? DEFAULT_HOST;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // A deep backlog: a burst of connections on loopback waits for accept() instead of being refused.
    server.listen({ host, port: opts.port ?? DEFAULT_PORT, backlog: 2048 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    server,
    url: `http://${shownHost}:${addr.port}`,
    webhooks,
    close: async () => {
      detach();
      webhooks.stop();
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await webhooks.idle();
    },
  };
}
