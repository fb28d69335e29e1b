// Reading requests and writing responses with node:http: a bounded body reader, the JSON content-type
// check, and the `{ success, result }` / `{ success:false, error }` envelope.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiFailure, type ApiError } from './api-error.ts';

/** Largest accepted request body (1 MiB): far above any real workflow, far below memory trouble. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/** Past this much drained data an oversized upload is cut off instead of read to its end. */
const DRAIN_FACTOR = 8;

/**
 * The body as text, at most `limit` bytes. An oversized body is drained (up to a bound) before the
 * 400, so the client reads the answer instead of a connection reset.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
      else if (size > limit * DRAIN_FACTOR) req.destroy();
    });
    req.on('end', () => {
      if (over) reject(new ApiFailure('invalidRequestPayload', `the request body exceeds ${limit} bytes`));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
    req.on('close', () => {
      if (over) reject(new ApiFailure('invalidRequestPayload', `the request body exceeds ${limit} bytes`));
    });
  });
}

function isJsonContentType(v: string | undefined): boolean {
  if (!v) return false;
  const mime = v.split(';')[0]?.trim().toLowerCase();
  return mime === 'application/json';
}

/** The body as text after the content-type check (for POST /workflows, which validates it itself). */
export async function readJsonText(req: IncomingMessage, limit: number): Promise<string> {
  const text = await readBody(req, limit);
  if (!isJsonContentType(req.headers['content-type'])) {
    throw new ApiFailure('invalidRequestPayload', 'Content-Type must be application/json');
  }
  return text;
}

/** The parsed JSON body; an empty body is `undefined` (routes whose body is optional). */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const text = await readJsonText(req, limit);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiFailure('invalidRequestPayload', 'the request body is not valid JSON');
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendResult(res: ServerResponse, result: unknown, headers?: Record<string, string>): void {
  sendJson(res, 200, { success: true, result }, headers);
}

export function sendError(
  res: ServerResponse,
  status: number,
  error: ApiError,
  headers?: Record<string, string>,
): void {
  sendJson(res, status, { success: false, error }, headers);
}
