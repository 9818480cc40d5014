import type { FileChild } from 'docx';
import { formatDateVi, longDateVi } from '../../core/text';
import {
  adminHeader,
  centered,
  gridTable,
  type Issuer,
  packAdminDocument,
  para,
  run,
  signaturesRow,
  TEXT_WIDTH,
} from './admin-format';
import { DocumentDataError, requireFields } from './document-data-error';

export interface MinutesMember {
  name: string;
  role: string; // CHU_TICH | PHO_CHU_TICH | THUONG_TRUC | UY_VIEN
  roleLabel: string;
  present: boolean | null;
  writtenOpinion: string | null;
}

export interface BallotTallyView {
  agree: number;
  denominator: number;
  share: number;
  passed: boolean;
}

export interface MinutesItem {
  position: number;
  subjectName: string;
  unitName: string;
  awardName: string;
  discussion: string | null;
  conflicts: { name: string; reason: string }[];
  voteRule: { secretBallot: boolean; article: string };
  result: BallotTallyView | null;
  outcome: string | null; // RECOMMEND | REJECT | DEFER
  outcomeReason: string | null;
}

/** A council meeting as recorded (from the council feature's meeting view). */
export interface MinutesData {
  issuer: Issuer; // "ỦY BAN NHÂN DÂN XÃ TÂN VIỆT" / "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"
  communeName: string; // "xã Tân Việt"
  place: string; // place name of the date line
  number: string | null; // "03" or null for a draft numbered at registration
  title: string;
  meetingDate: string;
  meetingPlace: string;
  status: string;
  notes: string | null;
  members: MinutesMember[];
  quorumMessage: string;
  items: MinutesItem[];
}

export const OUTCOME_TEXT: Record<string, string> = {
  RECOMMEND: 'Đề nghị khen thưởng',
  REJECT: 'Không đề nghị',
  DEFER: 'Hoãn xét, trả lại đơn vị bổ sung',
};

export const pct = (share: number) => `${(Math.round(share * 1000) / 10).toLocaleString('vi-VN')}%`;
const numberSymbol = (n: string | null, symbol: string) => (n ? `${n}/${symbol}` : `      /${symbol}`);

/** Refuses minutes of a meeting not yet concluded, or without chair or secretary (nothing half-filled). */
export function assertMinutesComplete(m: MinutesData): { chair: MinutesMember; secretary: MinutesMember } {
  const chair = m.members.find((x) => x.role === 'CHU_TICH');
  const secretary = m.members.find((x) => x.role === 'THUONG_TRUC');
  const undecided = m.items.filter((i) => !i.outcome).map((i) => i.subjectName);
  const missing: string[] = [];
  if (!chair) missing.push('chủ trì (Chủ tịch Hội đồng)');
  if (!secretary) missing.push('thư ký (Ủy viên thường trực)');
  if (m.members.every((x) => x.present === null)) missing.push('điểm danh thành viên');
  if (undecided.length) missing.push(`kết luận của Hội đồng cho: ${undecided.join(', ')}`);
  if (m.items.length === 0) missing.push('nội dung xét (chương trình họp trống)');
  if (missing.length || !chair || !secretary) throw new DocumentDataError(missing, 'biên bản họp Hội đồng');
  return { chair, secretary };
}

/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng (law-spec §5.3): time, place, chair and secretary,
 * attendance present/total, agenda, discussion, voting method, result per nominee (votes for / total
 * members / %), conclusion, signatures of secretary and chair.
 */
export async function renderMinutesDocx(m: MinutesData): Promise<Buffer> {
  requireFields({ 'ngày họp': m.meetingDate, 'địa điểm họp': m.meetingPlace }, 'biên bản họp Hội đồng');
  const { chair, secretary } = assertMinutesComplete(m);
  const present = m.members.filter((x) => x.present === true);
  const absent = m.members.filter((x) => x.present !== true);
  const cols = [
    { header: 'STT', width: 600, align: 'center' as const },
    { header: 'Họ và tên / Tập thể', width: 2400 },
    { header: 'Hình thức đề nghị', width: 2300 },
    { header: 'Đồng ý / Tổng số', width: 1300, align: 'center' as const },
    { header: 'Tỷ lệ', width: 1000, align: 'center' as const },
    { header: 'Kết luận', width: TEXT_WIDTH - 600 - 2400 - 2300 - 1300 - 1000 },
  ];
  const rows = m.items.map((i) => [
    String(i.position),
    i.subjectName,
    i.awardName,
    i.result ? `${i.result.agree}/${i.result.denominator}` : 'Biểu quyết công khai',
    i.result ? pct(i.result.share) : '—',
    OUTCOME_TEXT[i.outcome ?? ''] ?? '',
  ]);
  const recommended = m.items.filter((i) => i.outcome === 'RECOMMEND');
  const body: FileChild[] = [
    adminHeader({
      issuer: m.issuer,
      numberSymbol: numberSymbol(m.number, 'BB-HĐTĐKT'),
      place: m.place,
      date: m.meetingDate,
    }),
    para([], { before: 12, indent: false, after: 0 }),
    centered('BIÊN BẢN', { bold: true }),
    centered(`Họp Hội đồng Thi đua - Khen thưởng ${m.communeName}`, { bold: true }),
    centered(m.title, { bold: true }, 12),
    para([run('I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN', { bold: true })]),
    para(`Thời gian: ${longDateVi(m.meetingDate)}.`),
    para(`Địa điểm: ${m.meetingPlace}.`),
    para(`Chủ trì: ông (bà) ${chair.name}, ${chair.roleLabel}.`),
    para(`Thư ký: ông (bà) ${secretary.name}, ${secretary.roleLabel}.`),
    para(
      `Thành phần: có mặt ${present.length}/${m.members.length} thành viên Hội đồng: ${present.map((x) => `${x.name} (${x.roleLabel})`).join('; ')}. ${m.quorumMessage}`,
    ),
    ...(absent.length
      ? [
          para(
            `Vắng mặt: ${absent.map((x) => `${x.name}${x.writtenOpinion ? ` (có ý kiến bằng văn bản: ${x.writtenOpinion})` : ''}`).join('; ')}.`,
          ),
        ]
      : []),
    para([run('II. NỘI DUNG', { bold: true })]),
    para(`Hội đồng xem xét đề nghị khen thưởng của ${m.items.length} trường hợp:`),
  ];
  for (const i of m.items) {
    body.push(
      para([
        run(`${i.position}. ${i.subjectName}`, { bold: true }),
        run(` (${i.unitName}) — ${i.awardName}.`),
      ]),
    );
    if (i.conflicts.length)
      body.push(
        para(
          `Thành viên không tham gia xét do có xung đột lợi ích: ${i.conflicts.map((c) => `${c.name} (${c.reason})`).join('; ')}.`,
        ),
      );
    body.push(para(`Ý kiến thảo luận: ${i.discussion?.trim() ? i.discussion : 'không có ý kiến khác.'}`));
    body.push(
      para(
        `Hình thức biểu quyết: ${i.voteRule.secretBallot ? 'bỏ phiếu kín' : 'biểu quyết công khai'} (${i.voteRule.article}).`,
      ),
    );
    if (i.result) {
      body.push(
        para(
          `Kết quả: ${i.result.agree}/${i.result.denominator} phiếu đồng ý, đạt ${pct(i.result.share)}; ${i.result.passed ? 'đạt' : 'không đạt'} tỷ lệ quy định.`,
        ),
      );
    }
    body.push(
      para(
        `Kết luận: ${OUTCOME_TEXT[i.outcome ?? ''] ?? ''}${i.outcomeReason ? ` — ${i.outcomeReason}` : ''}.`,
      ),
    );
  }
  body.push(
    para([run('III. KẾT QUẢ BIỂU QUYẾT', { bold: true })], { keepNext: true }),
    gridTable(cols, rows),
    para([], { indent: false, after: 0 }),
    para([run('IV. KẾT LUẬN', { bold: true })]),
    para(
      recommended.length
        ? `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân ${m.communeName} khen thưởng ${recommended.length} trường hợp: ${recommended.map((i) => `${i.subjectName} (${i.awardName})`).join('; ')}.`
        : 'Hội đồng không đề nghị khen thưởng trường hợp nào.',
    ),
    ...(m.notes?.trim() ? [para(m.notes)] : []),
    para(
      `Cuộc họp kết thúc cùng ngày ${formatDateVi(m.meetingDate)}. Biên bản đã được thông qua trước Hội đồng và các thành viên dự họp nhất trí./.`,
    ),
    ...signaturesRow([
      { title: 'THƯ KÝ', name: secretary.name },
      { title: 'CHỦ TRÌ', authority: undefined, name: chair.name },
    ]),
  );
  return packAdminDocument(`Biên bản họp Hội đồng TĐKT ngày ${formatDateVi(m.meetingDate)}`, body);
}
