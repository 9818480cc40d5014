/**
 * Several titles for the same achievement at the same time: only the highest reward money is paid
 * (Decree 91/2017/NĐ-CP, old regime; unverified for the 2022 regime — the province setting
 * `sameAchievementPayHighestOnly`, on by default). The one place this rule is applied: the decision
 * preview, the signing (which stores the amount and the reason), hence the documents and the fund.
 */
import { formatMoneyVnd } from '../text/format';
import { getAward } from './catalogue';
import type { ProvinceProfile } from './profile';

export const SAME_ACHIEVEMENT_PAY_ARTICLE =
  'Nghị định 91/2017/NĐ-CP (chế độ cũ: cùng thời điểm, cùng thành tích đạt nhiều danh hiệu thi đua chỉ nhận mức tiền thưởng cao nhất) — chưa xác minh cho chế độ 2022, thiết lập của tỉnh';

/** An award the subject already holds in the register (not revoked), with what was paid. */
export interface PaidAward {
  awardCode: string;
  /** achievement year */
  year: number;
  amount: number;
  /** "QĐ số 12/QĐ-UBND" — named in the reason */
  decisionLabel: string;
}

export interface PayLine {
  /** what is paid with this award */
  amount: number;
  /** the award's full reward money (`rewardMoney`) */
  fullAmount: number;
  /** why `amount` is less than `fullAmount` (Vietnamese, with the source); null when paid in full */
  note: string | null;
}

/** Emulation titles (not forms of commendation, not thematic or sudden ones) share one achievement per year. */
function sharesAchievement(awardCode: string): boolean {
  const a = getAward(awardCode);
  return !!a && a.kind === 'DANH_HIEU' && !a.thematic && !a.sudden;
}

/**
 * What is paid with `awardCode` for the achievement `year`, given its full reward money and the titles
 * for the same year the subject already holds (the same award code is ignored: it cannot be held twice).
 * With the setting on, the titles of one achievement are paid together at most the highest amount: a
 * lower or equal title after a higher one is paid 0, a higher one after a lower one is paid the difference.
 */
export function payForAward(
  awardCode: string,
  year: number,
  fullAmount: number,
  held: readonly PaidAward[],
  profile: Pick<ProvinceProfile, 'sameAchievementPayHighestOnly'>,
): PayLine {
  if (!profile.sameAchievementPayHighestOnly || fullAmount <= 0 || !sharesAchievement(awardCode)) {
    return { amount: fullAmount, fullAmount, note: null };
  }
  const same = held.filter(
    (h) => h.year === year && h.awardCode !== awardCode && h.amount > 0 && sharesAchievement(h.awardCode),
  );
  if (!same.length) return { amount: fullAmount, fullAmount, note: null };
  const paid = same.reduce((s, h) => s + h.amount, 0);
  const amount = Math.max(0, fullAmount - paid);
  const names = same
    .map(
      (h) =>
        `${getAward(h.awardCode)?.name ?? h.awardCode} (${h.decisionLabel}, ${formatMoneyVnd(h.amount)})`,
    )
    .join('; ');
  const note =
    amount === 0
      ? `Không trả tiền thưởng: cùng thành tích năm ${year} đã nhận ${names}, mức cao hơn hoặc bằng; chỉ trả mức cao nhất (${SAME_ACHIEVEMENT_PAY_ARTICLE}).`
      : `Chỉ trả phần chênh lệch ${formatMoneyVnd(amount)} (mức ${formatMoneyVnd(fullAmount)} trừ số đã nhận): cùng thành tích năm ${year} đã nhận ${names}; chỉ trả mức cao nhất (${SAME_ACHIEVEMENT_PAY_ARTICLE}).`;
  return { amount, fullAmount, note };
}
