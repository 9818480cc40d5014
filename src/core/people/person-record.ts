/**
 * The checks of a person's record that need more than one field or today's date: the citizen ID's form
 * and its agreement with gender and year of birth (`citizen-id.ts`), a date of birth that is not in the
 * future and agrees with the year of birth, and the leader tier kept in step with the leader flag.
 */
import type { ErrorCode } from '../errors/error-codes';
import type { LeaderTier } from '../history/history-terms';
import { citizenIdProblem, normaliseCitizenId } from './citizen-id';
import type { Gender } from './person-categories';

export interface PersonRecordFacts {
  gender: Gender;
  citizenId?: string | null | undefined;
  /** YYYY-MM-DD, when the exact day is known (checked to exist by the contract). */
  birthDate?: string | null | undefined;
  /** The year alone, when the exact day is not known. */
  birthYear?: number | null | undefined;
}

/** A refused field: the field's name in the API, a code of the error table, a Vietnamese message. */
export interface FieldProblem {
  path: string;
  code: ErrorCode;
  message: string;
}

/** The year of birth the record means: the date's year when there is a date, else the year given. */
export function birthYearOf(f: Pick<PersonRecordFacts, 'birthDate' | 'birthYear'>): number | null {
  if (f.birthDate) return Number(f.birthDate.slice(0, 4));
  return f.birthYear ?? null;
}

/** The citizen ID as stored: digits only, or null when none was given. */
export function storedCitizenId(raw: string | null | undefined): string | null {
  const id = normaliseCitizenId(raw ?? '');
  return id === '' ? null : id;
}

/** Every problem of the record's facts, given today's date in Vietnam (YYYY-MM-DD); [] when it is right. */
export function personRecordProblems(f: PersonRecordFacts, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const thisYear = Number(today.slice(0, 4));
  if (f.birthDate && f.birthDate > today)
    problems.push({
      path: 'birthDate',
      code: 'BIRTH_DATE_INVALID',
      message: 'Ngày sinh không được sau ngày hôm nay',
    });
  else if (f.birthDate && f.birthYear && Number(f.birthDate.slice(0, 4)) !== f.birthYear)
    problems.push({
      path: 'birthYear',
      code: 'BIRTH_DATE_INVALID',
      message: `Năm sinh ${f.birthYear} không khớp ngày sinh (năm ${f.birthDate.slice(0, 4)})`,
    });
  else if (!f.birthDate && f.birthYear && f.birthYear > thisYear)
    problems.push({
      path: 'birthYear',
      code: 'BIRTH_DATE_INVALID',
      message: 'Năm sinh không được sau năm nay',
    });
  const id = storedCitizenId(f.citizenId);
  if (id) {
    const problem = citizenIdProblem(id, { gender: f.gender, birthYear: birthYearOf(f) });
    if (problem) problems.push({ path: 'citizenId', code: 'CITIZEN_ID_INVALID', message: problem });
  }
  return problems;
}

/** The tier from the form: the tier when given, else CAP_TRUONG for a leader (the old flag) or KHONG. */
export function leaderTierOf(
  tier: LeaderTier | null | undefined,
  isLeader: boolean | null | undefined,
): LeaderTier {
  return tier ?? (isLeader ? 'CAP_TRUONG' : 'KHONG');
}
