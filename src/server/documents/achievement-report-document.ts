import type { FileChild } from 'docx';
import {
  adminHeader,
  centered,
  field,
  gridTable,
  mottoHeader,
  packAdminDocument,
  para,
  run,
  signaturesRow,
  TEXT_WIDTH,
} from './admin-format';
import { requireFields } from './document-data-error';

export interface ReceivedAward {
  year: number;
  awardName: string;
  decision: string; // "Quyết định số 15/QĐ-UBND ngày 20/12/2024"
  issuer: string; // "Chủ tịch UBND xã Tân Việt"
  kind: 'DANH_HIEU' | 'HINH_THUC';
}

interface ReportCommon {
  place: string;
  date: string;
  awardName: string; // what is proposed
  year: number; // the achievement year
  achievement: string;
  ratings: { year: number; rating: string }[];
  awardsReceived: ReceivedAward[];
}

/** Báo cáo thành tích cá nhân — the individual's report (law-spec §5.3; form of Decree 98/2023's appendix). */
export interface IndividualReportData extends ReportCommon {
  kind: 'INDIVIDUAL';
  fullName: string;
  gender: 'NAM' | 'NU';
  birthYear: number | null;
  position: string | null;
  unitName: string;
  residence: string | null;
  category: string | null;
  initiatives: { year: number; title: string; level: string; recognitionRef: string | null }[];
  disciplines: { kind: string; from: string; to: string | null; note: string | null }[];
}

/** Báo cáo thành tích tập thể — the collective's report. */
export interface CollectiveReportData extends ReportCommon {
  kind: 'COLLECTIVE';
  unitName: string;
  parentName: string; // the body above the collective (the commune)
  address: string;
  memberCount: number | null;
}

export type AchievementReportData = IndividualReportData | CollectiveReportData;

const head = (t: string) => para([run(t, { bold: true })], { indent: false, keepNext: true, before: 6 });

function receivedTables(a: ReportCommon): FileChild[] {
  const cols = [
    { header: 'Năm', width: 900, align: 'center' as const },
    { header: 'Danh hiệu / Hình thức khen thưởng', width: 3600 },
    { header: 'Số, ngày, tháng, năm của quyết định; cơ quan ban hành', width: TEXT_WIDTH - 4500 },
  ];
  const out: FileChild[] = [];
  for (const [n, kind, label] of [
    [1, 'DANH_HIEU', 'Danh hiệu thi đua'],
    [2, 'HINH_THUC', 'Hình thức khen thưởng'],
  ] as const) {
    const rows = a.awardsReceived
      .filter((r) => r.kind === kind)
      .map((r) => [String(r.year), r.awardName, `${r.decision}; ${r.issuer}`]);
    out.push(para(`${n}. ${label}:`, { indent: false }));
    out.push(rows.length ? gridTable(cols, rows) : para('Chưa có.', { indent: false }));
  }
  return out;
}

function ratingsTable(a: ReportCommon): FileChild {
  if (!a.ratings.length) return para('Chưa có kết quả đánh giá, xếp loại được ghi nhận.');
  return gridTable(
    [
      { header: 'Năm', width: 1400, align: 'center' },
      { header: 'Kết quả đánh giá, xếp loại', width: TEXT_WIDTH - 1400 },
    ],
    a.ratings.map((r) => [String(r.year), r.rating]),
  );
}

function individual(d: IndividualReportData): FileChild[] {
  const initiatives = d.initiatives.length
    ? gridTable(
        [
          { header: 'Năm', width: 900, align: 'center' },
          { header: 'Tên sáng kiến, đề tài', width: 4000 },
          { header: 'Cấp công nhận', width: 1500 },
          { header: 'Quyết định công nhận', width: TEXT_WIDTH - 6400 },
        ],
        d.initiatives.map((i) => [String(i.year), i.title, i.level, i.recognitionRef ?? '']),
      )
    : para('Không có sáng kiến, đề tài được công nhận trong thời kỳ đề nghị.');
  return [
    ...mottoHeader(d.place, d.date),
    centered('BÁO CÁO THÀNH TÍCH', { bold: true }),
    centered(`ĐỀ NGHỊ TẶNG ${d.awardName.toUpperCase()}`, { bold: true }),
    centered(`(Thành tích năm ${d.year})`, { italics: true }, 12),
    head('I. SƠ LƯỢC LÝ LỊCH'),
    field('- Họ và tên', d.fullName),
    field('- Giới tính', d.gender === 'NU' ? 'Nữ' : 'Nam'),
    field('- Năm sinh', d.birthYear),
    field('- Quê quán', null),
    field('- Nơi thường trú', d.residence),
    field('- Chức vụ (Đảng, chính quyền, đoàn thể)', d.position),
    field('- Đơn vị công tác', d.unitName),
    field('- Trình độ chuyên môn, nghiệp vụ', null),
    head('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    para('1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:', { indent: false }),
    field('', null),
    para('2. Thành tích đạt được:', { indent: false }),
    para(d.achievement),
    para('Kết quả đánh giá, xếp loại:', { indent: false }),
    ratingsTable(d),
    para('Sáng kiến, đề tài khoa học, giải pháp được công nhận:', { indent: false, before: 6 }),
    initiatives,
    head('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    ...receivedTables(d),
    head('IV. KỶ LUẬT'),
    para(
      d.disciplines.length
        ? d.disciplines
            .map((x) => `${x.kind} (từ ${x.from}${x.to ? ` đến ${x.to}` : ''})${x.note ? `: ${x.note}` : ''}`)
            .join('; ')
        : 'Không.',
    ),
    ...signaturesRow([
      { title: 'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ', name: '' },
      { title: 'NGƯỜI BÁO CÁO THÀNH TÍCH', name: d.fullName },
    ]),
  ];
}

function collective(d: CollectiveReportData): FileChild[] {
  return [
    adminHeader({
      issuer: { parent: d.parentName, name: d.unitName },
      numberSymbol: '      /BC',
      place: d.place,
      date: d.date,
    }),
    para([], { before: 12, indent: false, after: 0 }),
    centered('BÁO CÁO THÀNH TÍCH', { bold: true }),
    centered(`ĐỀ NGHỊ TẶNG ${d.awardName.toUpperCase()}`, { bold: true }),
    centered(`(Thành tích năm ${d.year})`, { italics: true }, 12),
    head('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
    field('1. Tên tập thể', d.unitName),
    field('- Địa chỉ', d.address),
    field('- Quá trình thành lập', null),
    field('- Tổ chức bộ máy, số lượng thành viên', d.memberCount === null ? null : `${d.memberCount} người`),
    para('2. Chức năng, nhiệm vụ được giao:', { indent: false }),
    field('', null),
    head('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    para('1. Kết quả thực hiện nhiệm vụ (chỉ tiêu, nhiệm vụ so với kết quả đạt được):', { indent: false }),
    para(d.achievement),
    para('2. Kết quả đánh giá, xếp loại của tập thể:', { indent: false }),
    ratingsTable(d),
    para('3. Công tác thi đua, xây dựng tổ chức Đảng, đoàn thể:', { indent: false, before: 6 }),
    field('', null),
    head('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    ...receivedTables(d),
    ...signaturesRow([
      { title: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', name: '' },
      { title: 'THỦ TRƯỞNG ĐƠN VỊ', name: '' },
    ]),
  ];
}

/**
 * Báo cáo thành tích đề nghị khen thưởng, following the fields of the individual and collective forms
 * in the appendix of Decree 98/2023/NĐ-CP (law-spec §5.3; exact form numbers unverified). What the
 * system records is filled in; what it does not hold (hometown, qualifications, duties) is left as a
 * dotted line for the author, who completes, signs and has it certified — as on the paper form.
 */
export async function renderAchievementReportDocx(d: AchievementReportData): Promise<Buffer> {
  requireFields(
    {
      'tên người/tập thể được đề nghị': d.kind === 'INDIVIDUAL' ? d.fullName : d.unitName,
      'hình thức đề nghị': d.awardName,
      'thành tích': d.achievement,
      'đơn vị': d.unitName,
      'ngày báo cáo': d.date,
    },
    'báo cáo thành tích',
  );
  const body = d.kind === 'INDIVIDUAL' ? individual(d) : collective(d);
  return packAdminDocument(`Báo cáo thành tích — ${d.kind === 'INDIVIDUAL' ? d.fullName : d.unitName}`, body);
}
