/** Reading a filled intake template: the rows under the header row, by column header, within limits. */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { IntakeKind } from '../../contract/intake';
import { foldVietnamese } from '../../core/text';
import { AppError } from '../http/errors';
import { readSheetRows, type SheetLimits } from '../ratings/xlsx-rows';
import { COLUMNS } from './intake-columns';

/** Limits of an intake file: 60 000 rows (a commune's whole past), 10 MB; far below harm. */
export const INTAKE_FILE_LIMITS: SheetLimits = {
  maxEntries: 200,
  maxTotalUncompressed: 400 * 1024 * 1024,
  maxRatio: 200,
  maxRows: 60_001,
  maxColumns: 40,
  maxSheetBytes: 300 * 1024 * 1024,
  maxSharedStringsBytes: 60 * 1024 * 1024,
};

/** One data row: its Excel number and its values by column key. */
export interface RawRow {
  rowNumber: number;
  v: Record<string, string | number | null>;
}

/** Rows between turns of the event loop (other requests are answered in between). */
export const BATCH = 500;

/**
 * The data rows of the first sheet: the header row is found among the first 20 rows by the first
 * column's header; columns are matched by their headers (in any order). Empty rows are skipped.
 */
export async function readIntakeRows(
  kind: IntakeKind,
  file: Buffer,
  onRows: (n: number) => void = () => {},
  limits: SheetLimits = INTAKE_FILE_LIMITS,
): Promise<RawRow[]> {
  const cols = COLUMNS[kind];
  const byHeader = new Map(cols.map((c) => [foldVietnamese(c.header), c.key]));
  const first = foldVietnamese(cols[0]?.header ?? '');
  let keyOf: Map<number, string> | null = null;
  const out: RawRow[] = [];
  let seen = 0;
  for await (const row of readSheetRows(file, limits)) {
    if (!keyOf) {
      const headers = [...row.cells].map(([c, v]) => [c, foldVietnamese(String(v).trim())] as const);
      if (headers.some(([, h]) => h === first)) {
        const found = new Map(
          headers.flatMap(([c, h]) => (byHeader.has(h) ? [[c, byHeader.get(h) as string]] : [])),
        );
        const missing = cols.filter((c) => c.required && ![...found.values()].includes(c.key));
        if (missing.length)
          throw new AppError(
            'BAD_TEMPLATE',
            `Tệp thiếu cột ${missing.map((c) => `"${c.header}"`).join(', ')}. Hãy dùng tệp mẫu tải từ phần mềm.`,
          );
        keyOf = found;
      } else if (row.rowNumber > 20) break;
      continue;
    }
    const v: RawRow['v'] = {};
    let any = false;
    for (const [c, key] of keyOf) {
      const cell = row.cells.get(c) ?? null;
      const empty = cell === null || String(cell).trim() === '';
      v[key] = empty ? null : cell;
      any ||= !empty;
    }
    if (any) out.push({ rowNumber: row.rowNumber, v });
    if (++seen % BATCH === 0) {
      onRows(out.length);
      await nextTurn();
    }
  }
  if (!keyOf)
    throw new AppError(
      'BAD_TEMPLATE',
      `Không tìm thấy dòng tiêu đề (cột đầu "${cols[0]?.header}"). Hãy dùng tệp mẫu tải từ phần mềm.`,
    );
  if (out.length === 0) throw new AppError('EMPTY_FILE', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');
  onRows(out.length);
  return out;
}
