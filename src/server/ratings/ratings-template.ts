import ExcelJS from 'exceljs';
import type { RatingRow } from '../../contract/ratings';
import { PERFORMANCE_RATING_LABELS, PERFORMANCE_RATINGS } from '../../core/scoring/ratings';

/** Header texts of the template; the import finds the header row by the first of them. */
export const TEMPLATE_HEADERS = [
  'Mã cán bộ',
  'Họ và tên',
  'Chức vụ',
  'Đơn vị',
  'Năm',
  'Kết quả xếp loại',
] as const;
export const SHEET_NAME = 'Xếp loại';

const LIST = `"${PERFORMANCE_RATINGS.map((r) => PERFORMANCE_RATING_LABELS[r]).join(',')}"`;

/**
 * The ratings template: one row per person (pre-filled, with last saved rating if any), a drop-down
 * of the four ratings in the last column. Extra rows keep the drop-down for people added by hand.
 */
export async function ratingsTemplate(
  year: number,
  unitName: string,
  rows: readonly RatingRow[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Thi Đua';
  const ws = wb.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.columns = [{ width: 38 }, { width: 28 }, { width: 30 }, { width: 34 }, { width: 8 }, { width: 34 }];
  ws.getCell('A1').value = `DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM ${year} — ${unitName.toUpperCase()}`;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value =
    'Chọn kết quả ở cột "Kết quả xếp loại"; không sửa cột "Mã cán bộ". Mỗi người một dòng. Các mức: ' +
    PERFORMANCE_RATINGS.map((r) => `${PERFORMANCE_RATING_LABELS[r]} (${r})`).join('; ') +
    '.';
  ws.getCell('A2').font = { italic: true, size: 10 };
  const header = ws.getRow(4);
  header.values = [...TEMPLATE_HEADERS];
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    c.border = { bottom: { style: 'thin' } };
  });
  rows.forEach((r, i) => {
    ws.getRow(5 + i).values = [
      r.personId,
      r.fullName,
      r.position ?? '',
      r.unitName,
      year,
      r.ratingLabel ?? '',
    ];
  });
  const last = 5 + rows.length + 20;
  for (let n = 5; n < last; n++) {
    ws.getCell(`F${n}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [LIST],
      showErrorMessage: true,
      errorTitle: 'Xếp loại không hợp lệ',
      error: 'Chọn một trong bốn mức xếp loại trong danh sách.',
    };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
