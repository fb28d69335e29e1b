// What must never reach a log line: session secrets, emails and the text users send to people.
// pino's `redact` handles known keys; `scrubText` catches values embedded in free text (URLs, messages).

export const REDACT_PATHS = [
  'li_at',
  'cookie',
  'cookies',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers.authorization',
  'authorization',
  'token',
  'csrf',
  'csrfToken',
  'password',
  // Database URLs (LINKWRIGHT_DATABASE_URL) carry the database password.
  'databaseUrl',
  'connectionString',
  'email',
  'note',
  'text',
  'message.text',
  'params.note',
  'params.email',
  'params.text',
  'params.subject',
  '*.li_at',
  '*.cookie',
  '*.cookies',
  '*.token',
  '*.password',
  '*.databaseUrl',
  '*.connectionString',
  '*.email',
  '*.note',
  '*.text',
  '*.params.note',
  '*.params.email',
  '*.params.text',
];

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const LI_AT_RE = /(li_at["'=:\s]+)[^;"'\s&]+/gi;
const JSESSION_RE = /(JSESSIONID["'=:\s]+)[^;"'\s&]+/gi;
const AQED_RE = /AQED[A-Za-z0-9_-]{20,}/g;
const CSRF_RE = /(csrf[-_]?token["'=:\s]+)[^;"'\s&]+/gi;
// A password in a URL's userinfo (postgres://user:secret@host) or as a key/value pair
// (`?password=…`, libpq's `password=…`): LINKWRIGHT_DATABASE_URL must never reach a log whole.
const URL_PASSWORD_RE = /\b([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)[^@/?#\s]+@/gi;
const PASSWORD_PARAM_RE = /(\bpassword\s*=\s*)('[^']*'|[^&;\s]+)/gi;
// Session-layer additions: LinkedIn's CSRF token ("ajax:" + digits, the JSESSIONID value) wherever it
// appears, and hidden/meta CSRF fields in saved HTML (`name="loginCsrfParam" value="…"`,
// `<meta name="csrf-token" content="…">`).
const AJAX_TOKEN_RE = /ajax:\d{8,}/g;
const CSRF_FIELD_RE =
  /(name=["'](?:loginCsrfParam|csrfToken|csrf-token|_csrf)["'][^>]*?\b(?:value|content)=["'])[^"']*/gi;

/** Removes secrets and emails from free text (error messages, URLs, captured HTML). */
export function scrubText(input: string, secrets: readonly string[] = []): string {
  let out = input;
  for (const s of secrets) {
    if (s.length >= 4) out = out.split(s).join('[REDACTED]');
  }
  return out
    .replace(URL_PASSWORD_RE, '$1[REDACTED]@')
    .replace(PASSWORD_PARAM_RE, '$1[REDACTED]')
    .replace(LI_AT_RE, '$1[REDACTED]')
    .replace(JSESSION_RE, '$1[REDACTED]')
    .replace(CSRF_FIELD_RE, '$1[REDACTED]')
    .replace(CSRF_RE, '$1[REDACTED]')
    .replace(AJAX_TOKEN_RE, '[REDACTED]')
    .replace(AQED_RE, '[REDACTED]')
    .replace(EMAIL_RE, '[email]');
}
