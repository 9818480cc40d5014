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
  /** A client signed in as `username` (a demo user). */
  as(username: string): Promise<Client>;
  anonymous: Client;
  close(): Promise<void>;
}

export interface Client {
  request<T = unknown>(method: InjectOptions['method'], url: string, body?: unknown): Promise<{ status: number; body: T; raw: string; headers: Record<string, unknown> }>;
  get<T = unknown>(url: string): Promise<{ status: number; body: T }>;
  post<T = unknown>(url: string, body?: unknown): Promise<{ status: number; body: T }>;
  put<T = unknown>(url: string, body?: unknown): Promise<{ status: number; body: T }>;
}

function client(app: FastifyInstance, cookie?: string): Client {
  const request = async <T>(method: InjectOptions['method'], url: string, body?: unknown) => {
    const res = await app.inject({
      method, url, ...(body === undefined ? {} : { payload: body as object }),
      headers: cookie ? { cookie } : {},
    });
    let parsed: unknown = null;
    try {
      parsed = res.body ? JSON.parse(res.body) : null;
    } catch {
      parsed = null;
    }
    return { status: res.statusCode, body: parsed as T, raw: res.body, headers: res.headers as Record<string, unknown> };
  };
  return {
    request,
    get: (url) => request('GET', url),
    post: (url, body = {}) => request('POST', url, body),
    put: (url, body = {}) => request('PUT', url, body),
  };
}

/**
 * A server on a fresh database (SQLite file, or a PostgreSQL schema when DATABASE_URL is set) with the demo
 * commune — or, with `{ demo: false }`, an empty one as a production first start; `security` replaces the
 * default login throttling and per-address limits.
 */
export async function startTestApp(opts: { demo?: boolean; security?: SecurityOptions } = {}): Promise<TestApp> {
  const handle = await openTestDb();
  const seed = opts.demo === false ? { tenantId: '' } : await seedDemoCommune(handle.db);
  const app = await buildApp({ db: handle.db, config: { publicUrl: 'http://test.local', secureCookies: false, security: opts.security } });
  await app.ready();
  return {
    app,
    handle,
    tenantId: seed.tenantId,
    anonymous: client(app),
    async as(username: string) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
      const setCookie = String(res.headers['set-cookie'] ?? '');
      return client(app, setCookie.split(';')[0]);
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
