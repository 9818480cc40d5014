export {
  type AuthorityAnswer,
  deciderOn,
  mayDecide,
  routeTo,
  SIGNING_LEVEL_LABELS,
  type SigningLevel,
} from './authority';
export { BASE_SALARY_TABLE, type BaseSalaryPeriod, baseSalaryOn, mergeBaseSalaries } from './base-salary';
export {
  AWARDS,
  type Award,
  communeDecides,
  type DeciderPeriod,
  type Fact,
  getAward,
  type SubjectKind,
} from './catalogue';
export { authoritySetFor, criteriaSetFor, evaluate, MAX_YEAR, MIN_YEAR, RULE_SET_LABELS } from './evaluate';
export {
  AUTHORITIES_FROM_2025,
  CSTD_TINH_TIMINGS,
  DEFAULT_PROFILE,
  PROFILE_SETTINGS,
  type ProvinceProfile,
  profileFrom,
  type QuotaSetting,
} from './profile';
export { checkQuotas, type QuotaProposal, type QuotaResult, quotaCap } from './quotas';
export {
  type RewardMoney,
  rewardAmount,
  rewardCoefficient,
  rewardMoney,
  roundUpTenThousand,
} from './reward-money';
export { RULES, WARNING_RULES } from './rules';
export {
  ACHIEVEMENT_BASES,
  ACHIEVEMENT_BASIS_LABELS,
  type AchievementClaim,
  basesFor,
  claimsOf,
  defaultBasis,
  describeSameAchievement,
  findSameAchievement,
  mayStandTogether,
  proposalBasisRef,
  SAME_ACHIEVEMENT_ARTICLE,
  type SameAchievementConflict,
} from './same-achievement';
export { recordSource, SUGGESTED_AWARDS, type Suggestion, suggest, suggestFrom } from './suggest';
export * from './types';
