/** Changing people: add a person (audited). */
import type { NewPerson } from '../../contract/organisations';
import { can } from '../../core/auth/policy';
import { foldVietnamese } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { AppError, forbidden } from '../http/errors';

export async function createPerson(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: NewPerson,
): Promise<{ id: string }> {
  if (!can(u, 'person.create', { unitId: b.unitId }))
    throw forbidden('Bạn chỉ được thêm người của đơn vị mình.');
  const unit = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', b.unitId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!unit) throw new AppError('UNKNOWN_UNIT', 'Đơn vị không tồn tại trong xã.');
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('people')
      .values({
        id,
        tenant_id: u.tenantId,
        unit_id: b.unitId,
        household_id: null,
        full_name: b.fullName,
        search_text: foldVietnamese(b.fullName),
        gender: b.gender,
        birth_year: b.birthYear ?? null,
        position: b.position ?? null,
        category: b.category,
        is_leader: b.isLeader ? 1 : 0,
        citizen_id: null,
        created_at: isoNow(clock),
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'person',
      entityId: id,
      action: 'create',
      summary: `Thêm ${b.fullName}`,
      data: b,
    });
  });
  return { id };
}
