/**
 * Every API route is registered from the contract (`bindAll`), and the OpenAPI document gives a response
 * schema for every route it lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app';

/** Routes of Swagger UI itself (not API routes). */
const DOCS = /^\/api\/docs/;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: false });
});
afterAll(() => t.close());

describe('the contract covers the API', () => {
  it('registers every /api route from a contract entry', () => {
    const routes = t.app.routeInventory.filter((r) => r.url.startsWith('/api') && !DOCS.test(r.url));
    const missing = routes.filter((r) => !r.contract).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('documents a response schema for every route in OpenAPI', async () => {
    const doc = (
      await t.anonymous.get<{
        paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>>;
      }>('/api/docs/json')
    ).body;
    const without: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const ok = Object.entries(op.responses ?? {}).some(
          ([status, r]) => /^2/.test(status) && (r.content || status === '204'),
        );
        if (!ok) without.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(without).toEqual([]);
  });
});
