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

/** Reward money of one award with how it was computed (shown in the verdict, the preview and documents). */
export interface RewardMoney {
  amount: number;
  coefficient: number | null;
  baseSalary: number;
  article: string;
  baseSalarySource: string;
}

/**
 * THE reward-money function (coefficient × the base salary in force on the decision date, rounded UP
 * to the next ten thousand đồng — Decree 98/2023/NĐ-CP, kept by Decree 152/2025/NĐ-CP; 0 when the award
 * carries no money): award, subject kind, decision date and the commune's base-salary rows
 * (`mergeBaseSalaries` of the administrator's rows; the built-in table when absent). The verdict, the
 * decision preview, the signed decision, the documents and the fund check all call this one.
 */
export function rewardMoney(
  awardCode: string,
  subject: SubjectKind,
  decisionDate: string,
  baseSalaries: readonly BaseSalaryPeriod[] = BASE_SALARY_TABLE,
): RewardMoney {
  const award = getAward(awardCode);
  const base = baseSalaryOn(decisionDate, baseSalaries);
  const c = rewardCoefficient(awardCode, subject, decisionDate);
  return {
    amount: c ? roundUpTenThousand(c.coefficient * base.amount) : 0,
    coefficient: c?.coefficient ?? null,
    baseSalary: base.amount,
    article: c
      ? `${c.article}; làm tròn lên hàng chục nghìn đồng`
      : (award?.coefficients[0]?.article ?? 'Không có tiền thưởng'),
    baseSalarySource: base.source,
  };
}
