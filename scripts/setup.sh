#!/usr/bin/env bash
# Prepares a fresh machine: Debian's Chromium, PostgreSQL's server binaries (the store contract suite
# starts a throwaway cluster with them) and native build tools if missing, then the npm dependencies
# exactly as locked, and the compiled CLI (npm run build). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
[ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || [ -n "${LINKWRIGHT_CHROMIUM:-}" ] || need_apt+=(chromium)
# initdb/pg_ctl: on PATH, or in Debian's versioned folder (the package does not put them on PATH).
have_pg_server() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then return 0; fi
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && return 0
  done
  return 1
}
have_pg_server || need_apt+=(postgresql)
command -v g++ >/dev/null 2>&1 || need_apt+=(g++)
command -v make >/dev/null 2>&1 || need_apt+=(make)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]} from Debian" >&2
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# Playwright must not download browsers of its own: linkwright uses the system Chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # The lock lists every platform's optional builds (rollup's native packages), so `npm ci` works
  # everywhere; a failure here is a real one and must not be papered over with `npm install`.
  npm ci --no-audit --no-fund >&2
fi

# The compiled start path (dist/ and its bundle): the CLI starts in about half the time it takes
# through tsx (bench/README.md). Without it the CLI still runs, from the sources.
npm run -s build >&2 || echo "setup: the build failed; the CLI runs from the TypeScript sources" >&2
