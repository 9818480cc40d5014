/**
 * A deadline (thời hạn) as dated data: the last day an action is on time, the action it bounds, the
 * article that sets it and who must act. `date` is inclusive everywhere: the action is late only on a
 * day after it (`isLate`). "Trước ngày 25/11" therefore has the date 24/11; "đến hết ngày 15/12", 15/12.
 */
import type { IsoDate } from '../calendar/iso-date';

/** Where the deadline comes from: the law, the commune's plan (or review), or a movement. */
export const DEADLINE_KINDS = ['LEGAL', 'PLAN', 'MOVEMENT'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  LEGAL: 'Luật định',
  PLAN: 'Kế hoạch của xã',
  MOVEMENT: 'Phong trào',
};

/**
 * What happens to an action after its deadline: refused (the law leaves no discretion), warned (the
 * action is still recorded, with the warning and the article), or only reminded (nothing is checked).
 */
export const DEADLINE_SEVERITIES = ['REFUSE', 'WARN', 'REMIND'] as const;
export type DeadlineSeverity = (typeof DEADLINE_SEVERITIES)[number];

export const DEADLINE_SEVERITY_LABELS: Record<DeadlineSeverity, string> = {
  REFUSE: 'Quá hạn thì không thực hiện được',
  WARN: 'Quá hạn thì cảnh báo',
  REMIND: 'Nhắc việc',
};

/** The actions deadlines bound. */
export const DEADLINE_ACTIONS = [
  'CULTURE_REVIEW', // bình xét Gia đình văn hóa / Thôn, tổ dân phố văn hóa (and the decision that ends it)
  'CULTURE_PUBLISH', // công bố danh sách sau quyết định công nhận
  'STATISTICS_PERIOD', // kỳ số liệu thống kê (1/12 năm trước – 30/11)
  'STATISTICS_REPORT', // gửi báo cáo thống kê thi đua, khen thưởng
  'DISCLOSURE', // thời gian công khai danh sách trước khi quyết định
  'REGISTRATION', // đăng ký thi đua
  'SELF_SCORE', // chấm điểm thi đua
  'MOVEMENT_END', // kết thúc (tổng kết) phong trào
] as const;
export type DeadlineAction = (typeof DEADLINE_ACTIONS)[number];

/** Who must act: the commune's officer (cán bộ TĐKT, on behalf of the chairman) or a unit. */
export type DeadlineAudience = 'OFFICER' | 'UNIT';

/** How sure the fact is (the law notes' tags): verified, secondary source, unverified. */
export type FactTag = 'V' | 'S' | 'U';

export interface Deadline {
  /** Unique in a list: the rule and what it is about, e.g. `D86-REVIEW:2025`, `REGISTRATION:<movement>`. */
  id: string;
  /** The rule's id (e.g. `D86-REVIEW`), the same for every year. */
  rule: string;
  /** The last day the action is on time (inclusive). */
  date: IsoDate;
  action: DeadlineAction;
  /** Vietnamese: what must be done by then, e.g. "Hoàn thành bình xét Gia đình văn hóa năm 2025". */
  label: string;
  /** The article (or the plan, the movement) that sets it; says "chưa xác minh" when unverified. */
  article: string;
  kind: DeadlineKind;
  severity: DeadlineSeverity;
  tag: FactTag;
  audience: DeadlineAudience;
  /** The unit that must act (audience UNIT). */
  unitId?: string;
  /** The movement, review, decision or disclosure it is about. */
  refId?: string;
  /** A page of the web app where the action is done. */
  link?: string;
}

/** Is an action done on `on` late for `d`? (The deadline's own day is on time.) */
export const isLate = (d: Pick<Deadline, 'date'>, on: IsoDate): boolean => on > d.date;

/** Deadlines from `today` to `today + days − 1` (7 days: this week), by date then label. */
export function deadlinesWithin<D extends Pick<Deadline, 'date' | 'label'>>(
  list: readonly D[],
  today: IsoDate,
  lastDay: IsoDate,
): D[] {
  return list
    .filter((d) => d.date >= today && d.date <= lastDay)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.label.localeCompare(b.label, 'vi')));
}
