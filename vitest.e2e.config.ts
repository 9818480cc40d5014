import { defineConfig } from 'vitest/config';

// Browser suite: real Chromium (Debian's) driven by playwright-core against a real server
// started by e2e/global-setup.ts on a fresh SQLite database. Run with `npm run e2e`.
// No retries: each test sets up its own state through the API and must pass the first time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    setupFiles: ['e2e/setup.ts'],
    fileParallelism: false,
    retry: 0,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // `expect.poll` waits for what the user waits for (a status, a count); 1 s (vitest's default) is too
    // short on a busy machine, where a page may take seconds to answer.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
