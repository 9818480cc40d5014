/**
 * Changing people's records: add a person, edit them (optimistic lock), mark them left or back. Every
 * change is checked (citizen ID form and agreement, date of birth, unit, household, one person per citizen
 * ID in the commune) and written with its audit row in one transaction.
 */
import type { NewPerson } from '../../contract/organisations';
import type { PersonDetail, PersonUpdate } from '../../contract/people';
import { can } from '../../core/auth/policy';
import {
  birthYearOf,
  leaderTierOf,
  personRecordProblems,
  storedCitizenId,
} from '../../core/people/person-record';
import { foldVietnamese } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { AppError, forbidden, notFound } from '../http/errors';
import { isUniqueViolation } from '../plans/unique-violation';
import { getPerson } from './people-queries';

/** The columns a person's form sets, checked; refuses with the first problem and lists all in `details`. */
async function checkedColumns(
  db: Db,
  clock: Clock,
  u: AuthUser,
  b: NewPerson,
  current?: {
    id: string;
    citizen_id: string | null;
    birth_date: string | null;
    ethnicity: string | null;
    direct_worker: number;
    leader_tier: 'KHONG' | 'CAP_PHO' | 'CAP_TRUONG';
    household_id: string | null;
  },
) {
  // An edit that leaves out a field of the full record keeps it (older callers send only the first fields).
  const citizenId = b.citizenId === undefined ? (current?.citizen_id ?? null) : storedCitizenId(b.citizenId);
  const birthDate = b.birthDate === undefined ? (current?.birth_date ?? null) : b.birthDate;
  const facts = { gender: b.gender, citizenId, birthDate, birthYear: b.birthYear ?? null };
  const problems = personRecordProblems(facts, todayIn(clock));
  const [first] = problems;
  if (first)
    throw new AppError(
      first.code,
      first.message,
      problems.map((p) => ({ path: p.path, message: p.message })),
    );
  const unit = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', b.unitId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!unit)
    throw new AppError('UNKNOWN_UNIT', 'Đơn vị không tồn tại trong xã.', [
      { path: 'unitId', message: 'Đơn vị không tồn tại trong xã' },
    ]);
  const householdId = b.householdId === undefined ? (current?.household_id ?? null) : b.householdId || null;
  if (householdId) {
    const household = await db
      .selectFrom('households')
      .select('id')
      .where('id', '=', householdId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!household)
      throw new AppError('UNKNOWN_HOUSEHOLD', undefined, [
        { path: 'householdId', message: 'Hộ gia đình không có trong danh sách của xã' },
      ]);
  }
  if (citizenId) await refuseDuplicate(db, u.tenantId, citizenId, current?.id);
  const tier = leaderTierOf(
    b.leaderTier ?? (b.isLeader === undefined ? current?.leader_tier : undefined),
    b.isLeader,
  );
  return {
    unit_id: b.unitId,
    household_id: householdId,
    full_name: b.fullName,
    search_text: foldVietnamese(b.fullName),
    gender: b.gender,
    birth_year: birthYearOf(facts),
    birth_date: birthDate,
    citizen_id: citizenId,
    ethnicity: b.ethnicity === undefined ? (current?.ethnicity ?? null) : b.ethnicity,
    position: b.position ?? null,
    category: b.category,
    leader_tier: tier,
    is_leader: tier === 'KHONG' ? 0 : 1,
    direct_worker:
      b.directWorker === undefined
        ? (current?.direct_worker ??
          (b.category === 'NGUOI_LAO_DONG_TRUC_TIEP' || b.category === 'NONG_DAN' ? 1 : 0))
        : b.directWorker
          ? 1
          : 0,
  };
}

/** 409 DUPLICATE_CITIZEN_ID naming the person who already has this citizen ID (other than `self`). */
async function refuseDuplicate(db: Db, tenantId: string, citizenId: string, self?: string): Promise<void> {
  let q = db
    .selectFrom('people')
    .innerJoin('organisations as o', 'o.id', 'people.unit_id')
    .select(['people.id', 'people.full_name', 'o.name as unit_name'])
    .where('people.tenant_id', '=', tenantId)
    .where('people.citizen_id', '=', citizenId);
  if (self) q = q.where('people.id', '<>', self);
  const other = await q.executeTakeFirst();
  if (!other) return;
  const message = `Số định danh cá nhân ${citizenId} đã có trong danh sách: ${other.full_name} (${other.unit_name}).`;
  throw new AppError('DUPLICATE_CITIZEN_ID', message, [
    {
      path: 'citizenId',
      message,
      existingPerson: { id: other.id, fullName: other.full_name, unitName: other.unit_name },
    },
  ]);
}

/** Run a write; when two requests raced past the duplicate check, the loser is told who won. */
export async function guardingCitizenId<T>(
  db: Db,
  tenantId: string,
  citizenId: string | null,
  self: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (citizenId && isUniqueViolation(e)) await refuseDuplicate(db, tenantId, citizenId, self);
    throw e;
  }
}

export async function createPerson(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: NewPerson,
): Promise<{ id: string }> {
  if (!can(u, 'person.create', { unitId: b.unitId }))
    throw forbidden('Bạn chỉ được thêm người của đơn vị mình.');
  const cols = await checkedColumns(db, clock, u, b);
  const id = newId();
  const now = isoNow(clock);
  await guardingCitizenId(db, u.tenantId, cols.citizen_id, undefined, () =>
    db.transaction().execute(async (trx) => {
      await trx
        .insertInto('people')
        .values({ id, tenant_id: u.tenantId, ...cols, created_at: now, updated_at: now })
        .execute();
      await writeAudit(trx, clock, actor, {
        entityType: 'person',
        entityId: id,
        action: 'create',
        summary: `Thêm ${b.fullName}`,
        data: { ...b, citizenId: cols.citizen_id },
      });
    }),
  );
  return { id };
}

/** The person as stored, in the user's commune; 404 when absent, 403 for a unit head on another unit's. */
async function personToChange(db: Db, u: AuthUser, id: string) {
  const p = await db
    .selectFrom('people')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!p) throw notFound('cá nhân');
  if (!can(u, 'person.update', { unitId: p.unit_id }))
    throw forbidden('Bạn chỉ được sửa hồ sơ người của đơn vị mình.');
  return p;
}

const stale = () =>
  new AppError('STALE', 'Hồ sơ cá nhân vừa được người khác cập nhật. Hãy tải lại rồi sửa tiếp.');

export async function updatePerson(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: PersonUpdate,
): Promise<PersonDetail> {
  const p = await personToChange(db, u, id);
  if (!can(u, 'person.update', { unitId: b.unitId }))
    throw forbidden('Bạn chỉ được chuyển người sang đơn vị mình quản lý.');
  if (p.version !== b.version) throw stale();
  const cols = await checkedColumns(db, clock, u, b, p);
  const changed = Object.fromEntries(
    Object.entries(cols).filter(([k, v]) => k !== 'search_text' && p[k as keyof typeof p] !== v),
  );
  await guardingCitizenId(db, u.tenantId, cols.citizen_id, id, () =>
    db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('people')
        .set({ ...cols, updated_at: isoNow(clock), version: p.version + 1 })
        .where('id', '=', id)
        .where('tenant_id', '=', u.tenantId)
        .where('version', '=', b.version)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw stale();
      await writeAudit(trx, clock, actor, {
        entityType: 'person',
        entityId: id,
        action: 'update',
        summary: `Sửa hồ sơ ${b.fullName}`,
        data: {
          before: Object.fromEntries(Object.keys(changed).map((k) => [k, p[k as keyof typeof p]])),
          after: changed,
        },
      });
    }),
  );
  return getPerson(db, u, id);
}

/** Mark a person as having left the commune (`active` false: kept for history) or as back. */
export async function setPersonActive(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  version: number,
  active: boolean,
): Promise<PersonDetail> {
  const p = await personToChange(db, u, id);
  if (p.version !== version) throw stale();
  if ((p.active === 1) !== active)
    await db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('people')
        .set({ active: active ? 1 : 0, updated_at: isoNow(clock), version: p.version + 1 })
        .where('id', '=', id)
        .where('tenant_id', '=', u.tenantId)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw stale();
      await writeAudit(trx, clock, actor, {
        entityType: 'person',
        entityId: id,
        action: active ? 'reactivate' : 'deactivate',
        summary: active ? `${p.full_name} trở lại xã` : `${p.full_name} đã rời xã (giữ lịch sử)`,
      });
    });
  return getPerson(db, u, id);
}
