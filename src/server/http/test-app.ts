import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { DbHandle } from '../db/connect';
import { openTestDb } from '../db/test-db';
import { DEMO_PASSWORD } from '../seed/demo-people';
import { seedDemoCommune } from '../seed/seed-demo';
import { buildApp } from './app';
import type { SecurityOptions } from './security-options';

export interface TestApp {
  app: FastifyInstance;
  handle: DbHandle;
  tenantId: string;
  /** Where the ballot seal keys live for this app (a temp dir, removed on close). */
  ballotBoxDir: string;
  /** the signing-key folder of this test server */
  keysDir: string;
  /** A client signed in as `username` (a demo user). */
  as(username: string): Promise<Client>;
  anonymous: Client;
  close(): Promise<void>;
}

export interface Client {
  /** The session cookie header this client sends (none for anonymous). */
  cookie?: string | undefined;
  request<T = unknown>(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
  ): Promise<{ status: number; body: T; raw: string; headers: Record<string, unknown> }>;
  get<T = unknown>(url: string): Promise<{ status: number; body: T }>;
  post<T = unknown>(url: string, body?: unknown): Promise<{ status: number; body: T }>;
  put<T = unknown>(url: string, body?: unknown): Promise<{ status: number; body: T }>;
}

/** The test server's public URL; the test client's requests come from this origin. */
export const TEST_ORIGIN = 'http://test.local';

export function client(app: FastifyInstance, cookie?: string): Client {
  const request = async <T>(method: InjectOptions['method'], url: string, body?: unknown) => {
    const res = await app.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as object }),
      // a page of this server, as a browser sends it (the cross-site check refuses state changes without it)
      headers: { origin: TEST_ORIGIN, ...(cookie ? { cookie } : {}) },
    });
    let parsed: unknown = null;
    try {
      parsed = res.body ? JSON.parse(res.body) : null;
    } catch {
      parsed = null;
    }
    return {
      status: res.statusCode,
      body: parsed as T,
      raw: res.body,
      headers: res.headers as Record<string, unknown>,
    };
  };
  return {
    cookie,
    request,
    get: (url) => request('GET', url),
    post: (url, body = {}) => request('POST', url, body),
    put: (url, body = {}) => request('PUT', url, body),
  };
}

/**
 * A server on a fresh database (SQLite file, or a PostgreSQL schema when DATABASE_URL is set) with the demo
 * commune — or, with `{ demo: false }`, an empty one as a production first start; `security` replaces the
 * default login throttling and per-address limits; `logger`: pino options (e.g. a level and a stream that captures
 * the lines), none by default.
 */
export async function startTestApp(
  opts: { demo?: boolean; security?: SecurityOptions; logger?: object } = {},
): Promise<TestApp> {
  const handle = await openTestDb();
  const seed = opts.demo === false ? { tenantId: '' } : await seedDemoCommune(handle.db);
  const ballotBoxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-ballot-box-'));
  const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-keys-'));
  const app = await buildApp({
    db: handle.db,
    config: {
      publicUrl: TEST_ORIGIN,
      secureCookies: false,
      ballotBoxDir,
      keysDir,
      security: opts.security,
      ...(opts.logger ? { logger: opts.logger } : {}),
    },
  });
  await app.ready();
  return {
    app,
    handle,
    tenantId: seed.tenantId,
    ballotBoxDir,
    keysDir,
    anonymous: client(app),
    async as(username: string) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: DEMO_PASSWORD },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
      const setCookie = String(res.headers['set-cookie'] ?? '');
      return client(app, setCookie.split(';')[0]);
    },
    async close() {
      await app.close();
      await handle.close();
      fs.rmSync(ballotBoxDir, { recursive: true, force: true });
      fs.rmSync(keysDir, { recursive: true, force: true });
    },
  };
}
