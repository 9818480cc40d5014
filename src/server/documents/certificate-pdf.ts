import fs from 'node:fs';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatDateVi, longDateVi } from '../../core/text';
import { AppError } from '../http/errors';
import { requireFields } from './document-data-error';
import { TINOS } from './fonts';

/** One Giấy khen (certificate of merit) as printed. */
export interface CertificateData {
  issuerName: string; // "ỦY BAN NHÂN DÂN XÃ TÂN VIỆT"
  signerTitle: string; // "CHỦ TỊCH"
  signerName: string;
  awardeeName: string;
  awardeeDescription: string;
  achievement: string;
  decisionNumber: string; // "15/QĐ-UBND"
  decisionDate: string; // YYYY-MM-DD
  place: string; // "Tân Việt"
  registerNumber: number;
  verifyCode: string;
  verifyUrl: string;
}

// Fonts are read and parsed by fontkit once per process; pdfkit (≥ 0.16) accepts the parsed font object
// and only subsets it per document — re-parsing the TTF for every document is several times slower.
type ParsedFonts = Record<keyof typeof TINOS, fontkit.Font>;
let parsed: ParsedFonts | null = null;
function fonts(): ParsedFonts {
  parsed ??= {
    regular: fontkit.create(fs.readFileSync(TINOS.regular)),
    bold: fontkit.create(fs.readFileSync(TINOS.bold)),
    italic: fontkit.create(fs.readFileSync(TINOS.italic)),
    boldItalic: fontkit.create(fs.readFileSync(TINOS.boldItalic)),
  };
  return parsed;
}
/** pdfkit's types list only byte sources; at run time it takes a fontkit font as is (PDFFontFactory.open). */
const asSource = (f: fontkit.Font) => f as unknown as Uint8Array;

const RED = '#b71c1c';
const GOLD = '#c9a227';
const W = 841.89;
const H = 595.28;

function validate(c: CertificateData, i: number): void {
  const p = `giấy khen thứ ${i + 1}: `;
  const f: Record<string, unknown> = {};
  const add = (label: string, v: unknown) => {
    f[p + label] = v;
  };
  add('cơ quan cấp', c.issuerName);
  add('chức danh người ký', c.signerTitle);
  add('người ký', c.signerName);
  add('người/tập thể được khen', c.awardeeName);
  add('thành tích', c.achievement);
  add('số quyết định', c.decisionNumber);
  add('ngày quyết định', c.decisionDate);
  add('địa danh', c.place);
  add('số sổ', c.registerNumber);
  add('mã xác minh', c.verifyCode);
  requireFields(f);
}

function border(doc: PDFKit.PDFDocument): void {
  doc.save();
  doc
    .lineWidth(7)
    .strokeColor(GOLD)
    .rect(16, 16, W - 32, H - 32)
    .stroke();
  doc
    .lineWidth(1.6)
    .strokeColor(RED)
    .rect(28, 28, W - 56, H - 56)
    .stroke();
  doc
    .lineWidth(0.6)
    .strokeColor(GOLD)
    .rect(33, 33, W - 66, H - 66)
    .stroke();
  // Corner ornaments: a gold lozenge with a red star-point at each corner of the inner frame.
  for (const [x, y] of [
    [33, 33],
    [W - 33, 33],
    [33, H - 33],
    [W - 33, H - 33],
  ] as const) {
    doc
      .fillColor(GOLD)
      .polygon([x, y - 14], [x + 14, y], [x, y + 14], [x - 14, y])
      .fill();
    doc.fillColor(RED).circle(x, y, 4).fill();
  }
  // A small ornament band at the middle of the top and bottom edges.
  for (const y of [28, H - 28]) {
    doc
      .fillColor(GOLD)
      .polygon([W / 2 - 40, y], [W / 2, y - 6], [W / 2 + 40, y], [W / 2, y + 6])
      .fill();
  }
  doc.restore();
}

function qr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = code.modules.size;
  const cell = size / n;
  doc.save().fillColor('#000');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (code.modules.get(r, c)) doc.rect(x + c * cell, y + r * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fill().restore();
}

/** "Hoàn thành xuất sắc …" → "hoàn thành xuất sắc …" after "Đã có thành tích" (acronyms such as "UBND" kept). */
export function achievementClause(achievement: string): string {
  const rest = achievement.trim().replace(/^(đã )?có thành tích[:\s]*/i, '');
  const [first = '', second = ''] = [...rest];
  return second && second === second.toLowerCase() ? first.toLowerCase() + rest.slice(first.length) : rest;
}

function page(doc: PDFKit.PDFDocument, c: CertificateData): void {
  border(doc);
  const inner = { x: 60, w: W - 120 };
  doc
    .fillColor('#000')
    .font('bold')
    .fontSize(14)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', inner.x, 56, { width: inner.w, align: 'center' });
  doc.fontSize(13).text('Độc lập - Tự do - Hạnh phúc', { width: inner.w, align: 'center' });
  const ruleY = doc.y + 4;
  doc
    .moveTo(W / 2 - 85, ruleY)
    .lineTo(W / 2 + 85, ruleY)
    .lineWidth(0.8)
    .strokeColor('#000')
    .stroke();
  doc
    .moveDown(0.8)
    .font('bold')
    .fontSize(15)
    .fillColor('#000')
    .text(`${c.signerTitle.toUpperCase()} ${c.issuerName.toUpperCase()}`, inner.x, ruleY + 14, {
      width: inner.w,
      align: 'center',
    });
  doc
    .moveDown(0.4)
    .font('bold')
    .fontSize(46)
    .fillColor(RED)
    .text('GIẤY KHEN', { width: inner.w, align: 'center', characterSpacing: 2 });
  doc
    .moveDown(0.1)
    .font('italic')
    .fontSize(16)
    .fillColor('#000')
    .text('Tặng', { width: inner.w, align: 'center' });
  doc
    .moveDown(0.1)
    .font('bold')
    .fontSize(24)
    .fillColor('#0d3b8c')
    .text(c.awardeeName, { width: inner.w, align: 'center' });
  if (c.awardeeDescription)
    doc
      .font('regular')
      .fontSize(14)
      .fillColor('#000')
      .text(c.awardeeDescription, { width: inner.w, align: 'center' });
  doc
    .moveDown(0.4)
    .font('italic')
    .fontSize(15)
    .fillColor('#000')
    .text(`Đã có thành tích ${achievementClause(c.achievement)}`, inner.x + 40, doc.y, {
      width: inner.w - 80,
      align: 'center',
    });

  const baseY = 420;
  const qrSize = 78;
  qr(doc, c.verifyUrl, 70, baseY + 10, qrSize);
  doc
    .font('regular')
    .fontSize(10)
    .fillColor('#000')
    .text(`Quyết định số ${c.decisionNumber} ngày ${formatDateVi(c.decisionDate)}`, 156, baseY + 14, {
      width: 250,
    })
    .text(`Số sổ: ${c.registerNumber}`, { width: 250 })
    .font('bold')
    .text(`Mã xác minh: ${c.verifyCode}`, { width: 250 })
    .font('regular')
    .fontSize(7.5)
    .fillColor('#444')
    .text(`Kiểm tra tại ${c.verifyUrl.split('?')[0]}`, { width: 250 });

  const right = { x: 470, w: 300 };
  doc
    .font('italic')
    .fontSize(14)
    .fillColor('#000')
    .text(longDateVi(c.decisionDate, c.place), right.x, baseY, { width: right.w, align: 'center' });
  doc
    .font('bold')
    .fontSize(14)
    .text(c.signerTitle.toUpperCase(), right.x, baseY + 22, { width: right.w, align: 'center' });
  doc
    .font('bold')
    .fontSize(15)
    .text(c.signerName, right.x, baseY + 105, { width: right.w, align: 'center' });
}

/** Certificates, one A4-landscape page each, all in one PDF (for printing a whole decision). */
export async function renderCertificatesPdf(items: CertificateData[]): Promise<Buffer> {
  if (items.length === 0) throw new AppError('NO_CERTIFICATES', 'Không có giấy khen nào còn hiệu lực để in.');
  items.forEach(validate);
  const f = fonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    info: { Title: 'Giấy khen', Producer: 'Thi Đua' },
  });
  doc.registerFont('regular', asSource(f.regular));
  doc.registerFont('bold', asSource(f.bold));
  doc.registerFont('italic', asSource(f.italic));
  doc.registerFont('boldItalic', asSource(f.boldItalic));
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const c of items) {
    doc.addPage();
    page(doc, c);
  }
  doc.end();
  return done;
}
