/** Mức lương cơ sở (base salary), a dated table: the amount in force on a date. */
export interface BaseSalaryPeriod {
  from: string; // YYYY-MM-DD
  amount: number; // đồng per month
  source: string;
}

export const BASE_SALARY_TABLE: readonly BaseSalaryPeriod[] = [
  { from: '2019-07-01', amount: 1_490_000, source: 'Nghị định 38/2019/NĐ-CP' },
  { from: '2023-07-01', amount: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP' },
  { from: '2024-07-01', amount: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
  // Decree 161/2026/NĐ-CP of 15 May 2026, Art. 3(2) (replaces Decree 73/2024 from 1 Jul 2026) — docs/law/VERIFICATION.md
  { from: '2026-07-01', amount: 2_530_000, source: 'Nghị định 161/2026/NĐ-CP' },
];

/** The period in force on `date` (the earliest one for dates before the table starts). */
export function baseSalaryOn(
  date: string,
  table: readonly BaseSalaryPeriod[] = BASE_SALARY_TABLE,
): BaseSalaryPeriod {
  let current = table[0] as BaseSalaryPeriod;
  for (const p of table) if (p.from <= date && p.from >= current.from) current = p;
  return current;
}

/**
 * The built-in table extended by an administrator's rows: a row with the same start date replaces
 * the built-in one, later rows extend it. Sorted by start date.
 */
export function mergeBaseSalaries(
  extra: readonly BaseSalaryPeriod[],
  table: readonly BaseSalaryPeriod[] = BASE_SALARY_TABLE,
): BaseSalaryPeriod[] {
  const byFrom = new Map<string, BaseSalaryPeriod>();
  for (const p of table) byFrom.set(p.from, p);
  for (const p of extra) byFrom.set(p.from, p);
  return [...byFrom.values()].sort((a, b) => a.from.localeCompare(b.from));
}
