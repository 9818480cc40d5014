/**
 * Importing a filled intake template: read, check every row, and write the clean ones — created or
 * updated by their key (units by code, people by citizen ID, history by its unique key) — in one
 * transaction with one audit row. By default nothing is written while any row is bad.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { sql, type Transaction } from 'kysely';
import type { IntakeKind, IntakeReport, IntakeRowError } from '../../contract/intake';
import type { ImportMode } from '../../contract/ratings';
import { can } from '../../core/auth/policy';
import { foldVietnamese } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, forbidden } from '../http/errors';
import { mapUniqueViolation } from '../plans/unique-violation';
import {
  type AwardRecord,
  type Checked,
  checkRows,
  type DisciplineRecord,
  type InitiativeRecord,
  keys,
  type PersonRecord,
  placeUnits,
  type RecordOf,
  type UnitRecord,
} from './intake-check';
import { KIND_TITLES } from './intake-columns';
import { intakeContext } from './intake-queries';
import { BATCH, readIntakeRows } from './intake-read';

export type IntakePhase = 'READING' | 'CHECKING' | 'WRITING';
export type Progress = (phase: IntakePhase, processed: number, total: number | null) => void;

/** What an import ended with: written (DONE) or refused for its bad rows (nothing written). */
export interface IntakeOutcome {
  state: 'DONE' | 'REFUSED';
  report: IntakeReport;
  /** Every bad row's problems, sorted by row. */
  errors: IntakeRowError[];
  /** Why nothing was written (REFUSED). */
  refusal: { code: 'IMPORT_HAS_ERRORS' | 'NOTHING_TO_IMPORT'; message: string } | null;
}

const n = (x: number) => x.toLocaleString('vi-VN');

/**
 * The use case the route's job runs (and the bench): read the file, check its rows, write the clean ones.
 * Throws AppError when the file cannot be read (nothing written).
 */
export async function runIntake(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  input: { kind: IntakeKind; file: Buffer; fileName: string; mode: ImportMode },
  progress: Progress = () => {},
): Promise<IntakeOutcome> {
  if (!can(u, 'intake.import'))
    throw forbidden('Chỉ cán bộ thi đua, khen thưởng được nhập dữ liệu từ Excel.');
  const { kind, mode } = input;
  progress('READING', 0, null);
  const rows = await readIntakeRows(kind, input.file, (k) => progress('READING', k, null));
  const ctx = await intakeContext(db, clock, u.tenantId, kind, rows);

  const seen = new Map<string, number>();
  const checked: { ok: Checked<RecordOf[typeof kind]>[]; errors: IntakeRowError[] } = { ok: [], errors: [] };
  for (let i = 0; i < rows.length; i += BATCH) {
    checkRows(kind, rows.slice(i, i + BATCH), ctx, seen, checked);
    progress('CHECKING', Math.min(i + BATCH, rows.length), rows.length);
    await nextTurn();
  }
  let ok = checked.ok;
  if (kind === 'units') ok = placeUnits(ok as Checked<UnitRecord>[], ctx, checked.errors);
  const errors = checked.errors.sort((a, b) => a.rowNumber - b.rowNumber);
  const rejectedRows = new Set(errors.map((e) => e.rowNumber)).size;
  const base = { rows: rows.length, rejectedRows };

  if (rejectedRows && mode === 'all-or-nothing')
    return {
      state: 'REFUSED',
      report: { ...base, imported: 0, created: 0, updated: 0 },
      errors,
      refusal: {
        code: 'IMPORT_HAS_ERRORS',
        message: `Tệp có ${n(rejectedRows)}/${n(rows.length)} dòng lỗi, chưa nhập dòng nào. Sửa các dòng lỗi rồi nhập lại, hoặc chọn chỉ nhập các dòng đúng.`,
      },
    };
  if (ok.length === 0)
    return {
      state: 'REFUSED',
      report: { ...base, imported: 0, created: 0, updated: 0 },
      errors,
      refusal: { code: 'NOTHING_TO_IMPORT', message: 'Không có dòng nào hợp lệ để nhập.' },
    };

  const now = isoNow(clock);
  progress('WRITING', 0, ok.length);
  const counts = await mapUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        const w: Writer = {
          trx,
          tenantId: u.tenantId,
          now,
          userId: u.id,
          done: 0,
          total: ok.length,
          progress,
        };
        const c = await WRITERS[kind](w, ok as never);
        const what = KIND_TITLES[kind].toLowerCase();
        await writeAudit(trx, clock, actor, {
          entityType: 'intake',
          entityId: kind,
          action: 'import',
          summary: `Nhập ${what} từ tệp "${input.fileName}": ${n(ok.length)} dòng (${n(c.created)} mới, ${n(c.updated)} cập nhật)${rejectedRows ? `, bỏ qua ${n(rejectedRows)} dòng lỗi` : ''}`,
          data: {
            kind,
            mode,
            fileName: input.fileName,
            rows: rows.length,
            created: c.created,
            updated: c.updated,
            rejectedRows,
            rejected: errors.slice(0, 100),
          },
        });
        return c;
      }),
    () =>
      new AppError(
        'CONCURRENT_EDIT',
        'Có người vừa thêm cùng bản ghi trong lúc nhập. Chưa nhập dòng nào; hãy nhập lại tệp.',
      ),
  );
  return {
    state: 'DONE',
    report: { ...base, imported: ok.length, ...counts },
    errors,
    refusal: null,
  };
}

interface Writer {
  trx: Transaction<Database>;
  tenantId: string;
  now: string;
  userId: string;
  done: number;
  total: number;
  progress: Progress;
}
interface Counts {
  created: number;
  updated: number;
}

/** Insert rows in slices of `size` (one statement each); count and yield between slices. */
async function insertMany<T>(w: Writer, items: T[], insert: (slice: T[]) => Promise<unknown>, size = 250) {
  for (let i = 0; i < items.length; i += size) {
    const slice = items.slice(i, i + size);
    await insert(slice);
    await tick(w, slice.length);
  }
}
async function tick(w: Writer, k: number) {
  const before = Math.floor(w.done / BATCH);
  w.done += k;
  if (Math.floor(w.done / BATCH) !== before || w.done === w.total) {
    w.progress('WRITING', w.done, w.total);
    await nextTurn();
  }
}

async function writeUnits(w: Writer, rows: Checked<UnitRecord>[]): Promise<Counts> {
  const { trx, tenantId } = w;
  const existing = await trx
    .selectFrom('organisations')
    .select(['id', 'code'])
    .where('tenant_id', '=', tenantId)
    .execute();
  const idOf = new Map(existing.map((e) => [e.code.toUpperCase(), e.id]));
  const fresh = rows.filter((r) => !idOf.has(r.rec.code));
  for (const r of fresh) idOf.set(r.rec.code, newId());
  // parents first: a new unit is inserted after the new unit above it
  const byCode = new Map(fresh.map((r) => [r.rec.code, r]));
  const placed = new Set<string>();
  const ordered: Checked<UnitRecord>[] = [];
  const visit = (r: Checked<UnitRecord>) => {
    if (placed.has(r.rec.code)) return;
    placed.add(r.rec.code);
    const p = r.rec.parentCode ? byCode.get(r.rec.parentCode) : undefined;
    if (p) visit(p);
    ordered.push(r);
  };
  for (const r of fresh) visit(r);
  const values = (r: UnitRecord) => ({
    parent_id: r.parentCode ? (idOf.get(r.parentCode) as string) : tenantId,
    level: r.kind === 'TO' ? 'TO' : 'DON_VI',
    kind: r.kind,
    name: r.name,
    short_name: r.shortName,
    search_text: foldVietnamese(`${r.name} ${r.shortName ?? ''} ${r.code}`.trim()),
    member_count: r.memberCount,
    small_collective: r.smallCollective ? 1 : 0,
    direct_work: r.directWork ? 1 : 0,
    updated_at: w.now,
  });
  for (const r of ordered) {
    // one at a time: a unit's parent may be a row just before it
    await trx
      .insertInto('organisations')
      .values({
        id: idOf.get(r.rec.code) as string,
        tenant_id: tenantId,
        code: r.rec.code,
        active_from: null,
        active_to: null,
        created_at: w.now,
        ...values(r.rec),
      })
      .execute();
    await tick(w, 1);
  }
  const updates = rows.filter((r) => !byCode.has(r.rec.code));
  for (const r of updates) {
    await trx
      .updateTable('organisations')
      .set(values(r.rec))
      .where('id', '=', idOf.get(r.rec.code) as string)
      .where('tenant_id', '=', tenantId)
      .execute();
    await tick(w, 1);
  }
  return { created: fresh.length, updated: updates.length };
}

/** The columns a re-imported person's row changes. */
const PERSON_UPDATED = [
  'unit_id',
  'full_name',
  'search_text',
  'gender',
  'birth_year',
  'birth_date',
  'ethnicity',
  'position',
  'category',
  'is_leader',
  'leader_tier',
  'direct_worker',
  'updated_at',
] as const;

async function writePeople(w: Writer, rows: Checked<PersonRecord>[]): Promise<Counts> {
  const { trx, tenantId } = w;
  const existing = await trx
    .selectFrom('people')
    .select(['id', 'citizen_id'])
    .where('tenant_id', '=', tenantId)
    .where('citizen_id', 'is not', null)
    .execute();
  const idOf = new Map(existing.map((e) => [e.citizen_id as string, e.id]));
  const values = (p: PersonRecord) => ({
    unit_id: p.unitId,
    full_name: p.fullName,
    search_text: foldVietnamese(p.fullName),
    gender: p.gender,
    birth_year: p.birthYear,
    birth_date: p.birthDate,
    ethnicity: p.ethnicity,
    position: p.position,
    category: p.category,
    is_leader: p.leaderTier === 'KHONG' ? 0 : 1,
    leader_tier: p.leaderTier,
    direct_worker: p.directWorker ? 1 : 0,
    updated_at: w.now,
  });
  const fresh = rows.filter((r) => !idOf.has(r.rec.citizenId));
  await insertMany(w, fresh, (slice) =>
    trx
      .insertInto('people')
      .values(
        slice.map((r) => ({
          id: newId(),
          tenant_id: tenantId,
          household_id: null,
          citizen_id: r.rec.citizenId,
          created_at: w.now,
          ...values(r.rec),
        })),
      )
      .execute(),
  );
  // updates in batches too: the same insert, turned into an update by the one-person-per-citizen-ID index
  const updates = rows.filter((r) => idOf.has(r.rec.citizenId));
  await insertMany(w, updates, (slice) =>
    trx
      .insertInto('people')
      .values(
        slice.map((r) => ({
          id: newId(), // the row exists: only its values are used
          tenant_id: tenantId,
          household_id: null,
          citizen_id: r.rec.citizenId,
          created_at: w.now,
          ...values(r.rec),
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'citizen_id'])
          .where('citizen_id', 'is not', null)
          .doUpdateSet((eb) => {
            const set: Record<string, unknown> = {};
            for (const c of PERSON_UPDATED) set[c] = eb.ref(`excluded.${c}`);
            // an edit open in the people page since before the import is then refused as stale
            set.version = eb('people.version', '+', 1);
            return set;
          }),
      )
      .execute(),
  );
  return { created: fresh.length, updated: updates.length };
}

async function writeAwards(w: Writer, rows: Checked<AwardRecord>[]): Promise<Counts> {
  const { trx, tenantId } = w;
  const existing = await trx
    .selectFrom('award_history')
    .select(['id', 'award_code', 'decision_number', 'person_id', 'subject_unit_id', 'household_id'])
    .where('tenant_id', '=', tenantId)
    .execute();
  const idOf = new Map(
    existing.map((e) => [
      keys.award({
        awardCode: e.award_code,
        decisionNumber: e.decision_number,
        subjectId: (e.person_id ?? e.subject_unit_id ?? e.household_id) as string,
      }),
      e.id,
    ]),
  );
  const values = (a: AwardRecord) => ({
    issuing_level: a.issuingLevel,
    issuing_body: a.issuingBody,
    decision_date: a.decisionDate,
    year: a.year,
    nature: a.nature,
    note: a.note,
    source: 'IMPORT' as const,
    updated_at: w.now,
  });
  const fresh = rows.filter((r) => !idOf.has(r.key));
  const row = (r: Checked<AwardRecord>) => ({
    id: newId(), // an update keeps the existing row's id
    tenant_id: tenantId,
    subject_kind: r.rec.subjectKind,
    person_id: r.rec.personId,
    subject_unit_id: r.rec.unitId,
    household_id: null,
    award_code: r.rec.awardCode,
    decision_number: r.rec.decisionNumber,
    created_by: w.userId,
    created_at: w.now,
    ...values(r.rec),
  });
  await insertMany(w, fresh, (slice) => trx.insertInto('award_history').values(slice.map(row)).execute());
  // updates in batches too: the same insert, turned into an update by the one-row-per-decision index
  const updates = rows.filter((r) => idOf.has(r.key));
  await insertMany(w, updates, (slice) =>
    trx
      .insertInto('award_history')
      .values(slice.map(row))
      .onConflict((oc) =>
        oc
          .expression(
            sql`tenant_id, award_code, decision_number, (coalesce(person_id, subject_unit_id, household_id))`,
          )
          .doUpdateSet((eb) => ({
            issuing_level: eb.ref('excluded.issuing_level'),
            issuing_body: eb.ref('excluded.issuing_body'),
            decision_date: eb.ref('excluded.decision_date'),
            year: eb.ref('excluded.year'),
            nature: eb.ref('excluded.nature'),
            note: eb.ref('excluded.note'),
            source: eb.ref('excluded.source'),
            updated_at: eb.ref('excluded.updated_at'),
            version: eb('award_history.version', '+', 1),
          })),
      )
      .execute(),
  );
  return { created: fresh.length, updated: updates.length };
}

async function writeInitiatives(w: Writer, rows: Checked<InitiativeRecord>[]): Promise<Counts> {
  const { trx, tenantId } = w;
  const existing = await trx
    .selectFrom('initiatives')
    .select(['id', 'person_id', 'year', 'title'])
    .where('tenant_id', '=', tenantId)
    .execute();
  const idOf = new Map(
    existing.map((e) => [keys.initiative({ personId: e.person_id, year: e.year, title: e.title }), e.id]),
  );
  const values = (i: InitiativeRecord) => ({
    kind: i.kind,
    title: i.title,
    level: i.level,
    recognized_on: i.recognizedOn,
    scope: i.scope,
    recognition_ref: i.recognitionRef,
    source: 'IMPORT' as const,
    updated_at: w.now,
  });
  const fresh = rows.filter((r) => !idOf.has(r.key));
  await insertMany(w, fresh, (slice) =>
    trx
      .insertInto('initiatives')
      .values(
        slice.map((r) => ({
          id: newId(),
          tenant_id: tenantId,
          person_id: r.rec.personId,
          year: r.rec.year,
          created_at: w.now,
          ...values(r.rec),
        })),
      )
      .execute(),
  );
  const updates = rows.filter((r) => idOf.has(r.key));
  for (const r of updates) {
    await trx
      .updateTable('initiatives')
      .set(values(r.rec))
      .where('id', '=', idOf.get(r.key) as string)
      .where('tenant_id', '=', tenantId)
      .execute();
    await tick(w, 1);
  }
  return { created: fresh.length, updated: updates.length };
}

async function writeDisciplines(w: Writer, rows: Checked<DisciplineRecord>[]): Promise<Counts> {
  const { trx, tenantId } = w;
  const existing = await trx
    .selectFrom('disciplines')
    .select(['id', 'person_id', 'kind', 'from_date'])
    .where('tenant_id', '=', tenantId)
    .execute();
  const idOf = new Map(
    existing.map((e) => [keys.discipline({ personId: e.person_id, kind: e.kind, from: e.from_date }), e.id]),
  );
  const values = (d: DisciplineRecord) => ({
    to_date: d.to,
    decision_ref: d.decisionRef,
    note: d.note,
    source: 'IMPORT' as const,
    updated_at: w.now,
  });
  const fresh = rows.filter((r) => !idOf.has(r.key));
  await insertMany(w, fresh, (slice) =>
    trx
      .insertInto('disciplines')
      .values(
        slice.map((r) => ({
          id: newId(),
          tenant_id: tenantId,
          person_id: r.rec.personId,
          kind: r.rec.kind,
          from_date: r.rec.from,
          created_at: w.now,
          ...values(r.rec),
        })),
      )
      .execute(),
  );
  const updates = rows.filter((r) => idOf.has(r.key));
  for (const r of updates) {
    await trx
      .updateTable('disciplines')
      .set(values(r.rec))
      .where('id', '=', idOf.get(r.key) as string)
      .where('tenant_id', '=', tenantId)
      .execute();
    await tick(w, 1);
  }
  return { created: fresh.length, updated: updates.length };
}

const WRITERS: { [K in IntakeKind]: (w: Writer, rows: Checked<RecordOf[K]>[]) => Promise<Counts> } = {
  units: writeUnits,
  people: writePeople,
  awards: writeAwards,
  initiatives: writeInitiatives,
  disciplines: writeDisciplines,
};
