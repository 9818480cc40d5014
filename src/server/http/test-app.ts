import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { type ApiClient, ApiError, createApiClient, type Transport } from '../../contract/client';
import type { Endpoint, ErrorBody, Input, Output } from '../../contract/endpoint';
import { type Clock, systemClock } from '../clock';
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
  /** The server's clock (`opts.clock`, or the system's): tests take their dates from it. */
  clock: Clock;
  /** Where the ballot seal keys live for this app (a temp dir, removed on close). */
  ballotBoxDir: string;
  /** the signing-key folder of this test server */
  keysDir: string;
  /** where this test server keeps attached files (a temp dir, removed on close) */
  filesDir: string;
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
  /** The web's typed client (`contract/client.ts`) over this test server: `await c.api.call(endpoint, input)`. */
  api: ApiClient;
  /** A typed call that answers the status and the body, or the error's code (for tests of refusals). */
  attempt<E extends Endpoint>(
    e: E,
    input: Input<E>,
  ): Promise<{ status: number; body: Output<E>; error: ErrorBody | null }>;
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
  const transport: Transport = async ({ method, url, body }) => {
    const bytes = body instanceof Uint8Array;
    const res = await app.inject({
      method: method as InjectOptions['method'],
      url,
      ...(body === undefined ? {} : { payload: bytes ? Buffer.from(body) : (body as object) }),
      headers: {
        origin: TEST_ORIGIN,
        ...(cookie ? { cookie } : {}),
        ...(bytes ? { 'content-type': 'application/octet-stream' } : {}),
      },
    });
    return {
      status: res.statusCode,
      header: (name) => {
        const v = res.headers[name.toLowerCase()];
        return v === undefined ? null : String(v);
      },
      text: async () => res.body,
      blob: async () => new Blob([new Uint8Array(res.rawPayload)]),
    };
  };
  const api = createApiClient(transport);
  return {
    cookie,
    api,
    async attempt(e, input) {
      try {
        return { status: e.status ?? 200, body: await api.call(e, input), error: null };
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        const error = { code: err.code, message: err.message, details: err.details };
        return { status: err.status, body: null as never, error };
      }
    },
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
  opts: {
    demo?: boolean;
    security?: SecurityOptions;
    logger?: object;
    clock?: Clock;
    /** The largest attached file (the server's default, 20 MB, when omitted). */
    maxUploadBytes?: number;
    /** A built web UI to serve (none by default: the API alone). */
    webDist?: string;
  } = {},
): Promise<TestApp> {
  const handle = await openTestDb();
  const seed = opts.demo === false ? { tenantId: '' } : await seedDemoCommune(handle.db);
  const ballotBoxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-ballot-box-'));
  const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-keys-'));
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-files-'));
  const clock = opts.clock ?? systemClock;
  const app = await buildApp({
    db: handle.db,
    clock,
    config: {
      publicUrl: TEST_ORIGIN,
      secureCookies: false,
      ballotBoxDir,
      keysDir,
      filesDir,
      ...(opts.maxUploadBytes ? { maxUploadBytes: opts.maxUploadBytes } : {}),
      ...(opts.webDist ? { webDist: opts.webDist } : {}),
      security: opts.security,
      ...(opts.logger ? { logger: opts.logger } : {}),
    },
  });
  await app.ready();
  return {
    app,
    handle,
    tenantId: seed.tenantId,
    clock,
    ballotBoxDir,
    keysDir,
    filesDir,
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
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
