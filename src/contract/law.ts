/**
 * The law engine over the commune's records: a verdict for a subject, the verdict of a stored proposal
 * with its recorded exceptions, quotas and year-end suggestions of a unit, and the province's settings.
 * The verdict's shape is the engine's (`core/law/types.ts`).
 */

import {
  ACHIEVEMENT_BASES,
  AUTHORITIES_FROM_2025,
  AWARD_KINDS,
  CSTD_TINH_TIMINGS,
  DEFAULT_QUOTA_ENFORCEMENT,
  MAX_YEAR,
  MIN_YEAR,
  QUOTA_ENFORCEMENTS,
  ROUTE_LEVELS,
  SUBJECT_KINDS,
  TERM_END_YEAR_TITLES,
  VERDICT_STATUSES,
} from '../core/law';
import { Id, IdParams, IsoDate, Timestamp } from './common';
import { endpoint } from './endpoint';
import { isoDate } from './iso-date';
import { z } from './zod';

const Year = z.coerce
  .number({ message: 'Năm phải là số' })
  .int('Năm phải là số nguyên')
  .min(MIN_YEAR, `Năm không hợp lệ (từ ${MIN_YEAR})`)
  .max(MAX_YEAR, `Năm không hợp lệ (đến ${MAX_YEAR})`);

export const Failure = z.object({
  code: z.string(),
  message: z.string(),
  /** The article of the law it rests on. */
  article: z.string(),
  /** hard: the law leaves no discretion; soft: a setting or a discretionary criterion (may be overridden with reasons). */
  hard: z.boolean(),
});
export type Failure = z.infer<typeof Failure>;

export const Warning = z.object({ code: z.string(), message: z.string(), article: z.string() });
export type Warning = z.infer<typeof Warning>;

export const Verdict = z.object({
  awardCode: z.string(),
  awardName: z.string(),
  awardKind: z.enum(AWARD_KINDS),
  year: z.number(),
  decisionDate: IsoDate,
  status: z.enum(VERDICT_STATUSES),
  eligible: z.boolean(),
  failures: z.array(Failure),
  warnings: z.array(Warning),
  ruleSet: z.object({ criteria: z.string(), authority: z.string() }),
  decider: z.object({ level: z.enum(ROUTE_LEVELS), title: z.string(), article: z.string() }).nullable(),
  route: z.array(z.object({ level: z.enum(ROUTE_LEVELS), body: z.string() })),
  rewardMoney: z.object({
    amount: z.number(),
    coefficient: z.number().nullable(),
    baseSalary: z.number(),
    article: z.string(),
    baseSalarySource: z.string(),
  }),
  /** The papers the dossier needs. */
  dossier: z.array(z.object({ name: z.string(), article: z.string() })),
});
export type Verdict = z.infer<typeof Verdict>;

/** A justified exception to soft rules, recorded on a proposal. */
export const LawOverride = z.object({
  id: Id,
  codes: z.array(z.string()),
  reason: z.string(),
  userName: z.string(),
  at: Timestamp,
});
export type LawOverride = z.infer<typeof LawOverride>;

/** The law's verdict on a stored proposal, with its recorded exceptions. */
export const ProposalVerdict = z.object({
  verdict: Verdict.nullable(),
  overrides: z.array(LawOverride),
  /** Soft failures not covered by an exception. */
  openSoft: z.array(Failure),
  hard: z.array(Failure),
  /** May the proposal go forward under the law (no hard failure, every soft failure overridden). */
  passes: z.boolean(),
});
export type ProposalVerdict = z.infer<typeof ProposalVerdict>;

export const EvaluateBody = z.object({
  awardCode: z.string().min(1, 'Chưa chọn danh hiệu, hình thức khen thưởng'),
  subjectKind: z.enum(SUBJECT_KINDS, {
    message: 'Đối tượng phải là cá nhân, tập thể hoặc hộ gia đình',
  }),
  personId: z.string().nullable().optional(),
  subjectUnitId: z.string().nullable().optional(),
  householdId: z.string().nullable().optional(),
  year: Year,
  /** The date of the decision the verdict is for (today when omitted). */
  decisionDate: isoDate.optional(),
  /** What the award is for (one achievement, one award); absent = the award's usual basis. */
  achievementBasis: z.enum(ACHIEVEMENT_BASES).optional(),
  /** The movement or sudden deed it is for. */
  achievementRef: z.string().max(200).nullable().optional(),
  /** The proposal being edited: not counted as another claim on the achievement. */
  proposalId: z.string().optional(),
});
export type EvaluateBody = z.infer<typeof EvaluateBody>;

const UnitYear = z.object({ year: Year, unitId: z.string().optional() });

export const QuotaCheck = z.object({
  year: z.number(),
  unitId: Id.nullable(),
  results: z.array(
    z.object({
      awardCode: z.string(),
      baseAwardCode: z.string(),
      ratio: z.number(),
      base: z.number(),
      cap: z.number(),
      proposed: z.number(),
      exceeded: z.boolean(),
      withinIds: z.array(Id),
      /** Proposals beyond the cap, in ranking order (the council decides which to drop). */
      exceedingIds: z.array(Id),
      article: z.string(),
      enforcement: z.enum(QUOTA_ENFORCEMENTS),
      /** The subject's name of each proposal named above. */
      names: z.record(z.string(), z.string()),
    }),
  ),
});
export type QuotaCheck = z.infer<typeof QuotaCheck>;

/** A quota of the commune's year: its base, cap and who counts at each stage (`server/law/quota-counts.ts`). */
export const QuotaStanding = z.object({
  awardCode: z.string(),
  /** short names (CSTĐCS, LĐTT) */
  awardName: z.string(),
  baseAwardCode: z.string(),
  baseAwardName: z.string(),
  ratio: z.number(),
  minOneIfFractional: z.boolean(),
  base: z.number(),
  cap: z.number(),
  enforcement: z.enum(QUOTA_ENFORCEMENTS),
  article: z.string(),
  /** distinct subjects sent and not closed, or holding the title */
  count: z.number(),
  stages: z.object({ submitted: z.number(), forwarded: z.number(), approved: z.number(), held: z.number() }),
  /** of `count`, those beyond the quota by a recorded exception */
  exceptions: z.number(),
  /** "CSTĐCS: 3/2 — tối đa 15% của 14 người đạt LĐTT" */
  line: z.string(),
  /** nobody holds or is sent for the base title in the year: the ratio cannot be computed, not enforced */
  baseUnknown: z.boolean(),
});
export type QuotaStanding = z.infer<typeof QuotaStanding>;
export const QuotaStatus = z.object({ year: z.number(), quotas: z.array(QuotaStanding) });
export type QuotaStatus = z.infer<typeof QuotaStatus>;

/** The quotas on a proposal's award, and where its next step stands against them. */
export const ProposalQuota = z.object({
  year: z.number(),
  quotas: z.array(
    QuotaStanding.extend({
      /** the next step (Vietnamese), null when the proposal no longer moves */
      step: z.string().nullable(),
      /** the count at that step, with this proposal */
      stepLine: z.string().nullable(),
      /** HARD and beyond: the step will be refused */
      refused: z.boolean(),
      /** SOFT and beyond: the step needs an exception with a reason */
      needsException: z.boolean(),
      /** an exception to this quota is on record for the proposal */
      excepted: z.boolean(),
    }),
  ),
});
export type ProposalQuota = z.infer<typeof ProposalQuota>;

const Named = z.object({ id: Id, name: z.string() });
export const Suggestions = z.object({
  year: z.number(),
  /** How many subjects were examined. */
  subjects: z.number(),
  suggestions: z.array(
    z.object({
      awardCode: z.string(),
      awardName: z.string(),
      eligible: z.array(Named),
      /** Eligible but beyond the quota. */
      overQuota: z.array(Named),
      quota: z
        .object({
          ratio: z.number(),
          base: z.number(),
          cap: z.number(),
          baseAwardCode: z.string(),
          article: z.string(),
        })
        .nullable(),
    }),
  ),
});
export type Suggestions = z.infer<typeof Suggestions>;

/** A quota: proposals for `awardCode` capped at `ratio` of those with `baseAwardCode`. */
const QuotaSetting = z.object({
  awardCode: z.string(),
  baseAwardCode: z.string(),
  ratio: z.number(),
  minOneIfFractional: z.boolean(),
  article: z.string(),
  source: z.string(),
  /** HARD: refused beyond the cap; SOFT: allowed with a recorded exception and its reason */
  enforcement: z.enum(QUOTA_ENFORCEMENTS),
});
const NewQuotaSetting = QuotaSetting.extend({
  ratio: z.number().min(0).max(1, 'Tỷ lệ từ 0 đến 1'),
  article: z.string().min(1),
  enforcement: z
    .enum(QUOTA_ENFORCEMENTS, { message: 'Cách áp dụng là bắt buộc hoặc xem xét' })
    .default(DEFAULT_QUOTA_ENFORCEMENT),
});

/** The province's profile: what the law leaves to the province (`core/law/profile.ts`). */
export const ProvinceProfile = z.object({
  name: z.string(),
  requireRegistrationForTitles: z.boolean(),
  cstdTinhTiming: z.enum(CSTD_TINH_TIMINGS),
  authorityFrom2025: z.enum(AUTHORITIES_FROM_2025),
  quotas: z.array(QuotaSetting),
  householdContributionMin: z.number(),
  count2013TitlesInChains: z.boolean(),
  amendingLaw: z.object({ enabled: z.boolean(), effectiveFrom: IsoDate }),
  sameAchievementPayHighestOnly: z.boolean(),
  termEndYearTitles: z.enum(TERM_END_YEAR_TITLES),
});
export type ProvinceProfile = z.infer<typeof ProvinceProfile>;

export const ProfilePatch = z.object({
  requireRegistrationForTitles: z.boolean().optional(),
  cstdTinhTiming: z.enum(CSTD_TINH_TIMINGS).optional(),
  authorityFrom2025: z.enum(AUTHORITIES_FROM_2025).optional(),
  householdContributionMin: z.number().int().min(0).optional(),
  count2013TitlesInChains: z.boolean().optional(),
  amendingLaw: z.object({ enabled: z.boolean(), effectiveFrom: isoDate }).optional(),
  sameAchievementPayHighestOnly: z.boolean().optional(),
  termEndYearTitles: z.enum(TERM_END_YEAR_TITLES).optional(),
  quotas: z.array(NewQuotaSetting).optional(),
});
export type ProfilePatch = z.infer<typeof ProfilePatch>;

export const BaseSalary = z.object({ from: IsoDate, amount: z.number(), source: z.string() });
export type BaseSalary = z.infer<typeof BaseSalary>;

export const NewBaseSalary = z.object({
  from: isoDate,
  amount: z
    .number()
    .int('Số tiền phải là số nguyên đồng')
    .min(100_000, 'Mức lương cơ sở không hợp lệ')
    .max(100_000_000, 'Mức lương cơ sở không hợp lệ'),
  source: z.string().trim().min(3, 'Ghi văn bản quy định mức lương cơ sở'),
});
export type NewBaseSalary = z.infer<typeof NewBaseSalary>;

export const LawSettings = z.object({
  profile: ProvinceProfile,
  /** What each setting means, its default and where the default comes from. */
  settings: z.array(
    z.object({ key: z.string(), label: z.string(), defaultValue: z.string(), source: z.string() }),
  ),
  /** The base-salary table in force (built-in rows and the administrator's). */
  baseSalaries: z.array(BaseSalary),
});
export type LawSettings = z.infer<typeof LawSettings>;

export const lawApi = {
  evaluate: endpoint({
    method: 'POST',
    path: '/law/evaluate',
    summary: 'Kiểm tra điều kiện theo Luật cho một cá nhân, tập thể, hộ gia đình (không lưu)',
    access: 'law.read',
    body: EvaluateBody,
    response: Verdict,
    errors: ['VALIDATION', 'UNKNOWN_AWARD', 'SUBJECT_NOT_FOUND', 'FORBIDDEN', 'CONFLICT_OF_INTEREST'],
    // re-running the law on the subject of a dossier the reader is conflicted with is refused
    dossier: { list: true },
  }),
  quotaCheck: endpoint({
    method: 'GET',
    path: '/law/quota-check',
    summary: 'Tỷ lệ khống chế áp cho các đề nghị của năm (của một đơn vị, hoặc toàn xã)',
    access: 'law.read',
    query: UnitYear,
    response: QuotaCheck,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  quotaStatus: endpoint({
    method: 'GET',
    path: '/law/quota-status',
    summary: 'Tỷ lệ khống chế của năm trên toàn xã: cơ sở tính, số tối đa, số đã dùng ở từng bước',
    access: 'law.read',
    query: z.object({ year: Year }),
    response: QuotaStatus,
    errors: ['VALIDATION', 'FORBIDDEN'],
  }),
  proposalQuota: endpoint({
    method: 'GET',
    path: '/proposals/:id/quota',
    summary: 'Tỷ lệ khống chế áp cho một đề nghị ở bước tiếp theo của nó',
    access: 'law.read',
    params: IdParams,
    response: ProposalQuota,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT_OF_INTEREST'],
    dossier: { param: 'id', part: 'full-only' },
  }),
  suggestions: endpoint({
    method: 'GET',
    path: '/law/suggestions',
    summary: 'Gợi ý khen thưởng cuối năm: người đủ điều kiện, trong tỷ lệ khống chế',
    access: 'law.read',
    query: UnitYear,
    response: Suggestions,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN'],
    dossier: { list: true },
  }),
  settings: endpoint({
    method: 'GET',
    path: '/law/settings',
    summary: 'Thiết lập pháp lý của tỉnh và bảng lương cơ sở',
    access: 'law.read',
    response: LawSettings,
  }),
  updateSettings: endpoint({
    method: 'PUT',
    path: '/law/settings',
    summary: 'Sửa thiết lập pháp lý của tỉnh; trả về thiết lập mới',
    access: 'law.configure',
    body: ProfilePatch,
    response: ProvinceProfile,
    errors: ['VALIDATION', 'FORBIDDEN'],
  }),
  setBaseSalary: endpoint({
    method: 'POST',
    path: '/law/base-salaries',
    summary: 'Thêm (hoặc thay) mức lương cơ sở từ một ngày; trả về bảng lương cơ sở',
    access: 'law.configure',
    body: NewBaseSalary,
    status: 201,
    response: z.array(BaseSalary),
    errors: ['VALIDATION', 'FORBIDDEN'],
  }),
  proposalVerdict: endpoint({
    method: 'GET',
    path: '/proposals/:id/law',
    summary: 'Kết luận pháp lý của một đề nghị và các ngoại lệ đã ghi nhận',
    access: 'law.read',
    params: IdParams,
    response: ProposalVerdict,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT_OF_INTEREST'],
    dossier: { param: 'id', part: 'full-only' },
  }),
  overrideLaw: endpoint({
    method: 'POST',
    path: '/proposals/:id/law-override',
    summary: 'Ghi nhận ngoại lệ có lý do cho các điều kiện "xem xét" chưa đạt; trả về kết luận mới',
    access: 'law.override',
    params: IdParams,
    body: z.object({
      reason: z.string().trim().min(20, 'Lý do ngoại lệ phải nêu rõ căn cứ (ít nhất 20 ký tự)').max(2000),
    }),
    status: 201,
    response: ProposalVerdict,
    errors: [
      'VALIDATION',
      'NOT_FOUND',
      'FORBIDDEN',
      'CONFLICT_OF_INTEREST',
      'LAW_HARD_RULE',
      'NOTHING_TO_OVERRIDE',
    ],
    dossier: { param: 'id', part: 'full-only' },
  }),
};
