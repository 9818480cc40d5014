/** Reading the commune's accounts (the administrator's page) and the signed-in user. */
import type { Me, UserRow } from '../../contract/accounts';
import { ROLE_LABELS } from '../../core/auth/roles';
import type { Db } from '../db/connect';
import { AppError } from '../http/errors';
import type { AuthUser } from './sessions';

function accounts(db: Db, admin: AuthUser) {
  return db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.unit_id')
    .leftJoin('people as p', 'p.id', 'u.person_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.active',
      'u.must_change_password',
      'u.last_login_at',
      'u.password_changed_at',
      'o.name as unit_name',
      'u.unit_id',
      'u.person_id',
      'p.full_name as person_name',
    ])
    .where('u.tenant_id', '=', admin.tenantId);
}

type AccountRow = Awaited<ReturnType<ReturnType<typeof accounts>['executeTakeFirstOrThrow']>>;

const toRow = (admin: AuthUser, r: AccountRow): UserRow => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  roleLabel: ROLE_LABELS[r.role]?.vi ?? r.role,
  unitId: r.unit_id,
  unitName: r.unit_name,
  personId: r.person_id,
  personName: r.person_name,
  active: r.active === 1,
  mustChangePassword: r.must_change_password === 1,
  lastLoginAt: r.last_login_at,
  passwordChangedAt: r.password_changed_at,
  self: r.id === admin.id,
});

/** Every account of the administrator's commune, by user name. */
export async function listUsers(db: Db, admin: AuthUser): Promise<UserRow[]> {
  const rows = await accounts(db, admin).orderBy('u.username').execute();
  return rows.map((r) => toRow(admin, r));
}

/** One account of the administrator's commune, as the list shows it. */
export async function userRow(db: Db, admin: AuthUser, userId: string): Promise<UserRow> {
  const r = await accounts(db, admin).where('u.id', '=', userId).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy người dùng.');
  return toRow(admin, r);
}

/** The signed-in user with the names of their unit and commune. */
export async function currentUser(db: Db, u: AuthUser): Promise<Me> {
  const tenant = await db
    .selectFrom('organisations')
    .select(['name', 'code'])
    .where('id', '=', u.tenantId)
    .executeTakeFirst();
  const unit = u.unitId
    ? await db.selectFrom('organisations').select(['name']).where('id', '=', u.unitId).executeTakeFirst()
    : undefined;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    roleLabel: ROLE_LABELS[u.role].vi,
    unitId: u.unitId,
    unitName: unit?.name ?? null,
    tenantId: u.tenantId,
    tenantName: tenant?.name ?? '',
    mustChangePassword: u.mustChangePassword === true,
  };
}

/** An account of the admin's commune (with every column), or NOT_FOUND; inside a command's transaction. */
export async function accountOfCommune(trx: Db, admin: AuthUser, userId: string) {
  const t = await trx
    .selectFrom('users')
    .selectAll()
    .where('id', '=', userId)
    .where('tenant_id', '=', admin.tenantId)
    .executeTakeFirst();
  if (!t) throw new AppError('NOT_FOUND', 'Không tìm thấy người dùng.');
  return t;
}

/** How many active administrators the commune has (the last one may not be demoted nor stopped). */
export async function activeAdminCount(trx: Db, tenantId: string): Promise<number> {
  const admins = await trx
    .selectFrom('users')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'ADMIN')
    .where('active', '=', 1)
    .execute();
  return admins.length;
}
