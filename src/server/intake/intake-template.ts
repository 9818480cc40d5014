/**
 * The intake templates: a data sheet (header row, drop-downs on coded columns), an instructions sheet
 * (what each column means, formats, the order of imports) and a sheet of the lists the drop-downs read.
 */
import ExcelJS from 'exceljs';
import type { IntakeKind } from '../../contract/intake';
import { CHOICES, type Choice, COLUMNS, choiceText, KIND_TITLES, type ListName } from './intake-columns';

export const DATA_SHEET = 'Dữ liệu';
export const HELP_SHEET = 'Hướng dẫn';
export const LISTS_SHEET = 'Danh mục';
/** Drop-downs cover this many data rows (far beyond a commune's file). */
export const TEMPLATE_ROWS = 60_000;

const colLetter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

const ORDER =
  'Thứ tự nhập: 1) Đơn vị → 2) Cá nhân → 3) Khen thưởng đã có, sáng kiến, kỷ luật (các tệp này tìm người theo số CCCD và đơn vị theo mã đã nhập trước).';

/** The template of one kind; `units` are the commune's units (code and name) for the unit drop-downs. */
export async function intakeTemplate(
  kind: IntakeKind,
  communeName: string,
  units: readonly Choice[],
): Promise<Buffer> {
  const cols = COLUMNS[kind];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Thi Đua';
  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  // ExcelJS keeps validations of whole ranges (one XML element each), though its types do not say so
  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  const help = wb.addWorksheet(HELP_SHEET);
  const lists = wb.addWorksheet(LISTS_SHEET);

  ws.columns = cols.map((c) => ({ width: c.width }));
  const header = ws.getRow(1);
  header.values = cols.map((c) => c.header);
  header.font = { bold: true };
  header.eachCell((c, n) => {
    c.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: cols[n - 1]?.required ? 'FFFCE4D6' : 'FFDDEBF7' },
    };
    c.border = { bottom: { style: 'thin' } };
  });
  // citizen IDs and codes keep their leading zeros: text cells
  cols.forEach((c, i) => {
    if (c.key === 'citizenId' || c.key.endsWith('Code') || c.key === 'code') ws.getColumn(i + 1).numFmt = '@';
  });

  // one column of the lists sheet per list used
  const used = [...new Set(cols.flatMap((c) => (c.list ? [c.list] : [])))];
  const listRange = new Map<ListName, string>();
  used.forEach((name, i) => {
    const items = name === 'unit' ? units : CHOICES[name];
    const col = colLetter(i + 1);
    lists.getCell(`${col}1`).value =
      name === 'unit' ? 'Đơn vị của xã' : (cols.find((c) => c.list === name)?.header ?? name);
    lists.getCell(`${col}1`).font = { bold: true };
    lists.getColumn(i + 1).width = 48;
    items.forEach((it, j) => {
      lists.getCell(`${col}${j + 2}`).value = name === 'unit' ? `${it.code} - ${it.label}` : choiceText(it);
    });
    listRange.set(name, `'${LISTS_SHEET}'!$${col}$2:$${col}$${Math.max(2, items.length + 1)}`);
  });
  cols.forEach((c, i) => {
    if (!c.list) return;
    const col = colLetter(i + 1);
    // the unit column of the units file may name a unit of the same file: a hint, not a rule
    const strict = !(kind === 'units' && c.list === 'unit');
    validations.add(`${col}2:${col}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: !c.required,
      formulae: [listRange.get(c.list) as string],
      showErrorMessage: strict,
      errorStyle: strict ? 'stop' : 'information',
      errorTitle: `${c.header} không hợp lệ`,
      error: 'Chọn một giá trị trong danh sách.',
    });
  });

  help.columns = [{ width: 34 }, { width: 12 }, { width: 90 }];
  help.getCell('A1').value =
    `NHẬP ${KIND_TITLES[kind].toUpperCase()} TỪ EXCEL — ${communeName.toUpperCase()}`;
  help.getCell('A1').font = { bold: true, size: 13 };
  help.getCell('A2').value =
    `Điền mỗi dòng một bản ghi ở trang "${DATA_SHEET}", từ dòng 2; không đổi tên cột. Ngày ghi dd/mm/yyyy. Cột có "x": đánh x nếu đúng. Các cột có danh sách: chọn trong danh sách (mã - tên), xem trang "${LISTS_SHEET}".`;
  help.getCell('A3').value = ORDER;
  const h = help.getRow(5);
  h.values = ['Cột', 'Bắt buộc', 'Ý nghĩa, cách ghi'];
  h.font = { bold: true };
  cols.forEach((c, i) => {
    help.getRow(6 + i).values = [c.header, c.required ? 'Có' : '', c.help];
    help.getCell(`C${6 + i}`).alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
