import ExcelJS from 'exceljs';
import { type RatingRecord, type RatingRowError, type RatingRowInput, validateRatingRows } from '../../core/scoring/rating-rows';
import { PERFORMANCE_RATING_LABELS } from '../../core/scoring/ratings';
import { foldVietnamese } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { AppError } from '../http/errors';
import { RATED_CATEGORIES } from './ratings-queries';
import { concurrentRating, saveRatings } from './ratings-store';
import { mapUniqueViolation } from '../plans/unique-violation';
import { TEMPLATE_HEADERS } from './ratings-template';

export type ImportMode = 'all-or-nothing' | 'clean-rows-only';

export interface ImportReport {
  mode: ImportMode;
  /** Data rows read from the file. */
  rows: number;
  imported: number;
  /** Of the imported, how many replaced an earlier rating of the same person and year. */
  updated: number;
  rejected: RatingRowError[];
}

/** A cell as a plain value: rich text, formulas and hyperlinks reduced to what they show. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean' || v instanceof Date) return String(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return plain((v.result ?? null) as ExcelJS.CellValue);
    if ('text' in v) return typeof v.text === 'string' ? v.text : plain(v.text as ExcelJS.CellValue);
  }
  return null;
}

/** Rows of the first sheet under the header row ("Mã cán bộ" in column A), with their Excel row numbers. */
export async function readRatingRows(file: Buffer): Promise<RatingRowInput[]> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer` interface, which Node's Buffer satisfies at run time
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError(400, 'BAD_FILE', 'Không đọc được tệp Excel (.xlsx). Hãy dùng tệp mẫu tải từ phần mềm.');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError(400, 'BAD_FILE', 'Tệp Excel không có trang tính nào.');
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && foldVietnamese(String(plain(row.getCell(1).value) ?? '')) === foldVietnamese(TEMPLATE_HEADERS[0])) headerRow = n;
  });
  if (!headerRow) {
    throw new AppError(400, 'BAD_TEMPLATE', `Không tìm thấy dòng tiêu đề "${TEMPLATE_HEADERS.join(' | ')}". Hãy dùng tệp mẫu của phần mềm.`);
  }
  const out: RatingRowInput[] = [];
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    const cells = [1, 2, 5, 6].map((c) => plain(row.getCell(c).value));
    if (cells.every((c) => c === null || String(c).trim() === '')) return;
    out.push({ rowNumber: n, personCode: cells[0], name: cells[1], year: cells[2], rating: cells[3] });
  });
  return out;
}

/** Checks that need the database: the person exists, is rated, matches the name, and is within the user's unit. */
async function checkPeople(db: Db, u: AuthUser, valid: RatingRecord[]) {
  const people = await db.selectFrom('people').select(['id', 'full_name', 'unit_id', 'category']).where('tenant_id', '=', u.tenantId).execute();
  const byId = new Map(people.map((p) => [p.id.toLowerCase(), p]));
  const ok: (RatingRecord & { personId: string })[] = [];
  const errors: RatingRowError[] = [];
  for (const r of valid) {
    const p = byId.get(r.personCode.toLowerCase());
    const err = (field: RatingRowError['field'], message: string) => errors.push({ rowNumber: r.rowNumber, field, message: `Dòng ${r.rowNumber}: ${message}` });
    if (!p) err('personCode', `mã cán bộ ${r.personCode} không có trong danh sách của xã.`);
    else if (foldVietnamese(p.full_name) !== foldVietnamese(r.name)) err('name', `họ tên "${r.name}" không khớp với mã cán bộ (${p.full_name}).`);
    else if (!RATED_CATEGORIES.includes(p.category)) err('personCode', `${p.full_name} không thuộc diện đánh giá, xếp loại chất lượng hằng năm.`);
    else if (u.role === 'TRUONG_DON_VI' && p.unit_id !== u.unitId) err('personCode', `${p.full_name} không thuộc đơn vị của bạn.`);
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
  db: Db, u: AuthUser, actor: AuditActor, file: Buffer, year: number, mode: ImportMode, fileName: string,
): Promise<ImportReport> {
  const rows = await readRatingRows(file);
  if (rows.length === 0) throw new AppError(422, 'EMPTY_FILE', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');
  const checked = validateRatingRows(rows, { expectedYear: year });
  const people = await checkPeople(db, u, checked.valid);
  const rejected = [...checked.errors, ...people.errors].sort((a, b) => a.rowNumber - b.rowNumber);
  if (rejected.length && mode === 'all-or-nothing') {
    const badRows = new Set(rejected.map((e) => e.rowNumber)).size;
    throw new AppError(
      422, 'IMPORT_HAS_ERRORS',
      `Tệp có ${badRows}/${rows.length} dòng lỗi, chưa nhập dòng nào. Sửa các dòng lỗi rồi nhập lại, hoặc chọn chỉ nhập các dòng đúng.`,
      { rejected, rows: rows.length },
    );
  }
  if (people.ok.length === 0) throw new AppError(422, 'NOTHING_TO_IMPORT', 'Không có dòng nào hợp lệ để nhập.', { rejected, rows: rows.length });
  const updated = await mapUniqueViolation(() => db.transaction().execute(async (trx) => {
    const n = await saveRatings(trx, u.tenantId, year, people.ok.map((r) => ({ personId: r.personId, rating: r.rating })), 'IMPORT');
    await writeAudit(trx, actor, {
      entityType: 'ratings', entityId: `${year}`, action: 'import',
      summary: `Nhập xếp loại năm ${year} từ tệp "${fileName}": ${people.ok.length} người${rejected.length ? `, bỏ qua ${new Set(rejected.map((e) => e.rowNumber)).size} dòng lỗi` : ''}`,
      data: {
        mode, fileName, imported: people.ok.map((r) => ({ row: r.rowNumber, personId: r.personId, rating: r.rating, label: PERFORMANCE_RATING_LABELS[r.rating] })),
        rejected,
      },
    });
    return n;
  }), concurrentRating);
  return { mode, rows: rows.length, imported: people.ok.length, updated, rejected };
}
