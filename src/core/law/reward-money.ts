import { BASE_SALARY_TABLE, type BaseSalaryPeriod, baseSalaryOn } from './base-salary';
import { getAward, type SubjectKind } from './catalogue';

/** The coefficient in force on the decision date for the subject kind, with its article. */
export function rewardCoefficient(awardCode: string, subject: SubjectKind, decisionDate: string) {
  const award = getAward(awardCode);
  if (!award) return null;
  const period = award.coefficients.find((p) => p.from <= decisionDate && (!p.to || decisionDate <= p.to));
  if (!period) return null;
  const coefficient = period.bySubject?.[subject] ?? period.coefficient;
  return coefficient === null ? null : { coefficient, article: period.article };
}

/** Round UP to the next ten thousand đồng ("làm tròn số lên hàng chục nghìn đồng"). */
export function roundUpTenThousand(raw: number): number {
  return Math.ceil(Math.round(raw) / 10_000) * 10_000;
}

/**
 * Reward money in whole đồng: coefficient × the base salary in force on the decision date, rounded
 * UP to the next ten thousand đồng (Decree 98/2023/NĐ-CP, kept by Decree 152/2025/NĐ-CP). 0 when the
 * award carries no money.
 */
export function rewardAmount(
  awardCode: string,
  subject: SubjectKind,
  decisionDate: string,
  table: readonly BaseSalaryPeriod[] = BASE_SALARY_TABLE,
): number {
  const c = rewardCoefficient(awardCode, subject, decisionDate);
  if (!c) return 0;
  return roundUpTenThousand(c.coefficient * baseSalaryOn(decisionDate, table).amount);
}
