/**
 * The award card (Thẻ/ Phiếu theo dõi khen thưởng) officers keep for each person and collective: identity,
 * then one row per award of every level (year, title or form, decision number and date, issuing body),
 * initiatives and disciplines — as a Word document in the Decree 30/2020 layout and as an Excel sheet.
 */
import ExcelJS from 'exceljs';
import type { SubjectHistory, SubjectPathKind } from '../../contract/history';
import { DISCIPLINE_KIND_LABELS, ISSUING_LEVEL_LABELS } from '../../core/history/history-terms';
import { formatDateVi } from '../../core/text';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import {
  adminTitle,
  centered,
  field,
  type GridColumn,
  gridTable,
  packAdminDocument,
  para,
  TEXT_WIDTH,
} from '../documents/admin-format';
import { DOCX, documentFile, type FileOut, XLSX } from '../documents/file-reply';
import { communeIssuer, historyOf } from './history-queries';
import { findSubject, KIND_OF_PATH } from './history-subject';

export const CARD_TITLE = 'Thẻ/ Phiếu theo dõi khen thưởng';

const LEVEL_LABELS: Record<string, string> = { CO_SO: 'Cơ sở', TINH: 'Tỉnh', TOAN_QUOC: 'Toàn quốc' };

/** The card's tables as rows of text (shared by the two formats). */
export function cardRows(h: SubjectHistory) {
  const s = h.subject;
  const identity: [string, string][] =
    s.kind === 'INDIVIDUAL'
      ? [
          ['Họ và tên', s.name],
          ['Ngày sinh', s.birthDate ? formatDateVi(s.birthDate) : s.birthYear ? String(s.birthYear) : ''],
          ['Đơn vị', s.unitName ?? ''],
          ['Chức vụ', s.position ?? ''],
        ]
      : [
          [s.kind === 'COLLECTIVE' ? 'Tên tập thể' : 'Hộ gia đình', s.name],
          [s.kind === 'COLLECTIVE' ? 'Trực thuộc' : 'Thôn, tổ dân phố', s.unitName ?? ''],
          ['Địa chỉ', s.address ?? ''],
        ];
  const awards = h.awards
    .filter((a) => !a.revoked)
    .map((a) => [
      String(a.year),
      a.awardName + (a.viaPredecessor ? ` (${a.viaPredecessor})` : ''),
      a.decisionNumber,
      formatDateVi(a.decisionDate),
      `${a.issuingBody} (${ISSUING_LEVEL_LABELS[a.issuingLevel]})`,
    ]);
  const initiatives = h.initiatives.map((i) => [
    String(i.year),
    `${i.kind === 'DE_TAI' ? 'Đề tài' : 'Sáng kiến'}: ${i.title}`,
    LEVEL_LABELS[i.level] ?? i.level,
    [i.recognitionRef, i.recognizedOn ? formatDateVi(i.recognizedOn) : null].filter(Boolean).join(', '),
  ]);
  const disciplines = h.disciplines.map((d) => [
    DISCIPLINE_KIND_LABELS[d.kind],
    formatDateVi(d.from),
    d.to ? formatDateVi(d.to) : '',
    d.decisionRef ?? '',
  ]);
  return { identity, awards, initiatives, disciplines };
}

const AWARD_HEADERS = [
  'Năm',
  'Danh hiệu, hình thức khen thưởng',
  'Số quyết định',
  'Ngày quyết định',
  'Cơ quan khen thưởng',
];
const INITIATIVE_HEADERS = ['Năm', 'Sáng kiến, đề tài', 'Cấp công nhận', 'Quyết định công nhận'];
const DISCIPLINE_HEADERS = ['Hình thức kỷ luật', 'Từ ngày', 'Đến ngày', 'Quyết định'];

const cols = (headers: string[], shares: number[]): GridColumn[] => {
  const total = shares.reduce((a, b) => a + b, 0);
  return headers.map((header, i) => ({
    header,
    width: Math.floor((TEXT_WIDTH * (shares[i] ?? 1)) / total),
    align: i === 0 ? 'center' : 'left',
  }));
};

export async function renderAwardCardDocx(issuer: string, h: SubjectHistory): Promise<Buffer> {
  const r = cardRows(h);
  const none = (what: string) => para(`Không có ${what}.`, { italics: true, indent: false });
  const children = [
    centered(issuer.toUpperCase(), { bold: true, size: 13 }),
    ...adminTitle(CARD_TITLE, []),
    ...r.identity.map(([label, value]) => field(label, value)),
    para('I. KHEN THƯỞNG', { bold: true, indent: false, before: 6 }),
    r.awards.length ? gridTable(cols(AWARD_HEADERS, [1, 4, 2, 2, 4]), r.awards) : none('khen thưởng'),
    ...(h.subject.kind === 'INDIVIDUAL'
      ? [
          para('II. SÁNG KIẾN, ĐỀ TÀI', { bold: true, indent: false, before: 6 }),
          r.initiatives.length
            ? gridTable(cols(INITIATIVE_HEADERS, [1, 5, 2, 4]), r.initiatives)
            : none('sáng kiến, đề tài'),
          para('III. KỶ LUẬT', { bold: true, indent: false, before: 6 }),
          r.disciplines.length
            ? gridTable(cols(DISCIPLINE_HEADERS, [3, 2, 2, 4]), r.disciplines)
            : none('kỷ luật'),
        ]
      : []),
  ];
  return packAdminDocument(`${CARD_TITLE} — ${h.subject.name}`, children);
}

export async function renderAwardCardXlsx(issuer: string, h: SubjectHistory): Promise<Buffer> {
  const r = cardRows(h);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Thi Đua';
  const ws = wb.addWorksheet('Theo dõi khen thưởng');
  ws.columns = [{ width: 18 }, { width: 46 }, { width: 22 }, { width: 18 }, { width: 46 }];
  ws.getCell('A1').value = issuer.toUpperCase();
  ws.getCell('A1').font = { bold: true };
  ws.getCell('A2').value = CARD_TITLE.toUpperCase();
  ws.getCell('A2').font = { bold: true, size: 14 };
  let n = 4;
  for (const [label, value] of r.identity) {
    ws.getRow(n++).values = [label, value];
  }
  const section = (title: string, headers: string[], rows: string[][]) => {
    n++;
    ws.getCell(`A${n}`).value = title;
    ws.getCell(`A${n}`).font = { bold: true };
    n++;
    const header = ws.getRow(n++);
    header.values = headers;
    header.font = { bold: true };
    header.eachCell((c) => {
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      c.border = { bottom: { style: 'thin' } };
    });
    for (const row of rows) ws.getRow(n++).values = row;
  };
  section('I. KHEN THƯỞNG', AWARD_HEADERS, r.awards);
  if (h.subject.kind === 'INDIVIDUAL') {
    section('II. SÁNG KIẾN, ĐỀ TÀI', INITIATIVE_HEADERS, r.initiatives);
    section('III. KỶ LUẬT', DISCIPLINE_HEADERS, r.disciplines);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function awardCard(
  db: Db,
  u: AuthUser,
  kind: SubjectPathKind,
  id: string,
  format: 'docx' | 'xlsx',
): Promise<FileOut> {
  const h = await historyOf(db, u, await findSubject(db, u, KIND_OF_PATH[kind], id));
  const issuer = await communeIssuer(db, u.tenantId);
  const name = `${CARD_TITLE.replace('/ ', ' - ')} - ${h.subject.name}.${format}`;
  return format === 'docx'
    ? documentFile(DOCX, name, await renderAwardCardDocx(issuer, h))
    : documentFile(XLSX, name, await renderAwardCardXlsx(issuer, h));
}
