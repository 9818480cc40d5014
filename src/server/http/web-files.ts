import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors';

/** A hashed build file (`/assets/index-AbC123.js`): its name changes with its content, so it never goes stale. */
export const ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: the browser asks again each time (a 304 when unchanged). */
export const PAGE_CACHE = 'no-cache';

/**
 * The built web UI (`dist/web`, see vite.config.ts): each file sent in the brotli or gzip form the build
 * made beside it when the browser accepts one (`Content-Encoding`, `Vary: Accept-Encoding`), as it is
 * otherwise; hashed assets cached for a year, index.html revalidated. Any other page address answers
 * index.html (the app's router draws it); a missing `/assets/` file is a 404, not a page, so a browser
 * holding an old page after an update sees the failure instead of running HTML as a script.
 */
export async function installWebFiles(app: FastifyInstance, dist: string): Promise<void> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) return;
  const assets = `${path.sep}assets${path.sep}`;
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders(reply, file) {
      reply.header('cache-control', file.includes(assets) ? ASSET_CACHE : PAGE_CACHE);
    },
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.method !== 'GET' || req.url.startsWith('/api/') || req.url.startsWith('/assets/')) {
      throw new AppError('NOT_FOUND', 'Không tìm thấy trang.');
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
