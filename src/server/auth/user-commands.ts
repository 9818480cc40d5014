/**
 * The administrator creates and edits the commune's accounts. Rules: user names are unique in the whole
 * installation (`users.username` is UNIQUE) and kept in lower case; a unit head is given their unit and
 * no other role is; an account belongs to at most one person; the administrator cannot change their own
 * role, and the commune always keeps one active administrator.
 */
import type { Transaction } from 'kysely';
import type { NewUser, UserEdit, UserRow } from '../../contract/accounts';
import { ROLE_LABELS, type Role } from '../../core/auth/roles';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';
import { mapUniqueViolation } from '../plans/unique-violation';
import { assertStrongPassword, temporaryPassword } from './password-commands';
import { hashPassword } from './passwords';
import type { AuthUser } from './sessions';
import { accountOfCommune, activeAdminCount, userRow } from './user-queries';

type Trx = Transaction<Database>;

/** The unit scope and the person of an account, checked against the role and the commune. */
async function checkScope(
  trx: Trx,
  admin: AuthUser,
  b: { role: Role; unitId?: string | null | undefined; personId?: string | null | undefined },
  selfId: string | null,
): Promise<{ unitId: string | null; personId: string | null }> {
  const unitId = b.unitId ?? null;
  const personId = b.personId ?? null;
  if (b.role === 'TRUONG_DON_VI' && !unitId)
    throw new AppError('UNIT_SCOPE', 'Trưởng đơn vị phải được gắn với đơn vị của mình.', { field: 'unitId' });
  if (b.role !== 'TRUONG_DON_VI' && unitId)
    throw new AppError(
      'UNIT_SCOPE',
      `Vai trò ${ROLE_LABELS[b.role].vi} xem toàn xã, không gắn với một đơn vị; hãy bỏ chọn đơn vị.`,
      { field: 'unitId' },
    );
  if (unitId) {
    const unit = await trx
      .selectFrom('organisations')
      .select(['id', 'active_to'])
      .where('id', '=', unitId)
      .where('tenant_id', '=', admin.tenantId)
      .executeTakeFirst();
    if (!unit || unit.id === admin.tenantId)
      throw new AppError('UNKNOWN_UNIT', 'Đơn vị không có trong xã.', { field: 'unitId' });
    if (unit.active_to !== null)
      throw new AppError('UNKNOWN_UNIT', 'Đơn vị này đã ngừng hoạt động.', { field: 'unitId' });
  }
  if (personId) {
    const person = await trx
      .selectFrom('people')
      .select(['id', 'full_name'])
      .where('id', '=', personId)
      .where('tenant_id', '=', admin.tenantId)
      .executeTakeFirst();
    if (!person)
      throw new AppError('UNKNOWN_PERSON', 'Người này không có trong danh sách của xã.', {
        field: 'personId',
      });
    let other = trx
      .selectFrom('users')
      .select(['username'])
      .where('tenant_id', '=', admin.tenantId)
      .where('person_id', '=', personId);
    if (selfId) other = other.where('id', '!=', selfId);
    const taken = await other.executeTakeFirst();
    if (taken)
      throw new AppError('PERSON_HAS_ACCOUNT', `${person.full_name} đã có tài khoản ${taken.username}.`, {
        field: 'personId',
      });
  }
  return { unitId, personId };
}

/** Create an account; the password is typed (same rule as everywhere) or a temporary one shown once. */
export async function createUser(
  db: Db,
  clock: Clock,
  actor: AuditActor,
  admin: AuthUser,
  b: NewUser,
): Promise<{ temporaryPassword: string | null; user: UserRow }> {
  const username = b.username.trim().toLowerCase();
  const displayName = b.displayName.trim();
  const typed = b.password ? b.password : undefined;
  const ctx = { username, displayName };
  if (typed !== undefined) assertStrongPassword(typed, ctx);
  const password = typed ?? temporaryPassword(ctx);
  const hash = await hashPassword(password);
  const taken = () =>
    new AppError('USERNAME_TAKEN', `Tên đăng nhập ${username} đã có; hãy chọn tên khác.`, {
      field: 'username',
    });
  // two administrators creating the same name at once: the unique index answers for the second one
  const id = await mapUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        const clash = await trx
          .selectFrom('users')
          .select('id')
          .where('username', '=', username)
          .executeTakeFirst();
        if (clash) throw taken();
        const scope = await checkScope(trx, admin, b, null);
        const id = newId();
        const now = isoNow(clock);
        await trx
          .insertInto('users')
          .values({
            id,
            tenant_id: admin.tenantId,
            username,
            password_hash: hash,
            display_name: displayName,
            role: b.role,
            unit_id: scope.unitId,
            person_id: scope.personId,
            active: 1,
            created_at: now,
            must_change_password: 1,
            password_changed_at: now,
          })
          .execute();
        await writeAudit(trx, clock, actor, {
          entityType: 'user',
          entityId: id,
          action: 'user_created',
          summary: `${admin.displayName} tạo tài khoản ${displayName} (${username}), vai trò ${ROLE_LABELS[b.role].vi}`,
          data: { username, role: b.role, unitId: scope.unitId, personId: scope.personId, generated: !typed },
        });
        return id;
      }),
    taken,
  );
  return { temporaryPassword: typed ? null : password, user: await userRow(db, admin, id) };
}

/** Edit an account's name, role, unit and person (not one's own role; never the last active administrator). */
export async function updateUser(
  db: Db,
  clock: Clock,
  actor: AuditActor,
  admin: AuthUser,
  userId: string,
  b: UserEdit,
): Promise<UserRow> {
  await db.transaction().execute(async (trx) => {
    const t = await accountOfCommune(trx, admin, userId);
    if (t.id === admin.id && b.role !== t.role)
      throw new AppError('OWN_ACCOUNT', 'Không thể tự đổi vai trò của chính mình.', { field: 'role' });
    if (t.role === 'ADMIN' && b.role !== 'ADMIN' && t.active === 1) {
      if ((await activeAdminCount(trx, admin.tenantId)) <= 1)
        throw new AppError('LAST_ADMIN', 'Không thể đổi vai trò của quản trị viên cuối cùng của xã.', {
          field: 'role',
        });
    }
    const scope = await checkScope(trx, admin, b, t.id);
    await trx
      .updateTable('users')
      .set({
        display_name: b.displayName.trim(),
        role: b.role,
        unit_id: scope.unitId,
        person_id: scope.personId,
      })
      .where('id', '=', t.id)
      .execute();
    const changes = [
      t.display_name !== b.displayName.trim() ? `họ tên ${b.displayName.trim()}` : null,
      t.role !== b.role ? `vai trò ${ROLE_LABELS[t.role].vi} → ${ROLE_LABELS[b.role].vi}` : null,
      t.unit_id !== scope.unitId ? 'đơn vị' : null,
      t.person_id !== scope.personId ? 'cá nhân' : null,
    ].filter(Boolean);
    await writeAudit(trx, clock, actor, {
      entityType: 'user',
      entityId: t.id,
      action: 'user_updated',
      summary: `${admin.displayName} sửa tài khoản ${t.display_name} (${t.username})${changes.length ? `: ${changes.join(', ')}` : ''}`,
      data: {
        before: { displayName: t.display_name, role: t.role, unitId: t.unit_id, personId: t.person_id },
        after: { displayName: b.displayName.trim(), role: b.role, ...scope },
      },
    });
  });
  return userRow(db, admin, userId);
}
