import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemClock } from './clock';
import { loadConfig } from './config';
import { openTestDb } from './db/test-db';
import { buildApp } from './http/app';
import { secureCookiesFrom } from './secure-cookies';
import { DEMO_PASSWORD } from './seed/demo-people';
import { seedDemoCommune } from './seed/seed-demo';

describe('Secure session cookie', () => {
  it('is on when the public URL is https or NODE_ENV=production, off on plain HTTP unless forced', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://thidua.tanviet.gov.vn' }).secureCookies).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://192.168.1.10:3000' }).secureCookies).toBe(
      true,
    );
    expect(loadConfig({}).secureCookies).toBe(false);
    expect(loadConfig({ SECURE_COOKIES: '1' }).secureCookies).toBe(true);
  });

  it('SECURE_COOKIES=0 turns it off with a warning', () => {
    const warnings: string[] = [];
    expect(
      secureCookiesFrom({ SECURE_COOKIES: '0', NODE_ENV: 'production' }, 'https://x.vn', (m) =>
        warnings.push(m),
      ),
    ).toBe(false);
    expect(warnings[0]).toContain('SECURE_COOKIES=0');
  });

  it('the login cookie carries Secure when the configuration says so', async () => {
    const handle = await openTestDb();
    await seedDemoCommune(handle.db);
    const config = loadConfig({ PUBLIC_URL: 'https://thidua.tanviet.gov.vn' });
    const app = await buildApp({
      db: handle.db,
      clock: systemClock,
      config: {
        publicUrl: config.publicUrl,
        secureCookies: config.secureCookies,
        keysDir: fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-keys-')),
      },
    });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'canbo', password: DEMO_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
      expect(String(res.headers['set-cookie'])).toMatch(/; HttpOnly/);
    } finally {
      await app.close();
      await handle.close();
    }
  });
});
