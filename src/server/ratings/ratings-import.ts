import {
  type RatingRecord,
  type RatingRowError,
  type RatingRowInput,
  validateRatingRows,
} from '../../core/scoring/rating-rows';
import { PERFORMANCE_RATING_LABELS } from '../../core/scoring/ratings';
import { foldVietnamese } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { AppError } from '../http/errors';
import { mapUniqueViolation } from '../plans/unique-violation';
import { withImportSlot } from './import-slots';
import { RATED_CATEGORIES } from './ratings-queries';
import { concurrentRating, saveRatings } from './ratings-store';
import { TEMPLATE_HEADERS } from './ratings-template';
import { readSheetRows, type SheetLimits } from './xlsx-rows';

export type ImportMode = 'all-or-nothing' | 'clean-rows-only';

export interface ImportReport extends ErrorSummary {
  mode: ImportMode;
  /** Data rows read from the file. */
  rows: number;
  imported: number;
  /** Of the imported, how many replaced an earlier rating of the same person and year. */
  updated: number;
}

/** Limits of an uploaded ratings file: far above a commune (a few hundred people), far below harm. */
export const RATING_FILE_LIMITS: SheetLimits = {
  maxEntries: 200,
  maxTotalUncompressed: 40 * 1024 * 1024,
  maxRatio: 200,
  maxRows: 5000,
  maxColumns: 30,
  maxSheetBytes: 30 * 1024 * 1024,
  maxSharedStringsBytes: 10 * 1024 * 1024,
};

/** Rows of the first sheet under the header row ("Mã cán bộ" in column A), with their Excel row numbers. */
export async function readRatingRows(
  file: Buffer,
  limits: SheetLimits = RATING_FILE_LIMITS,
): Promise<RatingRowInput[]> {
  const header = foldVietnamese(TEMPLATE_HEADERS[0]);
  let headerRow = 0;
  const out: RatingRowInput[] = [];
  for await (const row of readSheetRows(file, limits)) {
    const cell = (c: number) => row.cells.get(c) ?? null;
    if (!headerRow) {
      if (foldVietnamese(String(cell(1) ?? '')) === header) headerRow = row.rowNumber;
      continue;
    }
    const cells = [1, 2, 5, 6].map(cell);
    if (cells.every((c) => c === null || String(c).trim() === '')) continue;
    out.push({
      rowNumber: row.rowNumber,
      personCode: cells[0],
      name: cells[1],
      year: cells[2],
      rating: cells[3],
    });
  }
  if (!headerRow) {
    throw new AppError(
      'BAD_TEMPLATE',
      `Không tìm thấy dòng tiêu đề "${TEMPLATE_HEADERS.join(' | ')}". Hãy dùng tệp mẫu của phần mềm.`,
    );
  }
  return out;
}

/** Errors shown in full up to this many; beyond, counted by kind (a 5 000-row file of errors is not sent back whole). */
export const ERRORS_SHOWN = 100;

export interface ErrorSummary {
  /** The first `ERRORS_SHOWN` errors, by row. */
  rejected: RatingRowError[];
  rejectedTotal: number;
  /** How many errors of each kind (field), over all rows. */
  rejectedByField: Partial<Record<RatingRowError['field'], number>>;
}

export function summariseErrors(errors: RatingRowError[]): ErrorSummary {
  const byField: Partial<Record<RatingRowError['field'], number>> = {};
  for (const e of errors) byField[e.field] = (byField[e.field] ?? 0) + 1;
  return { rejected: errors.slice(0, ERRORS_SHOWN), rejectedTotal: errors.length, rejectedByField: byField };
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
    else if (u.role === 'TRUONG_DON_VI' && p.unit_id !== u.unitId)
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
  u: AuthUser,
  actor: AuditActor,
  file: Buffer,
  year: number,
  mode: ImportMode,
  fileName: string,
): Promise<ImportReport> {
  return withImportSlot(u.tenantId, () => importRatingsNow(db, u, actor, file, year, mode, fileName));
}

async function importRatingsNow(
  db: Db,
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
        );
        await writeAudit(trx, actor, {
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
