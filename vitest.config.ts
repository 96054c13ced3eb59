import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['tests/unit/buildCli.globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores here: keep forks few so the crash test's child processes get CPU time.
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
