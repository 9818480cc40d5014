import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock';
import { buildApp } from './app';
import { startTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: false });
});
afterAll(async () => {
  await t?.close();
});

describe('security headers', () => {
  it('forbids framing and sniffing, sets a referrer policy and a CSP without inline scripts', async () => {
    const res = await t.anonymous.request('GET', '/api/auth/me');
    const h = res.headers;
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const csp = String(h['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    // plain HTTP (the test server's public URL): no HSTS, no upgrade to an https that does not exist
    expect(h['strict-transport-security']).toBeUndefined();
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('lets only this server frame its PDFs (certificate preview) and gives the API docs their own policy', async () => {
    const docs = await t.anonymous.request('GET', '/api/docs/');
    expect(String(docs.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(String(docs.headers['content-security-policy'])).toContain("script-src 'self' 'unsafe-inline'");
    const page = await t.anonymous.request('GET', '/api/public/examples');
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('sends HSTS when the public URL is https', async () => {
    const app = await buildApp({
      db: t.handle.db,
      clock: systemClock,
      config: {
        publicUrl: 'https://thidua.example.vn',
        secureCookies: true,
        keysDir: fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-keys-')),
      },
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/auth/me' });
      expect(String(res.headers['strict-transport-security'])).toContain('max-age=15552000');
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    } finally {
      await app.close();
    }
  });
});
