import zlib from 'node:zlib';

/** Test files only: small .xlsx files written by hand, including hostile ones (bombs, huge sheets). */

interface Part {
  name: string;
  data: Buffer; // raw deflate
  crc: number;
  size: number;
}

/** A small part, deflated at once. */
function deflateParts(name: string, pieces: string[]): Part {
  const b = Buffer.from(pieces.join(''));
  return { name, data: zlib.deflateRawSync(b), crc: zlib.crc32(b), size: b.length };
}

/** Deflate pieces of text as a stream (a 400 MB sheet never exists in memory at once). */
async function deflatePartsAsync(name: string, pieces: Iterable<string | Buffer>): Promise<Part> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', () => resolve());
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const p of pieces) {
    const b = typeof p === 'string' ? Buffer.from(p) : p;
    crc = zlib.crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return { name, data: Buffer.concat(out), crc, size };
}

/** A zip of `parts`; `declare` may make the central directory lie about an expanded size. */
function zip(parts: Part[], declare: Record<string, number> = {}): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const size = declare[p.name] ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, p.data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(p.crc >>> 0, 16);
    dir.writeUInt32LE(p.data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + p.data.length;
  }
  const dirBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dirBuf, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Xep loai" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** One row of inline-string / number cells from column A. */
export function rowXml(n: number, values: (string | number | null)[]): string {
  const cells = values.map((v, i) => {
    if (v === null) return '';
    const ref = `${String.fromCharCode(65 + i)}${n}`;
    return typeof v === 'number'
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  });
  return `<row r="${n}">${cells.join('')}</row>`;
}

export const HEADER_ROW = rowXml(4, [
  'Mã cán bộ',
  'Họ và tên',
  'Chức vụ',
  'Đơn vị',
  'Năm',
  'Kết quả xếp loại',
]);

/** An .xlsx whose first sheet is `rows` (XML pieces), streamed through deflate. */
export async function xlsxOf(
  rows: Iterable<string>,
  opts: { declare?: Record<string, number> } = {},
): Promise<Buffer> {
  function* sheet() {
    yield '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    yield* rows;
    yield '</sheetData></worksheet>';
  }
  return zip(
    [
      deflateParts('[Content_Types].xml', [CONTENT_TYPES]),
      deflateParts('xl/workbook.xml', [WORKBOOK]),
      deflateParts('xl/_rels/workbook.xml.rels', [RELS]),
      await deflatePartsAsync('xl/worksheets/sheet1.xml', sheet()),
    ],
    opts.declare,
  );
}
