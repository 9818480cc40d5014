/**
 * Deadlines the law writes, as data with their articles (facts from the law notes, tags [V]/[S]/[U]).
 * Dated ones fall on the same day every year; relative ones count from an event (a decision, the start
 * of a disclosure). Periods in days follow Bộ luật Dân sự 2015 Điều 147: the day of the event is not
 * counted, so "trong 15 ngày kể từ ngày quyết định" ends on the decision date + 15.
 */
import { addDays, type IsoDate } from '../calendar/iso-date';
import { DISCLOSURE_RULE } from '../dossier/disclosure-rules';
import type { Deadline, DeadlineSeverity, FactTag } from './deadline';

const D86 = 'Nghị định 86/2023/NĐ-CP';
const TT02 = 'Thông tư 02/2023/TT-BNV';
const U = 'chưa xác minh';

/** The awards whose annual review Decree 86/2023 times (the commune decides GĐVH; Thôn VH from 1/7/2025). */
export const CULTURE_AWARDS = ['GDVH', 'THON_VH', 'XA_TB'] as const;

const CULTURE_NAMES: Record<string, string> = {
  GDVH: 'Gia đình văn hóa',
  THON_VH: 'Thôn, tổ dân phố văn hóa',
  XA_TB: 'Xã, phường tiêu biểu',
};

/**
 * The fixed facts. `D86-REVIEW`: the review is annual and "hoàn thành trước ngày 25 tháng 11" — before
 * the 25th, so the last day on time is 24/11 (a review or decision dated 25/11 is late).
 */
export const LEGAL_FACTS = {
  D86_REVIEW: {
    rule: 'D86-REVIEW',
    monthDay: '11-24',
    article: `${D86}: bình xét hằng năm, hoàn thành trước ngày 25/11 (${U} điều, khoản)`,
    tag: 'S' as FactTag,
    severity: 'WARN' as DeadlineSeverity,
  },
  D86_PUBLISH: {
    rule: 'D86-PUBLISH',
    days: 15,
    article: `${D86}: công bố danh sách trong 15 ngày kể từ ngày quyết định công nhận (${U} điều, khoản); cách tính ngày: Điều 147 Bộ luật Dân sự 2015`,
    tag: 'S' as FactTag,
    severity: 'WARN' as DeadlineSeverity,
  },
  STATISTICS_PERIOD: {
    rule: 'TT02-PERIOD',
    monthDay: '11-30',
    article: `${TT02}: kỳ số liệu thống kê năm từ 01/12 năm trước đến hết 30/11 (${U} còn hiệu lực)`,
    tag: 'S' as FactTag,
    severity: 'REMIND' as DeadlineSeverity,
  },
  STATISTICS_REPORT: {
    rule: 'TT02-REPORT',
    monthDay: '12-15',
    article: `${TT02}: ngày nhận báo cáo thống kê thi đua, khen thưởng 15/12 năm báo cáo (biểu 0601.N–0603.N/BNV-TĐKT; ${U} còn hiệu lực)`,
    tag: 'S' as FactTag,
    severity: 'WARN' as DeadlineSeverity,
  },
} as const;

/** The last day of the annual review of GĐVH, Thôn VH, Xã tiêu biểu for `year` (24/11: "trước ngày 25/11"). */
export const cultureReviewDeadline = (year: number): IsoDate => `${year}-${LEGAL_FACTS.D86_REVIEW.monthDay}`;

/** The last day to publish the list of a GĐVH / Thôn VH decision dated `decisionDate`. */
export const culturePublishDeadline = (decisionDate: IsoDate): IsoDate =>
  addDays(decisionDate, LEGAL_FACTS.D86_PUBLISH.days);

/** The statistics year a day belongs to: 1/12 starts the next one (1/12/2025 is in the 2026 statistics). */
export function statisticsYearOf(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  return date.slice(5, 7) === '12' ? y + 1 : y;
}

/** The statistics period of `year`: 1/12 of the year before to 30/11. */
export const statisticsPeriod = (year: number): { from: IsoDate; to: IsoDate } => ({
  from: `${year - 1}-12-01`,
  to: `${year}-${LEGAL_FACTS.STATISTICS_PERIOD.monthDay}`,
});

/** The day the statistics report of `year` is due (15/12). */
export const statisticsReportDeadline = (year: number): IsoDate =>
  `${year}-${LEGAL_FACTS.STATISTICS_REPORT.monthDay}`;

/** The dated legal deadlines of a year, for the commune's officer. */
export function legalDeadlinesOf(year: number): Deadline[] {
  const f = LEGAL_FACTS;
  const review = (code: 'GDVH' | 'THON_VH'): Deadline => ({
    id: `${f.D86_REVIEW.rule}:${code}:${year}`,
    rule: f.D86_REVIEW.rule,
    date: cultureReviewDeadline(year),
    action: 'CULTURE_REVIEW',
    label: `Hoàn thành bình xét "${CULTURE_NAMES[code]}" năm ${year}`,
    article: f.D86_REVIEW.article,
    kind: 'LEGAL',
    severity: f.D86_REVIEW.severity,
    tag: f.D86_REVIEW.tag,
    audience: 'OFFICER',
    link: '/de-nghi',
  });
  const period = statisticsPeriod(year);
  return [
    review('GDVH'),
    review('THON_VH'),
    {
      id: `${f.STATISTICS_PERIOD.rule}:${year}`,
      rule: f.STATISTICS_PERIOD.rule,
      date: period.to,
      action: 'STATISTICS_PERIOD',
      label: `Hết kỳ số liệu thống kê năm ${year} (từ 01/12/${year - 1} đến 30/11/${year})`,
      article: f.STATISTICS_PERIOD.article,
      kind: 'LEGAL',
      severity: f.STATISTICS_PERIOD.severity,
      tag: f.STATISTICS_PERIOD.tag,
      audience: 'OFFICER',
    },
    {
      id: `${f.STATISTICS_REPORT.rule}:${year}`,
      rule: f.STATISTICS_REPORT.rule,
      date: statisticsReportDeadline(year),
      action: 'STATISTICS_REPORT',
      label: `Gửi báo cáo thống kê thi đua, khen thưởng năm ${year}`,
      article: f.STATISTICS_REPORT.article,
      kind: 'LEGAL',
      severity: f.STATISTICS_REPORT.severity,
      tag: f.STATISTICS_REPORT.tag,
      audience: 'OFFICER',
      link: '/bao-cao',
    },
  ];
}

/** The publication deadline of one signed GĐVH / Thôn VH decision. */
export function culturePublishDeadlineOf(d: {
  id: string;
  awardCode: string;
  decisionDate: IsoDate;
  reference: string;
}): Deadline {
  const f = LEGAL_FACTS.D86_PUBLISH;
  return {
    id: `${f.rule}:${d.id}`,
    rule: f.rule,
    date: culturePublishDeadline(d.decisionDate),
    action: 'CULTURE_PUBLISH',
    label: `Công bố danh sách "${CULTURE_NAMES[d.awardCode] ?? d.awardCode}" theo Quyết định ${d.reference}`,
    article: f.article,
    kind: 'LEGAL',
    severity: f.severity,
    tag: f.tag,
    audience: 'OFFICER',
    refId: d.id,
    link: `/quyet-dinh/${d.id}`,
  };
}

/** Periods counted from an event, for the page that lists the law's time limits. */
export interface PeriodRule {
  id: string;
  what: string;
  period: string;
  article: string;
  severity: DeadlineSeverity;
  tag: FactTag;
}

export const PERIOD_RULES: readonly PeriodRule[] = [
  {
    id: 'DISCLOSURE-MIN',
    what: 'Công khai danh sách đề nghị khen thưởng trước khi quyết định',
    period: `ít nhất ${DISCLOSURE_RULE.minDays} ngày (tính cả ngày đầu và ngày cuối); không quyết định khi đang công khai`,
    article: `${DISCLOSURE_RULE.article}; thời hạn do tỉnh quy định — ${U}`,
    severity: 'REFUSE',
    tag: 'U',
  },
  {
    id: 'DISCLOSURE-STATE',
    what: 'Công khai danh sách đề nghị Huân chương, danh hiệu vinh dự nhà nước trước khi Hội đồng cấp tỉnh họp',
    period: 'ít nhất 10 ngày làm việc',
    article: 'Khoản 2 Điều 46 Nghị định 98/2023/NĐ-CP (khoản 5 Điều 84 Luật Thi đua, khen thưởng 2022)',
    severity: 'WARN',
    tag: 'S',
  },
  {
    id: LEGAL_FACTS.D86_PUBLISH.rule,
    what: 'Công bố danh sách "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa" sau quyết định công nhận',
    period: `trong ${LEGAL_FACTS.D86_PUBLISH.days} ngày kể từ ngày quyết định (không tính ngày quyết định)`,
    article: LEGAL_FACTS.D86_PUBLISH.article,
    severity: LEGAL_FACTS.D86_PUBLISH.severity,
    tag: LEGAL_FACTS.D86_PUBLISH.tag,
  },
  {
    id: 'YEAR-END-REVIEW',
    what: 'Tổng kết, bình xét khen thưởng cuối năm (LĐTT, CSTĐCS, TTLĐTT, Giấy khen)',
    period:
      'luật không ấn định ngày; hạn chấm điểm, nộp hồ sơ theo kế hoạch của xã (thường tháng 11 – tháng 1)',
    article: `Điều 17 Luật Thi đua, khen thưởng 2022 (tổ chức phong trào, sơ kết, tổng kết); ngày cụ thể: kế hoạch của xã — ${U} mốc của tỉnh`,
    severity: 'REMIND',
    tag: 'U',
  },
];

/**
 * Is a GĐVH / Thôn VH / Xã tiêu biểu decision for `year` dated after the review deadline (24/11)? A
 * decision dated in a later year for the same year's review is late too.
 */
export const isCultureReviewLate = (year: number, decisionDate: IsoDate): boolean =>
  decisionDate > cultureReviewDeadline(year);
