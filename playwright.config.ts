// Browser e2e: the real renderer, built by vite and served over http, talking to a real
// AttacheSession through the harness in tests/e2e/harness.ts, in Debian's Chromium.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // The scale run needs a project of 100,000 facts, which bench/ui.ts builds and names.
  testIgnore: process.env['ATTACHE_UI_PROJECT'] ? [] : ['**/scale.spec.ts'],
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  outputDir: 'test-results',
  globalSetup: './tests/e2e/globalSetup.ts',
  use: {
    screenshot: 'on',
    viewport: { width: 1100, height: 720 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
