/** Changing typical examples: record, edit, move through the stages, add entries, replications and awards (audited). */
import type { Transaction } from 'kysely';
import type { ExampleDetail, ExampleUpdate, NewEntry, NewExample } from '../../contract/examples';
import { seesWholeCommune } from '../../core/auth/roles';
import {
  ART_17_4,
  canAddEntry,
  DISCOVERY_SOURCE_LABELS,
  type DiscoverySource,
  type EntryKind,
  EXAMPLE_ACTION_LABELS,
  EXAMPLE_STAGE_LABELS,
  type ExampleAction,
  MIN_SUMMARY_LENGTH,
  transitionExample,
} from '../../core/examples';
import { foldVietnamese } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, fromCore, notFound } from '../http/errors';
import { getExample } from './example-queries';
import { resolveExampleSubject } from './example-subject';

const viDate = (d: string) => d.split('-').reverse().join('/');
const searchText = (e: { subjectName: string; title: string; model: string; field: string }) =>
  foldVietnamese(`${e.subjectName} ${e.title} ${e.model} ${e.field}`);

async function checkMovement(
  trx: Transaction<Database>,
  u: AuthUser,
  movementId: string | null | undefined,
): Promise<string | null> {
  if (!movementId) return null;
  const m = await trx
    .selectFrom('movements')
    .select('id')
    .where('id', '=', movementId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!m) throw new AppError('UNKNOWN_MOVEMENT', 'Phong trào thi đua không tồn tại.');
  return m.id;
}

/** Record a discovered example (phát hiện). A unit head nominates for their own unit only. */
export async function createExample(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: NewExample,
): Promise<{ id: string }> {
  if (b.discoveredOn > todayIn(clock))
    throw new AppError('FUTURE_DATE', 'Ngày phát hiện không được sau ngày hôm nay.');
  // a unit head's example is a nomination of their unit (giới thiệu)
  const source: DiscoverySource = seesWholeCommune(u.role) ? b.discoverySource : 'NOMINATED';
  return db.transaction().execute(async (trx) => {
    const subject = await resolveExampleSubject(trx, u, b);
    const movementId = await checkMovement(trx, u, b.movementId);
    const id = newId();
    const now = isoNow(clock);
    await trx
      .insertInto('typical_examples')
      .values({
        id,
        tenant_id: u.tenantId,
        unit_id: subject.unitId,
        subject_kind: b.subjectKind,
        person_id: subject.personId,
        subject_unit_id: subject.subjectUnitId,
        household_id: subject.householdId,
        subject_name: subject.name,
        movement_id: movementId,
        field: b.field,
        title: b.title,
        model: b.model,
        discovery_source: source,
        discovery_note: b.discoveryNote || null,
        discovered_on: b.discoveredOn,
        year: Number(b.discoveredOn.slice(0, 4)),
        stage: 'DISCOVERED',
        stage_on: b.discoveredOn,
        summary_text: null,
        internal_note: b.internalNote || null,
        drop_reason: null,
        search_text: searchText({ subjectName: subject.name, ...b }),
        version: 1,
        created_by: u.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('typical_example_stages')
      .values({
        id: newId(),
        tenant_id: u.tenantId,
        example_id: id,
        from_stage: null,
        to_stage: 'DISCOVERED',
        on_date: b.discoveredOn,
        note: DISCOVERY_SOURCE_LABELS[source],
        actor_id: u.id,
        actor_name: u.displayName,
        created_at: now,
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'typical_example',
      entityId: id,
      action: 'create',
      summary: `Phát hiện điển hình "${b.title}" (${subject.name}) — ${DISCOVERY_SOURCE_LABELS[source]}`,
      data: { ...b, discoverySource: source },
    });
    return { id };
  });
}

async function loadForUpdate(trx: Transaction<Database>, u: AuthUser, id: string) {
  const e = await trx
    .selectFrom('typical_examples')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!e) throw notFound('điển hình tiên tiến');
  return e;
}

/** Edit an example's content (not its subject or stage), with optimistic locking. */
export async function updateExample(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: ExampleUpdate,
): Promise<ExampleDetail> {
  await db.transaction().execute(async (trx) => {
    const e = await loadForUpdate(trx, u, id);
    if (e.stage === 'DROPPED')
      throw new AppError('EXAMPLE_DROPPED', 'Điển hình đã dừng theo dõi, không sửa được nữa.');
    if (e.version !== b.version)
      throw new AppError('STALE', 'Điển hình vừa được người khác cập nhật. Vui lòng tải lại trước khi sửa.');
    if (
      (e.stage === 'SUMMED_UP' || e.stage === 'REPLICATING') &&
      (b.summaryText?.trim().length ?? 0) < MIN_SUMMARY_LENGTH
    ) {
      throw new AppError(
        'SUMMARY_REQUIRED',
        `Điển hình đã tổng kết phải giữ bài tổng kết (ít nhất ${MIN_SUMMARY_LENGTH} ký tự) (${ART_17_4}).`,
      );
    }
    const movementId = await checkMovement(trx, u, b.movementId);
    const res = await trx
      .updateTable('typical_examples')
      .set({
        movement_id: movementId,
        field: b.field,
        title: b.title,
        model: b.model,
        discovery_note: b.discoveryNote || null,
        summary_text: b.summaryText?.trim() ? b.summaryText.trim() : null,
        internal_note: b.internalNote || null,
        search_text: searchText({ subjectName: e.subject_name, ...b }),
        version: e.version + 1,
        updated_at: isoNow(clock),
      })
      .where('id', '=', id)
      .where('version', '=', b.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw new AppError('STALE', 'Điển hình vừa được người khác cập nhật. Vui lòng tải lại.');
    const summaryChanged = (e.summary_text ?? '') !== (b.summaryText?.trim() ?? '');
    await writeAudit(trx, clock, actor, {
      entityType: 'typical_example',
      entityId: id,
      action: 'update',
      summary: summaryChanged
        ? `Sửa điển hình "${b.title}", cập nhật bài tổng kết`
        : `Sửa điển hình "${b.title}"`,
      data: {
        before: { title: e.title, model: e.model, field: e.field },
        after: { title: b.title, model: b.model, field: b.field },
      },
    });
  });
  return getExample(db, u, id);
}

/** Move an example to its next stage (or drop it), dated, with the core's checks. */
export async function moveExample(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: {
    action: ExampleAction;
    on?: string | undefined;
    reason?: string | undefined;
    note?: string | undefined;
  },
): Promise<ExampleDetail> {
  await db.transaction().execute(async (trx) => {
    const e = await loadForUpdate(trx, u, id);
    const [nurturing, replications] = await Promise.all([
      trx
        .selectFrom('typical_example_entries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('example_id', '=', id)
        .where('kind', '=', 'NURTURING')
        .executeTakeFirstOrThrow(),
      trx
        .selectFrom('typical_example_replications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('example_id', '=', id)
        .executeTakeFirstOrThrow(),
    ]);
    const today = todayIn(clock);
    const on = b.on ?? today;
    const r = transitionExample(
      {
        stage: e.stage,
        lastStageOn: e.stage_on,
        today,
        summaryText: e.summary_text,
        nurturingCount: Number(nurturing.n),
        replicationCount: Number(replications.n),
      },
      b.action,
      { on, reason: b.reason },
    );
    if (!r.ok) throw fromCore(r);
    const now = isoNow(clock);
    const res = await trx
      .updateTable('typical_examples')
      .set({
        stage: r.to,
        stage_on: on,
        drop_reason: r.to === 'DROPPED' ? (b.reason?.trim() ?? null) : e.drop_reason,
        version: e.version + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('version', '=', e.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw new AppError('STALE', 'Điển hình vừa được người khác cập nhật. Vui lòng tải lại.');
    const note = r.to === 'DROPPED' ? (b.reason?.trim() ?? null) : b.note?.trim() || null;
    await trx
      .insertInto('typical_example_stages')
      .values({
        id: newId(),
        tenant_id: u.tenantId,
        example_id: id,
        from_stage: r.from,
        to_stage: r.to,
        on_date: on,
        note,
        actor_id: u.id,
        actor_name: u.displayName,
        created_at: now,
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'typical_example',
      entityId: id,
      action: `stage-${b.action}`,
      summary: `${EXAMPLE_ACTION_LABELS[b.action]}: "${EXAMPLE_STAGE_LABELS[r.from]}" → "${EXAMPLE_STAGE_LABELS[r.to]}" ngày ${viDate(on)}${note ? ` — ${note}` : ''}`,
      data: { from: r.from, to: r.to, on, note },
    });
  });
  return getExample(db, u, id);
}

const ENTRY_AUDIT: Record<Exclude<EntryKind, 'REPLICATION'>, string> = {
  EVIDENCE: 'Thêm minh chứng',
  MEDIA: 'Thêm tin, bài truyền thông',
  NURTURING: 'Ghi nhận hoạt động bồi dưỡng',
};

/** Add evidence, media coverage or a nurturing action. */
export async function addExampleEntry(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  kind: Exclude<EntryKind, 'REPLICATION'>,
  b: NewEntry,
): Promise<ExampleDetail> {
  await db.transaction().execute(async (trx) => {
    const e = await loadForUpdate(trx, u, id);
    const ok = canAddEntry(e.stage, kind, b.date, todayIn(clock));
    if (!ok.ok) throw fromCore(ok);
    const entryId = newId();
    await trx
      .insertInto('typical_example_entries')
      .values({
        id: entryId,
        tenant_id: u.tenantId,
        example_id: id,
        kind,
        entry_date: b.date,
        content: b.content,
        outlet: b.outlet ?? null,
        link: b.link ?? null,
        by_whom: b.byWhom ?? null,
        created_by: u.id,
        created_at: isoNow(clock),
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'typical_example',
      entityId: id,
      action: `add-${kind.toLowerCase()}`,
      summary: `${ENTRY_AUDIT[kind]} ngày ${viDate(b.date)}: ${b.content}`,
      data: { entryId, ...b },
    });
  });
  return getExample(db, u, id);
}

/** Record that another unit adopted the model (nhân rộng): when and with what result. */
export async function addReplication(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: { unitId: string; adoptedOn: string; result: string },
): Promise<ExampleDetail> {
  await db.transaction().execute(async (trx) => {
    const e = await loadForUpdate(trx, u, id);
    const ok = canAddEntry(e.stage, 'REPLICATION', b.adoptedOn, todayIn(clock));
    if (!ok.ok) throw fromCore(ok);
    if (b.adoptedOn < e.stage_on && e.stage === 'SUMMED_UP') {
      throw new AppError(
        'DATE_BEFORE_SUMMING_UP',
        `Ngày áp dụng không được trước ngày tổng kết mô hình (${viDate(e.stage_on)}).`,
      );
    }
    const unit = await trx
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('id', '=', b.unitId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!unit || unit.id === u.tenantId) throw new AppError('UNKNOWN_UNIT', 'Đơn vị áp dụng không thuộc xã.');
    if (unit.id === e.unit_id || unit.id === e.subject_unit_id) {
      throw new AppError(
        'SAME_UNIT',
        'Nhân rộng là đơn vị khác áp dụng mô hình; chọn một đơn vị khác với đơn vị của điển hình.',
      );
    }
    const dup = await trx
      .selectFrom('typical_example_replications')
      .select('id')
      .where('example_id', '=', id)
      .where('unit_id', '=', b.unitId)
      .executeTakeFirst();
    if (dup) throw new AppError('ALREADY_REPLICATED', `${unit.name} đã được ghi nhận áp dụng mô hình này.`);
    const repId = newId();
    await trx
      .insertInto('typical_example_replications')
      .values({
        id: repId,
        tenant_id: u.tenantId,
        example_id: id,
        unit_id: unit.id,
        adopted_on: b.adoptedOn,
        result: b.result,
        created_by: u.id,
        created_at: isoNow(clock),
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'typical_example',
      entityId: id,
      action: 'add-replication',
      summary: `Nhân rộng tại ${unit.name} từ ngày ${viDate(b.adoptedOn)}: ${b.result}`,
      data: { replicationId: repId, ...b },
    });
  });
  return getExample(db, u, id);
}

/** Link an award the subject already received (a row of the awards register). */
export async function linkAward(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  awardId: string,
): Promise<ExampleDetail> {
  await db.transaction().execute(async (trx) => {
    const e = await loadForUpdate(trx, u, id);
    const a = await trx
      .selectFrom('awards')
      .selectAll()
      .where('id', '=', awardId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!a) throw new AppError('UNKNOWN_AWARD', 'Không tìm thấy khen thưởng này trong sổ theo dõi.');
    const same =
      (e.person_id && a.person_id === e.person_id) ||
      (e.household_id && a.household_id === e.household_id) ||
      (e.subject_unit_id && a.subject_unit_id === e.subject_unit_id);
    if (!same)
      throw new AppError(
        'OTHER_SUBJECT',
        `Khen thưởng này là của ${a.subject_name}, không phải của ${e.subject_name}.`,
      );
    const dup = await trx
      .selectFrom('typical_example_links')
      .select('ref_id')
      .where('example_id', '=', id)
      .where('kind', '=', 'AWARD')
      .where('ref_id', '=', awardId)
      .executeTakeFirst();
    if (dup) throw new AppError('ALREADY_LINKED', 'Khen thưởng này đã được gắn với điển hình.');
    await trx
      .insertInto('typical_example_links')
      .values({ example_id: id, kind: 'AWARD', ref_id: awardId, created_at: isoNow(clock) })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'typical_example',
      entityId: id,
      action: 'link-award',
      summary: `Gắn khen thưởng đã nhận năm ${a.year} (sổ số ${a.register_number})`,
      data: { awardId },
    });
  });
  return getExample(db, u, id);
}
