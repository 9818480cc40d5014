/** The JSON case format of `npm run law:check` (documented in docs/law/README.md), validated with Vietnamese messages. */
import { z } from 'zod';
import { ACHIEVEMENT_BASES, AWARDS, MAX_YEAR, MIN_YEAR } from '../../core/law';

const CODES = new Set(AWARDS.map((a) => a.code));
const year = z
  .number({ message: 'năm phải là số' })
  .int('năm phải là số nguyên')
  .min(1900, 'năm không thể trước 1900')
  .max(MAX_YEAR, `năm không thể sau ${MAX_YEAR}`);
const date = z
  .string({ message: 'ngày phải là chuỗi YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'ngày không có thật',
  );

const code = z
  .string()
  .refine((c) => CODES.has(c), { message: 'mã danh hiệu, hình thức không có trong danh mục' });
/** What an award or proposal is for (R-PRIN-1: one achievement, one award). */
const basis = z.enum(ACHIEVEMENT_BASES, { message: `basis phải là ${ACHIEVEMENT_BASES.join(', ')}` });

const Record = z.object({
  kind: z.enum(['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'], {
    message: 'kind phải là INDIVIDUAL, COLLECTIVE hoặc HOUSEHOLD',
  }),
  id: z.string().optional(),
  name: z.string().optional(),
  unitKind: z.enum(['XA', 'THON', 'DON_VI']).optional(),
  ratedByPerformance: z.boolean().optional(),
  armedForces: z.boolean().optional(),
  outsideCommune: z.boolean().optional(),
  ratings: z
    .array(
      z.object({
        year,
        rating: z.enum(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'], {
          message: 'xếp loại phải là HTXSNV, HTTNV, HTNV hoặc KHTNV',
        }),
      }),
    )
    .default([]),
  awards: z
    .array(
      z.object({
        year,
        code: z
          .string()
          .refine((c) => CODES.has(c), { message: 'mã danh hiệu, hình thức không có trong danh mục' }),
        thematic: z.boolean().optional(),
        sudden: z.boolean().optional(),
        decisionDate: date.optional(),
        basis: basis.optional(),
        basisRef: z.string().nullable().optional(),
        source: z.enum(['AWARD', 'HISTORY'], { message: 'source phải là AWARD hoặc HISTORY' }).optional(),
        reference: z.string().optional(),
        proposalId: z.string().optional(),
      }),
    )
    .default([]),
  initiatives: z
    .array(
      z.object({
        year,
        level: z.enum(['CO_SO', 'TINH', 'TOAN_QUOC'], {
          message: 'cấp sáng kiến phải là CO_SO, TINH hoặc TOAN_QUOC',
        }),
        kind: z.enum(['SANG_KIEN', 'DE_TAI'], { message: 'loại phải là SANG_KIEN hoặc DE_TAI' }).optional(),
      }),
    )
    .default([]),
  disciplines: z
    .array(z.object({ kind: z.string(), from: date, to: date.nullable().optional() }))
    .default([]),
  pendingMatters: z.array(z.object({ kind: z.string(), since: date })).optional(),
  registrations: z.array(z.object({ year, codes: z.array(z.string()) })).optional(),
  members: z
    .array(
      z.object({
        year,
        total: z.number().int().min(0),
        completed: z.number().int().min(0),
        ldtt: z.number().int().min(0),
        cstdcs: z.number().int().min(0),
        warnedOrAbove: z.number().int().min(0).optional(),
      }),
    )
    .optional(),
  contributions: z.array(z.object({ year, amount: z.number().min(0) })).optional(),
  householdViolationYears: z.array(year).optional(),
  /** other proposals for the subject still on their way, at any level */
  openProposals: z
    .array(
      z.object({
        id: z.string().optional(),
        code,
        year,
        basis: basis.optional(),
        basisRef: z.string().nullable().optional(),
        reference: z.string().optional(),
        date: date.optional(),
      }),
    )
    .optional(),
});

/** Province settings overriding the defaults (docs/law/RULES.md §5); unknown keys and wrong types are refused. */
const Profile = z.strictObject(
  {
    name: z.string().optional(),
    requireRegistrationForTitles: z.boolean({ message: 'phải là true hoặc false' }).optional(),
    cstdTinhTiming: z
      .enum(['SAME_YEAR_AS_3RD', 'YEAR_AFTER_3RD'], {
        message: 'phải là SAME_YEAR_AS_3RD hoặc YEAR_AFTER_3RD',
      })
      .optional(),
    authorityFrom2025: z
      .enum(['COMMUNE_CHAIRMAN', 'PROVINCE_CHAIRMAN'], {
        message: 'phải là COMMUNE_CHAIRMAN hoặc PROVINCE_CHAIRMAN',
      })
      .optional(),
    householdContributionMin: z
      .number({ message: 'phải là số đồng' })
      .int('phải là số nguyên')
      .min(0, 'không được âm')
      .optional(),
    count2013TitlesInChains: z.boolean({ message: 'phải là true hoặc false' }).optional(),
    amendingLaw: z
      .object({ enabled: z.boolean({ message: 'phải là true hoặc false' }), effectiveFrom: date })
      .optional(),
    sameAchievementPayHighestOnly: z.boolean({ message: 'phải là true hoặc false' }).optional(),
    quotas: z
      .array(
        z.object({
          awardCode: z
            .string()
            .refine((c) => CODES.has(c), { message: 'mã danh hiệu, hình thức không có trong danh mục' }),
          baseAwardCode: z.string(),
          ratio: z
            .number({ message: 'tỷ lệ phải là số' })
            .min(0, 'tỷ lệ từ 0 đến 1')
            .max(1, 'tỷ lệ từ 0 đến 1'),
          minOneIfFractional: z.boolean(),
          article: z.string().min(1, 'cần ghi điều khoản'),
          source: z.string(),
        }),
        { message: 'quotas phải là một mảng' },
      )
      .optional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `không có thiết lập ${iss.keys.join(', ')}`
        : 'profile phải là một đối tượng JSON',
  },
);

export const CaseSchema = z
  .object({
    awardCode: z.string({ message: 'thiếu awardCode' }).refine((c) => CODES.has(c), {
      message: 'mã danh hiệu, hình thức khen thưởng không có trong danh mục',
    }),
    year: z
      .number({ message: 'thiếu year (năm thành tích)' })
      .int('year phải là số nguyên')
      .min(MIN_YEAR, `năm thành tích phải từ ${MIN_YEAR}`)
      .max(MAX_YEAR, `năm thành tích phải đến ${MAX_YEAR}`),
    decisionDate: date.optional(),
    /** what the award is for (default: the award's usual basis) and the movement or deed named */
    basis: basis.optional(),
    basisRef: z.string().nullable().optional(),
    record: Record,
    profile: Profile.optional(),
  })
  .refine((c) => !c.decisionDate || c.decisionDate >= `${c.year}-01-01`, {
    message: 'ngày quyết định trước năm thành tích',
    path: ['decisionDate'],
  })
  .refine(
    (c) =>
      [...c.record.ratings, ...c.record.awards, ...c.record.initiatives].every((x) => x.year <= c.year + 1),
    { message: 'hồ sơ có năm sau năm thành tích (năm không thể có)', path: ['record'] },
  );

export type LawCase = z.infer<typeof CaseSchema>;

/** Parse a case or an array of cases; throws an Error with a Vietnamese message naming the place of the fault. */
export function parseCases(text: string): { cases: LawCase[]; many: boolean } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`JSON sai cú pháp: ${(e as Error).message}`);
  }
  const many = Array.isArray(json);
  const items = many ? (json as unknown[]) : [json];
  if (items.length === 0) throw new Error('Danh sách hồ sơ rỗng.');
  const cases = items.map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      const msg = 'hồ sơ phải là một đối tượng JSON { awardCode, year, record }';
      throw new Error(many ? `Hồ sơ thứ ${i + 1} không hợp lệ — ${msg}` : `Hồ sơ không hợp lệ — ${msg}`);
    }
    const r = CaseSchema.safeParse(item);
    if (!r.success) {
      const where = (p: PropertyKey[]) => (p.length ? p.join('.') : 'hồ sơ');
      const msg = r.error.issues.map((iss) => `${where(iss.path)}: ${iss.message}`).join('; ');
      throw new Error(many ? `Hồ sơ thứ ${i + 1} không hợp lệ — ${msg}` : `Hồ sơ không hợp lệ — ${msg}`);
    }
    return r.data;
  });
  return { cases, many };
}
