import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authApi, usersApi } from '../../contract/accounts';
import { proposalsApi } from '../../contract/proposals';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import { client, startTestApp, TEST_ORIGIN, type TestApp } from '../http/test-app';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-people';
import { announceAccounts } from '../seed/demo-start';
import { startWorld, WORLD_PASSWORD, type World } from '../testing/test-world';
import { setUserActive } from './password-commands';
import type { AuthUser } from './sessions';

const cookieOf = (res: { headers: Record<string, unknown> }) =>
  String(res.headers['set-cookie'] ?? '').split(';')[0] ?? '';

/** Sign in over HTTP (the session cookie and the client's address are what these tests are about). */
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

/** Change one's password over HTTP: the answer's status and the renewed session cookie. */
async function changePasswordRaw(
  app: FastifyInstance,
  cookie: string,
  body: { currentPassword: string; newPassword: string },
) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/password',
    headers: { cookie, origin: TEST_ORIGIN },
    payload: body,
  });
  return { status: res.statusCode, cookie: cookieOf(res) };
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
    for (const u of DEMO_USERS) {
      const refused = await t.anonymous.attempt(authApi.login, {
        body: { username: u.username, password: DEMO_PASSWORD },
      });
      expect(refused.error?.code).toBe('BAD_CREDENTIALS');
    }
    expect(await t.anonymous.api.call(authApi.instance, {})).toEqual({ demo: false, setupNeeded: true });
  });

  it('refuses a weak password or a mismatched confirmation, and creates nothing', async () => {
    const weak = await t.anonymous.attempt(authApi.setup, {
      body: { ...ADMIN, password: 'matkhau123456', passwordConfirm: 'matkhau123456' },
    });
    expect(weak.status).toBe(400);
    expect(weak.error?.code).toBe('WEAK_PASSWORD');
    expect(weak.error?.message).toContain('dễ đoán');
    const mismatch = await t.anonymous.attempt(authApi.setup, {
      body: { ...ADMIN, passwordConfirm: 'khác' },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.error?.code).toBe('VALIDATION');
    expect(await t.handle.db.selectFrom('users').select('id').execute()).toEqual([]);
  });

  it('two setups at once create exactly one commune and one administrator; later calls get 409', async () => {
    const [a, b] = await Promise.all([
      t.anonymous.attempt(authApi.setup, { body: ADMIN }),
      t.anonymous.attempt(authApi.setup, {
        body: { ...ADMIN, communeName: 'Xã Khác', username: 'quantri2' },
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const users = await t.handle.db
      .selectFrom('users')
      .select(['id', 'username', 'role', 'tenant_id'])
      .execute();
    expect(users).toHaveLength(1);
    expect(users[0]?.role).toBe('ADMIN');
    expect([a.body?.userId, b.body?.userId]).toContain(users[0]?.id);
    const tenants = await t.handle.db.selectFrom('organisations').select(['id', 'name']).execute();
    expect(tenants).toHaveLength(1);
    expect(tenants[0]?.id).toBe(users[0]?.tenant_id);
    const again = await t.anonymous.attempt(authApi.setup, { body: { ...ADMIN, username: 'khac' } });
    expect(again.status).toBe(409);
    expect(again.error?.code).toBe('SETUP_DONE');
    const weakLater = await t.anonymous.attempt(authApi.setup, {
      body: { ...ADMIN, password: 'ngắn quá', passwordConfirm: 'ngắn quá' },
    });
    expect(weakLater.error?.code).toBe('SETUP_DONE');
    expect((await t.anonymous.api.call(authApi.instance, {})).setupNeeded).toBe(false);
  });

  it('the first administrator signs in and sees the commune; the setup is in the audit log', async () => {
    const users = await t.handle.db.selectFrom('users').select('username').execute();
    const username = users[0]?.username ?? '';
    const signedIn = await t.anonymous.api.call(authApi.login, {
      body: { username, password: ADMIN.password },
    });
    expect(signedIn).toMatchObject({ username, role: 'ADMIN', mustChangePassword: false });
    const res = await loginRaw(t.app, username, ADMIN.password);
    expect(res.statusCode).toBe(200);
    const me = await client(t.app, cookieOf(res)).api.call(authApi.me, {});
    expect(me.role).toBe('ADMIN');
    expect(['Xã Hòa Bình', 'Xã Khác']).toContain(me.tenantName);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('action', '=', 'setup')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('the demo seed', () => {
  // a check of the seed itself (the banner's flag), so on the demo commune
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('demo data is marked as demo', async () => {
    expect((await t.anonymous.api.call(authApi.instance, {})).demo).toBe(true);
  });
});

describe('passwords and accounts', () => {
  let w: World;
  let t: TestApp;
  const NEW = 'mùa-gặt-tháng-mười-2025';
  beforeAll(async () => {
    w = await startWorld();
    t = w.t;
  });
  afterAll(async () => w?.close());

  /** The status of GET /api/auth/me with a session cookie (401 once the session has ended). */
  const meStatus = async (cookie: string) => (await client(t.app, cookie).attempt(authApi.me, {})).status;

  it('a commune built from nothing is not marked as demo', async () => {
    expect((await t.anonymous.api.call(authApi.instance, {})).demo).toBe(false);
  });

  it('changing one’s password ends every other session and renews the current one', async () => {
    const s1 = cookieOf(await loginRaw(t.app, 'canbo-tn', WORLD_PASSWORD));
    const s2 = cookieOf(await loginRaw(t.app, 'canbo-tn', WORLD_PASSWORD));
    expect(await meStatus(s2)).toBe(200);
    const first = client(t.app, s1);
    const wrong = await first.attempt(authApi.changePassword, {
      body: { currentPassword: 'sai', newPassword: NEW },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.error?.code).toBe('WRONG_PASSWORD');
    const weak = await first.attempt(authApi.changePassword, {
      body: { currentPassword: WORLD_PASSWORD, newPassword: 'canbo-tn12345678' },
    });
    expect(weak.status).toBe(400);
    expect(weak.error?.code).toBe('WEAK_PASSWORD');
    const ok = await changePasswordRaw(t.app, s1, { currentPassword: WORLD_PASSWORD, newPassword: NEW });
    expect(ok.status).toBe(200);
    expect(ok.cookie).toMatch(/^td_session=/);
    expect(await meStatus(s2)).toBe(401);
    expect(await meStatus(s1)).toBe(401);
    expect(await meStatus(ok.cookie)).toBe(200);
    expect((await loginRaw(t.app, 'canbo-tn', WORLD_PASSWORD)).statusCode).toBe(401);
    expect((await loginRaw(t.app, 'canbo-tn', NEW)).statusCode).toBe(200);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['summary', 'data'])
      .where('action', '=', 'password_changed')
      .execute();
    expect(audit).toHaveLength(1);
    // the other sessions: s2 and the world's own officer session
    expect(await meStatus(w.officer.cookie ?? '')).toBe(401);
    expect(audit[0]?.summary).toContain('2 phiên');
    expect(JSON.stringify(audit)).not.toContain(NEW);
  });

  it('an administrator’s reset ends the user’s sessions and forces a change at next login', async () => {
    const admin = w.admin;
    const before = cookieOf(await loginRaw(t.app, 'xem-tn', WORLD_PASSWORD));
    const list = await admin.api.call(usersApi.listUsers, {});
    const xem = list.find((u) => u.username === 'xem-tn');
    expect(xem).toMatchObject({ active: true, mustChangePassword: false, self: false });
    expect(list.find((u) => u.username === 'quantri')?.self).toBe(true);
    const id = xem?.id ?? '';
    const reset = await admin.api.call(usersApi.resetPassword, { params: { id }, body: {} });
    const temp = reset.temporaryPassword ?? '';
    expect(temp).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(reset.user).toMatchObject({ id, username: 'xem-tn', mustChangePassword: true });
    expect(await meStatus(before)).toBe(401);
    expect((await loginRaw(t.app, 'xem-tn', WORLD_PASSWORD)).statusCode).toBe(401);
    const res = await loginRaw(t.app, 'xem-tn', temp);
    expect(res.statusCode).toBe(200);
    expect((res.json() as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
    const s = cookieOf(res);
    expect((await client(t.app, s).api.call(authApi.me, {})).mustChangePassword).toBe(true);
    const blocked = await client(t.app, s).attempt(proposalsApi.listProposals, { query: {} });
    expect(blocked.status).toBe(403);
    expect(blocked.error?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await changePasswordRaw(t.app, s, {
      currentPassword: temp,
      newPassword: 'đồng-xanh-thôn-đông-7',
    });
    expect(changed.status).toBe(200);
    expect(
      (await client(t.app, changed.cookie).attempt(proposalsApi.listProposals, { query: {} })).status,
    ).toBe(200);
    expect((await client(t.app, changed.cookie).api.call(authApi.me, {})).mustChangePassword).toBe(false);
    const typed = await admin.attempt(usersApi.resetPassword, { params: { id }, body: { password: 'ngắn' } });
    expect(typed.error?.code).toBe('WEAK_PASSWORD');
    const chosen = await admin.api.call(usersApi.resetPassword, {
      params: { id },
      body: { password: 'cánh-đồng-lúa-chín-vàng-9' },
    });
    expect(chosen.temporaryPassword).toBeNull();
    const actions = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .execute();
    expect(actions.map((a) => a.action)).toContain('password_reset');
  });

  it('only an administrator manages accounts', async () => {
    const chair = w.chair;
    const r = await chair.attempt(usersApi.listUsers, {});
    expect(r.status).toBe(403);
    expect(r.error?.code).toBe('FORBIDDEN');
    const users = await t.handle.db.selectFrom('users').select('id').limit(1).execute();
    const reset = await chair.attempt(usersApi.resetPassword, {
      params: { id: users[0]?.id ?? '' },
      body: {},
    });
    expect(reset.error?.code).toBe('FORBIDDEN');
  });

  it('a deactivated user cannot sign in and their sessions end; not oneself, not the last administrator', async () => {
    const admin = w.admin;
    const list = await admin.api.call(usersApi.listUsers, {});
    const id = (name: string) => list.find((u) => u.username === name)?.id ?? '';
    const session = cookieOf(await loginRaw(t.app, 'truong-tn', WORLD_PASSWORD));
    const off = await admin.api.call(usersApi.deactivate, { params: { id: id('truong-tn') } });
    expect(off).toMatchObject({ username: 'truong-tn', active: false });
    expect(await meStatus(session)).toBe(401);
    const refused = await loginRaw(t.app, 'truong-tn', WORLD_PASSWORD);
    expect(refused.statusCode).toBe(403);
    expect((refused.json() as { code: string }).code).toBe('ACCOUNT_INACTIVE');
    expect((await loginRaw(t.app, 'truong-tn', 'sai-mat-khau')).statusCode).toBe(401);
    const self = await admin.attempt(usersApi.deactivate, { params: { id: id('quantri') } });
    expect(self.error?.code).toBe('OWN_ACCOUNT');
    const on = await admin.api.call(usersApi.reactivate, { params: { id: id('truong-tn') } });
    expect(on.active).toBe(true);
    expect((await loginRaw(t.app, 'truong-tn', WORLD_PASSWORD)).statusCode).toBe(200);
    const failed = await t.handle.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'login_failed')
      .where('entity_id', '=', id('truong-tn'))
      .execute();
    expect(failed.map((f) => JSON.parse(f.data ?? '{}').reason)).toEqual(['INACTIVE', 'INACTIVE']);
  });

  it('two administrators deactivating each other at once leave one active (LAST_ADMIN)', async () => {
    const db = t.handle.db;
    await db.updateTable('users').set({ role: 'ADMIN' }).where('username', '=', 'chutich-tn').execute();
    const row = (u: string) =>
      db.selectFrom('users').selectAll().where('username', '=', u).executeTakeFirstOrThrow();
    const a = await row('quantri');
    const b = await row('chutich-tn');
    const user = (u: typeof a): AuthUser => ({
      id: u.id,
      tenantId: u.tenant_id,
      username: u.username,
      displayName: u.display_name,
      role: 'ADMIN',
      unitId: null,
    });
    const actor = (u: typeof a) => ({ id: u.id, displayName: u.display_name, tenantId: u.tenant_id });
    // Both passed the sign-in check; the first deactivation wins, the second finds no other administrator.
    await setUserActive(db, systemClock, actor(a), user(a), b.id, false);
    await expect(setUserActive(db, systemClock, actor(b), user(b), a.id, false)).rejects.toMatchObject({
      code: 'LAST_ADMIN',
    });
    expect((await row('quantri')).active).toBe(1);
    await setUserActive(db, systemClock, actor(a), user(a), b.id, true);
    await db.updateTable('users').set({ role: 'CHU_TICH' }).where('username', '=', 'chutich-tn').execute();
  });
});
