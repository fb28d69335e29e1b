// @playwright/test configuration for the fixture-replay specs (test/integration/**/*.spec.ts).
//   npx playwright test --project=replay                 headless, hermetic (what `npm test` runs)
//   LINKWRIGHT_SLOW_MO=250 npx playwright test --project=headed   visible browser, trace for every test
//   npx playwright test --ui                             UI mode (needs a display)
// The browser is found exactly as the worker finds it (src/browser/chromium-discovery.ts) and gets
// the worker's base flags; Playwright never downloads a browser of its own here.
import { defineConfig } from '@playwright/test';
import { baseChromiumArgs } from './src/browser/chromium-args.ts';
import { discoverChromium } from './src/browser/chromium-discovery.ts';

function executablePath(): string | undefined {
  try {
    return discoverChromium().executablePath;
  } catch (err) {
    // Listing tests must still work without a browser; launching then fails with this message.
    process.stderr.write(`playwright.config: ${(err as Error).message}\n`);
    return undefined;
  }
}

const exe = executablePath();
const args = baseChromiumArgs();
const slowMo = Number.parseInt(process.env.LINKWRIGHT_SLOW_MO ?? '', 10);

export default defineConfig({
  testDir: 'test/integration',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  // Two cores: a second worker halves the doctor specs' wall time (each is one page in its own context).
  workers: 2,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: exe, args },
  },
  projects: [
    {
      name: 'replay',
      // No trace: recording one for every test (kept only on failure) doubled the doctor spec's time
      // (3.7 → 1.8 min), and a doctor failure already prints its evidence. `--trace on` records them.
      use: { headless: true, trace: 'off' },
    },
    {
      name: 'headed',
      use: {
        headless: false,
        trace: 'on',
        launchOptions: {
          executablePath: exe,
          args,
          slowMo: Number.isFinite(slowMo) && slowMo > 0 ? slowMo : undefined,
        },
      },
    },
  ],
});
