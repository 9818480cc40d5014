/**
 * Entering a commune's history: awards received before this product or from any level, initiatives and
 * research topics, disciplinary measures, matters under consideration. Each change is checked by the shared
 * rules (`core/history/history-rules.ts`), written with its audit row in one transaction (a deletion keeps
 * the record's data and the reason in the audit row), and answers the subject's history.
 */
import type {
  AwardHistoryInput,
  DisciplineInput,
  InitiativeInput,
  PendingMatterInput,
  SubjectHistory,
} from '../../contract/history';
import {
  awardHistoryProblems,
  disciplineProblems,
  type FieldProblem,
  initiativeProblems,
  pendingMatterProblems,
} from '../../core/history/history-rules';
import type { FileOwnerKind } from '../../core/history/history-terms';
import { getAward, type SubjectKind } from '../../core/law';
import type { AuditActor } from '../audit/audit-log';
import { writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { AppError } from '../http/errors';
import { mapUniqueViolation } from '../plans/unique-violation';
import { historyOf } from './history-queries';
import { type Subject, subjectToManage } from './history-subject';

const COLUMN = {
  INDIVIDUAL: 'person_id',
  COLLECTIVE: 'subject_unit_id',
  HOUSEHOLD: 'household_id',
} as const;

/** Field problems as a 400 naming the fields (the API's `details`, the form's messages beside each field). */
function refuse(problems: FieldProblem[]): void {
  if (!problems.length) return;
  throw new AppError(
    'VALIDATION',
    `Dữ liệu không hợp lệ — ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
    problems.map((p) => ({ path: p.field, message: p.message })),
  );
}

const entryNotFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what} này trong xã.`);

const subjectOf = (
  kind: SubjectKind,
  row: { person_id: string | null; subject_unit_id?: string | null; household_id?: string | null },
) =>
  (kind === 'INDIVIDUAL' ? row.person_id : kind === 'COLLECTIVE' ? row.subject_unit_id : row.household_id) ??
  '';

// ——— awards received before or elsewhere ———

async function checkAward(
  db: Db,
  clock: Clock,
  tenantId: string,
  s: Subject,
  b: AwardHistoryInput,
  selfId: string | null,
) {
  refuse(awardHistoryProblems({ ...b, subjectKind: s.kind }, todayIn(clock)));
  const column = COLUMN[s.kind];
  const same = await db
    .selectFrom('award_history')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where(column, '=', s.id)
    .where('award_code', '=', b.awardCode)
    .where('decision_number', '=', b.decisionNumber)
    .where('id', '!=', selfId ?? '-')
    .executeTakeFirst();
  if (same) throw duplicate(s, b)();
  const inRegister = await db
    .selectFrom('awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .select(['d.number', 'd.symbol', 'd.decision_date'])
    .where('a.tenant_id', '=', tenantId)
    .where(`a.${column}`, '=', s.id)
    .where('a.award_code', '=', b.awardCode)
    .where('a.year', '=', b.year)
    .where('a.revoked_at', 'is', null)
    .where('d.status', '!=', 'REVOKED')
    .executeTakeFirst();
  if (inRegister)
    throw new AppError(
      'HISTORY_IN_REGISTER',
      `${getAward(b.awardCode)?.name ?? b.awardCode} năm ${b.year} của ${s.name} đã có trong sổ khen thưởng của xã theo Quyết định số ${inRegister.number}/${inRegister.symbol} ngày ${inRegister.decision_date.split('-').reverse().join('/')}: không nhập lại.`,
    );
}

/** The same subject, award and decision is one row (the unique index `award_history_one_per_decision`). */
const duplicate = (s: Subject, b: AwardHistoryInput) => () =>
  new AppError(
    'HISTORY_DUPLICATE',
    `${s.name} đã có ${getAward(b.awardCode)?.name ?? b.awardCode} theo quyết định số ${b.decisionNumber}.`,
  );

const awardValues = (b: AwardHistoryInput) => ({
  award_code: b.awardCode,
  issuing_level: b.issuingLevel,
  issuing_body: b.issuingBody,
  decision_number: b.decisionNumber,
  decision_date: b.decisionDate,
  year: b.year,
  nature: b.nature,
  note: b.note || null,
});

export async function createAward(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: AwardHistoryInput,
): Promise<SubjectHistory> {
  const s = await subjectToManage(db, u, b.subjectKind, b.subjectId);
  await checkAward(db, clock, u.tenantId, s, b, null);
  const id = newId();
  const now = isoNow(clock);
  await mapUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('award_history')
          .values({
            id,
            tenant_id: u.tenantId,
            subject_kind: s.kind,
            person_id: s.kind === 'INDIVIDUAL' ? s.id : null,
            subject_unit_id: s.kind === 'COLLECTIVE' ? s.id : null,
            household_id: s.kind === 'HOUSEHOLD' ? s.id : null,
            ...awardValues(b),
            source: 'MANUAL',
            created_by: u.id,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await writeAudit(trx, clock, actor, {
          entityType: 'award_history',
          entityId: id,
          action: 'create',
          summary: `Nhập khen thưởng ${getAward(b.awardCode)?.name ?? b.awardCode} năm ${b.year} của ${s.name} (QĐ ${b.decisionNumber})`,
          data: b,
        });
      }),
    duplicate(s, b),
  );
  return historyOf(db, u, s);
}

async function awardRow(db: Db, u: AuthUser, id: string) {
  const row = await db
    .selectFrom('award_history')
    .selectAll()
    .where('tenant_id', '=', u.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw entryNotFound('khen thưởng đã nhập');
  return row;
}

export async function updateAward(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: AwardHistoryInput,
): Promise<SubjectHistory> {
  const row = await awardRow(db, u, id);
  // the entry stays with its subject: moving it to another would bypass the subject's own checks
  const s = await subjectToManage(db, u, row.subject_kind, subjectOf(row.subject_kind, row));
  await checkAward(db, clock, u.tenantId, s, b, id);
  await mapUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        await trx
          .updateTable('award_history')
          .set({ ...awardValues(b), updated_at: isoNow(clock), version: row.version + 1 })
          .where('id', '=', id)
          .where('tenant_id', '=', u.tenantId)
          .execute();
        await writeAudit(trx, clock, actor, {
          entityType: 'award_history',
          entityId: id,
          action: 'update',
          summary: `Sửa khen thưởng ${getAward(b.awardCode)?.name ?? b.awardCode} năm ${b.year} của ${s.name}`,
          data: { before: row, after: b },
        });
      }),
    duplicate(s, b),
  );
  return historyOf(db, u, s);
}

export async function deleteAward(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  reason: string,
): Promise<SubjectHistory> {
  const row = await awardRow(db, u, id);
  const s = await subjectToManage(db, u, row.subject_kind, subjectOf(row.subject_kind, row));
  return removeEntry(db, clock, u, actor, {
    table: 'award_history',
    id,
    subject: s,
    summary: `Xóa khen thưởng ${getAward(row.award_code)?.name ?? row.award_code} năm ${row.year} của ${s.name}`,
    record: row,
    reason,
  });
}

type EntryTable = 'award_history' | 'initiatives' | 'disciplines' | 'pending_matters';
const ENTRY: Record<EntryTable, { entityType: string; owner: FileOwnerKind }> = {
  award_history: { entityType: 'award_history', owner: 'AWARD_HISTORY' },
  initiatives: { entityType: 'initiative', owner: 'INITIATIVE' },
  disciplines: { entityType: 'discipline', owner: 'DISCIPLINE' },
  pending_matters: { entityType: 'pending_matter', owner: 'PENDING_MATTER' },
};

/**
 * Delete a history entry with the reason given, in one transaction with its audit row (which keeps the
 * record); the entry's evidence files are soft-deleted with the same reason (their bytes stay).
 */
async function removeEntry(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  e: { table: EntryTable; id: string; subject: Subject; summary: string; record: unknown; reason: string },
): Promise<SubjectHistory> {
  const { entityType, owner } = ENTRY[e.table];
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom(e.table as 'initiatives')
      .where('id', '=', e.id)
      .where('tenant_id', '=', u.tenantId)
      .execute();
    await trx
      .updateTable('attachments')
      .set({ deleted_at: isoNow(clock), deleted_by: u.id, deleted_reason: e.reason })
      .where('tenant_id', '=', u.tenantId)
      .where('owner_kind', '=', owner)
      .where('owner_id', '=', e.id)
      .where('deleted_at', 'is', null)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType,
      entityId: e.id,
      action: 'delete',
      summary: `${e.summary}: ${e.reason}`,
      data: { reason: e.reason, record: e.record },
    });
  });
  return historyOf(db, u, e.subject);
}

// ——— initiatives and research topics ———

const initiativeValues = (b: InitiativeInput) => ({
  kind: b.kind,
  title: b.title,
  year: b.year,
  recognized_on: b.recognizedOn || null,
  level: b.level,
  scope: b.scope ?? null,
  recognition_ref: b.recognitionRef || null,
});

export async function createInitiative(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: InitiativeInput,
): Promise<SubjectHistory> {
  const s = await subjectToManage(db, u, 'INDIVIDUAL', b.personId);
  refuse(initiativeProblems(b, todayIn(clock)));
  const id = newId();
  const now = isoNow(clock);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('initiatives')
      .values({
        id,
        tenant_id: u.tenantId,
        person_id: s.id,
        ...initiativeValues(b),
        source: 'MANUAL',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'initiative',
      entityId: id,
      action: 'create',
      summary: `Nhập ${b.kind === 'DE_TAI' ? 'đề tài' : 'sáng kiến'} "${b.title}" năm ${b.year} của ${s.name}`,
      data: b,
    });
  });
  return historyOf(db, u, s);
}

async function initiativeRow(db: Db, u: AuthUser, id: string) {
  const row = await db
    .selectFrom('initiatives')
    .selectAll()
    .where('tenant_id', '=', u.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw entryNotFound('sáng kiến, đề tài');
  return row;
}

export async function updateInitiative(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: InitiativeInput,
): Promise<SubjectHistory> {
  const row = await initiativeRow(db, u, id);
  const s = await subjectToManage(db, u, 'INDIVIDUAL', row.person_id);
  refuse(initiativeProblems(b, todayIn(clock)));
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('initiatives')
      .set({ ...initiativeValues(b), updated_at: isoNow(clock) })
      .where('id', '=', id)
      .where('tenant_id', '=', u.tenantId)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'initiative',
      entityId: id,
      action: 'update',
      summary: `Sửa sáng kiến, đề tài "${b.title}" của ${s.name}`,
      data: { before: row, after: b },
    });
  });
  return historyOf(db, u, s);
}

export async function deleteInitiative(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  reason: string,
): Promise<SubjectHistory> {
  const row = await initiativeRow(db, u, id);
  const s = await subjectToManage(db, u, 'INDIVIDUAL', row.person_id);
  return removeEntry(db, clock, u, actor, {
    table: 'initiatives',
    id,
    subject: s,
    summary: `Xóa sáng kiến, đề tài "${row.title}" của ${s.name}`,
    record: row,
    reason,
  });
}

// ——— disciplinary measures ———

const disciplineValues = (b: DisciplineInput) => ({
  kind: b.kind,
  from_date: b.from,
  to_date: b.to || null,
  decision_ref: b.decisionRef || null,
  note: b.note || null,
});

export async function createDiscipline(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: DisciplineInput,
): Promise<SubjectHistory> {
  const s = await subjectToManage(db, u, 'INDIVIDUAL', b.personId);
  refuse(disciplineProblems(b, todayIn(clock)));
  const id = newId();
  const now = isoNow(clock);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('disciplines')
      .values({
        id,
        tenant_id: u.tenantId,
        person_id: s.id,
        ...disciplineValues(b),
        source: 'MANUAL',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'discipline',
      entityId: id,
      action: 'create',
      summary: `Nhập kỷ luật của ${s.name} từ ${b.from}`,
      data: b,
    });
  });
  return historyOf(db, u, s);
}

async function disciplineRow(db: Db, u: AuthUser, id: string) {
  const row = await db
    .selectFrom('disciplines')
    .selectAll()
    .where('tenant_id', '=', u.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw entryNotFound('hình thức kỷ luật');
  return row;
}

export async function updateDiscipline(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: DisciplineInput,
): Promise<SubjectHistory> {
  const row = await disciplineRow(db, u, id);
  const s = await subjectToManage(db, u, 'INDIVIDUAL', row.person_id);
  refuse(disciplineProblems(b, todayIn(clock)));
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('disciplines')
      .set({ ...disciplineValues(b), updated_at: isoNow(clock) })
      .where('id', '=', id)
      .where('tenant_id', '=', u.tenantId)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'discipline',
      entityId: id,
      action: 'update',
      summary: `Sửa kỷ luật của ${s.name}`,
      data: { before: row, after: b },
    });
  });
  return historyOf(db, u, s);
}

export async function deleteDiscipline(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  reason: string,
): Promise<SubjectHistory> {
  const row = await disciplineRow(db, u, id);
  const s = await subjectToManage(db, u, 'INDIVIDUAL', row.person_id);
  return removeEntry(db, clock, u, actor, {
    table: 'disciplines',
    id,
    subject: s,
    summary: `Xóa kỷ luật của ${s.name}`,
    record: row,
    reason,
  });
}

// ——— matters under consideration ———

const matterValues = (b: PendingMatterInput) => ({
  kind: b.kind,
  since: b.since,
  closed_on: b.closedOn || null,
  note: b.note || null,
});

export async function createPendingMatter(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: PendingMatterInput,
): Promise<SubjectHistory> {
  const s = await subjectToManage(db, u, b.subjectKind, b.subjectId);
  refuse(pendingMatterProblems(b, todayIn(clock)));
  const id = newId();
  const now = isoNow(clock);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('pending_matters')
      .values({
        id,
        tenant_id: u.tenantId,
        person_id: s.kind === 'INDIVIDUAL' ? s.id : null,
        subject_unit_id: s.kind === 'COLLECTIVE' ? s.id : null,
        ...matterValues(b),
        created_at: now,
        updated_at: now,
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'pending_matter',
      entityId: id,
      action: 'create',
      summary: `Ghi việc đang xem xét của ${s.name} từ ${b.since}`,
      data: b,
    });
  });
  return historyOf(db, u, s);
}

async function matterRow(db: Db, u: AuthUser, id: string) {
  const row = await db
    .selectFrom('pending_matters')
    .selectAll()
    .where('tenant_id', '=', u.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw entryNotFound('việc đang xem xét');
  const s = row.person_id
    ? await subjectToManage(db, u, 'INDIVIDUAL', row.person_id)
    : await subjectToManage(db, u, 'COLLECTIVE', row.subject_unit_id ?? '');
  return { row, s };
}

export async function updatePendingMatter(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: PendingMatterInput,
): Promise<SubjectHistory> {
  const { row, s } = await matterRow(db, u, id);
  refuse(pendingMatterProblems(b, todayIn(clock)));
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('pending_matters')
      .set({ ...matterValues(b), updated_at: isoNow(clock) })
      .where('id', '=', id)
      .where('tenant_id', '=', u.tenantId)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'pending_matter',
      entityId: id,
      action: 'update',
      summary: `Sửa việc đang xem xét của ${s.name}`,
      data: { before: row, after: b },
    });
  });
  return historyOf(db, u, s);
}

export async function closePendingMatter(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  closedOn: string,
): Promise<SubjectHistory> {
  const { row, s } = await matterRow(db, u, id);
  if (row.closed_on)
    throw new AppError(
      'ALREADY_CLOSED',
      `Việc đang xem xét này đã kết thúc ngày ${row.closed_on.split('-').reverse().join('/')}.`,
    );
  refuse(pendingMatterProblems({ since: row.since, closedOn }, todayIn(clock)));
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('pending_matters')
      .set({ closed_on: closedOn, updated_at: isoNow(clock) })
      .where('id', '=', id)
      .where('tenant_id', '=', u.tenantId)
      .where('closed_on', 'is', null)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'pending_matter',
      entityId: id,
      action: 'close',
      summary: `Kết thúc việc đang xem xét của ${s.name} ngày ${closedOn}`,
      data: { closedOn },
    });
  });
  return historyOf(db, u, s);
}

export async function deletePendingMatter(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  reason: string,
): Promise<SubjectHistory> {
  const { row, s } = await matterRow(db, u, id);
  return removeEntry(db, clock, u, actor, {
    table: 'pending_matters',
    id,
    subject: s,
    summary: `Xóa việc đang xem xét của ${s.name}`,
    record: row,
    reason,
  });
}
