import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationsApi } from '../../contract/organisations';
import { startWorld, type World } from '../testing/test-world';
import { sameOrigin } from './same-origin';
import { TEST_ORIGIN, type TestApp } from './test-app';

let w: World;
let t: TestApp;
let cookie: string;
beforeAll(async () => {
  w = await startWorld();
  t = w.t;
  cookie = w.officer.cookie ?? '';
});
afterAll(async () => {
  await w?.close();
});

const me = async () =>
  (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode;

describe('state-changing requests come from this server only (CSRF)', () => {
  it('refuses a signed-in POST without a body from another site, and the session stays', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({
      code: 'CROSS_ORIGIN',
      message: expect.stringContaining('Yêu cầu bị từ chối'),
    });
    expect(await me()).toBe(200);
  });

  it('refuses a cross-site JSON post, a forged Referer from elsewhere, Origin "null", and a cookie with no origin at all', async () => {
    const payload = { fullName: 'Người Lạ', gender: 'NAM', category: 'CONG_CHUC', unitId: w.units.village };
    for (const headers of [
      { origin: 'http://evil.example' },
      { referer: 'http://evil.example/form.html' },
      { origin: 'null' },
      {},
      { origin: 'http://test.local.evil.example' },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/people',
        payload,
        headers: { ...headers, cookie },
      });
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
    }
    const people = await w.officer.api.call(organisationsApi.listPeople, { query: { q: 'nguoi la' } });
    expect(people).toEqual([]);
  });

  it('accepts this server by its public URL, by the host the browser addressed, or by Referer; scripts without cookies', async () => {
    const ok = async (headers: Record<string, string>) =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/inbox/khong-co/done',
          headers: { cookie, ...headers },
        })
      ).statusCode;
    expect(await ok({ origin: TEST_ORIGIN })).toBe(404);
    expect(await ok({ origin: 'http://192.168.1.10:3000', host: '192.168.1.10:3000' })).toBe(404);
    expect(await ok({ referer: `${TEST_ORIGIN}/viec-can-lam` })).toBe(404);
    const script = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'canbo-tn', password: 'sai' },
    });
    expect(script.statusCode).toBe(401);
  });

  it('keeps the public vote route open to the web UI (no cookie, own origin) but not to other sites', async () => {
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/public/ballots/khong-co/votes',
      payload: {},
      headers: { origin: TEST_ORIGIN },
    });
    expect(own.statusCode).not.toBe(403);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/public/ballots/khong-co/votes',
      payload: {},
      headers: { origin: 'https://evil.example' },
    });
    expect(other.statusCode).toBe(403);
  });

  it('decides by host, ignoring case and paths', () => {
    const req = (headers: Record<string, string>) => ({ headers });
    expect(sameOrigin(req({ origin: 'HTTP://Test.Local', host: 'x' }), 'test.local')).toBe(true);
    expect(sameOrigin(req({ origin: 'javascript:alert(1)' }), 'test.local')).toBe(false);
    expect(sameOrigin(req({}), 'test.local')).toBe(true);
    expect(sameOrigin(req({ cookie: 'sid=1' }), 'test.local')).toBe(false);
  });
});
