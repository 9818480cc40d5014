export { AWARDS, communeDecides, getAward, type Award, type SubjectKind } from './catalogue';
export { BASE_SALARY_TABLE, baseSalaryOn } from './base-salary';
export { rewardAmount, rewardCoefficient } from './reward-money';
