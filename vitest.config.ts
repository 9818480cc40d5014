import { defineConfig } from 'vitest/config';

// Unit tests (core) and API tests (server, against a real SQLite file — or PostgreSQL when
// DATABASE_URL is set). Browser tests live in e2e/ and run with `npm run e2e`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
