import { baseSalaryOn } from './base-salary';
import { type SubjectKind, getAward } from './catalogue';

/** The coefficient in force on the decision date for the subject kind, with its article. */
export function rewardCoefficient(awardCode: string, subject: SubjectKind, decisionDate: string) {
  const award = getAward(awardCode);
  if (!award) return null;
  const period = award.coefficients.find((p) => p.from <= decisionDate && (!p.to || decisionDate <= p.to));
  if (!period) return null;
  const coefficient = period.bySubject?.[subject] ?? period.coefficient;
  return coefficient === null ? null : { coefficient, article: period.article };
}

/**
 * Reward money in whole đồng: coefficient × the base salary in force on the decision date, rounded
 * UP to the next ten thousand đồng (Decree 98/2023/NĐ-CP, kept by Decree 152/2025/NĐ-CP). 0 when the
 * award carries no money.
 */
export function rewardAmount(awardCode: string, subject: SubjectKind, decisionDate: string): number {
  const c = rewardCoefficient(awardCode, subject, decisionDate);
  if (!c) return 0;
  const raw = c.coefficient * baseSalaryOn(decisionDate).amount;
  return Math.ceil(Math.round(raw) / 10_000) * 10_000;
}
