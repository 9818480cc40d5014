import type { FileChild } from 'docx';
import { formatDateVi } from '../../core/text';
import {
  adminClosing,
  adminHeader,
  centered,
  gridTable,
  type Issuer,
  packAdminDocument,
  para,
  run,
  type Signer,
  TEXT_WIDTH,
} from './admin-format';
import { countPhrase, decisionBases } from './decision-document';
import { requireFields } from './document-data-error';
import { pct } from './minutes-document';

export interface MemoEntry {
  name: string;
  description: string; // position, unit
  kind: string;
  awardName: string;
  achievement: string;
  /** Share of votes in favour at the council, when a ballot was held. */
  voteShare: number | null;
}

/** Tờ trình đề nghị khen thưởng (law-spec §5.3): the council's submission to the deciding chairman. */
export interface MemoData {
  issuer: Issuer;
  communeName: string;
  place: string;
  number: string | null;
  date: string;
  addressee: string;
  meeting: { date: string; present: number; total: number } | null;
  entries: MemoEntry[];
  signer: Signer;
}

/**
 * Issuing body, number/symbol, date, addressee, legal bases, the review (council meeting date and
 * attendance, ballot results), the number of collectives/individuals proposed per form, the attached
 * list (STT, name, position/unit, form, summary of achievement, ballot %), signature.
 */
export async function renderMemoDocx(m: MemoData): Promise<Buffer> {
  requireFields(
    {
      'ngày tờ trình': m.date,
      'người ký': m.signer.name,
      'chức danh người ký': m.signer.title,
      'danh sách đề nghị': m.entries.length ? 'ok' : '',
      'nơi gửi (kính gửi)': m.addressee,
    },
    'tờ trình đề nghị khen thưởng',
  );
  const forms = [...new Set(m.entries.map((e) => e.awardName))];
  const cols = [
    { header: 'STT', width: 550, align: 'center' as const },
    { header: 'Họ và tên / Tập thể', width: 2000 },
    { header: 'Chức vụ, đơn vị', width: 1900 },
    { header: 'Hình thức đề nghị', width: 1800 },
    { header: 'Tóm tắt thành tích', width: 2104 },
    { header: 'Tỷ lệ phiếu', width: TEXT_WIDTH - 550 - 2000 - 1900 - 1800 - 2104, align: 'center' as const },
  ];
  const rows = m.entries.map((e, i) => [
    String(i + 1),
    e.name,
    e.description,
    e.awardName,
    e.achievement,
    e.voteShare === null ? '—' : pct(e.voteShare),
  ]);
  const summary = forms.length === 1 ? `Về việc đề nghị tặng ${forms[0]}` : 'Về việc đề nghị khen thưởng';
  const body: FileChild[] = [
    adminHeader({
      issuer: m.issuer,
      numberSymbol: `${m.number ?? '      '}/TTr-HĐTĐKT`,
      place: m.place,
      date: m.date,
    }),
    para([], { before: 12, indent: false, after: 0 }),
    centered('TỜ TRÌNH', { bold: true }),
    centered(summary, { bold: true }, 12),
    centered(`Kính gửi: ${m.addressee}.`, {}, 12),
    ...decisionBases(m.date)
      .slice(1)
      .map((b) => para(b, { italics: true })),
    para(
      m.meeting
        ? `Ngày ${formatDateVi(m.meeting.date)}, Hội đồng Thi đua - Khen thưởng ${m.communeName} đã họp xét đề nghị khen thưởng, có mặt ${m.meeting.present}/${m.meeting.total} thành viên; kết quả biểu quyết của từng trường hợp được ghi tại danh sách kèm theo.`
        : `Hội đồng Thi đua - Khen thưởng ${m.communeName} đã xem xét hồ sơ đề nghị khen thưởng của các đơn vị theo quy định.`,
    ),
    para(
      `Hội đồng Thi đua - Khen thưởng ${m.communeName} kính trình ${m.addressee} xem xét, quyết định khen thưởng cho ${countPhrase(m.entries)}, cụ thể:`,
    ),
    ...forms.map((f) => para(`- ${f}: ${countPhrase(m.entries.filter((e) => e.awardName === f))};`)),
    para([run('(Có danh sách kèm theo)', { italics: true })]),
    para(`Kính trình ${m.addressee} xem xét, quyết định./.`),
    ...adminClosing(['Như trên', 'Thành viên Hội đồng TĐKT xã', 'Lưu: HĐTĐKT'], m.signer),
    para([], { indent: false, after: 0 }),
    centered('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', { bold: true }),
    centered(
      `(Kèm theo Tờ trình số ${m.number ?? '      '}/TTr-HĐTĐKT ngày ${formatDateVi(m.date)})`,
      { italics: true },
      6,
    ),
    gridTable(cols, rows),
  ];
  return packAdminDocument('Tờ trình đề nghị khen thưởng', body);
}
