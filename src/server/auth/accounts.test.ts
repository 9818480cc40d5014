import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../http/test-app';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-people';
import { announceAccounts } from '../seed/demo-start';
import { setUserActive } from './password-commands';
import type { AuthUser } from './sessions';

const cookieOf = (res: { headers: Record<string, unknown> }) =>
  String(res.headers['set-cookie'] ?? '').split(';')[0] ?? '';

async function loginRaw(
  app: FastifyInstance,
  username: string,
  password: string,
  remoteAddress = '127.0.0.1',
) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
  });
}

async function call(
  app: FastifyInstance,
  cookie: string,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
) {
  const res = await app.inject({
    method,
    url,
    headers: { cookie, origin: TEST_ORIGIN },
    ...(payload ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json() as Record<string, unknown>, cookie: cookieOf(res) };
}

const ADMIN = {
  communeName: 'Xã Hòa Bình',
  username: 'quantri',
  displayName: 'Trần Thị Mai',
  password: 'ruộng-lúa-hòa-bình-2025',
  passwordConfirm: 'ruộng-lúa-hòa-bình-2025',
};

describe('first run without demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: false });
  });
  afterAll(async () => t.close());

  it('a production start (no SEED_DEMO) has no account and no known password', async () => {
    expect(loadConfig({}).seedDemo).toBe(false);
    expect(loadConfig({ SEED_DEMO: '0' }).seedDemo).toBe(false);
    expect(loadConfig({ SEED_DEMO: '1' }).seedDemo).toBe(true);
    await announceAccounts(t.handle.db, { seedDemo: false, publicUrl: 'http://test.local' });
    expect(await t.handle.db.selectFrom('users').select('id').execute()).toEqual([]);
    for (const u of DEMO_USERS)
      expect((await loginRaw(t.app, u.username, DEMO_PASSWORD)).statusCode).toBe(401);
    const inst = await t.anonymous.get<{ demo: boolean; setupNeeded: boolean }>('/api/public/instance');
    expect(inst.body).toEqual({ demo: false, setupNeeded: true });
  });

  it('refuses a weak password or a mismatched confirmation, and creates nothing', async () => {
    const weak = await t.anonymous.post<{ code: string; message: string }>('/api/setup', {
      ...ADMIN,
      password: 'matkhau123456',
      passwordConfirm: 'matkhau123456',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('WEAK_PASSWORD');
    expect(weak.body.message).toContain('dễ đoán');
    const mismatch = await t.anonymous.post<{ code: string }>('/api/setup', {
      ...ADMIN,
      passwordConfirm: 'khác',
    });
    expect(mismatch.status).toBe(400);
    expect(await t.handle.db.selectFrom('users').select('id').execute()).toEqual([]);
  });

  it('two setups at once create exactly one commune and one administrator; later calls get 409', async () => {
    const [a, b] = await Promise.all([
      t.anonymous.post('/api/setup', ADMIN),
      t.anonymous.post('/api/setup', { ...ADMIN, communeName: 'Xã Khác', username: 'quantri2' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const users = await t.handle.db.selectFrom('users').select(['username', 'role', 'tenant_id']).execute();
    expect(users).toHaveLength(1);
    expect(users[0]?.role).toBe('ADMIN');
    const tenants = await t.handle.db.selectFrom('organisations').select(['id', 'name']).execute();
    expect(tenants).toHaveLength(1);
    expect(tenants[0]?.id).toBe(users[0]?.tenant_id);
    const again = await t.anonymous.post<{ code: string }>('/api/setup', { ...ADMIN, username: 'khac' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SETUP_DONE');
    const weakLater = await t.anonymous.post<{ code: string }>('/api/setup', {
      ...ADMIN,
      password: 'ngắn quá',
      passwordConfirm: 'ngắn quá',
    });
    expect(weakLater.body.code).toBe('SETUP_DONE');
    expect((await t.anonymous.get<{ setupNeeded: boolean }>('/api/public/instance')).body.setupNeeded).toBe(
      false,
    );
  });

  it('the first administrator signs in and sees the commune; the setup is in the audit log', async () => {
    const users = await t.handle.db.selectFrom('users').select('username').execute();
    const username = users[0]?.username ?? '';
    const res = await loginRaw(t.app, username, ADMIN.password);
    expect(res.statusCode).toBe(200);
    const me = await call(t.app, cookieOf(res), 'GET', '/api/auth/me');
    expect(me.body.role).toBe('ADMIN');
    expect(['Xã Hòa Bình', 'Xã Khác']).toContain(me.body.tenantName);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('action', '=', 'setup')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('passwords and accounts', () => {
  let t: TestApp;
  const NEW = 'mùa-gặt-tháng-mười-2025';
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('demo data is marked as demo', async () => {
    expect((await t.anonymous.get<{ demo: boolean }>('/api/public/instance')).body.demo).toBe(true);
  });

  it('changing one’s password ends every other session and renews the current one', async () => {
    const s1 = cookieOf(await loginRaw(t.app, 'canbo', DEMO_PASSWORD));
    const s2 = cookieOf(await loginRaw(t.app, 'canbo', DEMO_PASSWORD));
    expect((await call(t.app, s2, 'GET', '/api/auth/me')).status).toBe(200);
    const wrong = await call(t.app, s1, 'POST', '/api/auth/password', {
      currentPassword: 'sai',
      newPassword: NEW,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('WRONG_PASSWORD');
    const weak = await call(t.app, s1, 'POST', '/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'canbo12345678',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('WEAK_PASSWORD');
    const ok = await call(t.app, s1, 'POST', '/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW,
    });
    expect(ok.status).toBe(200);
    expect(ok.cookie).toMatch(/^td_session=/);
    expect((await call(t.app, s2, 'GET', '/api/auth/me')).status).toBe(401);
    expect((await call(t.app, s1, 'GET', '/api/auth/me')).status).toBe(401);
    expect((await call(t.app, ok.cookie, 'GET', '/api/auth/me')).status).toBe(200);
    expect((await loginRaw(t.app, 'canbo', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await loginRaw(t.app, 'canbo', NEW)).statusCode).toBe(200);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['summary', 'data'])
      .where('action', '=', 'password_changed')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.summary).toContain('1 phiên');
    expect(JSON.stringify(audit)).not.toContain(NEW);
  });

  it('an administrator’s reset ends the user’s sessions and forces a change at next login', async () => {
    const admin = await t.as('admin');
    const before = cookieOf(await loginRaw(t.app, 'xem', DEMO_PASSWORD));
    const list = await admin.get<{ id: string; username: string; active: boolean }[]>('/api/users');
    expect(list.status).toBe(200);
    const xem = list.body.find((u) => u.username === 'xem');
    expect(xem?.active).toBe(true);
    const reset = await admin.post<{ temporaryPassword: string }>(`/api/users/${xem?.id}/reset-password`, {});
    expect(reset.status).toBe(200);
    const temp = reset.body.temporaryPassword;
    expect(temp).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await call(t.app, before, 'GET', '/api/auth/me')).status).toBe(401);
    expect((await loginRaw(t.app, 'xem', DEMO_PASSWORD)).statusCode).toBe(401);
    const res = await loginRaw(t.app, 'xem', temp);
    expect(res.statusCode).toBe(200);
    expect((res.json() as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
    const s = cookieOf(res);
    expect((await call(t.app, s, 'GET', '/api/auth/me')).body.mustChangePassword).toBe(true);
    const blocked = await call(t.app, s, 'GET', '/api/proposals');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await call(t.app, s, 'POST', '/api/auth/password', {
      currentPassword: temp,
      newPassword: 'đồng-xanh-thôn-đông-7',
    });
    expect(changed.status).toBe(200);
    expect((await call(t.app, changed.cookie, 'GET', '/api/proposals')).status).toBe(200);
    expect((await call(t.app, changed.cookie, 'GET', '/api/auth/me')).body.mustChangePassword).toBe(false);
    const typed = await admin.post<{ code: string }>(`/api/users/${xem?.id}/reset-password`, {
      password: 'ngắn',
    });
    expect(typed.body.code).toBe('WEAK_PASSWORD');
    const actions = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', xem?.id ?? '')
      .execute();
    expect(actions.map((a) => a.action)).toContain('password_reset');
  });

  it('only an administrator manages accounts', async () => {
    const canbo = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'chutich', password: DEMO_PASSWORD },
    });
    const r = await call(t.app, cookieOf(canbo), 'GET', '/api/users');
    expect(r.status).toBe(403);
  });

  it('a deactivated user cannot sign in and their sessions end; not oneself, not the last administrator', async () => {
    const admin = await t.as('admin');
    const list = (await admin.get<{ id: string; username: string }[]>('/api/users')).body;
    const id = (name: string) => list.find((u) => u.username === name)?.id ?? '';
    const session = cookieOf(await loginRaw(t.app, 'truongth', DEMO_PASSWORD));
    expect((await admin.post(`/api/users/${id('truongth')}/deactivate`)).status).toBe(200);
    expect((await call(t.app, session, 'GET', '/api/auth/me')).status).toBe(401);
    const refused = await loginRaw(t.app, 'truongth', DEMO_PASSWORD);
    expect(refused.statusCode).toBe(403);
    expect((refused.json() as { code: string }).code).toBe('ACCOUNT_INACTIVE');
    expect((await loginRaw(t.app, 'truongth', 'sai-mat-khau')).statusCode).toBe(401);
    const self = await admin.post<{ code: string }>(`/api/users/${id('admin')}/deactivate`);
    expect(self.body.code).toBe('OWN_ACCOUNT');
    expect((await admin.post(`/api/users/${id('truongth')}/reactivate`)).status).toBe(200);
    expect((await loginRaw(t.app, 'truongth', DEMO_PASSWORD)).statusCode).toBe(200);
    const failed = await t.handle.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'login_failed')
      .where('entity_id', '=', id('truongth'))
      .execute();
    expect(failed.map((f) => JSON.parse(f.data ?? '{}').reason)).toEqual(['INACTIVE', 'INACTIVE']);
  });

  it('two administrators deactivating each other at once leave one active (LAST_ADMIN)', async () => {
    const db = t.handle.db;
    await db.updateTable('users').set({ role: 'ADMIN' }).where('username', '=', 'chutich').execute();
    const row = (u: string) =>
      db.selectFrom('users').selectAll().where('username', '=', u).executeTakeFirstOrThrow();
    const a = await row('admin');
    const b = await row('chutich');
    const actor = (u: typeof a): AuthUser => ({
      id: u.id,
      tenantId: u.tenant_id,
      username: u.username,
      displayName: u.display_name,
      role: 'ADMIN',
      unitId: null,
    });
    const req = { id: 'test' } as FastifyRequest;
    // Both passed the sign-in check; the first deactivation wins, the second finds no other administrator.
    await setUserActive(db, req, actor(a), b.id, false);
    await expect(setUserActive(db, req, actor(b), a.id, false)).rejects.toMatchObject({ code: 'LAST_ADMIN' });
    expect((await row('admin')).active).toBe(1);
    await setUserActive(db, req, actor(a), b.id, true);
    await db.updateTable('users').set({ role: 'CHU_TICH' }).where('username', '=', 'chutich').execute();
  });
});
