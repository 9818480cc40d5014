/** "May the commune chairman decide this award on this date?" under the commune's province profile (`mayDecide`). */
import { type AuthorityAnswer, mayDecide } from '../../core/law';
import type { Db } from '../db/connect';
import { AppError } from '../http/errors';
import { loadProfile } from './law-settings';

export async function communeAuthority(
  db: Db,
  tenantId: string,
  awardCode: string,
  date: string,
): Promise<AuthorityAnswer> {
  return mayDecide(awardCode, 'XA', date, await loadProfile(db, tenantId));
}

/** Who decides instead, as shown on the dossier ("Cần trình cấp trên: …"). */
export const upwardDecider = (a: AuthorityAnswer): string =>
  a.decider?.title ?? 'cấp có thẩm quyền (chưa xác định được)';

/** The refusal of an approval or a signing outside the commune chairman's authority (409), naming who decides. */
export function noAuthorityError(a: AuthorityAnswer, subjectName?: string): AppError {
  return new AppError(
    'NO_AUTHORITY',
    `${subjectName ? `${subjectName}: ` : ''}${a.message} Cần trình cấp trên: ${upwardDecider(a)}.`,
    { decider: a.decider },
  );
}
