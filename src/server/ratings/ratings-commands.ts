/** Changing annual performance ratings: one person's entry, or the import of a filled template (audited). */
import type { Transaction } from 'kysely';
import type { ImportMode, ImportReport, RatingRow } from '../../contract/ratings';
import { can } from '../../core/auth/policy';
import { type RatingRecord, type RatingRowError, validateRatingRows } from '../../core/scoring/rating-rows';
import { PERFORMANCE_RATING_LABELS, type PerformanceRating } from '../../core/scoring/ratings';
import { foldVietnamese } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import { mapUniqueViolation } from '../plans/unique-violation';
import { withImportSlot } from './import-slots';
import { readRatingRows, summariseErrors } from './ratings-import';
import { RATED_CATEGORIES, ratingRows, ratingScope } from './ratings-queries';

/**
 * Upsert ratings keeping one row per person and year (the law engine reads them): an existing
 * rating of the year is replaced. Returns how many replaced an earlier one.
 */
async function saveRatings(
  trx: Transaction<Database>,
  tenantId: string,
  year: number,
  items: readonly { personId: string; rating: PerformanceRating }[],
  source: 'MANUAL' | 'IMPORT',
  now: string,
): Promise<number> {
  let updated = 0;
  for (const it of items) {
    const existing = await trx
      .selectFrom('ratings')
      .select('id')
      .where('person_id', '=', it.personId)
      .where('year', '=', year)
      .executeTakeFirst();
    if (existing) {
      updated += 1;
      await trx
        .updateTable('ratings')
        .set({ rating: it.rating, source, created_at: now })
        .where('id', '=', existing.id)
        .execute();
    } else {
      await trx
        .insertInto('ratings')
        .values({
          id: newId(),
          tenant_id: tenantId,
          person_id: it.personId,
          unit_id: null,
          year,
          rating: it.rating,
          source,
          created_at: now,
        })
        .execute();
    }
  }
  return updated;
}

/** Two saves of the same person and year raced; the database kept one. */
const concurrentRating = () =>
  new AppError(
    'CONCURRENT_EDIT',
    'Có người vừa lưu xếp loại cho cùng người và năm. Hãy tải lại rồi thử lại.',
  );

/** Enter (or clear, with null) one person's rating of a year; answers the person's row as the list shows it. */
export async function setRating(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: { year: number; personId: string; rating: PerformanceRating | null },
): Promise<RatingRow> {
  const person = await db
    .selectFrom('people')
    .select(['id', 'full_name', 'unit_id', 'category'])
    .where('id', '=', b.personId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!person) throw notFound('người được xếp loại');
  await ratingScope(db, u, person.unit_id, true);
  if (!RATED_CATEGORIES.includes(person.category)) {
    throw new AppError(
      'NOT_RATED',
      `${person.full_name} không thuộc diện đánh giá, xếp loại chất lượng hằng năm.`,
    );
  }
  await mapUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        if (b.rating)
          await saveRatings(
            trx,
            u.tenantId,
            b.year,
            [{ personId: person.id, rating: b.rating }],
            'MANUAL',
            isoNow(clock),
          );
        else
          await trx
            .deleteFrom('ratings')
            .where('person_id', '=', person.id)
            .where('year', '=', b.year)
            .execute();
        await writeAudit(trx, clock, actor, {
          entityType: 'person',
          entityId: person.id,
          action: b.rating ? 'rating' : 'rating-clear',
          summary: b.rating
            ? `Xếp loại năm ${b.year} của ${person.full_name}: ${PERFORMANCE_RATING_LABELS[b.rating]}`
            : `Xóa xếp loại năm ${b.year} của ${person.full_name}`,
          data: b,
        });
      }),
    concurrentRating,
  );
  const [row] = await ratingRows(db, u.tenantId, b.year, null, person.id);
  if (!row) throw notFound('người được xếp loại');
  return row;
}

/** Checks that need the database: the person exists, is rated, matches the name, and is within the user's unit. */
async function checkPeople(db: Db, u: AuthUser, valid: RatingRecord[]) {
  const people = await db
    .selectFrom('people')
    .select(['id', 'full_name', 'unit_id', 'category'])
    .where('tenant_id', '=', u.tenantId)
    .execute();
  const byId = new Map(people.map((p) => [p.id.toLowerCase(), p]));
  const ok: (RatingRecord & { personId: string })[] = [];
  const errors: RatingRowError[] = [];
  for (const r of valid) {
    const p = byId.get(r.personCode.toLowerCase());
    const err = (field: RatingRowError['field'], message: string) =>
      errors.push({ rowNumber: r.rowNumber, field, message: `Dòng ${r.rowNumber}: ${message}` });
    if (!p) err('personCode', `mã cán bộ ${r.personCode} không có trong danh sách của xã.`);
    else if (foldVietnamese(p.full_name) !== foldVietnamese(r.name))
      err('name', `họ tên "${r.name}" không khớp với mã cán bộ (${p.full_name}).`);
    else if (!RATED_CATEGORIES.includes(p.category))
      err('personCode', `${p.full_name} không thuộc diện đánh giá, xếp loại chất lượng hằng năm.`);
    else if (!can(u, 'rating.enter', { unitId: p.unit_id }))
      err('personCode', `${p.full_name} không thuộc đơn vị của bạn.`);
    else ok.push({ ...r, personId: p.id });
  }
  return { ok, errors };
}

/**
 * Import a filled template. Every bad row is reported with its row number; by default nothing is
 * imported while any row is bad (422). With `clean-rows-only` the clean rows are imported and the
 * rejected ones listed. Either way it is one transaction with one audit row.
 */
export async function importRatings(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: { year: number; fileBase64: string; fileName: string; mode: ImportMode },
): Promise<ImportReport> {
  await ratingScope(db, u, undefined, true);
  const file = Buffer.from(b.fileBase64.replace(/^data:[^,]*,/, ''), 'base64');
  return withImportSlot(u.tenantId, () =>
    importRatingsNow(db, clock, u, actor, file, b.year, b.mode, b.fileName),
  );
}

async function importRatingsNow(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  file: Buffer,
  year: number,
  mode: ImportMode,
  fileName: string,
): Promise<ImportReport> {
  const rows = await readRatingRows(file);
  if (rows.length === 0) throw new AppError('EMPTY_FILE', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');
  const checked = validateRatingRows(rows, { expectedYear: year });
  const people = await checkPeople(db, u, checked.valid);
  const rejected = [...checked.errors, ...people.errors].sort((a, b) => a.rowNumber - b.rowNumber);
  if (rejected.length && mode === 'all-or-nothing') {
    const badRows = new Set(rejected.map((e) => e.rowNumber)).size;
    throw new AppError(
      'IMPORT_HAS_ERRORS',
      `Tệp có ${badRows}/${rows.length} dòng lỗi, chưa nhập dòng nào. Sửa các dòng lỗi rồi nhập lại, hoặc chọn chỉ nhập các dòng đúng.`,
      { ...summariseErrors(rejected), rows: rows.length },
    );
  }
  if (people.ok.length === 0)
    throw new AppError('NOTHING_TO_IMPORT', 'Không có dòng nào hợp lệ để nhập.', {
      ...summariseErrors(rejected),
      rows: rows.length,
    });
  const updated = await mapUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        const n = await saveRatings(
          trx,
          u.tenantId,
          year,
          people.ok.map((r) => ({ personId: r.personId, rating: r.rating })),
          'IMPORT',
          isoNow(clock),
        );
        await writeAudit(trx, clock, actor, {
          entityType: 'ratings',
          entityId: `${year}`,
          action: 'import',
          summary: `Nhập xếp loại năm ${year} từ tệp "${fileName}": ${people.ok.length} người${rejected.length ? `, bỏ qua ${new Set(rejected.map((e) => e.rowNumber)).size} dòng lỗi` : ''}`,
          data: {
            mode,
            fileName,
            imported: people.ok.map((r) => ({
              row: r.rowNumber,
              personId: r.personId,
              rating: r.rating,
              label: PERFORMANCE_RATING_LABELS[r.rating],
            })),
            ...summariseErrors(rejected),
          },
        });
        return n;
      }),
    concurrentRating,
  );
  return { mode, rows: rows.length, imported: people.ok.length, updated, ...summariseErrors(rejected) };
}
