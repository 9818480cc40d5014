import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESS_MIN_BYTES, chooseEncoding } from './compress-json';
import { startTestApp, type TestApp } from './test-app';
import { ASSET_CACHE, PAGE_CACHE } from './web-files';

// A built UI as vite.config.ts leaves it: each file with its .br and .gz beside it.
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-web-'));
const SCRIPT = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `hàng ${i}`))};\n`;
const PAGE = '<!doctype html><html lang="vi"><body><div id="root"></div></body></html>\n';
function write(rel: string, text: string) {
  const file = path.join(dist, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text));
}
write('index.html', PAGE);
write('assets/index-AbC123.js', SCRIPT);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ webDist: dist });
});
afterAll(async () => {
  await t?.app.close();
  await t?.handle.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string, cookie?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: {
      ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
      ...(cookie ? { cookie } : {}),
    },
  });

function decoded(res: Awaited<ReturnType<typeof get>>): string {
  const enc = res.headers['content-encoding'];
  if (enc === 'br') return zlib.brotliDecompressSync(res.rawPayload).toString('utf8');
  if (enc === 'gzip') return zlib.gunzipSync(res.rawPayload).toString('utf8');
  return res.rawPayload.toString('utf8');
}

describe('the built UI is sent compressed, hashed files cached for good', () => {
  it('sends brotli when accepted, gzip when only gzip is, the file as it is otherwise', async () => {
    for (const [accept, encoding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      [undefined, undefined],
      ['identity', undefined],
    ] as const) {
      const res = await get('/assets/index-AbC123.js', accept);
      expect(res.statusCode, String(accept)).toBe(200);
      expect(res.headers['content-encoding'], String(accept)).toBe(encoding);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe(ASSET_CACHE);
      expect(decoded(res)).toBe(SCRIPT);
    }
  });

  it('revalidates index.html, at / and as the fallback of any page address', async () => {
    for (const url of ['/', '/index.html', '/dang-nhap', '/de-nghi/123']) {
      const res = await get(url, 'gzip, br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe(PAGE_CACHE);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(decoded(res)).toBe(PAGE);
    }
  });

  it('answers 404 for a missing hashed file (an old page after an update), not the page', async () => {
    const res = await get('/assets/index-Old999.js', 'br');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/json/);
  });
});

describe('large JSON answers are compressed when the browser accepts it', () => {
  it('compresses a large answer with brotli or gzip, and the content is the same', async () => {
    const admin = await t.as('admin');
    const cookie = admin.cookie;
    const plain = await get('/api/people', undefined, cookie);
    expect(plain.statusCode).toBe(200);
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_MIN_BYTES);
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
    ] as const) {
      const res = await get('/api/people', accept, cookie);
      expect(res.headers['content-encoding'], accept).toBe(encoding);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(JSON.parse(decoded(res))).toEqual(JSON.parse(plain.body));
    }
  });

  it('leaves a small answer as it is', async () => {
    const res = await get('/api/public/instance', 'gzip, br');
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(COMPRESS_MIN_BYTES);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('reads Accept-Encoding as browsers and proxies write it', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*, br;q=0, gzip;q=0')).toBe('identity');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding(['gzip', 'br'])).toBe('br');
  });
});
