/** Who decides an award on a date, and the route a commune's proposal travels to reach them. */

import { formatDateVi } from '../text/format';
import { type Award, type DeciderPeriod, getAward } from './catalogue';
import type { ProvinceProfile } from './profile';
import type { RouteStep } from './types';

const LAW = 'Luật Thi đua, khen thưởng 2022';

/** The decider in force on `date`; the district's former powers follow the profile from 1 Jul 2025. */
export function deciderOn(award: Award, date: string, profile: ProvinceProfile): DeciderPeriod | null {
  const d = award.decider.find((p) => (!p.from || p.from <= date) && (!p.to || date <= p.to));
  if (!d) return null;
  if (d.fromDistrict && profile.authorityFrom2025 === 'PROVINCE_CHAIRMAN') {
    return {
      level: 'TINH',
      title: 'Chủ tịch UBND tỉnh',
      article: `${d.article}; thiết lập của tỉnh: thẩm quyền cấp huyện chuyển lên cấp tỉnh`,
      from: d.from,
    };
  }
  return d;
}

const STEP: Record<RouteStep['level'], string> = {
  DON_VI: 'Đơn vị, thôn đề nghị',
  XA: 'Hội đồng TĐKT xã xét; UBND xã',
  HUYEN: 'UBND huyện (Phòng Nội vụ) — đến 30/6/2025',
  TINH: 'Sở Nội vụ (Thường trực Hội đồng TĐKT tỉnh); Chủ tịch UBND tỉnh',
  TW: 'Ban Thi đua - Khen thưởng Trung ương (Bộ Nội vụ); Thủ tướng / Chủ tịch nước',
};

/**
 * The route of a proposal prepared in the commune: up to the deciding level, never skipping a level
 * (the level that manages the subject proposes; Law Art. 84 on dossiers and the provincial rules).
 */
export function routeTo(level: RouteStep['level'] | null): RouteStep[] {
  const steps: RouteStep[] = [
    { level: 'DON_VI', body: STEP.DON_VI },
    { level: 'XA', body: STEP.XA },
  ];
  if (level === 'HUYEN') steps.push({ level: 'HUYEN', body: STEP.HUYEN });
  if (level === 'TINH' || level === 'TW') steps.push({ level: 'TINH', body: STEP.TINH });
  if (level === 'TW') steps.push({ level: 'TW', body: STEP.TW });
  return steps;
}

export const ROUTE_ARTICLE = `Điều 84 ${LAW}; quy định của tỉnh về tuyến trình`;

/** A level that may sign a decision (the district until 30 Jun 2025). */
export type SigningLevel = DeciderPeriod['level'];

export const SIGNING_LEVEL_LABELS: Record<SigningLevel, string> = {
  XA: 'Chủ tịch UBND xã',
  HUYEN: 'Chủ tịch UBND huyện',
  TINH: 'Chủ tịch UBND tỉnh',
  TW: 'cấp Trung ương',
};

export interface AuthorityAnswer {
  /** whether `level` may sign the award on the date under the profile */
  allowed: boolean;
  awardCode: string;
  level: SigningLevel;
  date: string;
  /** who decides on that date under the profile (null: no decider known for that date) */
  decider: { level: SigningLevel; title: string; article: string } | null;
  /** Vietnamese, one sentence, with the article */
  message: string;
}

/**
 * The one answer to "may <level> sign <award> on <date>" under the province profile: used by the
 * verdict, the approval, the signing and the documents, and by `law:check`. The decider in force on
 * the date (`deciderOn`, which applies the profile's setting for the former district's powers) must be
 * of that level.
 */
export function mayDecide(
  awardCode: string,
  level: SigningLevel,
  date: string,
  profile: ProvinceProfile,
): AuthorityAnswer {
  const award = getAward(awardCode);
  const d = award ? deciderOn(award, date, profile) : null;
  const decider = d ? { level: d.level, title: d.title, article: d.article } : null;
  const allowed = !!decider && decider.level === level;
  const name = award?.name ?? awardCode;
  const on = formatDateVi(date);
  const message = !award
    ? `Không có danh hiệu, hình thức khen thưởng mã "${awardCode}".`
    : !decider
      ? `Không xác định được cấp có thẩm quyền quyết định ${name} vào ngày ${on}.`
      : allowed
        ? `${decider.title} có thẩm quyền quyết định ${name} vào ngày ${on} (${decider.article}).`
        : `${SIGNING_LEVEL_LABELS[level]} không có thẩm quyền quyết định ${name} vào ngày ${on}: thẩm quyền của ${decider.title} (${decider.article}).`;
  return { allowed, awardCode, level, date, decider, message };
}
