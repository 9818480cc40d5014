import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  LineRuleType,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { longDateVi } from '../../core/text';

/**
 * The layout of an administrative document under Decree 30/2020/NĐ-CP (Appendix I, "Thể thức và kỹ
 * thuật trình bày văn bản hành chính"): A4 portrait; margins top/bottom 20–25 mm, left 30–35 mm,
 * right 15–20 mm; Times New Roman 13–14 pt; the two-column header (issuing body left, national motto
 * right), number and symbol under the body, the italic place-date line under the motto, the bold
 * centred title and summary, the body, "Nơi nhận" bottom-left (12 pt / 11 pt) and the signer
 * bottom-right. Widths are in DXA (twentieths of a point): LibreOffice ignores percentage widths.
 */
export const MM = 56.6929; // DXA per millimetre
export const PAGE = { width: 11906, height: 16838 }; // A4 in DXA
export const MARGIN = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
};
/** The text width between the margins (DXA). */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const FONT = 'Times New Roman';
/** Half-points, as docx wants them. */
export const pt = (n: number) => n * 2;
const BODY_PT = 14;
const FIRST_LINE_INDENT = 567; // 1 cm
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

export interface Issuer {
  /** The body above the issuer, upper-case regular ("ỦY BAN NHÂN DÂN"); empty for none. */
  parent: string;
  /** The issuing body, upper-case bold ("XÃ TÂN VIỆT"). */
  name: string;
}

export interface AdminHeader {
  issuer: Issuer;
  /** "15/QĐ-UBND" — printed "Số: 15/QĐ-UBND". */
  numberSymbol: string;
  place: string;
  date: string; // YYYY-MM-DD
}

export interface Signer {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" … (optional line above the title). */
  authority?: string | undefined;
  title: string;
  name: string;
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number; // points
  underline?: boolean;
}

export const run = (text: string, s: RunStyle = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: pt(s.size ?? BODY_PT),
    ...(s.bold ? { bold: true } : {}),
    ...(s.italics ? { italics: true } : {}),
    ...(s.underline ? { underline: {} } : {}),
  });

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface ParaOptions extends RunStyle {
  align?: Align;
  indent?: boolean;
  before?: number; // points
  after?: number; // points
  keepNext?: boolean;
}

/** A paragraph of runs; the body default is 14 pt, justified, first line indented 1 cm, 6 pt after. */
export function para(children: string | ParagraphChild[], o: ParaOptions = {}): Paragraph {
  const runs = typeof children === 'string' ? [run(children, o)] : children;
  return new Paragraph({
    children: runs,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: (o.before ?? 0) * 20, after: (o.after ?? 6) * 20, line: 288 },
    ...(o.indent === false || o.align === AlignmentType.CENTER
      ? {}
      : { indent: { firstLine: FIRST_LINE_INDENT } }),
    ...(o.keepNext ? { keepNext: true } : {}),
  });
}

export const centered = (text: string, s: RunStyle = {}, after = 0) =>
  para(text, { ...s, align: AlignmentType.CENTER, after });

/** A short horizontal rule under a centred line (the line under the body name, the motto, the summary). */
export function shortRule(widthDxa: number, cellWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - widthDxa) / 2));
  return new Paragraph({
    children: [],
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: side, right: side },
    // Space above, so the rule sits clear of the descenders of the line it underlines.
    spacing: { before: 50, after: 0, line: 120, lineRule: LineRuleType.EXACT },
  });
}

export function cell(
  children: FileChild[],
  width: number,
  o: { borders?: boolean; shade?: string } = {},
): TableCell {
  return new TableCell({
    children: children as Paragraph[],
    width: { size: width, type: WidthType.DXA },
    ...(o.borders
      ? {}
      : { borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } }),
    ...(o.shade ? { shading: { fill: o.shade } } : {}),
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
  });
}

function layoutTable(widths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows,
  });
}

/**
 * The header table is 600 DXA wider than the text and starts 300 DXA into the left margin, so that
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (12 pt bold) and a body name such as "HỘI ĐỒNG THI ĐUA - KHEN
 * THƯỞNG" each keep to one line, as on printed documents.
 */
const HEADER_OUTDENT = 300;
const HEADER_LEFT = 4600;
const HEADER_RIGHT = TEXT_WIDTH + 2 * HEADER_OUTDENT - HEADER_LEFT;

/** The header (Decree 30/2020 Appendix I, items 1–4): body and number left; motto and place-date right. */
export function adminHeader(h: AdminHeader): Table {
  const left: FileChild[] = [];
  if (h.issuer.parent) left.push(centered(h.issuer.parent.toUpperCase(), { size: 12 }));
  left.push(centered(h.issuer.name.toUpperCase(), { size: 12, bold: true }));
  left.push(shortRule(1200, HEADER_LEFT));
  const right: FileChild[] = [
    centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
    centered('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true }),
    shortRule(3000, HEADER_RIGHT),
  ];
  return new Table({
    width: { size: HEADER_LEFT + HEADER_RIGHT, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, HEADER_RIGHT],
    indent: { size: -HEADER_OUTDENT, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({ children: [cell(left, HEADER_LEFT), cell(right, HEADER_RIGHT)] }),
      new TableRow({
        children: [
          cell([centered(`Số: ${h.numberSymbol}`, { size: 13 }, 0)], HEADER_LEFT),
          cell([centered(longDateVi(h.date, h.place), { size: 13, italics: true })], HEADER_RIGHT),
        ],
      }),
    ],
  });
}

/** Title (bold, upper-case) and summary (bold) centred, with a short rule under the summary. */
export function adminTitle(title: string, summary: string[]): FileChild[] {
  const out: FileChild[] = [centered(title.toUpperCase(), { bold: true, size: 14 }, 0)];
  for (const s of summary) out.push(centered(s, { bold: true, size: 14 }));
  out.push(shortRule(1800, TEXT_WIDTH));
  return [para([], { before: 12, after: 0, indent: false }), ...out, para([], { after: 6, indent: false })];
}

/** "Nơi nhận:" bottom-left (bold italic 12 pt, items 11 pt, ";" after each, "." after the last). */
function recipientsBlock(recipients: string[]): FileChild[] {
  const items = recipients.map((r, i) => {
    const t = r.replace(/[;.]\s*$/, '');
    return para(`- ${t}${i === recipients.length - 1 ? '.' : ';'}`, {
      size: 11,
      align: AlignmentType.LEFT,
      indent: false,
      after: 0,
    });
  });
  return [
    para('Nơi nhận:', {
      size: 12,
      bold: true,
      italics: true,
      align: AlignmentType.LEFT,
      indent: false,
      after: 0,
    }),
    ...items,
  ];
}

function signerBlock(s: Signer): FileChild[] {
  const out: FileChild[] = [];
  if (s.authority) out.push(centered(s.authority.toUpperCase(), { bold: true }));
  out.push(centered(s.title.toUpperCase(), { bold: true }));
  for (let i = 0; i < 4; i++) out.push(para([], { indent: false, after: 0 }));
  out.push(centered(s.name, { bold: true }));
  return out;
}

const SIGN_LEFT = 4500;
const SIGN_RIGHT = TEXT_WIDTH - SIGN_LEFT;

/** The closing: recipients (left) and signer (right), side by side. */
export function adminClosing(recipients: string[], signer: Signer): FileChild[] {
  return [
    para([], { indent: false, after: 0 }),
    layoutTable(
      [SIGN_LEFT, SIGN_RIGHT],
      [
        new TableRow({
          children: [
            cell(recipients.length ? recipientsBlock(recipients) : [para([], { indent: false })], SIGN_LEFT),
            cell(signerBlock(signer), SIGN_RIGHT),
          ],
          cantSplit: true,
        }),
      ],
    ),
  ];
}

/** Signatures side by side (minutes: secretary and chair; reports: author and certifier). */
export function signaturesRow(signers: Signer[]): FileChild[] {
  const w = Math.floor(TEXT_WIDTH / signers.length);
  const widths = signers.map(() => w);
  return [
    para([], { indent: false, after: 0 }),
    layoutTable(widths, [
      new TableRow({ children: signers.map((s) => cell(signerBlock(s), w)), cantSplit: true }),
    ]),
  ];
}

export interface GridColumn {
  header: string;
  width: number; // DXA
  align?: 'left' | 'center' | 'right';
}

/** A bordered data table (awardee lists, statistics), 12 pt, header bold and shaded, widths in DXA. */
export function gridTable(
  columns: GridColumn[],
  rows: string[][],
  o: { size?: number; boldLast?: boolean } = {},
): Table {
  const size = o.size ?? 12;
  const al = (a: GridColumn['align']) =>
    a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const header = new TableRow({
    tableHeader: true,
    children: columns.map((c) =>
      cell(
        [para(c.header, { size, bold: true, align: AlignmentType.CENTER, indent: false, after: 0 })],
        c.width,
        { borders: true, shade: 'EDEDED' },
      ),
    ),
  });
  const body = rows.map(
    (r, ri) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) =>
          cell(
            [
              para(r[i] ?? '', {
                size,
                align: al(c.align),
                indent: false,
                after: 0,
                bold: o.boldLast === true && ri === rows.length - 1,
              }),
            ],
            c.width,
            { borders: true },
          ),
        ),
      }),
  );
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
  return new Table({
    width: { size: columns.reduce((s, c) => s + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [header, ...body],
  });
}

/** One A4 portrait document with the Decree 30/2020 margins, packed to a .docx buffer. */
export async function packAdminDocument(title: string, children: FileChild[]): Promise<Buffer> {
  const doc = new Document({
    creator: 'Thi Đua',
    title,
    styles: { default: { document: { run: { font: FONT, size: pt(BODY_PT) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: 567, footer: 567 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** "Điều 1." bold, then the article's text, as one justified paragraph. */
export const article = (n: number, text: string) => para([run(`Điều ${n}. `, { bold: true }), run(text)]);

/** The motto alone, centred, with the place-date line under it on the right (forms an individual fills). */
export function mottoHeader(place: string, date: string): FileChild[] {
  return [
    centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }),
    centered('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true }),
    shortRule(3300, TEXT_WIDTH),
    para(longDateVi(date, place), { italics: true, align: AlignmentType.RIGHT, indent: false, before: 6 }),
  ];
}

/** A "label: value" line; an unknown value becomes a dotted line for the author to complete by hand. */
export const field = (label: string, value: string | number | null | undefined) =>
  para(
    [
      run(label ? `${label}: ` : ''),
      run(value === null || value === undefined || value === '' ? '…………………………………………' : String(value)),
    ],
    { indent: false, after: 3 },
  );
