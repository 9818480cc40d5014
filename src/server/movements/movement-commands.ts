/** Changing movements: create, edit, and move along the lifecycle with its effects (audited). */
import type { Transaction } from 'kysely';
import type { MovementInput, MovementView } from '../../contract/movements';
import {
  MOVEMENT_ACTION_LABELS,
  type MovementAction,
  type MovementState,
  transitionMovement,
} from '../../core/movements';
import { foldVietnamese } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, fromCore, notFound } from '../http/errors';
import { addInboxTasks } from '../inbox/inbox-tasks';
import { lockReviewResults, openReview } from '../reviews/review-commands';
import { checkCriteria, replaceCriteria } from './criteria-commands';
import { movementView } from './movement-queries';

/** Participating units must belong to the commune (any level of its tree). */
async function checkUnits(
  trx: Transaction<Database>,
  tenantId: string,
  unitIds: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return [];
  const found = await trx
    .selectFrom('organisations')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', unique)
    .execute();
  if (found.length !== unique.length)
    throw new AppError('UNKNOWN_UNIT', 'Có đơn vị tham gia không thuộc xã.');
  return unique;
}

async function replaceUnits(trx: Transaction<Database>, movementId: string, unitIds: readonly string[]) {
  await trx.deleteFrom('movement_units').where('movement_id', '=', movementId).execute();
  for (const unitId of unitIds)
    await trx.insertInto('movement_units').values({ movement_id: movementId, unit_id: unitId }).execute();
}

export async function createMovement(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: MovementInput,
): Promise<{ id: string }> {
  checkCriteria(b.criteria ?? []);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const units = await checkUnits(trx, u.tenantId, b.participantUnitIds ?? []);
    await trx
      .insertInto('movements')
      .values({
        id,
        tenant_id: u.tenantId,
        name: b.name,
        search_text: foldVietnamese(b.name),
        type: b.type,
        scope: b.scope,
        fields: JSON.stringify(b.fields),
        basis: b.basis ?? null,
        description: b.description ?? null,
        start_date: b.startDate ?? null,
        end_date: b.endDate ?? null,
        year: b.year ?? (b.startDate ? Number(b.startDate.slice(0, 4)) : null),
        launched_by: b.launchedBy?.trim() || 'Chủ tịch UBND xã',
        status: 'DRAFT',
        created_by: u.id,
        created_at: isoNow(clock),
        catalogue_code: b.catalogueCode ?? null,
        registration_deadline: b.registrationDeadline ?? null,
        calendar_day_id: b.calendarDayId ?? null,
        mid_review_rounds: 0,
      })
      .execute();
    await replaceUnits(trx, id, units);
    await replaceCriteria(trx, u.tenantId, 'MOVEMENT', id, b.criteria ?? []);
    await writeAudit(trx, clock, actor, {
      entityType: 'movement',
      entityId: id,
      action: 'create',
      summary: `Tạo phong trào "${b.name}"`,
      data: b,
    });
  });
  return { id };
}

/**
 * Edits a movement. Everything may change while it is a draft; once launched, participants and
 * criteria are what units registered and are scored against, so they stay as launched.
 */
export async function updateMovement(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: MovementInput,
): Promise<MovementView> {
  checkCriteria(b.criteria ?? []);
  await db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom('movements')
      .selectAll()
      .where('id', '=', id)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!m) throw notFound('phong trào');
    if (m.status === 'CLOSED')
      throw new AppError('MOVEMENT_CLOSED', 'Phong trào đã kết thúc, không thể sửa.');
    const draft = m.status === 'DRAFT';
    if (!draft && (b.participantUnitIds !== undefined || b.criteria !== undefined)) {
      throw new AppError(
        'MOVEMENT_LAUNCHED',
        'Phong trào đã phát động: không thể thay đổi đơn vị tham gia và bộ tiêu chí.',
      );
    }
    await trx
      .updateTable('movements')
      .set({
        name: b.name,
        search_text: foldVietnamese(b.name),
        type: b.type,
        scope: b.scope,
        fields: JSON.stringify(b.fields),
        basis: b.basis ?? null,
        description: b.description ?? null,
        start_date: b.startDate ?? null,
        end_date: b.endDate ?? null,
        year: b.year ?? (b.startDate ? Number(b.startDate.slice(0, 4)) : m.year),
        launched_by: b.launchedBy?.trim() || m.launched_by,
        catalogue_code: b.catalogueCode ?? m.catalogue_code ?? null,
        registration_deadline: b.registrationDeadline ?? null,
        calendar_day_id: b.calendarDayId ?? null,
      })
      .where('id', '=', id)
      .execute();
    if (draft && b.participantUnitIds !== undefined)
      await replaceUnits(trx, id, await checkUnits(trx, u.tenantId, b.participantUnitIds));
    if (draft && b.criteria !== undefined) await replaceCriteria(trx, u.tenantId, 'MOVEMENT', id, b.criteria);
    await writeAudit(trx, clock, actor, {
      entityType: 'movement',
      entityId: id,
      action: 'update',
      summary: `Sửa phong trào "${b.name}"`,
      data: {
        before: {
          name: m.name,
          startDate: m.start_date,
          endDate: m.end_date,
          registrationDeadline: m.registration_deadline,
        },
        after: b,
      },
    });
  });
  return movementView(db, u, id);
}

/**
 * Moves a movement along its lifecycle (core `transitionMovement`, Điều 17 Luật TĐKT 2022) in one
 * transaction with its effects: launch sends every participating unit a registration task; opening a
 * sơ kết / tổng kết opens a review with self-scoring tasks; closing a sơ kết locks its results.
 */
export async function transitionMovementCommand(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  action: MovementAction,
): Promise<MovementState> {
  return db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom('movements')
      .selectAll()
      .where('id', '=', id)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!m) throw notFound('phong trào');
    const units = await trx
      .selectFrom('movement_units')
      .select('unit_id')
      .where('movement_id', '=', id)
      .execute();
    const criteria = await trx
      .selectFrom('criteria')
      .select('id')
      .where('owner_kind', '=', 'MOVEMENT')
      .where('owner_id', '=', id)
      .execute();
    const final = await trx
      .selectFrom('reviews')
      .select('status')
      .where('movement_id', '=', id)
      .where('kind', '=', 'TONG_KET')
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    const r = transitionMovement(m.status, action, {
      today: todayIn(clock),
      name: m.name,
      startDate: m.start_date,
      endDate: m.end_date,
      participantCount: units.length,
      criteriaCount: criteria.length,
      finalReviewLocked: final?.status === 'LOCKED',
      midReviewRounds: m.mid_review_rounds ?? 0,
    });
    if (!r.ok) throw fromCore(r);
    const unitIds = units.map((x) => x.unit_id);
    const year = m.year ?? Number((m.start_date ?? todayIn(clock)).slice(0, 4));
    if (action === 'launch') {
      const due = m.registration_deadline ?? m.start_date;
      await addInboxTasks(
        trx,
        clock,
        unitIds.map((unitId) => ({
          tenantId: u.tenantId,
          unitId,
          kind: 'REGISTER' as const,
          title: `Đăng ký thi đua: ${m.name}`,
          body: 'Đơn vị và cá nhân đăng ký danh hiệu thi đua, chỉ tiêu phấn đấu trước hạn đăng ký.',
          link: `/phong-trao/${id}`,
          dueDate: due,
          movementId: id,
          createdBy: u.id,
        })),
      );
    }
    if (action === 'openMidReview' || action === 'openFinalReview') {
      await openReview(trx, clock, u, actor, {
        kind: action === 'openMidReview' ? 'SO_KET' : 'TONG_KET',
        year,
        movementId: id,
        movementName: m.name,
        round: action === 'openMidReview' ? (r.midReviewRound ?? 1) : 1,
        unitIds,
      });
    }
    if (action === 'closeMidReview') {
      const open = await trx
        .selectFrom('reviews')
        .select('id')
        .where('movement_id', '=', id)
        .where('kind', '=', 'SO_KET')
        .where('status', '=', 'OPEN')
        .execute();
      for (const rv of open) await lockReviewResults(trx, clock, u, actor, rv.id);
    }
    await trx
      .updateTable('movements')
      .set({
        status: r.state,
        ...(r.midReviewRound ? { mid_review_rounds: r.midReviewRound } : {}),
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'movement',
      entityId: id,
      action,
      summary: `${MOVEMENT_ACTION_LABELS[action]}: "${m.name}"`,
      data: { from: m.status, to: r.state, participants: unitIds.length },
    });
    return r.state;
  });
}

/** A lifecycle action (the launch too), answering the movement as its page shows it. */
export async function applyMovementAction(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  action: MovementAction,
): Promise<MovementView> {
  await transitionMovementCommand(db, clock, u, actor, id, action);
  return movementView(db, u, id);
}
