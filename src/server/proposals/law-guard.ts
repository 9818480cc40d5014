import { getAward } from '../../core/law';
import { AppError } from '../http/errors';
import type { ActionGuard } from './proposal-commands';

/**
 * Hard legal checks before a proposal leaves the unit or the officer's desk: the award must exist
 * and apply to the proposal's kind of subject (individual, collective, household).
 */
export const lawGuard: ActionGuard = async (_trx, p, action) => {
  if (action !== 'submit' && action !== 'forward') return;
  const award = getAward(p.award_code);
  if (!award) throw new AppError(409, 'UNKNOWN_AWARD', `Hình thức khen thưởng "${p.award_code}" không có trong danh mục.`);
  if (!award.subjects.includes(p.subject_kind as 'INDIVIDUAL')) {
    throw new AppError(409, 'AWARD_SUBJECT_MISMATCH', `${award.name} không áp dụng cho đối tượng này.`);
  }
};
