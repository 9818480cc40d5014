export {
  type AuthorityAnswer,
  mayDecide,
  routeTo,
  SIGNING_LEVEL_LABELS,
  type SigningLevel,
} from './authority';
export { BASE_SALARY_TABLE, type BaseSalaryPeriod, baseSalaryOn, mergeBaseSalaries } from './base-salary';
export {
  AWARDS,
  type Award,
  type DeciderPeriod,
  type Fact,
  getAward,
  type SubjectKind,
} from './catalogue';
export { authoritySetFor, criteriaSetFor, evaluate, MAX_YEAR, MIN_YEAR, RULE_SET_LABELS } from './evaluate';
export {
  allowedHoldersText,
  type HolderKind,
  type Holders,
  holderLabel,
  mayHold,
  notHolderMessage,
} from './holders';
export {
  AUTHORITIES_FROM_2025,
  CSTD_TINH_TIMINGS,
  DEFAULT_PROFILE,
  DEFAULT_QUOTA_ENFORCEMENT,
  PROFILE_SETTINGS,
  type ProvinceProfile,
  profileFrom,
  QUOTA_ENFORCEMENTS,
  type QuotaEnforcement,
  type QuotaSetting,
  TERM_END_YEAR_TITLES,
} from './profile';
export {
  awardShortName,
  checkQuotaGate,
  checkQuotas,
  QUOTA_GATES,
  type QuotaEntry,
  type QuotaGate,
  type QuotaGateCheck,
  type QuotaProposal,
  type QuotaResult,
  type QuotaStage,
  quotaCap,
  quotaExceptionCode,
  quotaLine,
  STAGES_PAST_GATE,
} from './quotas';
export {
  type RewardMoney,
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
export {
  type PaidAward,
  type PayLine,
  payForAward,
  SAME_ACHIEVEMENT_PAY_ARTICLE,
} from './same-achievement-pay';
export { recordSource, SUGGESTED_AWARDS, type Suggestion, suggest, suggestFrom } from './suggest';
export * from './types';
