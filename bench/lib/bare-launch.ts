// The bare scripts' Chromium flags: what anyone must pass on this host (no sandbox as root) plus the
// flags that keep Chromium from calling Google services from a closed network — the same environment
// flags linkwright passes (src/browser/chromium-args.ts), none of its stealth, identity or blocking.
export const BARE_ARGS: string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
