import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock';
import type { DbHandle } from '../db/connect';
import { openTestDb } from '../db/test-db';
import { DEMO_PASSWORD } from '../seed/demo-people';
import { seedDemoCommune } from '../seed/seed-demo';
import { buildApp } from './app';
import { baseLoggerOptions, loggerOptions } from './log-options';
import { TEST_ORIGIN } from './test-app';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
  await seedDemoCommune(handle.db);
});
afterAll(async () => {
  await handle?.close();
});

/** A login, a search by name, a new person, a vote attempt and a failed login, as a browser sends them. */
async function someRequests(logger: object): Promise<string> {
  const app = await buildApp({
    db: handle.db,
    clock: systemClock,
    config: {
      publicUrl: TEST_ORIGIN,
      secureCookies: false,
      logger,
      keysDir: fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-keys-')),
    },
  });
  const h = { origin: TEST_ORIGIN, 'x-forwarded-for': '203.0.113.7', 'user-agent': 'Bao Tin Browser' };
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'canbo', password: DEMO_PASSWORD },
    headers: h,
    remoteAddress: '198.51.100.23',
  });
  expect(login.statusCode).toBe(200);
  const setCookie = String(login.headers['set-cookie']);
  const cookie = setCookie.split(';')[0] ?? '';
  const headers = { ...h, cookie };
  const units = JSON.parse((await app.inject({ method: 'GET', url: '/api/units', headers })).body) as {
    id: string;
  }[];
  expect(
    (
      await app.inject({
        method: 'GET',
        url: `/api/people?q=${encodeURIComponent('Trần Thị Mỹ Dung')}`,
        headers,
      })
    ).statusCode,
  ).toBe(200);
  const created = await app.inject({
    method: 'POST',
    url: '/api/people',
    headers,
    payload: { fullName: 'Phạm Kín Đáo', gender: 'NU', category: 'CONG_CHUC', unitId: units[0]?.id },
  });
  expect(created.statusCode).toBe(201);
  await app.inject({
    method: 'POST',
    url: '/api/public/ballots/khong-co/votes',
    headers: h,
    payload: { token: 'TOKEN-SECRET-1234567', signature: 'SIGNATURE-SECRET-1234567', choice: 'DONG_Y' },
  });
  await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: h,
    payload: { username: 'canbo', password: 'MatKhauSaiBiMat' },
  });
  await app.close();
  return cookie.split('=')[1] ?? 'no-cookie';
}

function expectClean(log: string, sessionToken: string) {
  expect(log).toContain('"statusCode":201');
  for (const secret of [
    DEMO_PASSWORD,
    'MatKhauSaiBiMat',
    sessionToken,
    'TOKEN-SECRET',
    'SIGNATURE-SECRET',
    'Phạm Kín Đáo',
    'Tr%E1%BA%A7n',
    'Trần Thị Mỹ Dung',
    '198.51.100.23',
    '203.0.113.7',
    'Bao Tin Browser',
    'remoteAddress',
  ]) {
    expect(log, secret).not.toContain(secret);
  }
}

describe('logs: no passwords, cookies, tokens, names or addresses', () => {
  it('at level trace, a login and a few requests leave only methods, paths, ids and statuses', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const token = await someRequests({ ...baseLoggerOptions('trace'), stream });
    const log = lines.join('');
    expect(log).toContain('"url":"/api/people?…"');
    expectClean(log, token);
  });

  it('writes to <DATA_DIR>/logs, rotated by pino-roll, or to stdout with LOG_TO_STDOUT=1', async () => {
    expect(loggerOptions({ LOG_TO_STDOUT: '1' }, '/srv/thidua')).not.toHaveProperty('transport');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-logs-'));
    try {
      const opts = loggerOptions({ LOG_LEVEL: 'info' }, dataDir);
      expect(opts).toMatchObject({
        transport: {
          target: 'pino-roll',
          options: { frequency: 'daily', size: '20m', limit: { count: 14 } },
        },
      });
      const token = await someRequests(opts);
      const logDir = path.join(dataDir, 'logs');
      let files: string[] = [];
      for (let i = 0; i < 50 && !files.some((f) => fs.statSync(path.join(logDir, f)).size > 0); i++) {
        await new Promise((r) => setTimeout(r, 100));
        files = fs.existsSync(logDir) ? fs.readdirSync(logDir) : [];
      }
      expect(files.length).toBe(1);
      expect(files[0]).toMatch(/^thidua\.\d{4}-\d{2}-\d{2}\.1\.log$/);
      const log = fs.readFileSync(path.join(logDir, files[0] as string), 'utf8');
      expectClean(log, token);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
