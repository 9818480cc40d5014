/**
 * Tiny valid files of each kind one may attach, built in the test (no file from outside the repository):
 * a one-page PDF with a line of text, a 1×1 PNG, a JPEG's bytes, a DOCX and an XLSX (ZIPs with their
 * content types and parts).
 */
import JSZip from 'jszip';

/** A minimal PDF 1.4 with one page showing `text` (ASCII). */
export function pdfBytes(text = 'Bien ban hop'): Uint8Array {
  const stream = `BT /F1 18 Tf 40 100 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const hex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (h) => Number.parseInt(h, 16));

/** A 1×1 red PNG. */
export const pngBytes = (): Uint8Array =>
  hex(
    '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc000000301010018dd8db40000000049454e44ae426082',
  );

/** The start of a JPEG (SOI, a JFIF APP0 segment) and its end: what a type check reads. */
export const jpegBytes = (): Uint8Array => hex('ffd8ffe000104a46494600010100000100010000ffd9');

async function officeZip(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const CT = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="${main}" ContentType="application/xml"/></Types>`;

export const docxBytes = (): Promise<Uint8Array> =>
  officeZip({
    '[Content_Types].xml': CT('/word/document.xml'),
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Báo cáo thành tích</w:t></w:r></w:p></w:body></w:document>',
  });

export const xlsxBytes = (): Promise<Uint8Array> =>
  officeZip({
    '[Content_Types].xml': CT('/xl/workbook.xml'),
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>',
  });

/** A ZIP that is no Office file (no content types). */
export const plainZipBytes = (): Promise<Uint8Array> => officeZip({ 'ghi-chu.txt': 'không phải tệp Word' });
