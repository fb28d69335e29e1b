// Flags every Chromium launch gets (the worker, the self-check, and playwright.config.ts).
// Without the network ones Chromium keeps calling Google services from a closed network.

export function baseChromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Cookies encrypted with a fixed key instead of the desktop keyring: the profile stays usable
    // on another Linux host and without a keyring daemon.
    '--password-store=basic',
  ];
  // Chromium's sandbox cannot run as root.
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}
