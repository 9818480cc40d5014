import { getAward } from '../../core/law';
import { todayIn } from '../clock';
import { AppError } from '../http/errors';
import { proposalVerdict } from '../law/verdicts';
import type { ActionGuard } from './action-guard';

const list = (fs: { message: string; article: string }[]) =>
  fs.map((f) => `${f.message} (${f.article})`).join('; ');

/**
 * Legal checks before a proposal leaves the unit (submit) or the officer's desk (forward): the award
 * must exist and fit the subject, and the law engine must find no failed HARD rule. A failed SOFT rule
 * (a province setting or a discretionary criterion) passes only with a justified override on record.
 */
export const lawGuard: ActionGuard = async (trx, p, action, _input, clock) => {
  if (action !== 'submit' && action !== 'forward') return;
  const award = getAward(p.award_code);
  if (!award)
    throw new AppError('UNKNOWN_AWARD', `Hình thức khen thưởng "${p.award_code}" không có trong danh mục.`);
  if (!award.subjects.includes(p.subject_kind)) {
    throw new AppError('AWARD_SUBJECT_MISMATCH', `${award.name} không áp dụng cho đối tượng này.`);
  }
  const v = await proposalVerdict(trx, p, todayIn(clock));
  if (!v.verdict) throw new AppError('SUBJECT_NOT_FOUND', 'Không tìm thấy hồ sơ của đối tượng được đề nghị.');
  if (v.hard.length) {
    throw new AppError('LAW_HARD_RULE', `Không đủ điều kiện ${award.name} năm ${p.year}: ${list(v.hard)}.`, {
      failures: v.hard,
      warnings: v.verdict.warnings,
    });
  }
  if (v.openSoft.length) {
    throw new AppError(
      'LAW_SOFT_RULE',
      `Chưa đạt điều kiện (thuộc quyền xem xét của cấp có thẩm quyền): ${list(v.openSoft)}. Cán bộ TĐKT có thể ghi nhận ngoại lệ có lý do trước khi trình.`,
      { failures: v.openSoft, warnings: v.verdict.warnings },
    );
  }
};
