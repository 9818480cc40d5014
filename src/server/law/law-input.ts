/**
 * The input of `npm run law:check` (docs/law/README.md): one case, an array of cases, or a batch
 * `{ profile?, baseSalaries?, cases?, quotas?, ballots?, authority? }`. Every object is strict; every fault
 * is one Vietnamese message naming its place.
 */
import { z } from 'zod';
import { CaseSchema, CODES, date, type LawCase, Profile } from './case-schema';
import { obj, parseStrict } from './strict-input';

const count = (what: string) =>
  z
    .number({ message: `${what} phải là số` })
    .int(`${what} phải là số nguyên`)
    .min(0, `${what} không được âm`);
const awardCode = z
  .string({ message: 'thiếu awardCode' })
  .refine((c) => CODES.has(c), { message: 'mã danh hiệu, hình thức khen thưởng không có trong danh mục' });

/** A unit's list of proposals with the base counts of the ratios (`checkQuotas`). */
const QuotaQuestion = obj(
  {
    unit: z.string().optional(),
    proposals: z.array(
      obj(
        {
          id: z.string({ message: 'id phải là chuỗi' }).min(1, 'id không được rỗng'),
          awardCode,
          rank: z.number({ message: 'rank phải là số' }).optional(),
        },
        'đề nghị',
      ),
      { message: 'proposals phải là một mảng đề nghị' },
    ),
    baseCounts: z
      .record(
        z.string().refine((c) => CODES.has(c), { message: 'mã danh hiệu không có trong danh mục' }),
        count('số đối tượng'),
      )
      .optional(),
    profile: Profile.optional(),
  },
  'danh sách đề nghị',
).refine((q) => new Set(q.proposals.map((p) => p.id)).size === q.proposals.length, {
  message: 'hai đề nghị trùng id',
  path: ['proposals'],
});

/** A secret ballot's counts (`checkQuorum`, `voteRuleFor`, `tallyBallot`). */
const VoteCounts = {
  agree: count('agree'),
  disagree: count('disagree'),
  blank: count('blank').optional(),
};
const BallotQuestion = obj(
  {
    awardCode,
    totalMembers: count('totalMembers').min(1, 'Hội đồng phải có ít nhất 1 thành viên'),
    present: count('present'),
    recused: count('recused').optional(),
    ...VoteCounts,
    written: obj(VoteCounts, 'phiếu lấy ý kiến bằng văn bản').optional(),
  },
  'cuộc bỏ phiếu',
)
  .refine((b) => b.present <= b.totalMembers, {
    message: 'số có mặt lớn hơn số thành viên',
    path: ['present'],
  })
  .refine((b) => b.agree + b.disagree + (b.blank ?? 0) <= b.present, {
    message: 'số phiếu tại cuộc họp lớn hơn số thành viên có mặt',
    path: ['agree'],
  })
  .refine(
    (b) =>
      !b.written ||
      b.written.agree + b.written.disagree + (b.written.blank ?? 0) <= b.totalMembers - b.present,
    { message: 'số phiếu bằng văn bản lớn hơn số thành viên vắng mặt', path: ['written'] },
  )
  .refine((b) => (b.recused ?? 0) <= b.totalMembers, {
    message: 'số thành viên không tham gia (xung đột lợi ích) lớn hơn số thành viên',
    path: ['recused'],
  });

/** "May <level> sign <award> on <date>?" (`mayDecide`). */
const AuthorityQuestion = obj(
  {
    awardCode,
    level: z.enum(['XA', 'HUYEN', 'TINH', 'TW'], { message: 'level phải là XA, HUYEN, TINH hoặc TW' }),
    date,
    profile: Profile.optional(),
  },
  'câu hỏi thẩm quyền',
);

/** A proposal's public disclosure (công khai) and objections: may it be decided on `date`? */
const Period = obj({ startsOn: date, endsOn: date }, 'đợt công khai');
const DisclosureQuestion = obj(
  {
    awardCode,
    date,
    disclosures: z.array(Period, { message: 'disclosures phải là một mảng' }),
    objections: z
      .array(
        obj(
          {
            kind: z.enum(['GOP_Y', 'PHAN_ANH'], { message: 'kind phải là GOP_Y hoặc PHAN_ANH' }),
            status: z.enum(['OPEN', 'UPHELD', 'DISMISSED', 'NOTED'], {
              message: 'status phải là OPEN, UPHELD, DISMISSED hoặc NOTED',
            }),
          },
          'ý kiến, phản ánh',
        ),
        { message: 'objections phải là một mảng' },
      )
      .optional(),
  },
  'câu hỏi công khai',
);

/** A base-salary row as an administrator adds it (`mergeBaseSalaries`). */
const BaseSalaryRow = obj(
  {
    from: date,
    amount: count('amount').min(1, 'mức lương cơ sở phải lớn hơn 0'),
    source: z.string().optional(),
  },
  'mức lương cơ sở',
);

const list = <T extends z.ZodType>(item: T, name: string) =>
  z.array(item, { message: `${name} phải là một mảng` }).optional();

export const BatchSchema = obj(
  {
    profile: Profile.optional(),
    baseSalaries: list(BaseSalaryRow, 'baseSalaries'),
    cases: list(CaseSchema, 'cases'),
    quotas: list(QuotaQuestion, 'quotas'),
    ballots: list(BallotQuestion, 'ballots'),
    authority: list(AuthorityQuestion, 'authority'),
    disclosures: list(DisclosureQuestion, 'disclosures'),
  },
  'lô',
);

export type LawBatch = z.infer<typeof BatchSchema>;
export type QuotaQuestion = z.infer<typeof QuotaQuestion>;
export type BallotQuestion = z.infer<typeof BallotQuestion>;
export type AuthorityQuestion = z.infer<typeof AuthorityQuestion>;
export type DisclosureQuestion = z.infer<typeof DisclosureQuestion>;

/** What was read: one case (answer: one verdict), an array of cases (an array), or a batch (an object). */
export type LawInput =
  | { shape: 'case'; batch: LawBatch }
  | { shape: 'cases'; batch: LawBatch }
  | { shape: 'batch'; batch: LawBatch };

const BATCH_KEYS = ['cases', 'quotas', 'ballots', 'authority', 'disclosures', 'baseSalaries'];

/** Parse the input text; throws an Error with one Vietnamese message naming each fault's place. */
export function parseLawInput(text: string): LawInput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`JSON sai cú pháp: ${(e as Error).message}`);
  }
  if (Array.isArray(json)) {
    if (json.length === 0) throw new Error('Danh sách hồ sơ rỗng.');
    return { shape: 'cases', batch: parseStrict(BatchSchema, { cases: json }, 'gốc dữ liệu') };
  }
  if (typeof json !== 'object' || json === null)
    throw new Error(
      'dữ liệu phải là một hồ sơ (đối tượng JSON { awardCode, year, record }), một mảng hồ sơ, hoặc một lô { cases, quotas, ballots, authority, disclosures }',
    );
  if (BATCH_KEYS.some((k) => k in json)) {
    const batch = parseStrict(BatchSchema, json, 'gốc dữ liệu');
    if (
      ![batch.cases, batch.quotas, batch.ballots, batch.authority, batch.disclosures].some((l) => l?.length)
    )
      throw new Error('Lô không có câu hỏi nào (cases, quotas, ballots, authority, disclosures đều trống).');
    return { shape: 'batch', batch };
  }
  return { shape: 'case', batch: { cases: [parseStrict(CaseSchema, json, 'hồ sơ')] } };
}

/** The cases of an input that holds only cases (one, or an array). */
export function parseCases(text: string): { cases: LawCase[]; many: boolean } {
  const input = parseLawInput(text);
  return { cases: input.batch.cases ?? [], many: input.shape !== 'case' };
}
