import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authApi, usersApi } from '../../contract/accounts';
import { councilApi } from '../../contract/council';
import { fixedClock } from '../clock';
import { startWorld, type World } from '../testing/test-world';

let w: World;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
});
afterAll(async () => {
  await w?.close();
});

const STRONG = 'Lua-chin-dong-xanh-2026!';

describe("the administrator's accounts", () => {
  it('creates accounts with a temporary or a typed password; names are unique; a unit head needs a unit', async () => {
    const { admin } = w;
    const person = await w.person({ fullName: 'Người Có Tài Khoản' });
    const made = await admin.attempt(usersApi.createUser, {
      body: { username: 'Thu.Ky', displayName: 'Thư Ký Thử', role: 'XEM', personId: person },
    });
    expect(made.status).toBe(201);
    expect(made.body.user).toMatchObject({
      username: 'thu.ky',
      role: 'XEM',
      mustChangePassword: true,
      personId: person,
      personName: 'Người Có Tài Khoản',
      unitId: null,
    });
    const temp = made.body.temporaryPassword ?? '';
    expect(temp).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const login = await w.anonymous.api.call(authApi.login, { body: { username: 'thu.ky', password: temp } });
    expect(login.mustChangePassword).toBe(true);

    const typed = await admin.api.call(usersApi.createUser, {
      body: {
        username: 'truong-thon',
        displayName: 'Trưởng Thôn Thử',
        role: 'TRUONG_DON_VI',
        unitId: w.units.village,
        password: STRONG,
      },
    });
    expect(typed.temporaryPassword).toBeNull();
    expect(typed.user).toMatchObject({ unitId: w.units.village, unitName: 'Thôn Thử Nghiệm' });
    await w.signIn('truong-thon', STRONG);

    const refusals = await Promise.all([
      admin.attempt(usersApi.createUser, {
        body: { username: 'THU.KY', displayName: 'Trùng Tên', role: 'XEM' },
      }),
      admin.attempt(usersApi.createUser, {
        body: { username: 'khong-don-vi', displayName: 'Không Đơn Vị', role: 'TRUONG_DON_VI' },
      }),
      admin.attempt(usersApi.createUser, {
        body: {
          username: 'can-bo-2',
          displayName: 'Cán Bộ Hai',
          role: 'CAN_BO_TDKT',
          unitId: w.units.village,
        },
      }),
      admin.attempt(usersApi.createUser, {
        body: { username: 'trung-nguoi', displayName: 'Trùng Người', role: 'XEM', personId: person },
      }),
      admin.attempt(usersApi.createUser, {
        body: { username: 'yeu-mk', displayName: 'Mật Khẩu Yếu', role: 'XEM', password: '123456' },
      }),
      w.officer.attempt(usersApi.createUser, {
        body: { username: 'lau-quyen', displayName: 'Lấn Quyền', role: 'ADMIN' },
      }),
    ]);
    expect(refusals.map((r) => r.error?.code)).toEqual([
      'USERNAME_TAKEN',
      'UNIT_SCOPE',
      'UNIT_SCOPE',
      'PERSON_HAS_ACCOUNT',
      'WEAK_PASSWORD',
      'FORBIDDEN',
    ]);
    expect(refusals[1]?.error?.details).toMatchObject({ field: 'unitId' });
    expect(refusals[0]?.error?.message).toContain('thu.ky');
  });

  it('edits name, role and unit; never one’s own role; a demoted administrator leaves another one', async () => {
    const { admin } = w;
    const u = await admin.api.call(usersApi.createUser, {
      body: { username: 'doi-vai-tro', displayName: 'Đổi Vai Trò', role: 'XEM' },
    });
    const edited = await admin.api.call(usersApi.updateUser, {
      params: { id: u.user.id },
      body: { displayName: 'Trưởng Trường Mới', role: 'TRUONG_DON_VI', unitId: w.units.school },
    });
    expect(edited).toMatchObject({
      displayName: 'Trưởng Trường Mới',
      role: 'TRUONG_DON_VI',
      unitName: 'Trường Tiểu học Thử Nghiệm',
    });
    expect(
      (
        await admin.attempt(usersApi.updateUser, {
          params: { id: u.user.id },
          body: { displayName: 'Trưởng Trường Mới', role: 'TRUONG_DON_VI' },
        })
      ).error?.code,
    ).toBe('UNIT_SCOPE');
    const own = await admin.attempt(usersApi.updateUser, {
      params: { id: w.ids.admin },
      body: { displayName: 'Quản trị xã', role: 'XEM' },
    });
    expect(own.error?.code).toBe('OWN_ACCOUNT');
    // one's own name may change
    expect(
      (
        await admin.api.call(usersApi.updateUser, {
          params: { id: w.ids.admin },
          body: { displayName: 'Quản trị viên xã', role: 'ADMIN' },
        })
      ).displayName,
    ).toBe('Quản trị viên xã');

    // a second administrator demotes the first: allowed, one administrator remains; the remaining one
    // cannot demote or deactivate themselves
    const second = await admin.api.call(usersApi.createUser, {
      body: { username: 'quantri-2', displayName: 'Quản Trị Hai', role: 'ADMIN', password: STRONG },
    });
    // (as if they had changed the password they were given)
    await w.t.handle.db
      .updateTable('users')
      .set({ must_change_password: 0 })
      .where('id', '=', second.user.id)
      .execute();
    const admin2 = await w.signIn('quantri-2', STRONG);
    const demoted = await admin2.api.call(usersApi.updateUser, {
      params: { id: w.ids.admin },
      body: { displayName: 'Quản trị viên xã', role: 'CAN_BO_TDKT' },
    });
    expect(demoted.role).toBe('CAN_BO_TDKT');
    expect(
      (
        await admin2.attempt(usersApi.updateUser, {
          params: { id: second.user.id },
          body: { displayName: 'Quản Trị Hai', role: 'XEM' },
        })
      ).error?.code,
    ).toBe('OWN_ACCOUNT');
    expect((await admin2.attempt(usersApi.deactivate, { params: { id: second.user.id } })).error?.code).toBe(
      'OWN_ACCOUNT',
    );
    const audit = await w.t.handle.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', 'in', ['user_created', 'user_updated'])
      .execute();
    expect(audit.map((a) => a.summary)).toContain(
      'Quản Trị Hai sửa tài khoản Quản trị viên xã (quantri): vai trò Quản trị hệ thống → Cán bộ thi đua, khen thưởng',
    );
  });
});

describe('council members and their accounts', () => {
  it('an officer links a member to an account with a voting role, unlinks it, and chooses it when adding a member', async () => {
    const { officer } = w;
    const paper = await w.paperMember({ fullName: 'Thành Viên Bỏ Phiếu Giấy' });
    const account = await w.user('THANH_VIEN_HD', { displayName: 'Tài Khoản Hội Đồng' });
    const viewer = await w.user('XEM', { displayName: 'Chỉ Xem' });

    const wrong = await officer.attempt(councilApi.linkMemberUser, {
      params: { id: paper.id },
      body: { userId: viewer.id },
    });
    expect(wrong.error?.code).toBe('NOT_COUNCIL_ROLE');
    const linked = await officer.api.call(councilApi.linkMemberUser, {
      params: { id: paper.id },
      body: { userId: account.id },
    });
    expect(linked.members.find((m) => m.id === paper.id)?.userId).toBe(account.id);
    const choices = await officer.api.call(councilApi.votingAccounts, {});
    expect(choices.find((c) => c.id === account.id)?.memberId).toBe(paper.id);
    expect(choices.some((c) => c.id === viewer.id)).toBe(false);
    // the same account cannot vote for two members
    const twice = await officer.attempt(councilApi.linkMemberUser, {
      params: { id: w.council.member },
      body: { userId: account.id },
    });
    expect(twice.error?.code).toBe('USER_LINKED');
    const unlinked = await officer.api.call(councilApi.linkMemberUser, {
      params: { id: paper.id },
      body: { userId: null },
    });
    expect(unlinked.members.find((m) => m.id === paper.id)?.userId).toBeNull();
    expect(
      (
        await w.unitHead.attempt(councilApi.linkMemberUser, {
          params: { id: paper.id },
          body: { userId: account.id },
        })
      ).status,
    ).toBe(403);

    const newcomer = await w.person({ fullName: 'Thành Viên Mới Có Tài Khoản' });
    const added = await officer.api.call(councilApi.addMember, {
      body: { personId: newcomer, role: 'UY_VIEN', termFrom: '2026-03-01', userId: account.id },
    });
    expect(added.members.find((m) => m.id === added.id)?.userId).toBe(account.id);
    const refused = await officer.attempt(councilApi.addMember, {
      body: { personId: await w.person(), role: 'UY_VIEN', termFrom: '2026-03-01', userId: viewer.id },
    });
    expect(refused.error?.code).toBe('NOT_COUNCIL_ROLE');
    const audit = await w.t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'council')
      .where('action', 'in', ['link-user', 'unlink-user'])
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['link-user', 'unlink-user']);
  });
});
