import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityOptionsFromEnv } from '../http/security-options';
import type { TestApp } from '../http/test-app';
import { startWorld, WORLD_PASSWORD, type World } from '../testing/test-world';

const MIN = 60_000;

describe('login throttling (defaults: 5 failures per account, 20 per address, 15 min)', () => {
  let w: World;
  let t: TestApp;
  let clock = Date.parse('2026-03-02T08:00:00Z');
  beforeAll(async () => {
    w = await startWorld({ security: { ...securityOptionsFromEnv({}), now: () => clock } });
    t = w.t;
  });
  afterAll(async () => w?.close());

  const login = (username: string, password: string, remoteAddress: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

  it('a 200-attempt burst on one account: 5 passwords checked, the rest refused with 429, all in the audit log', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => login('chutich-tn', `doan-sai-${i}`, '203.0.113.7')),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(195);
    const codes = new Set(
      results.filter((r) => r.statusCode === 429).map((r) => (r.json() as { code: string }).code),
    );
    // The per-address request limit (60 a minute) stops most of the burst before it reaches the throttle.
    expect([...codes].sort()).toEqual(['RATE_LIMITED', 'TOO_MANY_ATTEMPTS']);
    const locked = results.find((r) => (r.json() as { code: string }).code === 'TOO_MANY_ATTEMPTS');
    expect((locked?.json() as { message: string } | undefined)?.message).toBe(
      'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
    );
    expect(Number(locked?.headers['retry-after'])).toBe(900);
    const limited = results.find((r) => (r.json() as { code: string }).code === 'RATE_LIMITED');
    expect((limited?.json() as { message: string } | undefined)?.message).toMatch(
      /^Bạn đã gửi quá nhiều yêu cầu.*Vui lòng thử lại sau \d+ giây\.$/,
    );
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .select(['data', 'actor_id', 'summary'])
      .where('action', '=', 'login_failed')
      .execute();
    const reasons = rows.map((r) => JSON.parse(r.data ?? '{}').reason as string);
    expect(reasons.filter((r) => r === 'WRONG_PASSWORD')).toHaveLength(5);
    expect(reasons.filter((r) => r === 'LOCKED')).toHaveLength(
      statuses.filter(
        (s, i) =>
          s === 429 && (results[i]?.json() as { code: string } | undefined)?.code === 'TOO_MANY_ATTEMPTS',
      ).length,
    );
    expect(
      rows.every(
        (r) => r.actor_id === null && !r.summary.includes('doan-sai') && !(r.data ?? '').includes('doan-sai'),
      ),
    ).toBe(true);
  });

  it('the right password during the lock is refused, from any address; after the lock it works', async () => {
    const during = await login('chutich-tn', WORLD_PASSWORD, '198.51.100.1');
    expect(during.statusCode).toBe(429);
    expect((during.json() as { code: string }).code).toBe('TOO_MANY_ATTEMPTS');
    clock += 15 * MIN + 1000;
    const after = await login('chutich-tn', WORLD_PASSWORD, '198.51.100.1');
    expect(after.statusCode).toBe(200);
    const ok = await t.handle.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'login')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(ok.data ?? '{}').ip).toBe('198.51.100.1');
  });

  it('locks grow: the next lock of the same account lasts 30 minutes', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login('chutich-tn', `sai-${i}`, '198.51.100.2')).statusCode).toBe(401);
    const locked = await login('chutich-tn', `sai-6`, '198.51.100.2');
    expect((locked.json() as { message: string }).message).toContain('30 phút');
    clock += 30 * MIN + 1000;
    expect((await login('chutich-tn', WORLD_PASSWORD, '198.51.100.2')).statusCode).toBe(200);
  });

  it('one address trying many names is stopped after 20 failures; others still sign in', async () => {
    const r: number[] = [];
    for (let i = 0; i < 22; i++) r.push((await login(`khong-co-${i}`, 'sai', '192.0.2.99')).statusCode);
    expect(r.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(r.slice(20)).toEqual([429, 429]);
    expect((await login('canbo-tn', WORLD_PASSWORD, '192.0.2.99')).statusCode).toBe(429);
    expect((await login('canbo-tn', WORLD_PASSWORD, '192.0.2.100')).statusCode).toBe(200);
    const unknown = await t.handle.db
      .selectFrom('audit_log')
      .select(['data', 'tenant_id'])
      .where('action', '=', 'login_failed')
      .where('entity_id', '=', '-')
      .execute();
    expect(unknown.filter((u) => JSON.parse(u.data ?? '{}').reason === 'UNKNOWN_USER')).toHaveLength(20);
    expect(unknown.every((u) => u.tenant_id === t.tenantId)).toBe(true);
  });

  it('a success does not reset the address, and the throttle state survives a new app on the same database', async () => {
    const rows = await t.handle.db
      .selectFrom('login_throttle')
      .select(['key', 'failures', 'locked_until'])
      .execute();
    expect(rows.some((r) => r.key.startsWith('addr:') && r.locked_until !== null)).toBe(true);
    expect(rows.every((r) => !r.key.includes('192.0.2'))).toBe(true);
  });
});

describe('per-address limits on public routes', () => {
  let w: World;
  let t: TestApp;
  beforeAll(async () => {
    const base = securityOptionsFromEnv({});
    const limits = base.rateLimits === false ? undefined : base.rateLimits;
    if (!limits) throw new Error('limits expected');
    w = await startWorld({
      security: {
        ...base,
        rateLimits: {
          ...limits,
          publicRead: { max: 3, windowMs: MIN },
          publicWrite: { max: 2, windowMs: 60 * MIN },
          ballotVote: { max: 2, windowMs: MIN },
          ballotRead: { max: 5, windowMs: MIN },
          setup: { max: 2, windowMs: MIN },
        },
      },
    });
    t = w.t;
  });
  afterAll(async () => w?.close());

  const get = (url: string, remoteAddress: string) => t.app.inject({ method: 'GET', url, remoteAddress });
  const post = (url: string, payload: object, remoteAddress: string) =>
    t.app.inject({ method: 'POST', url, payload, remoteAddress });

  it('public pages: 429 RATE_LIMITED with a Vietnamese message and Retry-After, per address', async () => {
    const s = [];
    for (let i = 0; i < 4; i++) s.push((await get('/api/public/disclosures', '203.0.113.1')).statusCode);
    expect(s).toEqual([200, 200, 200, 429]);
    const r = await get('/api/public/verify/ABC123', '203.0.113.1');
    expect(r.statusCode).toBe(429);
    expect(r.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect((r.json() as { message: string }).message).toMatch(
      /^Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn\. Vui lòng thử lại sau \d+ giây\.$/,
    );
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    expect((await get('/api/public/examples', '203.0.113.2')).statusCode).toBe(200);
  });

  it('objections: a flood from one address is refused before it reaches the disclosure', async () => {
    const body = { proposalId: 'x', kind: 'GOP_Y', content: 'Ý kiến thử nghiệm đủ dài' };
    const s = [];
    for (let i = 0; i < 4; i++)
      s.push((await post('/api/public/disclosures/khong-co/objections', body, '203.0.113.3')).statusCode);
    expect(s).toEqual([404, 404, 429, 429]);
  });

  it('ballot votes are limited per ballot, whatever the address, so no address is kept', async () => {
    const vote = { token: 'token-thu-nghiem', signature: 'chu-ky-thu-nghiem', choice: 'DONG_Y' };
    const a = [];
    for (let i = 0; i < 3; i++)
      a.push((await post('/api/public/ballots/phieu-a/votes', vote, `198.51.100.${10 + i}`)).statusCode);
    expect(a[2]).toBe(429);
    expect(a.slice(0, 2).every((s) => s !== 429)).toBe(true);
    expect((await post('/api/public/ballots/phieu-b/votes', vote, '198.51.100.10')).statusCode).not.toBe(429);
  });

  it('a council polling a ballot from one office address is limited per ballot, not by the public-page limit', async () => {
    const s = [];
    for (let i = 0; i < 6; i++) s.push((await get('/api/public/ballots/phieu-c', '203.0.113.20')).statusCode);
    expect(s.slice(0, 5).every((c) => c !== 429)).toBe(true); // more than the 3 public reads an address may make
    expect(s[5]).toBe(429);
    expect((await get('/api/public/ballots/phieu-d', '203.0.113.20')).statusCode).not.toBe(429);
  });

  it('first-run setup is limited per address too', async () => {
    const s = [];
    for (let i = 0; i < 3; i++) s.push((await post('/api/setup', {}, '203.0.113.9')).statusCode);
    expect(s).toEqual([400, 400, 429]);
  });
});
