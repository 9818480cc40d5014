/** The JSON case format of `npm run law:check` (documented in docs/law/README.md), validated with Vietnamese messages. */
import { z } from 'zod';
import { ACHIEVEMENT_BASES, AWARDS, MAX_YEAR, MIN_YEAR, QUOTA_ENFORCEMENTS } from '../../core/law';
import { ORG_KINDS } from '../../core/people/org-kinds';
import { PERSON_CATEGORIES } from '../../core/people/person-categories';
import { obj } from './strict-input';

export const CODES = new Set(AWARDS.map((a) => a.code));
const year = z
  .number({ message: 'năm phải là số' })
  .int('năm phải là số nguyên')
  .min(1900, 'năm không thể trước 1900')
  .max(MAX_YEAR, `năm không thể sau ${MAX_YEAR}`);
export const date = z
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

const Record = obj(
  {
    kind: z.enum(['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'], {
      message: 'kind phải là INDIVIDUAL, COLLECTIVE hoặc HOUSEHOLD',
    }),
    id: z.string().optional(),
    name: z.string().optional(),
    unitKind: z.enum(['XA', 'THON', 'DON_VI']).optional(),
    personCategory: z
      .enum(PERSON_CATEGORIES, {
        message: `personCategory phải là một trong ${PERSON_CATEGORIES.join(', ')}`,
      })
      .optional(),
    orgKind: z.enum(ORG_KINDS, { message: `orgKind phải là một trong ${ORG_KINDS.join(', ')}` }).optional(),
    ratedByPerformance: z.boolean().optional(),
    armedForces: z.boolean().optional(),
    outsideCommune: z.boolean().optional(),
    ratings: z
      .array(
        obj(
          {
            year,
            rating: z.enum(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'], {
              message: 'xếp loại phải là HTXSNV, HTTNV, HTNV hoặc KHTNV',
            }),
          },
          'xếp loại',
        ),
      )
      .default([]),
    awards: z
      .array(
        obj(
          {
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
          },
          'khen thưởng đã nhận',
        ),
      )
      .default([]),
    initiatives: z
      .array(
        obj(
          {
            year,
            level: z.enum(['CO_SO', 'TINH', 'TOAN_QUOC'], {
              message: 'cấp sáng kiến phải là CO_SO, TINH hoặc TOAN_QUOC',
            }),
            kind: z
              .enum(['SANG_KIEN', 'DE_TAI'], { message: 'loại phải là SANG_KIEN hoặc DE_TAI' })
              .optional(),
            recognizedOn: date.nullable().optional(),
          },
          'sáng kiến',
        ),
      )
      .default([]),
    disciplines: z
      .array(obj({ kind: z.string(), from: date, to: date.nullable().optional() }, 'kỷ luật'))
      .default([]),
    pendingMatters: z.array(obj({ kind: z.string(), since: date }, 'vụ việc đang xem xét')).optional(),
    registrations: z.array(obj({ year, codes: z.array(z.string()) }, 'đăng ký thi đua')).optional(),
    members: z
      .array(
        obj(
          {
            year,
            total: z.number().int().min(0),
            completed: z.number().int().min(0),
            ldtt: z.number().int().min(0),
            cstdcs: z.number().int().min(0),
            warnedOrAbove: z.number().int().min(0).optional(),
          },
          'số liệu thành viên',
        ),
      )
      .optional(),
    contributions: z.array(obj({ year, amount: z.number().min(0) }, 'đóng góp')).optional(),
    householdViolationYears: z.array(year).optional(),
    /** other proposals for the subject still on their way, at any level */
    openProposals: z
      .array(
        obj(
          {
            id: z.string().optional(),
            code,
            year,
            basis: basis.optional(),
            basisRef: z.string().nullable().optional(),
            reference: z.string().optional(),
            date: date.optional(),
          },
          'đề nghị đang xét',
        ),
      )
      .optional(),
  },
  'record',
);

/** Province settings overriding the defaults (docs/law/RULES.md §5); unknown keys and wrong types are refused. */
export const Profile = z.strictObject(
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
      .strictObject(
        { enabled: z.boolean({ message: 'phải là true hoặc false' }), effectiveFrom: date },
        {
          error: (iss) =>
            iss.code === 'invalid_type' ? 'amendingLaw phải là một đối tượng JSON' : undefined,
        },
      )
      .optional(),
    sameAchievementPayHighestOnly: z.boolean({ message: 'phải là true hoặc false' }).optional(),
    termEndYearTitles: z
      .enum(['NOT_COUNTED', 'COUNTED'], { message: 'phải là NOT_COUNTED hoặc COUNTED' })
      .optional(),
    quotas: z
      .array(
        obj(
          {
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
            enforcement: z
              .enum(QUOTA_ENFORCEMENTS, { message: 'enforcement phải là HARD hoặc SOFT' })
              .optional(),
          },
          'tỷ lệ khống chế',
        ),
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

export const CaseSchema = obj(
  {
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
  },
  'hồ sơ',
)
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
