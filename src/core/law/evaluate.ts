/**
 * The evaluator: is this subject eligible for this award for this year, decided on this date — and
 * why not, article by article. Never throws on a well-typed record: impossible inputs come back as
 * failures with a reason.
 */
import { mayDecide, routeTo } from './authority';
import { BASE_SALARY_TABLE, type BaseSalaryPeriod } from './base-salary';
import { AWARDS, type Award, getAward } from './catalogue';
import { type HistoryIndex, indexRecord, newIndex } from './history-index';
import { DEFAULT_PROFILE, type ProvinceProfile } from './profile';
import { rewardMoney } from './reward-money';
import {
  type AuthoritySet,
  articleOf,
  type CriteriaSet,
  hardOf,
  type RuleContext,
  registerAwards,
  rulesFor,
  warningsFor,
} from './rules';
import type { CandidateAchievement, Failure, SubjectRecord, Verdict, Warning } from './types';

registerAwards(AWARDS.map((a) => a.code));

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Criteria follow the achievement year (2013 law before 2024); the amending law only when switched on. */
export function criteriaSetFor(year: number, decisionDate: string, profile: ProvinceProfile): CriteriaSet {
  if (profile.amendingLaw.enabled && decisionDate >= profile.amendingLaw.effectiveFrom) return 'AMENDED_2026';
  return year < 2024 ? 'LAW_2013' : 'LAW_2022';
}

/** Authority and money follow the decision date (Decree 152/2025 from 1 Jul 2025). */
export function authoritySetFor(decisionDate: string): AuthoritySet {
  if (decisionDate < '2024-01-01') return 'LAW_2013';
  return decisionDate < '2025-07-01' ? 'LAW_2022' : 'DECREE_152_2025';
}

export const RULE_SET_LABELS: Record<CriteriaSet | AuthoritySet, string> = {
  LAW_2013: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP',
  LAW_2022: 'Luật Thi đua, khen thưởng 2022 (06/2022/QH15) và văn bản hướng dẫn',
  DECREE_152_2025:
    'Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP và Nghị định 129/2025/NĐ-CP (từ 01/7/2025)',
  AMENDED_2026: 'Luật sửa đổi Luật Thi đua, khen thưởng (dự thảo 12/2025 — bật theo thiết lập)',
};

const scratch = newIndex();
const ctx: RuleContext = {
  award: AWARDS[0] as Award,
  year: 0,
  decisionDate: '',
  profile: DEFAULT_PROFILE,
  criteria: 'LAW_2022',
  authority: 'LAW_2022',
  achievement: {},
};

function setContext(
  award: Award,
  year: number,
  decisionDate: string,
  profile: ProvinceProfile,
  achievement: CandidateAchievement,
): RuleContext {
  ctx.award = award;
  ctx.year = year;
  ctx.decisionDate = decisionDate;
  ctx.profile = profile;
  ctx.criteria = criteriaSetFor(year, decisionDate, profile);
  ctx.authority = authoritySetFor(decisionDate);
  ctx.achievement = achievement;
  return ctx;
}

function inputFailure(code: string, message: string): Failure {
  return { code, message, article: 'Dữ liệu đầu vào (không phải điều kiện pháp lý)', hard: true };
}

function emptyVerdict(awardCode: string, year: number, decisionDate: string, failure: Failure): Verdict {
  const award = getAward(awardCode);
  return {
    awardCode,
    awardName: award?.name ?? awardCode,
    awardKind: award?.kind ?? 'HINH_THUC',
    year,
    decisionDate,
    status: 'NOT_ELIGIBLE',
    eligible: false,
    failures: [failure],
    warnings: [],
    ruleSet: { criteria: '', authority: '' },
    decider: null,
    route: [],
    rewardMoney: { amount: 0, coefficient: null, baseSalary: 0, article: '', baseSalarySource: '' },
    dossier: [],
  };
}

export interface EvaluateOptions {
  baseSalaries?: readonly BaseSalaryPeriod[];
  /** what the award is for and the proposal it is (R-PRIN-1); absent = the award's usual basis */
  achievement?: CandidateAchievement;
}

export function evaluate(
  record: SubjectRecord,
  awardCode: string,
  year: number,
  decisionDate: string,
  profile: ProvinceProfile = DEFAULT_PROFILE,
  options: EvaluateOptions = {},
): Verdict {
  const award = getAward(awardCode);
  if (!award)
    return emptyVerdict(
      awardCode,
      year,
      decisionDate,
      inputFailure('UNKNOWN_AWARD', `Không có danh hiệu, hình thức khen thưởng mã "${awardCode}".`),
    );
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return emptyVerdict(
      awardCode,
      year,
      decisionDate,
      inputFailure('INVALID_YEAR', `Năm thành tích ${year} không hợp lệ (từ ${MIN_YEAR} đến ${MAX_YEAR}).`),
    );
  }
  if (!DATE_RE.test(decisionDate)) {
    return emptyVerdict(
      awardCode,
      year,
      decisionDate,
      inputFailure('INVALID_DATE', `Ngày quyết định "${decisionDate}" không đúng dạng YYYY-MM-DD.`),
    );
  }
  const c = setContext(award, year, decisionDate, profile, options.achievement ?? {});
  const ix = indexRecord(scratch, record, year, profile);
  const failures: Failure[] = [];
  for (const r of rulesFor(award.code)) {
    if (r.applies && !r.applies(ix, c)) continue;
    if (!r.test(ix, c))
      failures.push({
        code: r.code,
        message: r.message(ix, c),
        article: articleOf(r, c),
        hard: hardOf(r, c),
      });
  }
  const warnings: Warning[] = [];
  for (const w of warningsFor(award.code)) {
    if (w.test(ix, c)) warnings.push({ code: w.code, message: w.message(ix, c), article: articleOf(w, c) });
  }
  // who decides under the profile: the one answer the approval, the signing and the documents use too
  const d = mayDecide(award.code, 'XA', decisionDate, profile).decider;
  const money = rewardMoney(award.code, record.kind, decisionDate, options.baseSalaries ?? BASE_SALARY_TABLE);
  const blocked = failures.some((f) => f.code === 'PENDING_MATTER');
  return {
    awardCode: award.code,
    awardName: award.name,
    awardKind: award.kind,
    year,
    decisionDate,
    status: failures.length === 0 ? 'ELIGIBLE' : blocked ? 'BLOCKED_PENDING' : 'NOT_ELIGIBLE',
    eligible: failures.length === 0,
    failures,
    warnings,
    ruleSet: { criteria: RULE_SET_LABELS[c.criteria], authority: RULE_SET_LABELS[c.authority] },
    decider: d,
    route: routeTo(d?.level ?? null),
    rewardMoney: money,
    dossier: award.dossier.map((f) => ({ name: f.text, article: f.article })),
  };
}

/** A rule context prepared once for many subjects (year-end suggestions, bench). */
export interface PreparedContext extends RuleContext {
  rules: ReturnType<typeof rulesFor>;
}

export function contextFor(
  award: Award,
  year: number,
  decisionDate: string,
  profile: ProvinceProfile,
): PreparedContext {
  return {
    award,
    year,
    decisionDate,
    profile,
    criteria: criteriaSetFor(year, decisionDate, profile),
    authority: authoritySetFor(decisionDate),
    achievement: {},
    // Suggestions list who meets the standards; whether an award would be a second one for the same
    // achievement is checked when it is proposed (and would otherwise empty the quotas' bases).
    rules: rulesFor(award.code).filter((r) => r.inSuggestions !== false),
  };
}

/**
 * The fast path for year-end suggestions: whether an already indexed subject passes every rule of the
 * award (no messages, no allocation). `ix` must have been filled for `c.year`.
 */
export function passesWith(ix: HistoryIndex, c: PreparedContext): boolean {
  const rules = c.rules;
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (!r || (r.applies && !r.applies(ix, c))) continue;
    if (!r.test(ix, c)) return false;
  }
  return true;
}
