/**
 * Every legal check as data plus a small function: id, failure code, the awards it applies to, the
 * article, whether it is hard (the law leaves no discretion) or soft (a province setting or a
 * discretionary criterion), and a test over the history index. `test` returns true when the subject
 * passes; `message` (Vietnamese) is built only for failures.
 */
import { cultureReviewDeadline, isCultureReviewLate, LEGAL_FACTS } from '../deadlines/legal-deadlines';
import { formatDateVi } from '../text';
import { AWARDS, type Award } from './catalogue';
import { bitOf, type HistoryIndex } from './history-index';
import { holderMask, holderOfBit, notHolderMessage } from './holders';
import type { ProvinceProfile } from './profile';
import { claimsOf, describeSameAchievement, findSameAchievement } from './same-achievement';
import type { CandidateAchievement } from './types';

export type CriteriaSet = 'LAW_2013' | 'LAW_2022' | 'AMENDED_2026';
export type AuthoritySet = 'LAW_2013' | 'LAW_2022' | 'DECREE_152_2025';

export interface RuleContext {
  award: Award;
  year: number;
  decisionDate: string;
  profile: ProvinceProfile;
  criteria: CriteriaSet;
  authority: AuthoritySet;
  /** what the candidate award is for, and the proposal it is (R-PRIN-1) */
  achievement: CandidateAchievement;
}

type Test = (ix: HistoryIndex, c: RuleContext) => boolean;
type Text = (ix: HistoryIndex, c: RuleContext) => string;

export interface Rule {
  id: string;
  code: string;
  awards: readonly string[] | 'ALL';
  summary: string;
  article: string | ((c: RuleContext) => string);
  hard: boolean | ((c: RuleContext) => boolean);
  /** whether the rule is in force / relevant for this case (default: always) */
  applies?: Test;
  /** false = not run by the year-end suggestions (they list who meets the standards; see `suggest.ts`) */
  inSuggestions?: false;
  test: Test;
  message: Text;
}

export interface WarningRule {
  id: string;
  code: string;
  awards: readonly string[] | 'ALL';
  summary: string;
  article: string | ((c: RuleContext) => string);
  /** true = warn */
  test: Test;
  message: Text;
}

const LAW = 'Luật Thi đua, khen thưởng 2022';
const LAW13 = 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)';
const D152 = 'Nghị định 152/2025/NĐ-CP';
const D86 = 'Nghị định 86/2023/NĐ-CP';
const U = 'chưa xác minh';

const B = {
  LDTT: bitOf('LDTT'),
  CSTDCS: bitOf('CSTDCS'),
  CSTD_TINH: bitOf('CSTD_TINH'),
  TTLDTT: bitOf('TTLDTT'),
  TTLDXS: bitOf('TTLDXS'),
  BK_TINH: bitOf('BK_TINH'),
  BK_TTG: bitOf('BK_TTG'),
  CSTT: bitOf('CSTT'),
};

const at = (a: Uint8Array | Uint16Array | Uint32Array, o: number): number => a[o] ?? 0;
const y = (c: RuleContext, o = 0) => c.year - o;
const is2013 = (c: RuleContext) => c.criteria === 'LAW_2013';
const byLaw = (art2022: string, art2013: string) => (c: RuleContext) => (is2013(c) ? art2013 : art2022);
const principle = (what: string) => (c: RuleContext) =>
  c.authority === 'DECREE_152_2025'
    ? `${D152} (nguyên tắc khen thưởng: ${what})`
    : `Nghị định 98/2023/NĐ-CP, Nghị định 91/2017/NĐ-CP (quy định tương tự — ${U} điều)`;

/** Eligible for CSTĐCS in the year at offset o (LĐTT standard + initiative, year not tainted). */
export function cstdcsStandardAt(ix: HistoryIndex, o: number): boolean {
  return at(ix.rating, o) >= 3 && at(ix.initiative, o) >= 1 && at(ix.tainted, o) === 0;
}
const held = (ix: HistoryIndex, bit: number, o: number) =>
  (at(ix.awards, o) & bit) !== 0 && at(ix.tainted, o) === 0;
function countHeld(ix: HistoryIndex, bit: number, from: number, to: number): number {
  let n = 0;
  for (let o = from; o <= to; o++) if (held(ix, bit, o)) n++;
  return n;
}
function allRated(ix: HistoryIndex, min: number, from: number, to: number): boolean {
  for (let o = from; o <= to; o++) if (at(ix.rating, o) < min || at(ix.tainted, o) !== 0) return false;
  return true;
}
function maxInitiative(ix: HistoryIndex, from: number, to: number): number {
  let m = 0;
  for (let o = from; o <= to; o++) if (at(ix.initiative, o) > m) m = at(ix.initiative, o);
  return m;
}
function heldBefore(ix: HistoryIndex, bit: number, fromOffset: number): boolean {
  if ((ix.olderAwards & bit) !== 0) return true;
  for (let o = fromOffset; o < ix.rating.length; o++) if ((at(ix.awards, o) & bit) !== 0) return true;
  return false;
}
/** CSTĐ tỉnh: the offsets of the three consecutive CSTĐCS years, by the profile's timing. */
const cstdTinhStart = (c: RuleContext) => (c.profile.cstdTinhTiming === 'YEAR_AFTER_3RD' ? 1 : 0);
const rated = (ix: HistoryIndex) => ix.kind !== 'INDIVIDUAL' || ix.ratedByPerformance;
const registrationMask: Record<string, number> = {
  LDTT: B.LDTT | B.CSTDCS | B.CSTD_TINH,
  CSTT: B.CSTT | B.CSTDCS,
  CSTDCS: B.CSTDCS | B.CSTD_TINH,
  CSTD_TINH: B.CSTD_TINH,
  TTLDTT: B.TTLDTT | B.TTLDXS,
  TTLDXS: B.TTLDXS,
};

/** R-GEN-3: per award and subject kind, the mask of the categories / unit kinds that may hold it (-1 = anyone). */
const HOLDER_MASKS = new Map<string, [number, number, number]>(
  AWARDS.map((a) => [
    a.code,
    [
      holderMask(a.holders, 'INDIVIDUAL'),
      holderMask(a.holders, 'COLLECTIVE'),
      holderMask(a.holders, 'HOUSEHOLD'),
    ],
  ]),
);
const KIND_SLOT = { INDIVIDUAL: 0, COLLECTIVE: 1, HOUSEHOLD: 2 } as const;
function mayHoldIx(ix: HistoryIndex, award: Award): boolean {
  if (ix.holder === 0) return true;
  const mask = HOLDER_MASKS.get(award.code)?.[KIND_SLOT[ix.kind]] ?? -1;
  return (mask & ix.holder) !== 0 || (ix.armedForces && award.armedForcesMayHold === true);
}

export const RULES: readonly Rule[] = [
  {
    id: 'R-GEN-1',
    code: 'SUBJECT_MISMATCH',
    awards: 'ALL',
    hard: true,
    summary:
      'Đối tượng phải đúng loại mà danh hiệu, hình thức áp dụng (cá nhân, tập thể, hộ gia đình; thôn; xã)',
    article: (c) => c.award.criteria[0]?.article ?? LAW,
    test: (ix, c) =>
      c.award.subjects.includes(ix.kind) &&
      (!c.award.collectiveScope || ix.unitKind === c.award.collectiveScope),
    message: (ix, c) =>
      c.award.subjects.includes(ix.kind)
        ? `${c.award.name} chỉ xét cho ${c.award.collectiveScope === 'XA' ? 'xã, phường, đặc khu' : 'thôn, tổ dân phố'}.`
        : `${c.award.name} không áp dụng cho ${ix.kind === 'INDIVIDUAL' ? 'cá nhân' : ix.kind === 'COLLECTIVE' ? 'tập thể' : 'hộ gia đình'}.`,
  },
  {
    id: 'R-GEN-3',
    code: 'HOLDER_NOT_ALLOWED',
    awards: 'ALL',
    hard: true,
    summary:
      'Người, đơn vị phải thuộc đối tượng mà danh hiệu, hình thức dành cho (ví dụ: Lao động tiên tiến cho cán bộ, công chức, viên chức, người lao động, nông dân — không cho học sinh; Thôn văn hóa cho thôn, tổ dân phố)',
    article: (c) => c.award.holders?.article ?? LAW,
    test: (ix, c) => mayHoldIx(ix, c.award),
    message: (ix, c) => notHolderMessage(c.award, ix.kind, holderOfBit(ix.holder)),
  },
  {
    id: 'R-GEN-2',
    code: 'DECISION_BEFORE_ACHIEVEMENT',
    awards: 'ALL',
    hard: true,
    summary: 'Ngày quyết định không được trước năm thành tích (khen đúng thành tích đã đạt)',
    article: `Khoản 2 Điều 5 ${LAW}`,
    test: (_ix, c) => c.decisionDate >= `${c.year}-01-01`,
    message: (_ix, c) => `Ngày quyết định ${c.decisionDate} trước năm thành tích ${c.year}.`,
  },
  {
    id: 'R-PRIN-1',
    code: 'SAME_ACHIEVEMENT',
    awards: 'ALL',
    hard: true,
    inSuggestions: false,
    summary:
      'Một thành tích không khen thưởng nhiều lần, nhiều hình thức: không tặng lại cùng danh hiệu, hình thức cho cùng năm; không tặng hai hình thức cho cùng một thành tích (kể cả khen thưởng đã nhận từ cấp khác và đề nghị đang trình ở mọi cấp). Được đồng thời: danh hiệu lồng nhau (LĐTT với CSTĐCS, TTLĐTT với TTLĐXS), danh hiệu với hình thức, khen chuyên đề, đột xuất với khen thường xuyên',
    article: (c) =>
      is2013(c)
        ? `Khoản 2 Điều 5 ${LAW}; ${LAW13} (nguyên tắc tương tự — ${U} điều)`
        : `Khoản 2 Điều 5 ${LAW}`,
    test: (ix, c) => !sameAchievementOf(ix, c),
    message: (ix, c) => {
      const x = sameAchievementOf(ix, c);
      return x ? describeSameAchievement(undefined, c.award.code, c.year, x, formatDateVi) : '';
    },
  },
  {
    id: 'R-PRIN-4',
    code: 'PENDING_MATTER',
    awards: 'ALL',
    hard: true,
    summary:
      'Chưa khen, chưa đề nghị khi đang xem xét kỷ luật, điều tra, thanh tra, kiểm tra có dấu hiệu vi phạm, hoặc đang xác minh khiếu nại, tố cáo',
    article: principle('tạm chưa xét khen thưởng'),
    test: (ix) => ix.pending === 0,
    message: (ix) =>
      `Đang có ${ix.pending} vụ việc được xem xét (kỷ luật, thanh tra, khiếu nại, tố cáo): tạm chưa xét khen thưởng.`,
  },
  {
    id: 'R-PRIN-5',
    code: 'DISCIPLINE_TERM',
    awards: 'ALL',
    hard: (c) => c.authority === 'DECREE_152_2025',
    summary:
      'Thành tích chỉ được tính từ khi hết thời hạn kỷ luật (ngày cuối thời hạn vẫn trong thời hạn): sáng kiến, đề tài công nhận trong thời hạn không được tính; danh hiệu của năm có ngày nằm trong thời hạn không được xét (năm thời hạn kết thúc: theo thiết lập termEndYearTitles)',
    article: principle('tính thành tích từ khi hết thời hạn kỷ luật'),
    applies: (_ix, c) => !c.award.sudden,
    test: (ix) => at(ix.tainted, 0) === 0,
    message: (ix, c) => {
      const clean = at(ix.cleanFrom, 0);
      return clean >= 2 && clean <= 366
        ? `Thời hạn kỷ luật kết thúc trong năm ${c.year}: thành tích chỉ được tính từ ngày hết thời hạn kỷ luật, danh hiệu của năm cần kết quả cả năm (thiết lập termEndYearTitles).`
        : `Năm ${c.year} còn trong thời hạn kỷ luật: thành tích chỉ được tính từ ngày hết thời hạn kỷ luật.`;
    },
  },
  {
    id: 'R-REG-1',
    code: 'NOT_REGISTERED',
    awards: ['LDTT', 'CSTT', 'CSTDCS', 'TTLDTT', 'TTLDXS'],
    hard: false,
    summary: 'Danh hiệu thi đua chỉ xét cho cá nhân, tập thể đã đăng ký thi đua (thiết lập của tỉnh)',
    article: `Khoản 4 Điều 24 ${LAW}; quy định của tỉnh (thiết lập requireRegistrationForTitles)`,
    applies: (ix, c) => c.profile.requireRegistrationForTitles && ix.registered >= 0,
    test: (ix, c) => (ix.registered & (registrationMask[c.award.code] ?? 0)) !== 0,
    message: (_ix, c) => `Chưa đăng ký thi đua danh hiệu này cho năm ${c.year}.`,
  },
  {
    id: 'R-DATA-1',
    code: 'MISSING_RATING',
    awards: ['LDTT', 'CSTT', 'CSTDCS', 'TTLDTT', 'TTLDXS'],
    hard: true,
    summary: 'Phải có kết quả đánh giá, xếp loại của năm xét',
    article: byLaw(`Điều 23, 24, 27, 28 ${LAW}`, `Điều 23, 24, 27, 28 ${LAW13}`),
    applies: (ix) => rated(ix),
    test: (ix) => at(ix.rating, 0) !== 0,
    message: (_ix, c) => `Chưa có kết quả đánh giá, xếp loại năm ${c.year}.`,
  },
  {
    id: 'R-LDTT-1',
    code: 'RATING_BELOW_HTTNV',
    awards: ['LDTT', 'CSTT', 'CSTDCS'],
    hard: true,
    summary: 'Lao động tiên tiến (và tiêu chuẩn LĐTT của CSTĐCS): hoàn thành tốt nhiệm vụ trở lên',
    article: byLaw(`Điểm a khoản 1 Điều 24 ${LAW}`, `Điều 24 ${LAW13}`),
    applies: (ix) => rated(ix),
    test: (ix) => at(ix.rating, 0) === 0 || at(ix.rating, 0) >= 3,
    message: (_ix, c) => `Năm ${c.year} không đạt mức "hoàn thành tốt nhiệm vụ" trở lên.`,
  },
  {
    id: 'R-CSTT-1',
    code: 'NOT_ARMED_FORCES',
    awards: ['CSTT'],
    hard: true,
    summary: 'Chiến sĩ tiên tiến chỉ xét cho lực lượng vũ trang (kể cả dân quân)',
    article: `Khoản 3 Điều 24 ${LAW} (${U} khoản)`,
    test: (ix) => ix.armedForces,
    message: () =>
      'Người này không thuộc lực lượng vũ trang, dân quân: xét "Lao động tiên tiến" thay vì "Chiến sĩ tiên tiến".',
  },
  {
    id: 'R-CSTDCS-1',
    code: 'NO_INITIATIVE',
    awards: ['CSTDCS'],
    hard: true,
    summary:
      'Chiến sĩ thi đua cơ sở: có sáng kiến được cơ sở công nhận (hoặc đề tài, đề án được nghiệm thu) trong năm',
    article: byLaw(`Điểm b Điều 23 ${LAW}`, `Điều 23 ${LAW13}`),
    test: (ix) => at(ix.initiative, 0) >= 1,
    message: (_ix, c) => `Không có sáng kiến, đề tài được công nhận trong năm ${c.year}.`,
  },
  {
    id: 'R-AMEND-1',
    code: 'CSTDCS_NEEDS_HTXSNV',
    awards: ['CSTDCS'],
    hard: true,
    summary:
      '(Luật sửa đổi — dự thảo 12/2025, chỉ khi bật trong thiết lập) CSTĐCS phải hoàn thành xuất sắc nhiệm vụ',
    article: (c) =>
      `Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng (dự thảo 12/2025, áp dụng từ ${c.profile.amendingLaw.effectiveFrom} theo thiết lập — ${U})`,
    applies: (_ix, c) => c.criteria === 'AMENDED_2026',
    test: (ix) => at(ix.rating, 0) === 4,
    message: (_ix, c) => `Theo luật sửa đổi, năm ${c.year} phải "hoàn thành xuất sắc nhiệm vụ".`,
  },
  {
    id: 'R-CSTDT-1',
    code: 'CSTDCS_CHAIN',
    awards: ['CSTD_TINH'],
    hard: true,
    summary:
      'CSTĐ cấp tỉnh: 03 lần liên tục Chiến sĩ thi đua cơ sở (không tính khen chuyên đề, đột xuất; năm kỷ luật làm đứt chuỗi)',
    article: `Điều 22 ${LAW}`,
    test: (ix, c) => {
      const s = cstdTinhStart(c);
      for (let o = s; o < s + 3; o++)
        if (!held(ix, B.CSTDCS, o) && !(o === 0 && cstdcsStandardAt(ix, 0))) return false;
      return true;
    },
    message: (_ix, c) => {
      const s = cstdTinhStart(c);
      return `Chưa đủ 03 lần liên tục Chiến sĩ thi đua cơ sở các năm ${y(c, s + 2)}, ${y(c, s + 1)}, ${y(c, s)}.`;
    },
  },
  {
    id: 'R-CSTDT-2',
    code: 'NO_PROVINCIAL_INITIATIVE',
    awards: ['CSTD_TINH'],
    hard: true,
    summary: 'CSTĐ cấp tỉnh: sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh trong thời gian xét',
    article: `Điều 22 ${LAW}`,
    test: (ix, c) => maxInitiative(ix, 0, cstdTinhStart(c) + 2) >= 2,
    message: (_ix, c) =>
      `Không có sáng kiến, đề tài được công nhận phạm vi cấp tỉnh trong các năm ${y(c, cstdTinhStart(c) + 2)}–${c.year}.`,
  },
  {
    id: 'R-CSTDTQ-1',
    code: 'CSTD_TINH_CHAIN',
    awards: ['CSTD_TQ'],
    hard: true,
    summary: 'CSTĐ toàn quốc: 02 lần liên tục CSTĐ cấp tỉnh, đề nghị ngay sau năm của lần thứ hai',
    article: `Điều 21 ${LAW}`,
    test: (ix) =>
      (held(ix, B.CSTD_TINH, 0) && held(ix, B.CSTD_TINH, 3)) ||
      (held(ix, B.CSTD_TINH, 1) && held(ix, B.CSTD_TINH, 4)),
    message: (_ix, c) =>
      `Chưa có 02 lần liên tục Chiến sĩ thi đua cấp tỉnh kết thúc năm ${c.year - 1} hoặc ${c.year}.`,
  },
  {
    id: 'R-CSTDTQ-2',
    code: 'NO_NATIONAL_INITIATIVE',
    awards: ['CSTD_TQ'],
    hard: true,
    summary: 'CSTĐ toàn quốc: sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc',
    article: `Điều 21 ${LAW}`,
    test: (ix) => maxInitiative(ix, 0, 6) >= 3,
    message: () => 'Không có sáng kiến, đề tài được công nhận phạm vi toàn quốc trong thời gian xét.',
  },
  {
    id: 'R-TTLDTT-1',
    code: 'COLLECTIVE_RATING_BELOW_HTTNV',
    awards: ['TTLDTT'],
    hard: true,
    summary: 'Tập thể lao động tiên tiến: tập thể hoàn thành tốt nhiệm vụ',
    article: byLaw(`Điểm a khoản 1 Điều 28 ${LAW}`, `Điều 28 ${LAW13}`),
    test: (ix) => at(ix.rating, 0) === 0 || at(ix.rating, 0) >= 3,
    message: (_ix, c) => `Tập thể không đạt "hoàn thành tốt nhiệm vụ" năm ${c.year}.`,
  },
  {
    id: 'R-DATA-2',
    code: 'MISSING_MEMBER_DATA',
    awards: ['TTLDTT', 'TTLDXS'],
    hard: true,
    summary:
      'Phải có số liệu thành viên của tập thể trong năm xét (tổng số, số hoàn thành nhiệm vụ, số LĐTT, số CSTĐCS)',
    article: byLaw(`Điều 27, 28 ${LAW}`, `Điều 27, 28 ${LAW13}`),
    test: (ix) => ix.memTotal > 0,
    message: (_ix, c) => `Chưa có số liệu thành viên của tập thể năm ${c.year}.`,
  },
  {
    id: 'R-TTLDTT-2',
    code: 'LDTT_SHARE_NOT_OVER_HALF',
    awards: ['TTLDTT'],
    hard: true,
    summary: 'Tập thể lao động tiên tiến: trên 50% cá nhân đạt Lao động tiên tiến',
    article: byLaw(`Điểm c khoản 1 Điều 28 ${LAW}`, `Điều 28 ${LAW13}`),
    applies: (ix) => ix.memTotal > 0,
    test: (ix) => ix.memLdtt * 2 > ix.memTotal,
    message: (ix) => `Chỉ ${ix.memLdtt}/${ix.memTotal} cá nhân đạt Lao động tiên tiến (cần trên 50%).`,
  },
  {
    id: 'R-TT2013-1',
    code: 'MEMBER_WARNED',
    awards: ['TTLDTT', 'TTLDXS'],
    hard: true,
    summary: '(Luật 2013, thành tích trước 2024) không có cá nhân bị kỷ luật từ cảnh cáo trở lên',
    article: `Điều 27, 28 ${LAW13}`,
    applies: (ix, c) => is2013(c) && ix.memWarned >= 0,
    test: (ix) => ix.memWarned === 0,
    message: (ix) => `Có ${ix.memWarned} cá nhân bị kỷ luật từ cảnh cáo trở lên.`,
  },
  {
    id: 'R-TTLDXS-1',
    code: 'COLLECTIVE_NOT_HTXSNV',
    awards: ['TTLDXS'],
    hard: true,
    summary: 'Tập thể lao động xuất sắc: tập thể hoàn thành xuất sắc nhiệm vụ',
    article: byLaw(`Điểm a khoản 1 Điều 27 ${LAW}`, `Điều 27 ${LAW13}`),
    test: (ix) => at(ix.rating, 0) === 0 || at(ix.rating, 0) === 4,
    message: (_ix, c) => `Tập thể không đạt "hoàn thành xuất sắc nhiệm vụ" năm ${c.year}.`,
  },
  {
    id: 'R-TTLDXS-2',
    code: 'NOT_ALL_MEMBERS_COMPLETED',
    awards: ['TTLDXS'],
    hard: true,
    summary: 'Tập thể lao động xuất sắc: 100% cá nhân hoàn thành nhiệm vụ',
    article: byLaw(`Điểm c khoản 1 Điều 27 ${LAW}`, `Điều 27 ${LAW13}`),
    applies: (ix) => ix.memTotal > 0,
    test: (ix) => ix.memCompleted >= ix.memTotal,
    message: (ix) => `Chỉ ${ix.memCompleted}/${ix.memTotal} cá nhân hoàn thành nhiệm vụ (cần 100%).`,
  },
  {
    id: 'R-TTLDXS-3',
    code: 'LDTT_SHARE_BELOW_70',
    awards: ['TTLDXS'],
    hard: true,
    summary: 'Tập thể lao động xuất sắc: ít nhất 70% cá nhân đạt Lao động tiên tiến',
    article: byLaw(`Điểm c khoản 1 Điều 27 ${LAW}`, `Điều 27 ${LAW13}`),
    applies: (ix) => ix.memTotal > 0,
    test: (ix) => ix.memLdtt * 10 >= ix.memTotal * 7,
    message: (ix) => `Chỉ ${ix.memLdtt}/${ix.memTotal} cá nhân đạt Lao động tiên tiến (cần ít nhất 70%).`,
  },
  {
    id: 'R-TTLDXS-4',
    code: 'NO_MEMBER_CSTDCS',
    awards: ['TTLDXS'],
    hard: true,
    summary: 'Tập thể lao động xuất sắc: có cá nhân đạt Chiến sĩ thi đua cơ sở',
    article: byLaw(`Điểm d khoản 1 Điều 27 ${LAW}`, `Điều 27 ${LAW13}`),
    applies: (ix) => ix.memTotal > 0,
    test: (ix) => ix.memCstdcs >= 1,
    message: () => 'Không có cá nhân nào đạt Chiến sĩ thi đua cơ sở.',
  },
  {
    id: 'R-COTINH-1',
    code: 'NO_TTLDXS',
    awards: ['CO_TINH'],
    hard: false,
    summary: 'Cờ thi đua cấp tỉnh: tập thể đạt Tập thể lao động xuất sắc trong năm (thiết lập của tỉnh)',
    article: `Khoản 3 Điều 26 ${LAW}; quy định của tỉnh`,
    test: (ix) => held(ix, B.TTLDXS, 0),
    message: (_ix, c) => `Chưa có danh hiệu Tập thể lao động xuất sắc năm ${c.year}.`,
  },
  {
    id: 'R-D86-3',
    code: 'HOUSEHOLD_VIOLATION',
    awards: ['GDVH'],
    hard: true,
    summary:
      'Gia đình văn hóa: không xét khi có thành viên bị truy cứu hình sự, vi phạm nghĩa vụ quân sự, thuế, tảo hôn, bạo lực gia đình… trong năm',
    article: `${D86} (${U} điều)`,
    test: (ix) => !ix.violation,
    message: (_ix, c) =>
      `Năm ${c.year} hộ có thành viên vi phạm thuộc trường hợp không xét Gia đình văn hóa.`,
  },
  {
    id: 'R-GK-1',
    code: 'RATING_KHTNV',
    awards: ['GK_XA_REGULAR'],
    hard: false,
    summary:
      'Giấy khen thường xuyên: không xét khi năm đó không hoàn thành nhiệm vụ (tiêu chuẩn chi tiết do tỉnh quy định)',
    article: `Khoản 1, khoản 2 Điều 75 ${LAW}`,
    test: (ix) => at(ix.rating, 0) !== 1,
    message: (_ix, c) => `Năm ${c.year} được xếp loại "không hoàn thành nhiệm vụ".`,
  },
  {
    id: 'R-GK-2',
    code: 'CONTRIBUTION_BELOW_MIN',
    awards: ['GK_XA_HOUSEHOLD'],
    hard: false,
    summary:
      'Giấy khen cho hộ gia đình: đóng góp đạt mức tối thiểu của tỉnh (thiết lập householdContributionMin)',
    article: `Khoản 2 Điều 75 ${LAW}; quy định của tỉnh`,
    applies: (ix) => ix.contribution >= 0,
    test: (ix, c) => ix.contribution >= c.profile.householdContributionMin,
    message: (ix, c) =>
      `Mức đóng góp ${ix.contribution.toLocaleString('vi-VN')} đ thấp hơn mức tối thiểu ${c.profile.householdContributionMin.toLocaleString('vi-VN')} đ.`,
  },
  {
    id: 'R-GK-3',
    code: 'NOT_OUTSIDE_COMMUNE',
    awards: ['GK_XA_EXTERNAL'],
    hard: false,
    summary: 'Giấy khen cho người ngoài xã: chỉ dành cho cá nhân, tổ chức không thuộc quyền quản lý của xã',
    article: `Khoản 2 Điều 75 ${LAW}; quy định của tỉnh`,
    test: (ix) => ix.outsideCommune,
    message: () =>
      'Đối tượng thuộc quyền quản lý của xã: dùng Giấy khen thường xuyên, chuyên đề hoặc đột xuất.',
  },
  {
    id: 'R-BKT-1',
    code: 'NOT_TWO_YEARS_HTXSNV',
    awards: ['BK_TINH'],
    hard: false,
    summary: 'Bằng khen tỉnh (theo chuỗi thành tích): 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
    article: `Khoản 1, khoản 3 Điều 74 ${LAW} (${U} câu chữ; có căn cứ khác: thành tích trong phong trào của tỉnh)`,
    applies: (ix) => ix.kind !== 'HOUSEHOLD',
    test: (ix) => allRated(ix, 4, 0, 1),
    message: (_ix, c) => `Không đủ 02 năm liên tục ${c.year - 1}–${c.year} hoàn thành xuất sắc nhiệm vụ.`,
  },
  {
    id: 'R-BKT-2',
    code: 'FEWER_THAN_TWO_INITIATIVES',
    awards: ['BK_TINH'],
    hard: false,
    summary: 'Bằng khen tỉnh (cá nhân, theo chuỗi): 02 sáng kiến được công nhận trong 02 năm',
    article: `Khoản 1 Điều 74 ${LAW} (${U} câu chữ)`,
    applies: (ix) => ix.kind === 'INDIVIDUAL',
    test: (ix) => at(ix.initiativeCount, 0) + at(ix.initiativeCount, 1) >= 2,
    message: (_ix, c) => `Chưa đủ 02 sáng kiến được công nhận trong các năm ${c.year - 1}–${c.year}.`,
  },
  {
    id: 'R-BKTTG-1',
    code: 'NO_BK_TINH_BEFORE',
    awards: ['BK_TTG'],
    hard: false,
    summary: 'Bằng khen Thủ tướng: đã có Bằng khen cấp tỉnh trước 05 năm xét',
    article: `Điều 73 ${LAW} (${U})`,
    test: (ix) => heldBefore(ix, B.BK_TINH, 5),
    message: (_ix, c) => `Chưa có Bằng khen cấp tỉnh trước năm ${c.year - 4}.`,
  },
  {
    id: 'R-BKTTG-2',
    code: 'NOT_FIVE_YEARS_RATED',
    awards: ['BK_TTG'],
    hard: false,
    summary: 'Bằng khen Thủ tướng: 05 năm liên tục hoàn thành tốt nhiệm vụ trở lên (tập thể: xuất sắc)',
    article: `Điều 73 ${LAW} (${U})`,
    test: (ix) => allRated(ix, ix.kind === 'INDIVIDUAL' ? 3 : 4, 0, 4),
    message: (ix, c) =>
      `Không đủ 05 năm liên tục ${c.year - 4}–${c.year} ${ix.kind === 'INDIVIDUAL' ? 'hoàn thành tốt nhiệm vụ trở lên' : 'hoàn thành xuất sắc nhiệm vụ'}.`,
  },
  {
    id: 'R-BKTTG-3',
    code: 'FEWER_THAN_THREE_CSTDCS',
    awards: ['BK_TTG'],
    hard: false,
    summary: 'Bằng khen Thủ tướng (cá nhân): 03 lần Chiến sĩ thi đua cơ sở trong 05 năm',
    article: `Điều 73 ${LAW} (${U})`,
    applies: (ix) => ix.kind === 'INDIVIDUAL',
    test: (ix) => countHeld(ix, B.CSTDCS, 0, 4) >= 3,
    message: (ix, c) =>
      `Chỉ ${countHeld(ix, B.CSTDCS, 0, 4)} lần Chiến sĩ thi đua cơ sở trong ${c.year - 4}–${c.year} (cần 3).`,
  },
  {
    id: 'R-HCLD3-1',
    code: 'NO_BK_TTG_BEFORE',
    awards: ['HCLD3'],
    hard: false,
    summary: 'Huân chương Lao động hạng Ba: đã có Bằng khen Thủ tướng trước 05 năm xét',
    article: `Điều 45 ${LAW} (${U})`,
    test: (ix) => heldBefore(ix, B.BK_TTG, 5),
    message: (_ix, c) => `Chưa có Bằng khen Thủ tướng trước năm ${c.year - 4}.`,
  },
  {
    id: 'R-HCLD3-2',
    code: 'NOT_FIVE_YEARS_HTXSNV',
    awards: ['HCLD3'],
    hard: false,
    summary: 'Huân chương Lao động hạng Ba: 05 năm liên tục hoàn thành xuất sắc nhiệm vụ',
    article: `Điều 45 ${LAW} (${U})`,
    test: (ix) => allRated(ix, 4, 0, 4),
    message: (_ix, c) => `Không đủ 05 năm liên tục ${c.year - 4}–${c.year} hoàn thành xuất sắc nhiệm vụ.`,
  },
  {
    id: 'R-HCLD3-3',
    code: 'FEWER_THAN_TWO_CSTD_TINH',
    awards: ['HCLD3'],
    hard: false,
    summary: 'Huân chương Lao động hạng Ba (cá nhân): 02 lần CSTĐ cấp tỉnh trong thời gian xét',
    article: `Điều 45 ${LAW} (${U})`,
    applies: (ix) => ix.kind === 'INDIVIDUAL',
    test: (ix) => countHeld(ix, B.CSTD_TINH, 0, 5) >= 2,
    message: () => 'Chưa đủ 02 lần Chiến sĩ thi đua cấp tỉnh trong thời gian xét.',
  },
];

/** R-PRIN-1: the first claim on the candidate's achievement among the subject's awards and open proposals. */
function sameAchievementOf(ix: HistoryIndex, c: RuleContext) {
  if (!ix.source) return null;
  return findSameAchievement(
    {
      code: c.award.code,
      year: c.year,
      basis: c.achievement.basis,
      basisRef: c.achievement.basisRef,
      id: c.achievement.proposalId,
    },
    claimsOf(ix.source),
  );
}

const TITLE_REG = ['LDTT', 'CSTT', 'CSTDCS', 'TTLDTT', 'TTLDXS'];

export const WARNING_RULES: readonly WarningRule[] = [
  {
    id: 'W-REG-1',
    code: 'REGISTRATION_UNKNOWN',
    awards: TITLE_REG,
    summary: 'Chưa có dữ liệu đăng ký thi đua: không kiểm tra được điều kiện đăng ký',
    article: `Khoản 4 Điều 24 ${LAW}; quy định của tỉnh`,
    test: (ix, c) => c.profile.requireRegistrationForTitles && ix.registered < 0,
    message: () => 'Chưa có dữ liệu đăng ký thi đua của đối tượng: cần kiểm tra bản đăng ký.',
  },
  {
    id: 'W-LDTT-2',
    code: 'NOT_RATED_WORKER',
    awards: ['LDTT', 'CSTDCS'],
    summary: 'Công nhân, nông dân, người lao động: tiêu chuẩn riêng, Hội đồng xét theo hồ sơ',
    article: `Khoản 2 Điều 24 ${LAW}`,
    test: (ix) => ix.kind === 'INDIVIDUAL' && !ix.ratedByPerformance,
    message: () =>
      'Đối tượng không được đánh giá, xếp loại hằng năm: Hội đồng xét theo tiêu chuẩn khoản 2 Điều 24.',
  },
  {
    id: 'W-GK-1',
    code: 'RATING_UNKNOWN',
    awards: ['GK_XA_REGULAR'],
    summary: 'Chưa có kết quả xếp loại năm xét: Hội đồng xét theo thành tích',
    article: `Khoản 1 Điều 75 ${LAW}`,
    test: (ix) => ix.kind !== 'HOUSEHOLD' && at(ix.rating, 0) === 0,
    message: (_ix, c) =>
      `Chưa có kết quả xếp loại năm ${c.year}: Hội đồng xét căn cứ thành tích trong phong trào.`,
  },
  {
    id: 'W-GK-2',
    code: 'CONTRIBUTION_UNKNOWN',
    awards: ['GK_XA_HOUSEHOLD'],
    summary: 'Chưa có số liệu đóng góp của hộ',
    article: `Khoản 2 Điều 75 ${LAW}`,
    test: (ix) => ix.contribution < 0,
    message: () => 'Chưa có số liệu đóng góp của hộ gia đình: cần kiểm tra hồ sơ.',
  },
  {
    id: 'W-PRIN-3',
    code: 'NOT_COUNTED_FOR_CHAINS',
    awards: ['GK_XA_THEMATIC', 'GK_XA_SUDDEN'],
    summary:
      'Khen chuyên đề, đột xuất không được tính làm căn cứ đề nghị khen thưởng cấp cao hơn theo công trạng',
    article: `${D152} (nguyên tắc khen thưởng)`,
    test: () => true,
    message: () =>
      'Khen thưởng chuyên đề, đột xuất không được tính làm căn cứ đề nghị khen thưởng cấp cao hơn.',
  },
  {
    id: 'W-D86-1',
    code: 'AFTER_NOV_25',
    awards: ['GDVH', 'THON_VH', 'XA_TB'],
    summary: 'Bình xét Gia đình văn hóa, Thôn văn hóa, Xã tiêu biểu xong trước 25/11 (chậm nhất 24/11)',
    article: LEGAL_FACTS.D86_REVIEW.article,
    test: (_ix, c) => isCultureReviewLate(c.year, c.decisionDate),
    message: (_ix, c) =>
      `Quyết định ngày ${c.decisionDate.split('-').reverse().join('/')}, sau hạn bình xét năm ${c.year} (hoàn thành trước ngày 25/11, chậm nhất ${cultureReviewDeadline(c.year).split('-').reverse().join('/')}).`,
  },
  {
    id: 'W-COUNCIL-1',
    code: 'COUNCIL_CHECKS_CRITERIA',
    awards: ['THON_VH', 'XA_TB', 'GDVH', 'CO_TINH'],
    summary: 'Tiêu chuẩn định tính (đời sống văn hóa, môi trường, đoàn kết…) do Hội đồng kiểm tra theo hồ sơ',
    article: `Điều 29, 30, 31 ${LAW}; ${D86}`,
    test: () => true,
    message: () => 'Các tiêu chuẩn định tính do Hội đồng TĐKT kiểm tra theo hồ sơ, biên bản bình xét.',
  },
  {
    id: 'W-HCLD3-1',
    code: 'MANUAL_CHECK',
    awards: ['HCLD3', 'CSTD_TQ'],
    summary: 'Hình thức cấp nhà nước: xã chỉ đề nghị, cần kiểm tra thủ công theo hướng dẫn cấp trên',
    article: `Điều 84 ${LAW}`,
    test: () => true,
    message: () => 'Xã chỉ lập đề nghị; tiêu chuẩn chi tiết do cấp tỉnh, trung ương thẩm định.',
  },
];

/** Rules per award, precomputed once (no filtering per call). */
export function rulesFor(code: string): readonly Rule[] {
  return RULES_BY_AWARD.get(code) ?? GENERAL_RULES;
}
export function warningsFor(code: string): readonly WarningRule[] {
  return WARNINGS_BY_AWARD.get(code) ?? [];
}
const GENERAL_RULES = RULES.filter((r) => r.awards === 'ALL');
const RULES_BY_AWARD = new Map<string, Rule[]>();
const WARNINGS_BY_AWARD = new Map<string, WarningRule[]>();
export function registerAwards(codes: readonly string[]): void {
  for (const code of codes) {
    RULES_BY_AWARD.set(
      code,
      RULES.filter((r) => r.awards === 'ALL' || r.awards.includes(code)),
    );
    WARNINGS_BY_AWARD.set(
      code,
      WARNING_RULES.filter((r) => r.awards === 'ALL' || r.awards.includes(code)),
    );
  }
}

export const articleOf = (r: { article: string | ((c: RuleContext) => string) }, c: RuleContext) =>
  typeof r.article === 'string' ? r.article : r.article(c);
export const hardOf = (r: Rule, c: RuleContext) => (typeof r.hard === 'boolean' ? r.hard : r.hard(c));
