import type ExcelJS from 'exceljs';

/** Common look of the sheets sent upward: Times New Roman 12, bold shaded header, thin borders. */
export const FONT = { name: 'Times New Roman', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN } as const;

export interface SheetColumn {
  header: string;
  key: string;
  width: number;
  numFmt?: string;
}

/**
 * A sheet with a title block (commune and title rows, merged across the columns), a header row and
 * data rows; returns the header row number.
 */
export function tableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  titles: string[],
  columns: SheetColumn[],
  rows: Record<string, string | number>[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  titles.forEach((t, i) => {
    const r = ws.getRow(i + 1);
    r.getCell(1).value = t;
    r.getCell(1).font = { ...FONT, bold: true, size: i === 0 ? 12 : 14 };
    r.getCell(1).alignment = { horizontal: 'center' };
    ws.mergeCells(i + 1, 1, i + 1, columns.length);
  });
  const headerRow = ws.getRow(titles.length + 2);
  columns.forEach((c, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
    cell.border = BORDER;
  });
  headerRow.height = 32;
  rows.forEach((data, ri) => {
    const row = ws.getRow(titles.length + 3 + ri);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = data[c.key] ?? '';
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
      if (c.numFmt) cell.numFmt = c.numFmt;
    });
  });
  ws.views = [{ state: 'frozen', ySplit: titles.length + 2 }];
  return ws;
}

export const MONEY_FMT = '#,##0';
export const PERCENT_FMT = '0.0%';
