/** Reading a filled ratings template: the rows under the header, within limits; the summary of bad rows. */
import type { ImportErrorSummary } from '../../contract/ratings';
import type { RatingRowError, RatingRowInput } from '../../core/scoring/rating-rows';
import { foldVietnamese } from '../../core/text';
import { AppError } from '../http/errors';
import { TEMPLATE_HEADERS } from './ratings-template';
import { readSheetRows, type SheetLimits } from './xlsx-rows';

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

export function summariseErrors(errors: RatingRowError[]): ImportErrorSummary {
  const byField: ImportErrorSummary['rejectedByField'] = {};
  for (const e of errors) byField[e.field] = (byField[e.field] ?? 0) + 1;
  return { rejected: errors.slice(0, ERRORS_SHOWN), rejectedTotal: errors.length, rejectedByField: byField };
}
