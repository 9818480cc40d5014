/**
 * Changing households (hộ gia đình): the household itself (head, address, thôn), its members (a person
 * belongs to at most one household: `people.household_id`), its contributions and its violations. Each
 * change is audited on the household and answers the household as it now is. A unit head manages the
 * households of their own thôn only.
 */
import type { HouseholdDetail, NewContribution, NewHousehold, NewViolation } from '../../contract/people';
import { can } from '../../core/auth/policy';
import { foldVietnamese, formatMoneyVnd } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { AppError, forbidden, notFound } from '../http/errors';
import { getHousehold } from './people-queries';

const searchText = (b: NewHousehold) => foldVietnamese(`${b.headName} ${b.address ?? ''}`.trim());

async function checkUnit(db: Db, u: AuthUser, unitId: string): Promise<void> {
  if (!can(u, 'household.manage', { unitId }))
    throw forbidden('Bạn chỉ được quản lý hộ gia đình của đơn vị mình.');
  const unit = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', unitId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!unit)
    throw new AppError('UNKNOWN_UNIT', 'Thôn, tổ dân phố không tồn tại trong xã.', [
      { path: 'unitId', message: 'Thôn, tổ dân phố không tồn tại trong xã' },
    ]);
}

/** The household as stored, in the user's commune; 404 when absent, 403 for another unit's. */
async function householdToChange(db: Db, u: AuthUser, id: string) {
  const h = await db
    .selectFrom('households')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!h) throw notFound('hộ gia đình');
  if (!can(u, 'household.manage', { unitId: h.unit_id }))
    throw forbidden('Bạn chỉ được quản lý hộ gia đình của đơn vị mình.');
  return h;
}

export async function createHousehold(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: NewHousehold,
): Promise<HouseholdDetail> {
  await checkUnit(db, u, b.unitId);
  const id = newId();
  const now = isoNow(clock);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('households')
      .values({
        id,
        tenant_id: u.tenantId,
        unit_id: b.unitId,
        head_name: b.headName,
        address: b.address || null,
        search_text: searchText(b),
        created_at: now,
        updated_at: now,
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'household',
      entityId: id,
      action: 'create',
      summary: `Thêm hộ ${b.headName}`,
      data: b,
    });
  });
  return getHousehold(db, u, id);
}

export async function updateHousehold(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: NewHousehold & { version: number },
): Promise<HouseholdDetail> {
  const h = await householdToChange(db, u, id);
  await checkUnit(db, u, b.unitId);
  const stale = () =>
    new AppError('STALE', 'Hộ gia đình vừa được người khác cập nhật. Hãy tải lại rồi sửa tiếp.');
  if (h.version !== b.version) throw stale();
  await db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('households')
      .set({
        unit_id: b.unitId,
        head_name: b.headName,
        address: b.address || null,
        search_text: searchText(b),
        updated_at: isoNow(clock),
        version: h.version + 1,
      })
      .where('id', '=', id)
      .where('tenant_id', '=', u.tenantId)
      .where('version', '=', b.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw stale();
    await writeAudit(trx, clock, actor, {
      entityType: 'household',
      entityId: id,
      action: 'update',
      summary: `Sửa hộ ${b.headName}`,
      data: {
        before: { headName: h.head_name, unitId: h.unit_id, address: h.address },
        after: { headName: b.headName, unitId: b.unitId, address: b.address || null },
      },
    });
  });
  return getHousehold(db, u, id);
}

/** The person to add or remove: in the commune, and of the unit head's own unit. */
async function memberToChange(db: Db, u: AuthUser, personId: string) {
  const p = await db
    .selectFrom('people')
    .select(['id', 'full_name', 'unit_id', 'household_id'])
    .where('id', '=', personId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!p)
    throw new AppError('UNKNOWN_PERSON', undefined, [
      { path: 'personId', message: 'Người này không có trong danh sách của xã' },
    ]);
  if (!can(u, 'person.update', { unitId: p.unit_id }))
    throw forbidden('Bạn chỉ được thêm người của đơn vị mình vào hộ.');
  return p;
}

async function refuseOtherHousehold(db: Db, u: AuthUser, fullName: string, householdId: string) {
  const other = await db
    .selectFrom('households')
    .select('head_name')
    .where('id', '=', householdId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  const message = `${fullName} đã thuộc hộ ${other?.head_name ?? 'khác'}. Hãy bỏ khỏi hộ đó trước.`;
  throw new AppError('ALREADY_IN_HOUSEHOLD', message, [{ path: 'personId', message }]);
}

export async function addHouseholdMember(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  personId: string,
): Promise<HouseholdDetail> {
  const h = await householdToChange(db, u, id);
  const p = await memberToChange(db, u, personId);
  if (p.household_id === id) return getHousehold(db, u, id);
  if (p.household_id) await refuseOtherHousehold(db, u, p.full_name, p.household_id);
  const raced = await db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('people')
      .set((eb) => ({ household_id: id, updated_at: isoNow(clock), version: eb('version', '+', 1) }))
      .where('id', '=', personId)
      .where('tenant_id', '=', u.tenantId)
      .where('household_id', 'is', null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return true;
    await writeAudit(trx, clock, actor, {
      entityType: 'household',
      entityId: id,
      action: 'member.add',
      summary: `Thêm ${p.full_name} vào hộ ${h.head_name}`,
      data: { personId },
    });
    return false;
  });
  if (raced) {
    // another request put the person in a household between the check and the change
    const now = await memberToChange(db, u, personId);
    if (now.household_id && now.household_id !== id)
      await refuseOtherHousehold(db, u, p.full_name, now.household_id);
  }
  return getHousehold(db, u, id);
}

export async function removeHouseholdMember(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  personId: string,
): Promise<HouseholdDetail> {
  const h = await householdToChange(db, u, id);
  const p = await db
    .selectFrom('people')
    .select(['id', 'full_name', 'household_id'])
    .where('id', '=', personId)
    .where('tenant_id', '=', u.tenantId)
    .where('household_id', '=', id)
    .executeTakeFirst();
  if (!p) throw new AppError('UNKNOWN_PERSON', 'Người này không phải thành viên của hộ.');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('people')
      .set((eb) => ({ household_id: null, updated_at: isoNow(clock), version: eb('version', '+', 1) }))
      .where('id', '=', personId)
      .where('tenant_id', '=', u.tenantId)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'household',
      entityId: id,
      action: 'member.remove',
      summary: `Bỏ ${p.full_name} khỏi hộ ${h.head_name}`,
      data: { personId },
    });
  });
  return getHousehold(db, u, id);
}

export async function addContribution(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: NewContribution,
): Promise<HouseholdDetail> {
  const h = await householdToChange(db, u, id);
  const itemId = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('household_contributions')
      .values({
        id: itemId,
        tenant_id: u.tenantId,
        household_id: id,
        year: b.year,
        amount: b.amount,
        description: b.description,
        created_at: isoNow(clock),
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'household',
      entityId: id,
      action: 'contribution.add',
      summary: `Hộ ${h.head_name} đóng góp năm ${b.year}: ${formatMoneyVnd(b.amount)}`,
      data: { contributionId: itemId, ...b },
    });
  });
  return getHousehold(db, u, id);
}

async function contributionToChange(db: Db, u: AuthUser, id: string, itemId: string) {
  const c = await db
    .selectFrom('household_contributions')
    .selectAll()
    .where('id', '=', itemId)
    .where('household_id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!c) throw notFound('khoản đóng góp');
  return c;
}

export async function updateContribution(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  itemId: string,
  b: NewContribution,
): Promise<HouseholdDetail> {
  const h = await householdToChange(db, u, id);
  const c = await contributionToChange(db, u, id, itemId);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('household_contributions')
      .set({ year: b.year, amount: b.amount, description: b.description })
      .where('id', '=', itemId)
      .where('tenant_id', '=', u.tenantId)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'household',
      entityId: id,
      action: 'contribution.update',
      summary: `Sửa đóng góp năm ${b.year} của hộ ${h.head_name}`,
      data: {
        contributionId: itemId,
        before: { year: c.year, amount: Number(c.amount), description: c.description },
        after: b,
      },
    });
  });
  return getHousehold(db, u, id);
}

export async function deleteContribution(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  itemId: string,
): Promise<HouseholdDetail> {
  const h = await householdToChange(db, u, id);
  const c = await contributionToChange(db, u, id, itemId);
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('household_contributions')
      .where('id', '=', itemId)
      .where('tenant_id', '=', u.tenantId)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'household',
      entityId: id,
      action: 'contribution.delete',
      summary: `Xóa đóng góp năm ${c.year} của hộ ${h.head_name}`,
      data: { contributionId: itemId, year: c.year, amount: Number(c.amount), description: c.description },
    });
  });
  return getHousehold(db, u, id);
}

/** The member a violation names must be a member of the household (or the one it already named). */
async function checkViolator(db: Db, u: AuthUser, id: string, personId: string | null, kept?: string | null) {
  if (!personId || personId === kept) return;
  const p = await db
    .selectFrom('people')
    .select('id')
    .where('id', '=', personId)
    .where('tenant_id', '=', u.tenantId)
    .where('household_id', '=', id)
    .executeTakeFirst();
  if (!p)
    throw new AppError('UNKNOWN_PERSON', 'Người vi phạm phải là thành viên của hộ.', [
      { path: 'personId', message: 'Người vi phạm phải là thành viên của hộ' },
    ]);
}

export async function addViolation(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: NewViolation,
): Promise<HouseholdDetail> {
  const h = await householdToChange(db, u, id);
  const personId = b.personId || null;
  await checkViolator(db, u, id, personId);
  const itemId = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('household_violations')
      .values({
        id: itemId,
        tenant_id: u.tenantId,
        household_id: id,
        person_id: personId,
        year: b.year,
        description: b.description,
        created_at: isoNow(clock),
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'household',
      entityId: id,
      action: 'violation.add',
      summary: `Ghi vi phạm năm ${b.year} của hộ ${h.head_name}`,
      data: { violationId: itemId, ...b },
    });
  });
  return getHousehold(db, u, id);
}

async function violationToChange(db: Db, u: AuthUser, id: string, itemId: string) {
  const v = await db
    .selectFrom('household_violations')
    .selectAll()
    .where('id', '=', itemId)
    .where('household_id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!v) throw notFound('vi phạm');
  return v;
}

export async function updateViolation(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  itemId: string,
  b: NewViolation,
): Promise<HouseholdDetail> {
  const h = await householdToChange(db, u, id);
  const v = await violationToChange(db, u, id, itemId);
  const personId = b.personId || null;
  await checkViolator(db, u, id, personId, v.person_id);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('household_violations')
      .set({ year: b.year, person_id: personId, description: b.description })
      .where('id', '=', itemId)
      .where('tenant_id', '=', u.tenantId)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'household',
      entityId: id,
      action: 'violation.update',
      summary: `Sửa vi phạm năm ${b.year} của hộ ${h.head_name}`,
      data: {
        violationId: itemId,
        before: { year: v.year, personId: v.person_id, description: v.description },
        after: { ...b, personId },
      },
    });
  });
  return getHousehold(db, u, id);
}

export async function deleteViolation(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  itemId: string,
): Promise<HouseholdDetail> {
  const h = await householdToChange(db, u, id);
  const v = await violationToChange(db, u, id, itemId);
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('household_violations')
      .where('id', '=', itemId)
      .where('tenant_id', '=', u.tenantId)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'household',
      entityId: id,
      action: 'violation.delete',
      summary: `Xóa vi phạm năm ${v.year} của hộ ${h.head_name}`,
      data: { violationId: itemId, year: v.year, personId: v.person_id, description: v.description },
    });
  });
  return getHousehold(db, u, id);
}
