#!/usr/bin/env node
// `npm run e2e`: build the UI if needed, then run the browser suite (e2e/*.e2e.ts) in Chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

if (!fs.existsSync('dist/web/index.html')) {
  const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
fs.mkdirSync('.tmp', { recursive: true });
// `--screenshots` (npm run screenshots) refreshes docs/screenshots; otherwise they go to .tmp/screenshots.
const args = process.argv.slice(2);
const screenshots = args.includes('--screenshots');
const r = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '-c',
    'vitest.e2e.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.tmp/e2e-results.json',
    ...args.filter((a) => a !== '--screenshots'),
  ],
  { stdio: 'inherit', env: { ...process.env, ...(screenshots ? { UPDATE_SCREENSHOTS: '1' } : {}) } },
);
process.exit(r.status ?? 1);
