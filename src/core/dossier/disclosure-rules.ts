import type { ErrorCode } from '../errors/error-codes';
import { formatDateVi } from '../text';
/**
 * Public disclosure (công khai) before a commendation is decided. Law 06/2022/QH15 Art. 5(2):
 * commendation must be accurate, public, transparent, fair. The minimum period for commune-level
 * awards is set by provincial rules (commonly 5–10 working days) — a setting, here in calendar days.
 */
export const DISCLOSURE_RULE = {
  minDays: 5,
  article:
    'Khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022; thời hạn công khai theo quy định của tỉnh (mặc định 5 ngày)',
} as const;

export interface DisclosureFacts {
  startsOn: string;
  endsOn: string;
}

/** A comment (góp ý) or an objection asking for a review (phản ánh), sent by anyone during disclosure. */
export const OBJECTION_KINDS = ['GOP_Y', 'PHAN_ANH'] as const;
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];
/** How the officer handled it: upheld, dismissed, or noted. */
export const OBJECTION_RESOLUTIONS = ['UPHELD', 'DISMISSED', 'NOTED'] as const;
export type ObjectionResolution = (typeof OBJECTION_RESOLUTIONS)[number];
export const OBJECTION_STATUSES = ['OPEN', ...OBJECTION_RESOLUTIONS] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

export interface ObjectionFacts {
  kind: ObjectionKind;
  status: ObjectionStatus;
}

export type Check = { ok: true } | { ok: false; code: ErrorCode; message: string };

export function checkDisclosurePeriod(d: DisclosureFacts, minDays: number = DISCLOSURE_RULE.minDays): Check {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.startsOn) || !/^\d{4}-\d{2}-\d{2}$/.test(d.endsOn)) {
    return { ok: false, code: 'BAD_DATE', message: 'Ngày công khai không hợp lệ.' };
  }
  const days = (Date.parse(d.endsOn) - Date.parse(d.startsOn)) / 86_400_000 + 1;
  if (days < minDays) {
    return {
      ok: false,
      code: 'DISCLOSURE_TOO_SHORT',
      message: `Thời gian công khai phải ít nhất ${minDays} ngày (${DISCLOSURE_RULE.article}).`,
    };
  }
  return { ok: true };
}

export type PeriodCheck =
  | { ok: true }
  | { ok: false; code: ErrorCode; message: string; field: 'startsOn' | 'endsOn' };

/**
 * A new disclosure period, as published: it starts today or later (a list "published" with dates already
 * past gives nobody the time to object, Law 06/2022/QH15 Art. 5(2)) and lasts at least the minimum.
 * `today` is the server's calendar date (YYYY-MM-DD).
 */
export function checkNewDisclosurePeriod(
  d: DisclosureFacts,
  today: string,
  minDays: number = DISCLOSURE_RULE.minDays,
): PeriodCheck {
  const period = checkDisclosurePeriod(d, minDays);
  if (!period.ok) {
    const startBad = period.code === 'BAD_DATE' && !/^\d{4}-\d{2}-\d{2}$/.test(d.startsOn);
    return { ...period, field: startBad ? 'startsOn' : 'endsOn' };
  }
  if (d.startsOn < today) {
    return {
      ok: false,
      code: 'DISCLOSURE_IN_PAST',
      field: 'startsOn',
      message: `Ngày bắt đầu công khai (${formatDateVi(d.startsOn)}) đã qua: thời gian công khai phải bắt đầu từ hôm nay (${formatDateVi(today)}) trở đi để người dân kịp góp ý, phản ánh (${DISCLOSURE_RULE.article}).`,
    };
  }
  return { ok: true };
}

/** The earliest end date of a period starting on `startsOn` (the period counts both ends). */
export function earliestDisclosureEnd(startsOn: string, minDays: number = DISCLOSURE_RULE.minDays): string {
  return new Date(Date.parse(startsOn) + (minDays - 1) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Must the proposal have been disclosed before it is decided? Awards that the council votes on by secret
 * ballot (titles and proposals upward, see `voteRuleFor`) follow the full procedure: council, then public
 * disclosure, then decision (Law 06/2022/QH15 Art. 5(2); Decree 98/2023/NĐ-CP Art. 46(2) for proposals
 * upward; provincial rules for commune titles). Giấy khen and LĐTT may be decided without it.
 */
export function checkDisclosedWhenRequired(required: boolean, disclosures: DisclosureFacts[]): Check {
  if (required && disclosures.length === 0) {
    return {
      ok: false,
      code: 'DISCLOSURE_REQUIRED',
      message: `Hình thức này phải được công khai danh sách trước khi quyết định (${DISCLOSURE_RULE.article}); hãy công khai đề nghị tại mục "Công khai, ý kiến".`,
    };
  }
  return { ok: true };
}

/**
 * May a disclosed proposal be approved or decided on `today`? Not while its disclosure period runs,
 * not while an objection is open, and not when an objection was upheld.
 */
export function checkDecidableAfterDisclosure(
  disclosures: DisclosureFacts[],
  objections: ObjectionFacts[],
  today: string,
): Check {
  const running = disclosures
    .filter((d) => d.endsOn >= today)
    .sort((a, b) => (a.endsOn < b.endsOn ? 1 : -1))[0];
  if (running) {
    return {
      ok: false,
      code: 'IN_DISCLOSURE',
      message: `Đề nghị đang trong thời gian công khai đến hết ngày ${formatDateVi(running.endsOn)}; chưa thể quyết định.`,
    };
  }
  const open = objections.filter((o) => o.kind === 'PHAN_ANH' && o.status === 'OPEN').length;
  if (open > 0) {
    return {
      ok: false,
      code: 'UNRESOLVED_OBJECTION',
      message: `Còn ${open} phản ánh chưa được xử lý; chưa thể quyết định.`,
    };
  }
  if (objections.some((o) => o.status === 'UPHELD')) {
    return {
      ok: false,
      code: 'OBJECTION_UPHELD',
      message: 'Phản ánh về đề nghị này đã được xác định là đúng; không thể quyết định khen thưởng.',
    };
  }
  return { ok: true };
}
