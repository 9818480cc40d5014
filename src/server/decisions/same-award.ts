import type { Transaction } from 'kysely';
import { getAward } from '../../core/law';
import { formatDateVi } from '../../core/text';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';

/**
 * One subject holds one award (same code) for one year at most: a second proposal, approval or
 * decision for it is refused, naming the award already given. The subject is identified as the law
 * engine identifies it (`law/record-loader.ts`): the person, the collective (unit) or the household
 * by id. Revoked awards do not count. Different awards in the same year are not this rule's concern.
 * The unique index `awards_one_per_subject_year` (migration 0014) keeps it under concurrent signings.
 */
export interface AwardSubject {
  subject_kind: string;
  person_id: string | null;
  subject_unit_id: string | null;
  household_id: string | null;
}

export const SAME_AWARD_INDEX = 'awards_one_per_subject_year';

/** The column and id that identify the subject, or null when the subject is not set. */
export function subjectKey(
  s: AwardSubject,
): { column: 'person_id' | 'subject_unit_id' | 'household_id'; id: string } | null {
  if (s.subject_kind === 'INDIVIDUAL') return s.person_id ? { column: 'person_id', id: s.person_id } : null;
  if (s.subject_kind === 'COLLECTIVE')
    return s.subject_unit_id ? { column: 'subject_unit_id', id: s.subject_unit_id } : null;
  return s.household_id ? { column: 'household_id', id: s.household_id } : null;
}

/** The award already given to this subject for this code and year (not revoked), with its decision. */
export async function existingSameAward(
  trx: Transaction<Database> | Db,
  tenantId: string,
  s: AwardSubject,
  awardCode: string,
  year: number,
) {
  const key = subjectKey(s);
  if (!key) return undefined;
  return trx
    .selectFrom('awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .select(['a.id', 'a.subject_name', 'a.year', 'a.award_code', 'd.number', 'd.symbol', 'd.decision_date'])
    .where('a.tenant_id', '=', tenantId)
    .where(`a.${key.column}`, '=', key.id)
    .where('a.award_code', '=', awardCode)
    .where('a.year', '=', year)
    .where('a.revoked_at', 'is', null)
    .orderBy('d.decision_date')
    .executeTakeFirst();
}

export function sameAwardError(
  subjectName: string,
  e: { award_code: string; year: number; number: number; symbol: string; decision_date: string },
): AppError {
  const awardName = getAward(e.award_code)?.name ?? e.award_code;
  return new AppError(
    'AWARD_ALREADY_GRANTED',
    `${subjectName} đã được tặng ${awardName} năm ${e.year} theo Quyết định số ${e.number}/${e.symbol} ngày ${formatDateVi(e.decision_date)}; không tặng cùng một hình thức cho cùng một năm hai lần.`,
    {
      existing: {
        awardCode: e.award_code,
        year: Number(e.year),
        decisionNumber: `${e.number}/${e.symbol}`,
        decisionDate: e.decision_date,
      },
    },
  );
}

/** Refuse when the subject already holds this award for this year. */
export async function assertNoSameAward(
  trx: Transaction<Database> | Db,
  tenantId: string,
  s: AwardSubject,
  awardCode: string,
  year: number,
  subjectName: string,
): Promise<void> {
  const e = await existingSameAward(trx, tenantId, s, awardCode, year);
  if (e) throw sameAwardError(subjectName, e);
}

/** Whether a database error is the unique index on (tenant, subject, award, year) refusing a second award. */
export function isSameAwardViolation(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { code, constraint, message } = e as { code?: unknown; constraint?: unknown; message?: unknown };
  if (code !== '23505' && code !== 'SQLITE_CONSTRAINT_UNIQUE') return false;
  return (
    constraint === SAME_AWARD_INDEX || (typeof message === 'string' && message.includes(SAME_AWARD_INDEX))
  );
}
