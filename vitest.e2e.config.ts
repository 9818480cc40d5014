import { defineConfig } from 'vitest/config';

// Browser suite: real Chromium (Debian's) driven by playwright-core against a real server
// started by e2e/global-setup.ts on a fresh SQLite database. Run with `npm run e2e`.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
