/** Changing targets: add, edit, report progress, delete a mistaken figure (audited). */
import type { Transaction } from 'kysely';
import type { ProgressInput, TargetInput, TargetsView } from '../../contract/targets';
import { can } from '../../core/auth/policy';
import { type Target, validateProgressEntry, validateTarget } from '../../core/targets';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, forbidden, notFound } from '../http/errors';
import { mapUniqueViolation } from '../plans/unique-violation';
import { assertUnitOfTenant, loadTargetRow } from './targets-queries';
import { targetsView } from './targets-view';

/**
 * Who may report progress on a target: officers for every target, a unit head only for the targets
 * their own unit is responsible for (đơn vị chủ trì).
 */
function assertMayReport(u: AuthUser, responsibleUnitId: string): void {
  if (!can(u, 'target.report', { unitId: responsibleUnitId })) {
    throw forbidden(
      'Chỉ cán bộ thi đua hoặc trưởng đơn vị chủ trì chỉ tiêu mới được cập nhật tiến độ chỉ tiêu này.',
    );
  }
}

function asCoreTarget(id: string, b: TargetInput): Target {
  return {
    id,
    code: b.code,
    name: b.name,
    field: b.field,
    unit: b.unit,
    direction: b.direction,
    planned: b.planned,
    responsibleUnitId: b.responsibleUnitId,
    progress: [],
    year: b.year,
    ...(b.baseline === null || b.baseline === undefined ? {} : { baseline: b.baseline }),
  };
}

function refuseInvalid(errors: { field: string; message: string }[]): void {
  if (errors.length) {
    throw new AppError('INVALID_TARGET', errors.map((e) => e.message).join(' '), errors);
  }
}

const duplicate = (year: number, code: string) =>
  new AppError('DUPLICATE_CODE', `Năm ${year} đã có chỉ tiêu số hiệu ${code}.`);

async function assertCodeFree(
  db: Transaction<Database> | Db,
  tenantId: string,
  year: number,
  code: string,
  exceptId?: string,
) {
  let q = db
    .selectFrom('targets')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('year', '=', year)
    .where('code', '=', code);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) {
    throw duplicate(year, code);
  }
}

export async function createTarget(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: TargetInput,
): Promise<{ id: string }> {
  const id = newId();
  refuseInvalid(validateTarget(asCoreTarget(id, b)));
  return mapUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        const unitName = await assertUnitOfTenant(trx, u.tenantId, b.responsibleUnitId);
        await assertCodeFree(trx, u.tenantId, b.year, b.code);
        const last = await trx
          .selectFrom('targets')
          .select((eb) => eb.fn.max('position').as('p'))
          .where('tenant_id', '=', u.tenantId)
          .where('year', '=', b.year)
          .executeTakeFirst();
        const now = isoNow(clock);
        await trx
          .insertInto('targets')
          .values({
            id,
            tenant_id: u.tenantId,
            year: b.year,
            code: b.code,
            name: b.name,
            field: b.field,
            unit: b.unit,
            direction: b.direction,
            planned: b.planned,
            baseline: b.baseline ?? null,
            responsible_unit_id: b.responsibleUnitId,
            position: Number(last?.p ?? 0) + 1,
            note: b.note ?? null,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await writeAudit(trx, clock, actor, {
          entityType: 'target',
          entityId: id,
          action: 'create',
          summary: `Thêm chỉ tiêu ${b.code} năm ${b.year} "${b.name}" (chủ trì: ${unitName})`,
          data: b,
        });
        return { id };
      }),
    () => duplicate(b.year, b.code),
  );
}

/** Edits a target and answers the targets of its year as of today. */
export async function updateTarget(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: TargetInput,
): Promise<TargetsView> {
  refuseInvalid(validateTarget(asCoreTarget(id, b)));
  await mapUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        const before = await loadTargetRow(trx, u, id);
        if (before.year !== b.year)
          throw new AppError('YEAR_FIXED', 'Không đổi năm của chỉ tiêu; hãy thêm chỉ tiêu mới cho năm khác.');
        await assertUnitOfTenant(trx, u.tenantId, b.responsibleUnitId);
        await assertCodeFree(trx, u.tenantId, b.year, b.code, id);
        await trx
          .updateTable('targets')
          .set({
            code: b.code,
            name: b.name,
            field: b.field,
            unit: b.unit,
            direction: b.direction,
            planned: b.planned,
            baseline: b.baseline ?? null,
            responsible_unit_id: b.responsibleUnitId,
            note: b.note ?? null,
            updated_at: isoNow(clock),
          })
          .where('id', '=', id)
          .execute();
        await writeAudit(trx, clock, actor, {
          entityType: 'target',
          entityId: id,
          action: 'update',
          summary: `Sửa chỉ tiêu ${b.code} năm ${b.year}`,
          data: { before: { ...before }, after: b },
        });
      }),
    () => duplicate(b.year, b.code),
  );
  return targetsView(db, u, b.year, todayIn(clock));
}

export async function addProgress(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  targetId: string,
  b: ProgressInput,
): Promise<{ id: string }> {
  return db.transaction().execute(async (trx) => {
    const t = await loadTargetRow(trx, u, targetId);
    assertMayReport(u, t.responsible_unit_id);
    const core: Target = {
      id: t.id,
      code: t.code,
      name: t.name,
      field: t.field,
      unit: t.unit,
      direction: t.direction === 'AT_MOST' ? 'AT_MOST' : 'AT_LEAST',
      planned: Number(t.planned),
      responsibleUnitId: t.responsible_unit_id,
      progress: [],
      year: t.year,
    };
    const errors = validateProgressEntry(core, { date: b.date, value: b.value }, todayIn(clock));
    if (errors.length) throw new AppError('INVALID_PROGRESS', errors.map((e) => e.message).join(' '), errors);
    const id = newId();
    await trx
      .insertInto('target_progress')
      .values({
        id,
        tenant_id: u.tenantId,
        target_id: t.id,
        entry_date: b.date,
        value: b.value,
        evidence: b.evidence,
        evidence_link: b.evidenceLink || null,
        evidence_file: b.evidenceFile || null,
        note: b.note || null,
        created_by: u.displayName,
        created_at: isoNow(clock),
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'target',
      entityId: t.id,
      action: 'progress',
      summary: `Cập nhật tiến độ chỉ tiêu ${t.code} năm ${t.year}: ${b.value} ${t.unit} (ngày ${b.date})`,
      data: { entryId: id, ...b },
    });
    return { id };
  });
}

/**
 * A mistaken progress entry is marked deleted with the reason (kept for the record, left out of figures);
 * answers the targets of its year as of today.
 */
export async function retractProgress(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  targetId: string,
  entryId: string,
  reason: string,
): Promise<TargetsView> {
  const year = await db.transaction().execute(async (trx) => {
    const t = await loadTargetRow(trx, u, targetId);
    assertMayReport(u, t.responsible_unit_id);
    const e = await trx
      .selectFrom('target_progress')
      .selectAll()
      .where('id', '=', entryId)
      .where('target_id', '=', t.id)
      .executeTakeFirst();
    if (!e) throw notFound('số liệu tiến độ');
    if (e.deleted_at) throw new AppError('ALREADY_DELETED', 'Số liệu này đã được xóa trước đó.');
    await trx
      .updateTable('target_progress')
      .set({ deleted_at: isoNow(clock), deleted_by: u.displayName, delete_reason: reason })
      .where('id', '=', e.id)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'target',
      entityId: t.id,
      action: 'progress-delete',
      summary: `Xóa số liệu tiến độ ${e.value} ${t.unit} ngày ${e.entry_date} của chỉ tiêu ${t.code}: ${reason}`,
      data: { entryId: e.id, value: e.value, date: e.entry_date, reason },
    });
    return t.year;
  });
  return targetsView(db, u, year, todayIn(clock));
}
