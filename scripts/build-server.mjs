#!/usr/bin/env node
// `npm run build:server`: the server as one JavaScript file, dist-server/main.js, compiled from src/server/main.ts
// by esbuild (already installed with Vite). `npm start` runs it with plain Node: no TypeScript loader, no
// compile at each start. Only the project's own code is bundled; the packages (better-sqlite3, @node-rs/argon2
// and pg are native or optional) stay in node_modules and are imported from there as usual.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/server/main.ts'],
  outfile: 'dist-server/main.js',
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: true,
  logLevel: 'warning',
});
