import { AppError } from '../http/errors';
import { type XmlEvent, xmlEvents } from './xml-events';
import { inflateEntry, readZipDirectory, type ZipEntry, type ZipLimits } from './zip-directory';

/** What an uploaded spreadsheet may be. A commune's template has a few hundred rows and 6 columns. */
export interface SheetLimits extends ZipLimits {
  /** Most rows holding a value (title and header lines included). */
  maxRows: number;
  /** Most columns holding a value. */
  maxColumns: number;
  /** Most bytes of the sheet's XML once expanded. */
  maxSheetBytes: number;
  /** Most bytes of the shared strings (all distinct texts of the workbook). */
  maxSharedStringsBytes: number;
}

/** One row with at least one value: its Excel number and the values of its cells by column (1 = A), as the cells show them. */
export interface SheetRow {
  rowNumber: number;
  cells: Map<number, string | number>;
}

const SMALL_PART = 1024 * 1024;

async function* eventsOf(buf: Buffer, e: ZipEntry, max: number): AsyncGenerator<XmlEvent> {
  yield* xmlEvents(inflateEntry(buf, e, max));
}

/** The path of the first sheet, from the workbook and its relationships (xl/worksheets/sheet1.xml as a fallback). */
async function firstSheetPath(buf: Buffer, dir: Map<string, ZipEntry>): Promise<string> {
  const workbook = dir.get('xl/workbook.xml');
  const rels = dir.get('xl/_rels/workbook.xml.rels');
  let rid: string | undefined;
  if (workbook) {
    for await (const ev of eventsOf(buf, workbook, SMALL_PART)) {
      if (ev.kind === 'open' && ev.name === 'sheet') {
        rid = Object.entries(ev.attrs).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1];
        break;
      }
    }
  }
  if (rid && rels) {
    for await (const ev of eventsOf(buf, rels, SMALL_PART)) {
      if (ev.kind === 'open' && ev.name === 'Relationship' && ev.attrs.Id === rid && ev.attrs.Target) {
        const target = ev.attrs.Target;
        return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      }
    }
  }
  return 'xl/worksheets/sheet1.xml';
}

/** The shared strings table: every text cell of type "s" points into it. Phonetic runs (rPh) are skipped. */
async function sharedStrings(buf: Buffer, e: ZipEntry | undefined, max: number): Promise<string[]> {
  const out: string[] = [];
  if (!e) return out;
  let current: string[] | null = null;
  let inT = false;
  let inPhonetic = false;
  for await (const ev of eventsOf(buf, e, max)) {
    if (ev.kind === 'open') {
      if (ev.name === 'si') current = [];
      else if (ev.name === 'rPh') inPhonetic = true;
      else if (ev.name === 't' && !ev.selfClosing) inT = true;
    } else if (ev.kind === 'close') {
      if (ev.name === 'si') {
        out.push((current ?? []).join(''));
        current = null;
      } else if (ev.name === 'rPh') inPhonetic = false;
      else if (ev.name === 't') inT = false;
    } else if (inT && !inPhonetic && current) current.push(ev.text);
  }
  return out;
}

/** Column number of a cell reference (`F12` → 6). */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

const tooManyRows = (limits: SheetLimits) =>
  new AppError(
    'TOO_MANY_ROWS',
    `Tệp quá lớn: trang tính có hơn ${limits.maxRows.toLocaleString('vi-VN')} dòng có dữ liệu (tối đa ${limits.maxRows.toLocaleString('vi-VN')}). Hãy chia thành nhiều tệp theo đơn vị.`,
  );

/**
 * Rows of the first sheet, streamed: the zip is checked before anything is expanded, the sheet is
 * expanded and parsed chunk by chunk (other requests are served in between), and reading stops with a
 * clear 413 at the first limit crossed — declared size, real expanded size, rows or columns.
 */
export async function* readSheetRows(file: Buffer, limits: SheetLimits): AsyncGenerator<SheetRow> {
  const dir = readZipDirectory(file, limits);
  const sheet = dir.get(await firstSheetPath(file, dir));
  if (!sheet) throw new AppError('BAD_FILE', 'Tệp Excel không có trang tính nào.');
  const shared = await sharedStrings(file, dir.get('xl/sharedStrings.xml'), limits.maxSharedStringsBytes);

  let rows = 0;
  let row: SheetRow | null = null;
  let lastRow = 0;
  let col = 0;
  let type = '';
  let value: string[] | null = null;
  let inline: string[] | null = null;
  let inPhonetic = false;
  let inV = false;
  let inT = false;
  for await (const ev of eventsOf(file, sheet, limits.maxSheetBytes)) {
    if (ev.kind === 'open') {
      switch (ev.name) {
        case 'row':
          lastRow = ev.attrs.r ? Number(ev.attrs.r) : lastRow + 1;
          row = ev.selfClosing ? null : { rowNumber: lastRow, cells: new Map() };
          col = 0;
          break;
        case 'c':
          col = ev.attrs.r ? columnOf(ev.attrs.r) : col + 1;
          type = ev.attrs.t ?? 'n';
          value = null;
          inline = null;
          break;
        case 'v':
          value = [];
          inV = !ev.selfClosing;
          break;
        case 't':
          inT = !ev.selfClosing;
          break;
        case 'is':
          inline = [];
          break;
        case 'rPh':
          inPhonetic = true;
          break;
      }
    } else if (ev.kind === 'text') {
      if (inV && value) value.push(ev.text);
      else if (inT && inline && !inPhonetic) inline.push(ev.text);
    } else {
      switch (ev.name) {
        case 'v':
          inV = false;
          break;
        case 't':
          inT = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'c': {
          const v = cellValue(type, value?.join('') ?? null, inline?.join('') ?? null, shared);
          if (v !== null && row) {
            if (col > limits.maxColumns) {
              throw new AppError(
                'TOO_MANY_COLUMNS',
                `Tệp có dữ liệu ở cột thứ ${col} (tối đa ${limits.maxColumns} cột). Hãy dùng tệp mẫu tải từ phần mềm.`,
              );
            }
            row.cells.set(col, v);
          }
          value = null;
          inline = null;
          break;
        }
        case 'row':
          // rows with values only: rows that merely carry formatting (a column formatted down) cost bytes, not rows
          if (row && row.cells.size > 0) {
            if (++rows > limits.maxRows) throw tooManyRows(limits);
            yield row;
          }
          row = null;
          break;
      }
    }
  }
}

/** A cell as it shows: shared or inline text, a formula's text result, TRUE/FALSE, a number; errors are empty. */
function cellValue(
  type: string,
  v: string | null,
  inline: string | null,
  shared: string[],
): string | number | null {
  switch (type) {
    case 's':
      return v === null ? null : (shared[Number(v)] ?? null);
    case 'inlineStr':
      return inline;
    case 'str':
      return v;
    case 'b':
      return v === null ? null : v === '1' ? 'true' : 'false';
    case 'e':
      return null;
    default: {
      if (v === null || v === '') return null;
      const n = Number(v);
      return Number.isNaN(n) ? v : n;
    }
  }
}
