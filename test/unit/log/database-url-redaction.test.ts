// LINKWRIGHT_DATABASE_URL carries the database password: neither a log field nor free text (an error
// message quoting the URL) may print it.
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createLogger } from '../../../src/log/logger.ts';
import { scrubText } from '../../../src/log/redaction.ts';

const URL = 'postgres://linkwright:s3cr%40t-pw@db.internal:5432/linkwright?sslmode=require';

it('scrubText masks the password of a URL and of password= pairs, and nothing else of the URL', () => {
  expect(scrubText(`cannot connect to ${URL}: timeout`)).toBe(
    'cannot connect to postgres://linkwright:[REDACTED]@db.internal:5432/linkwright?sslmode=require: timeout',
  );
  expect(scrubText('postgresql://db/lw?user=lw&password=hunter22&sslmode=require')).toBe(
    'postgresql://db/lw?user=lw&password=[REDACTED]&sslmode=require',
  );
  expect(scrubText("host=db user=lw password='hunter 22' dbname=lw")).toBe(
    'host=db user=lw password=[REDACTED] dbname=lw',
  );
  // No userinfo, nothing to mask.
  expect(scrubText('https://www.linkedin.com/in/jane-doe')).toBe('https://www.linkedin.com/in/jane-doe');
});

it('the logger censors databaseUrl / connectionString fields', () => {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      out += chunk.toString();
      cb();
    },
  });
  const log = createLogger({ destination: sink, level: 'info' });
  log.info({ databaseUrl: URL, store: { connectionString: URL } }, 'store opened');
  expect(out).toContain('store opened');
  expect(out).not.toContain('s3cr');
});
