// The one pino logger. Logs go to stderr (stdout carries JSON results only): pretty on a terminal,
// JSON lines otherwise. Children carry workflow and action ids.
import { createRequire } from 'node:module';
import type { Logger } from 'pino';
import type PinoFactory from 'pino';
import { REDACT_PATHS } from './redaction.ts';

export type { Logger };

// Required, not imported: a CommonJS package on the start path (see src/browser/stealth-launcher.ts).
const pino = createRequire(import.meta.url)('pino') as typeof PinoFactory;

export interface LoggerOptions {
  level?: string;
  /** Force pretty or JSON output; default: pretty when stderr is a TTY. */
  pretty?: boolean;
  /** Destination stream (tests capture logs here); default stderr. */
  destination?: NodeJS.WritableStream;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? process.env.LINKWRIGHT_LOG_LEVEL ?? 'info';
  const base = {
    level,
    base: { pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
  };
  if (opts.destination) return pino(base, opts.destination as PinoFactory.DestinationStream);
  const pretty = opts.pretty ?? Boolean(process.stderr.isTTY);
  if (pretty) {
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } },
    });
  }
  return pino(base, pino.destination({ fd: 2, sync: true }));
}

let root: Logger | undefined;

/** The process-wide root logger (created on first use). */
export function rootLogger(): Logger {
  root ??= createLogger();
  return root;
}

export function setRootLogger(logger: Logger): void {
  root = logger;
}
