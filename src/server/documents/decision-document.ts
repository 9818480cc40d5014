import type { FileChild } from 'docx';
import { longDateVi } from '../../core/text';
import {
  adminClosing,
  adminHeader,
  article,
  centered,
  gridTable,
  type Issuer,
  packAdminDocument,
  para,
  TEXT_WIDTH,
} from './admin-format';
import { requireFields } from './document-data-error';
import { moneyInWords } from './money-words';

export interface DecisionAwardee {
  name: string;
  description: string; // position, unit
  kind: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD' | string;
  achievement: string;
  amount: number;
  /** why the amount is less than the award's reward money (only the highest for the same achievement) */
  amountNote?: string | null;
}

/** A commendation decision as recorded (Quyết định khen thưởng của Chủ tịch UBND xã). */
export interface DecisionDocData {
  issuer: Issuer; // ỦY BAN NHÂN DÂN / XÃ TÂN VIỆT
  communeName: string; // "xã Tân Việt"
  number: number | null;
  symbol: string; // QĐ-UBND
  date: string; // YYYY-MM-DD
  place: string;
  title: string; // "Về việc tặng Giấy khen …"
  awardName: string;
  signerTitle: string;
  signerName: string;
  /**
   * The article giving the commune chairman the power to decide this award on the decision date under the
   * province profile (`mayDecide`); null when it does not (the document then says who decides).
   */
  authority: { allowed: boolean; article: string | null; message: string };
  /** The council meeting that recommended the awardees, when recorded. */
  councilMeetingDate: string | null;
  awardees: DecisionAwardee[];
}

/** Legal bases in force on the decision date (local-government law changed on 1 July 2025). */
export function decisionBases(date: string): string[] {
  const after2025 = date >= '2025-07-01';
  const localGov = after2025
    ? 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'
    : 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;';
  const decree = after2025
    ? 'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng và quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;'
    : 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;';
  return [localGov, 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', decree];
}

const KIND_WORD: Record<string, string> = {
  INDIVIDUAL: 'cá nhân',
  COLLECTIVE: 'tập thể',
  HOUSEHOLD: 'hộ gia đình',
};
const two = (n: number) => (n < 10 ? `0${n}` : String(n));
const money = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "02 tập thể và 05 cá nhân" — counts by subject kind, collectives first as in decisions. */
export function countPhrase(awardees: { kind: string }[]): string {
  const order = ['COLLECTIVE', 'HOUSEHOLD', 'INDIVIDUAL'];
  return order
    .map((k) => [k, awardees.filter((a) => a.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${two(n)} ${KIND_WORD[k]}`)
    .join(' và ');
}

/**
 * Quyết định khen thưởng (Decree 30/2020 layout): legal bases, the council's proposal, "QUYẾT ĐỊNH:",
 * Điều 1 conferring the award with the list of awardees and reward money, Điều 2 the money from the
 * emulation and commendation fund of the deciding level (Law 06/2022 Art. 90 — law-spec §7, [S]), Điều 3
 * implementation, Nơi nhận, signer; structure per law-spec §5.3.
 */
export async function renderDecisionDocx(d: DecisionDocData): Promise<Buffer> {
  requireFields(
    {
      'số quyết định': d.number,
      'ngày ký': d.date,
      'người ký': d.signerName,
      'chức danh người ký': d.signerTitle,
      'cơ quan ban hành': d.issuer.name,
      'địa danh': d.place,
      'trích yếu': d.title,
      'danh sách được khen thưởng': d.awardees.length ? 'ok' : '',
    },
    'quyết định khen thưởng',
  );
  const total = d.awardees.reduce((s, a) => s + a.amount, 0);
  const year = d.date.slice(0, 4);
  const cols = [
    { header: 'STT', width: 600, align: 'center' as const },
    { header: 'Họ và tên / Tập thể', width: 2300 },
    { header: 'Chức vụ, đơn vị', width: 2400 },
    { header: 'Thành tích', width: 2554 },
    { header: 'Tiền thưởng (đồng)', width: TEXT_WIDTH - 600 - 2300 - 2400 - 2554, align: 'right' as const },
  ];
  const rows = d.awardees.map((a, i) => [
    String(i + 1),
    a.name,
    a.description,
    a.achievement,
    money(a.amount),
  ]);
  rows.push(['', 'Tổng cộng', '', '', money(total)]);
  const proposal = d.councilMeetingDate
    ? `Xét đề nghị của Hội đồng Thi đua - Khen thưởng ${d.communeName} tại cuộc họp ${longDateVi(d.councilMeetingDate)} và của công chức phụ trách công tác thi đua, khen thưởng.`
    : `Xét đề nghị của Hội đồng Thi đua - Khen thưởng ${d.communeName} và của công chức phụ trách công tác thi đua, khen thưởng.`;
  const body: FileChild[] = [
    adminHeader({ issuer: d.issuer, numberSymbol: `${d.number}/${d.symbol}`, place: d.place, date: d.date }),
    para([], { before: 12, indent: false, after: 0 }),
    centered('QUYẾT ĐỊNH', { bold: true }),
    centered(d.title, { bold: true }),
    para([], { indent: false, after: 0 }),
    centered(
      `${d.signerTitle.toUpperCase()} ỦY BAN NHÂN DÂN ${d.communeName.toUpperCase()}`,
      { bold: true },
      6,
    ),
    ...decisionBases(d.date).map((b) => para(b, { italics: true })),
    para(
      d.authority.allowed && d.authority.article
        ? `Căn cứ thẩm quyền quy định tại ${d.authority.article};`
        : `Lưu ý về thẩm quyền: ${d.authority.message}`,
      { italics: true },
    ),
    para(proposal, { italics: true }),
    centered('QUYẾT ĐỊNH:', { bold: true }, 6),
    article(1, `Tặng ${d.awardName} cho ${countPhrase(d.awardees)} đã có thành tích được nêu dưới đây:`),
    gridTable(cols, rows, { boldLast: true }),
    ...d.awardees.flatMap((a, i) =>
      a.amountNote
        ? [para(`Ghi chú tiền thưởng (STT ${i + 1}, ${a.name}): ${a.amountNote}`, { italics: true })]
        : [],
    ),
    para([], { indent: false, after: 0 }),
    article(
      2,
      `Tiền thưởng kèm theo Giấy khen theo danh sách tại Điều 1, tổng số tiền: ${money(total)} đồng (Bằng chữ: ${moneyInWords(total)}), được chi từ Quỹ thi đua, khen thưởng của ${d.communeName} năm ${year}.`,
    ),
    article(
      3,
      `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${d.communeName}, công chức phụ trách công tác thi đua, khen thưởng, kế toán ngân sách xã, thủ trưởng các đơn vị có liên quan và các ${d.awardees.some((a) => a.kind === 'COLLECTIVE') ? 'tập thể, ' : ''}cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    ),
    ...adminClosing(['Như Điều 3', 'Thường trực Đảng ủy', 'Thường trực HĐND xã', 'Lưu: VT, VP'], {
      title: d.signerTitle,
      name: d.signerName,
    }),
  ];
  return packAdminDocument(`Quyết định số ${d.number}/${d.symbol}`, body);
}
