/**
 * R-PRIN-1 (khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022): one achievement is commended once, with one
 * form. Table tests of the pure check, then through the engine's verdict (the CLI and the server read it).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type SubjectRecord } from './index';
import { type AchievementClaim, findSameAchievement, mayStandTogether } from './same-achievement';

const claim = (c: Partial<AchievementClaim> & { code: string }): AchievementClaim => ({
  source: 'AWARD',
  year: 2025,
  basis: 'ANNUAL',
  ...c,
});

describe('findSameAchievement', () => {
  const cases: {
    name: string;
    code: string;
    basis?: AchievementClaim['basis'];
    basisRef?: string;
    claims: AchievementClaim[];
    expected: 'SAME_AWARD' | 'SAME_ACHIEVEMENT' | null;
  }[] = [
    {
      name: 'same award, same year',
      code: 'LDTT',
      claims: [claim({ code: 'LDTT' })],
      expected: 'SAME_AWARD',
    },
    {
      name: 'same award, year before',
      code: 'LDTT',
      claims: [claim({ code: 'LDTT', year: 2024 })],
      expected: null,
    },
    {
      name: 'same award, same year, even for another movement',
      code: 'GK_XA_THEMATIC',
      basis: 'MOVEMENT',
      basisRef: 'm2',
      claims: [claim({ code: 'GK_XA_THEMATIC', basis: 'MOVEMENT', basisRef: 'm1' })],
      expected: 'SAME_AWARD',
    },
    {
      name: 'Giấy khen xã and Bằng khen tỉnh for the same annual results',
      code: 'BK_TINH',
      claims: [claim({ code: 'GK_XA_REGULAR' })],
      expected: 'SAME_ACHIEVEMENT',
    },
    {
      name: 'Bằng khen tỉnh in flight, then Giấy khen xã for the same annual results',
      code: 'GK_XA_REGULAR',
      claims: [claim({ code: 'BK_TINH', source: 'PROPOSAL' })],
      expected: 'SAME_ACHIEVEMENT',
    },
    {
      name: 'Giấy khen xã of the year before and Bằng khen tỉnh',
      code: 'BK_TINH',
      claims: [claim({ code: 'GK_XA_REGULAR', year: 2024 })],
      expected: null,
    },
    {
      name: 'LĐTT and CSTĐCS (nested titles)',
      code: 'CSTDCS',
      claims: [claim({ code: 'LDTT' })],
      expected: null,
    },
    {
      name: 'TTLĐTT and TTLĐXS (nested titles)',
      code: 'TTLDXS',
      claims: [claim({ code: 'TTLDTT' })],
      expected: null,
    },
    {
      name: 'LĐTT and CSTT (the same rung twice)',
      code: 'CSTT',
      claims: [claim({ code: 'LDTT' })],
      expected: 'SAME_ACHIEVEMENT',
    },
    { name: 'a title and a form', code: 'GK_XA_REGULAR', claims: [claim({ code: 'LDTT' })], expected: null },
    {
      name: 'thematic Giấy khen and the annual LĐTT',
      code: 'GK_XA_THEMATIC',
      claims: [claim({ code: 'LDTT' })],
      expected: null,
    },
    {
      name: 'thematic Giấy khen and the annual Giấy khen (different achievements)',
      code: 'GK_XA_THEMATIC',
      basisRef: 'm1',
      claims: [claim({ code: 'GK_XA_REGULAR' })],
      expected: null,
    },
    {
      name: 'Bằng khen tỉnh for the movement a Giấy khen xã already commended',
      code: 'BK_TINH',
      basis: 'MOVEMENT',
      basisRef: 'm1',
      claims: [claim({ code: 'GK_XA_THEMATIC', basis: 'MOVEMENT', basisRef: 'm1' })],
      expected: 'SAME_ACHIEVEMENT',
    },
    {
      name: 'Bằng khen tỉnh for another movement',
      code: 'BK_TINH',
      basis: 'MOVEMENT',
      basisRef: 'm2',
      claims: [claim({ code: 'GK_XA_THEMATIC', basis: 'MOVEMENT', basisRef: 'm1' })],
      expected: null,
    },
    {
      name: 'sudden deed and the annual results',
      code: 'GK_XA_SUDDEN',
      basisRef: '2025-07-12',
      claims: [claim({ code: 'GK_XA_REGULAR' })],
      expected: null,
    },
    {
      name: 'Bằng khen tỉnh for the same sudden deed',
      code: 'BK_TINH',
      basis: 'SUDDEN',
      basisRef: '2025-07-12',
      claims: [claim({ code: 'GK_XA_SUDDEN', basis: 'SUDDEN', basisRef: '2025-07-12', source: 'HISTORY' })],
      expected: 'SAME_ACHIEVEMENT',
    },
    {
      name: 'a proposal is not a second award of itself',
      code: 'BK_TINH',
      claims: [claim({ code: 'GK_XA_REGULAR', source: 'PROPOSAL', id: 'p1' })],
      expected: 'SAME_ACHIEVEMENT',
    },
  ];
  it.each(cases)('$name → $expected', (c) => {
    const x = findSameAchievement(
      { code: c.code, year: 2025, basis: c.basis, basisRef: c.basisRef },
      c.claims,
    );
    expect(x?.kind ?? null).toBe(c.expected);
  });

  it('skips the candidate proposal itself, and names the signed award before a proposal', () => {
    const own = claim({ code: 'BK_TINH', source: 'PROPOSAL', id: 'p1' });
    expect(findSameAchievement({ code: 'BK_TINH', year: 2025, id: 'p1' }, [own])).toBeNull();
    const signed = claim({ code: 'GK_XA_REGULAR', date: '2026-01-20', reference: 'Quyết định số 5/QĐ-UBND' });
    const proposal = claim({ code: 'GK_XA_EXTERNAL', source: 'PROPOSAL', date: '2025-12-01' });
    expect(findSameAchievement({ code: 'BK_TINH', year: 2025 }, [proposal, signed])?.claim).toBe(signed);
  });

  it('forms never stand together for one achievement; titles only on different rungs', () => {
    expect(mayStandTogether('GK_XA_REGULAR', 'BK_TINH')).toBe(false);
    expect(mayStandTogether('CSTDCS', 'CSTD_TINH')).toBe(true);
    expect(mayStandTogether('TTLDXS', 'CO_TINH')).toBe(true);
    expect(mayStandTogether('LDTT', 'LDTT')).toBe(false);
  });
});

describe('R-PRIN-1 in the verdict (hard, with its article, naming the first)', () => {
  const person = (p: Partial<SubjectRecord>): SubjectRecord => ({
    kind: 'INDIVIDUAL',
    ratings: [
      { year: 2024, rating: 'HTXSNV' },
      { year: 2025, rating: 'HTXSNV' },
    ],
    awards: [],
    initiatives: [
      { year: 2024, level: 'CO_SO' },
      { year: 2025, level: 'CO_SO' },
    ],
    disciplines: [],
    ...p,
  });
  const failure = (r: SubjectRecord, code: string, opts = {}) =>
    evaluate(r, code, 2025, '2026-01-15', undefined, opts).failures.find(
      (f) => f.code === 'SAME_ACHIEVEMENT',
    );

  it('refuses the same award signed the same year, naming the decision', () => {
    const f = failure(
      person({
        awards: [
          { year: 2025, code: 'LDTT', decisionDate: '2026-01-10', reference: 'Quyết định số 3/QĐ-UBND' },
        ],
      }),
      'LDTT',
    );
    expect(f?.hard).toBe(true);
    expect(f?.article).toContain('Khoản 2 Điều 5');
    expect(f?.message).toContain('Quyết định số 3/QĐ-UBND ngày 10/01/2026');
  });

  it('refuses a Bằng khen tỉnh against a Giấy khen entered from outside (award history)', () => {
    const f = failure(
      person({
        awards: [
          { year: 2025, code: 'GK_XA_REGULAR', source: 'HISTORY', reference: 'Quyết định số 9/QĐ-UBND' },
        ],
      }),
      'BK_TINH',
    );
    expect(f?.message).toContain('Giấy khen');
  });

  it('refuses a Giấy khen xã while a Bằng khen tỉnh for the same year is on its way to the province', () => {
    const r = person({
      openProposals: [{ id: 'p-bk', code: 'BK_TINH', year: 2025, reference: 'đề nghị gửi UBND tỉnh' }],
    });
    expect(failure(r, 'GK_XA_REGULAR')?.message).toContain('đang được đề nghị Bằng khen');
    // …but not the proposal itself, and not a thematic Giấy khen (another achievement)
    expect(failure(r, 'BK_TINH', { achievement: { proposalId: 'p-bk' } })).toBeUndefined();
    expect(
      failure(r, 'GK_XA_THEMATIC', { achievement: { basis: 'MOVEMENT', basisRef: 'm1' } }),
    ).toBeUndefined();
  });

  it('lets LĐTT and CSTĐCS of the same year stand together, and a thematic Giấy khen with the annual LĐTT', () => {
    expect(failure(person({ awards: [{ year: 2025, code: 'LDTT' }] }), 'CSTDCS')).toBeUndefined();
    expect(failure(person({ awards: [{ year: 2025, code: 'LDTT' }] }), 'GK_XA_THEMATIC')).toBeUndefined();
  });
});
