/**
 * What a decision pays each awardee: the award's reward money (`rewardMoney`, with the commune's
 * base-salary rows) and the province setting "several titles for the same achievement: only the
 * highest" (`payForAward`) over the titles the subject already holds for the year. The decision preview,
 * the fund check and the signing use this one function; the register, the documents and the fund's
 * "spent" read the amounts (and reasons) stored at signing.
 */
import { type PaidAward, type PayLine, payForAward, rewardMoney } from '../../core/law';
import type { SubjectKind } from '../../core/law/types';
import type { Db } from '../db/connect';
import { loadBaseSalaries, loadProfile } from '../law/law-settings';
import { subjectKey } from './same-award';

export interface PayRow {
  award_code: string;
  subject_kind: SubjectKind;
  person_id: string | null;
  subject_unit_id: string | null;
  household_id: string | null;
  year: number;
}

const keyOf = (r: PayRow) => {
  const k = subjectKey(r);
  return k ? `${k.column}:${k.id}` : null;
};

/** One line per row, in order; rows earlier in the list count as held by the later ones of the same subject. */
export async function payLines(
  db: Db,
  tenantId: string,
  rows: readonly PayRow[],
  decisionDate: string,
): Promise<PayLine[]> {
  const [profile, baseSalaries] = await Promise.all([
    loadProfile(db, tenantId),
    loadBaseSalaries(db, tenantId),
  ]);
  const ids = (column: 'person_id' | 'subject_unit_id' | 'household_id') => [
    ...new Set(rows.map((r) => subjectKey(r)).flatMap((k) => (k?.column === column ? [k.id] : []))),
  ];
  const people = ids('person_id');
  const units = ids('subject_unit_id');
  const households = ids('household_id');
  const years = [...new Set(rows.map((r) => r.year))];
  const held =
    rows.length && (people.length || units.length || households.length)
      ? await db
          .selectFrom('awards as a')
          .innerJoin('decisions as d', 'd.id', 'a.decision_id')
          .select([
            'a.award_code',
            'a.subject_kind',
            'a.person_id',
            'a.subject_unit_id',
            'a.household_id',
            'a.year',
            'a.amount',
            'd.number',
            'd.symbol',
          ])
          .where('a.tenant_id', '=', tenantId)
          .where('a.revoked_at', 'is', null)
          .where('a.year', 'in', years)
          .where((eb) =>
            eb.or([
              ...(people.length ? [eb('a.person_id', 'in', people)] : []),
              ...(units.length ? [eb('a.subject_unit_id', 'in', units)] : []),
              ...(households.length ? [eb('a.household_id', 'in', households)] : []),
            ]),
          )
          .execute()
      : [];
  const bySubject = new Map<string, PaidAward[]>();
  const add = (key: string | null, a: PaidAward) => {
    if (!key) return;
    const list = bySubject.get(key) ?? [];
    list.push(a);
    bySubject.set(key, list);
  };
  for (const h of held) {
    add(keyOf(h), {
      awardCode: h.award_code,
      year: h.year,
      amount: h.amount,
      decisionLabel: `Quyết định số ${h.number}/${h.symbol}`,
    });
  }
  return rows.map((r) => {
    const key = keyOf(r);
    const full = rewardMoney(r.award_code, r.subject_kind, decisionDate, baseSalaries).amount;
    const line = payForAward(r.award_code, r.year, full, (key && bySubject.get(key)) || [], profile);
    add(key, { awardCode: r.award_code, year: r.year, amount: line.amount, decisionLabel: 'cùng đợt' });
    return line;
  });
}
