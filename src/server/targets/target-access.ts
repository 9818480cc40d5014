import type { Transaction } from 'kysely';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { AppError, forbidden, notFound } from '../http/errors';

export const TARGET_MANAGERS = ['ADMIN', 'CAN_BO_TDKT'] as const;

export const isTargetManager = (u: AuthUser): boolean => u.role === 'ADMIN' || u.role === 'CAN_BO_TDKT';

/**
 * Who may report progress on a target: officers for every target, a unit head only for the targets
 * their own unit is responsible for (đơn vị chủ trì).
 */
export function mayReportProgress(u: AuthUser, responsibleUnitId: string): boolean {
  return isTargetManager(u) || (u.role === 'TRUONG_DON_VI' && u.unitId === responsibleUnitId);
}

export async function loadTargetRow(trx: Transaction<Database> | Db, u: AuthUser, id: string) {
  const t = await trx
    .selectFrom('targets')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!t) throw notFound('chỉ tiêu');
  return t;
}

export function assertMayReport(u: AuthUser, responsibleUnitId: string): void {
  if (!mayReportProgress(u, responsibleUnitId)) {
    throw forbidden(
      'Chỉ cán bộ thi đua hoặc trưởng đơn vị chủ trì chỉ tiêu mới được cập nhật tiến độ chỉ tiêu này.',
    );
  }
}

/** The responsible unit must be an active unit of the commune. */
export async function assertUnitOfTenant(
  trx: Transaction<Database> | Db,
  tenantId: string,
  unitId: string,
): Promise<string> {
  const unit = await trx
    .selectFrom('organisations')
    .select(['id', 'name', 'active_to'])
    .where('id', '=', unitId)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (!unit) throw new AppError('UNKNOWN_UNIT', 'Đơn vị chủ trì không thuộc xã.');
  return unit.name;
}
