import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const run = (input: string) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/law-check.ts'], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const good = {
  awardCode: 'CSTDCS',
  year: 2025,
  decisionDate: '2026-01-10',
  record: {
    kind: 'INDIVIDUAL',
    ratings: [{ year: 2025, rating: 'HTXSNV' }],
    initiatives: [{ year: 2025, level: 'CO_SO' }],
  },
};

describe('npm run law:check', () => {
  it('refuses a second form for the same achievement, and lets a thematic Giấy khen stand (case file)', () => {
    const r = run(readFileSync(path.join(root, 'docs/law/cases/same-achievement.json'), 'utf8'));
    expect(r.code, r.err).toBe(0);
    const [bk, gk] = JSON.parse(r.out) as {
      eligible: boolean;
      failures: { code: string; hard: boolean; article: string; message: string }[];
    }[];
    const f = bk?.failures.find((x) => x.code === 'SAME_ACHIEVEMENT');
    expect(f).toMatchObject({ hard: true });
    expect(f?.article).toContain('Khoản 2 Điều 5');
    expect(f?.message).toContain('Quyết định số 4/QĐ-UBND ngày 10/01/2026');
    expect(bk?.eligible).toBe(false);
    expect(gk?.failures.map((x) => x.code)).not.toContain('SAME_ACHIEVEMENT');
  });

  it('prints the verdict of one case', () => {
    const r = run(JSON.stringify(good));
    expect(r.code).toBe(0);
    const v = JSON.parse(r.out) as {
      eligible: boolean;
      rewardMoney: { amount: number };
      decider: { level: string };
    };
    expect(v).toMatchObject({ eligible: true, rewardMoney: { amount: 2_340_000 }, decider: { level: 'XA' } });
  });

  it('prints an array of verdicts for an array of cases, each "no" with its article', () => {
    const r = run(
      JSON.stringify([
        good,
        { ...good, record: { kind: 'INDIVIDUAL', ratings: [{ year: 2025, rating: 'HTNV' }] } },
      ]),
    );
    expect(r.code).toBe(0);
    const vs = JSON.parse(r.out) as { eligible: boolean; failures: { code: string; article: string }[] }[];
    expect(vs.map((v) => v.eligible)).toEqual([true, false]);
    expect(vs[1]?.failures.map((f) => f.code).sort()).toEqual(['NO_INITIATIVE', 'RATING_BELOW_HTTNV']);
    expect(vs[1]?.failures.every((f) => f.article.includes('Điều'))).toBe(true);
  });

  it('applies a valid province profile from the case', () => {
    const r = run(JSON.stringify({ ...good, profile: { authorityFrom2025: 'PROVINCE_CHAIRMAN' } }));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { decider: { level: string } }).decider.level).toBe('TINH');
  });

  it.each([
    ['malformed JSON', '{"awardCode": "LDTT",', /JSON sai cú pháp/],
    [
      'unknown award code',
      JSON.stringify({ ...good, awardCode: 'HUY_CHUONG_VANG' }),
      /awardCode: mã danh hiệu, hình thức khen thưởng không có trong danh mục/,
    ],
    ['impossible year', JSON.stringify({ ...good, year: 1800 }), /year: năm thành tích phải từ 1990/],
    [
      'record year after the achievement year',
      JSON.stringify({ ...good, record: { ...good.record, ratings: [{ year: 2031, rating: 'HTXSNV' }] } }),
      /năm không thể có/,
    ],
    [
      'decision before the achievement year',
      JSON.stringify({ ...good, decisionDate: '2024-12-31' }),
      /ngày quyết định trước năm thành tích/,
    ],
    ['empty input', '', /không có dữ liệu đầu vào/],
    [
      'a profile setting of the wrong type',
      JSON.stringify({ ...good, profile: { authorityFrom2025: 5, quotas: 'x' } }),
      /profile\.authorityFrom2025: phải là COMMUNE_CHAIRMAN hoặc PROVINCE_CHAIRMAN; profile\.quotas: quotas phải là một mảng/,
    ],
    [
      'an unknown profile setting',
      JSON.stringify({ ...good, profile: { khongCo: true } }),
      /khóa "khongCo" không hợp lệ tại profile/,
    ],
    ['a case that is not an object', 'null', /dữ liệu phải là một hồ sơ \(đối tượng JSON/],
    ['a number inside an array', JSON.stringify([good, 5]), /cases\[1\]: hồ sơ phải là một đối tượng JSON/],
    [
      'bad item in an array',
      JSON.stringify([good, { ...good, record: { kind: 'ROBOT' } }]),
      /cases\[1\]\.record\.kind: kind phải là INDIVIDUAL, COLLECTIVE hoặc HOUSEHOLD/,
    ],
  ])('refuses %s with a Vietnamese message and exit code 2', (_name, input, message) => {
    const r = run(input);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
  });
});

describe('npm run law:check is strict: an unknown key anywhere is refused with its place', () => {
  it.each([
    [
      'a misspelt optional field that used to be dropped (the case came back eligible)',
      { ...good, record: { ...good.record, pendingMaters: [{ kind: 'KY_LUAT', since: '2025-10-01' }] } },
      'khóa "pendingMaters" không hợp lệ tại record',
    ],
    [
      'at the top of a case',
      { ...good, decisonDate: '2026-01-10' },
      'khóa "decisonDate" không hợp lệ tại hồ sơ',
    ],
    [
      'in a nested array of an array of cases',
      [
        good,
        {
          ...good,
          record: {
            ...good.record,
            ratings: [
              { year: 2025, rating: 'HTXSNV' },
              { year: 2024, ratting: 'HTXSNV' },
            ],
          },
        },
      ],
      'khóa "ratting" không hợp lệ tại cases[1].record.ratings[1]',
    ],
    [
      'in a batch, at its top',
      { cases: [good], authorities: [] },
      'khóa "authorities" không hợp lệ tại gốc dữ liệu',
    ],
    [
      'in a batch, inside a quota proposal and a ballot',
      {
        quotas: [{ proposals: [{ id: 'a', awardCode: 'CSTDCS', rnak: 1 }] }],
        ballots: [
          {
            awardCode: 'CSTDCS',
            totalMembers: 5,
            present: 4,
            agree: 3,
            disagree: 0,
            written: { agre: 1, agree: 0, disagree: 0 },
          },
        ],
      },
      /khóa "rnak" không hợp lệ tại quotas\[0\]\.proposals\[0\].*khóa "agre" không hợp lệ tại ballots\[0\]\.written/,
    ],
    [
      'in a province setting nested in a batch item',
      {
        authority: [
          {
            awardCode: 'CSTDCS',
            level: 'XA',
            date: '2025-07-01',
            profile: { amendingLaw: { enabled: true, effectiveFrom: '2026-10-01', x: 1 } },
          },
        ],
      },
      'khóa "x" không hợp lệ tại authority[0].profile.amendingLaw',
    ],
  ])('%s → exit 2', (_name, input, message) => {
    const r = run(JSON.stringify(input));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.startsWith('Lỗi: ')).toBe(true);
    if (typeof message === 'string') expect(r.err).toContain(message);
    else expect(r.err).toMatch(message);
  });
});

interface QuotaAnswer {
  unit?: string;
  results: { awardCode: string; cap: number; proposed: number; exceeded: boolean; exceedingIds: string[] }[];
}
interface BallotAnswer {
  rule: { id: string };
  quorum: { ok: boolean; needed: number };
  tally: { agree: number; denominator: number; passed: boolean };
  recommends: boolean;
  message: string;
}
interface AuthorityAnswer {
  allowed: boolean;
  decider: { level: string } | null;
  message: string;
}

const props = (n: number, awardCode = 'CSTDCS') =>
  Array.from({ length: n }, (_, i) => ({ id: `${awardCode}-${i + 1}`, awardCode }));

describe('npm run law:check batch: quotas, ballots, who may sign — answers in the order asked', () => {
  it('quotas: the cap of the profile (15 % of 20 LĐTT = 3) at cap − 1, cap, cap + 1; at least one where allowed', () => {
    const r = run(
      JSON.stringify({
        quotas: [
          { unit: 'cap-1', proposals: props(2), baseCounts: { LDTT: 20 } },
          { unit: 'cap', proposals: props(3), baseCounts: { LDTT: 20 } },
          { unit: 'cap+1', proposals: [...props(4)].reverse(), baseCounts: { LDTT: 20 } },
          { unit: 'min-one', proposals: props(2, 'TTLDXS'), baseCounts: { TTLDTT: 3 } },
          {
            unit: 'own profile',
            proposals: props(4),
            baseCounts: { LDTT: 20 },
            profile: {
              quotas: [
                {
                  awardCode: 'CSTDCS',
                  baseAwardCode: 'LDTT',
                  ratio: 0.2,
                  minOneIfFractional: false,
                  article: 'Quy định tỉnh X',
                  source: 'thử',
                },
              ],
            },
          },
        ],
      }),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const qs = (JSON.parse(r.out) as { quotas: QuotaAnswer[] }).quotas;
    const of = (i: number, code = 'CSTDCS') => qs[i]?.results.find((x) => x.awardCode === code);
    expect(qs.map((q) => q.unit)).toEqual(['cap-1', 'cap', 'cap+1', 'min-one', 'own profile']);
    expect(of(0)).toMatchObject({ cap: 3, proposed: 2, exceeded: false, exceedingIds: [] });
    expect(of(1)).toMatchObject({ cap: 3, proposed: 3, exceeded: false, exceedingIds: [] });
    // without ranks, the input order is the ranking: the last listed is the one beyond the cap
    expect(of(2)).toMatchObject({ cap: 3, proposed: 4, exceeded: true, exceedingIds: ['CSTDCS-1'] });
    expect(of(3, 'TTLDXS')).toMatchObject({
      cap: 1,
      proposed: 2,
      exceeded: true,
      exceedingIds: ['TTLDXS-2'],
    });
    expect(of(4)).toMatchObject({ cap: 4, proposed: 4, exceeded: false });
    expect(qs[4]?.results).toHaveLength(1);
  });

  it('ballots: the council rule of the award, exactly at its threshold, with quorum, written opinions and recusals', () => {
    const ballots = [
      // CSTĐ cấp tỉnh: ≥ 90 % of ALL members
      { awardCode: 'CSTD_TINH', totalMembers: 10, present: 10, agree: 9, disagree: 1 },
      { awardCode: 'CSTD_TINH', totalMembers: 10, present: 10, agree: 8, disagree: 2 },
      {
        awardCode: 'CSTD_TINH',
        totalMembers: 10,
        present: 9,
        agree: 8,
        disagree: 1,
        written: { agree: 1, disagree: 0 },
      },
      // CSTĐCS: more than 50 % of all members (exactly 50 % fails)
      { awardCode: 'CSTDCS', totalMembers: 10, present: 10, agree: 5, disagree: 5 },
      { awardCode: 'CSTDCS', totalMembers: 10, present: 10, agree: 6, disagree: 4 },
      // two recused members leave the denominator: 5/8 passes, 4/8 does not
      { awardCode: 'CSTDCS', totalMembers: 10, present: 10, recused: 2, agree: 5, disagree: 3 },
      { awardCode: 'CSTDCS', totalMembers: 10, present: 10, recused: 2, agree: 4, disagree: 4 },
      // quorum 2/3 of 9 = 6: 5 present cannot recommend, 6 can
      { awardCode: 'CSTDCS', totalMembers: 9, present: 5, agree: 5, disagree: 0 },
      { awardCode: 'CSTDCS', totalMembers: 9, present: 6, agree: 5, disagree: 1 },
      // Giấy khen: more than half of those present (4/8 fails, 5/8 passes)
      { awardCode: 'GK_XA_REGULAR', totalMembers: 9, present: 8, agree: 4, disagree: 4 },
      { awardCode: 'GK_XA_REGULAR', totalMembers: 9, present: 8, agree: 5, disagree: 3 },
    ];
    const r = run(JSON.stringify({ ballots }));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const bs = (JSON.parse(r.out) as { ballots: BallotAnswer[] }).ballots;
    expect(bs.map((b) => b.recommends)).toEqual([
      true,
      false,
      true,
      false,
      true,
      true,
      false,
      false,
      true,
      false,
      true,
    ]);
    expect(bs.map((b) => b.rule.id)).toEqual([
      'CSTD_UPWARD',
      'CSTD_UPWARD',
      'CSTD_UPWARD',
      ...Array(6).fill('COMMUNE_TITLE'),
      'COMMUNE_FORM',
      'COMMUNE_FORM',
    ]);
    expect(bs[2]?.tally).toMatchObject({ agree: 9, denominator: 10, passed: true });
    expect(bs[5]?.tally).toMatchObject({ agree: 5, denominator: 8, passed: true });
    expect(bs[7]).toMatchObject({
      quorum: { ok: false, needed: 6 },
      tally: { passed: true },
      recommends: false,
    });
    expect(bs[7]?.message).toMatch(/Không đủ số thành viên dự họp: có 5\/9, cần ít nhất 6/);
    expect(bs[1]?.message).toMatch(
      /^Không đạt: 8\/10 đồng ý \(80%\), cần ít nhất 90% tổng số thành viên Hội đồng/,
    );
    expect(bs[9]?.tally).toMatchObject({ agree: 4, denominator: 8, passed: false });
  });

  it('ballots: counts that cannot be are refused', () => {
    const r = run(
      JSON.stringify({
        ballots: [{ awardCode: 'CSTDCS', totalMembers: 5, present: 4, agree: 4, disagree: 1 }],
      }),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('ballots[0].agree: số phiếu tại cuộc họp lớn hơn số thành viên có mặt');
  });

  it('authority: the day before, of and after 1 Jul 2025, with both settings for the district chairman’s powers', () => {
    const days = ['2025-06-30', '2025-07-01', '2025-07-02'];
    const ask = (level: string, profile?: object) =>
      days.map((date) => ({ awardCode: 'CSTDCS', level, date, ...(profile ? { profile } : {}) }));
    const province = { authorityFrom2025: 'PROVINCE_CHAIRMAN' };
    const r = run(
      JSON.stringify({
        profile: { authorityFrom2025: 'COMMUNE_CHAIRMAN' },
        authority: [
          ...ask('XA'),
          ...ask('HUYEN'),
          ...ask('XA', province),
          ...ask('TINH', province),
          { awardCode: 'LDTT', level: 'XA', date: '2025-06-30', profile: province },
          { awardCode: 'LDTT', level: 'XA', date: '2025-07-01', profile: province },
        ],
      }),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const as = (JSON.parse(r.out) as { authority: AuthorityAnswer[] }).authority;
    expect(as.map((a) => a.allowed)).toEqual([
      ...[false, true, true], // commune chairman, commune setting
      ...[true, false, false], // district chairman: until 30/6/2025 only
      ...[false, false, false], // commune chairman, province setting
      ...[false, true, true], // province chairman, province setting
      true,
      true, // LĐTT: the commune chairman's own power (Art. 80(3)) under either setting
    ]);
    expect(as[0]?.decider?.level).toBe('HUYEN');
    expect(as[7]?.message).toMatch(
      /^Chủ tịch UBND xã không có thẩm quyền quyết định .* thẩm quyền của Chủ tịch UBND tỉnh/,
    );
  });

  it('a batch of every kind answers each list, the batch profile and base-salary rows reaching the verdicts', () => {
    const r = run(
      JSON.stringify({
        profile: { authorityFrom2025: 'PROVINCE_CHAIRMAN' },
        baseSalaries: [{ from: '2026-07-01', amount: 2_600_000, source: 'thử' }],
        cases: [good, { ...good, decisionDate: '2026-07-01' }],
        quotas: [{ proposals: props(1) }],
        ballots: [{ awardCode: 'CSTDCS', totalMembers: 3, present: 3, agree: 2, disagree: 1 }],
        authority: [{ awardCode: 'CSTDCS', level: 'TINH', date: '2026-01-10' }],
      }),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      cases: { eligible: boolean; decider: { level: string }; rewardMoney: { amount: number } }[];
      quotas: QuotaAnswer[];
      ballots: BallotAnswer[];
      authority: AuthorityAnswer[];
    };
    expect(Object.keys(out)).toEqual(['cases', 'quotas', 'ballots', 'authority']);
    expect(out.cases.map((c) => [c.eligible, c.decider.level, c.rewardMoney.amount])).toEqual([
      [true, 'TINH', 2_340_000],
      [true, 'TINH', 2_600_000], // the batch's row replaces the built-in one of the same date
    ]);
    // no base count given: the proposals for the base award are counted (none) → cap 0
    expect(out.quotas[0]?.results.find((x) => x.awardCode === 'CSTDCS')).toMatchObject({
      cap: 0,
      exceeded: true,
    });
    expect(out.ballots[0]?.recommends).toBe(true);
    expect(out.authority[0]?.allowed).toBe(true);
  });

  it('disclosures: 4 and 5 days, the last day of the period and the day after, objections, and when it is required', () => {
    const five = { startsOn: '2026-01-05', endsOn: '2026-01-09' };
    const ask = (awardCode: string, date: string, disclosures: object[], objections?: object[]) => ({
      awardCode,
      date,
      disclosures,
      ...(objections ? { objections } : {}),
    });
    const r = run(
      JSON.stringify({
        disclosures: [
          ask('CSTDCS', '2026-01-20', [{ startsOn: '2026-01-05', endsOn: '2026-01-08' }]),
          ask('CSTDCS', '2026-01-09', [five]),
          ask('CSTDCS', '2026-01-10', [five]),
          ask('CSTDCS', '2026-01-10', []),
          ask('LDTT', '2026-01-10', []),
          ask('CSTDCS', '2026-01-10', [five], [{ kind: 'PHAN_ANH', status: 'OPEN' }]),
          ask('CSTDCS', '2026-01-10', [five], [{ kind: 'GOP_Y', status: 'OPEN' }]),
          ask('CSTDCS', '2026-01-10', [five], [{ kind: 'PHAN_ANH', status: 'UPHELD' }]),
        ],
      }),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const ds = (
      JSON.parse(r.out) as {
        disclosures: {
          required: boolean;
          periods: { ok: boolean; code?: string }[];
          decidable: { ok: boolean; code?: string };
        }[];
      }
    ).disclosures;
    expect(ds[0]?.periods[0]).toMatchObject({ ok: false, code: 'DISCLOSURE_TOO_SHORT' });
    expect(ds[1]?.periods[0]).toMatchObject({ ok: true });
    expect(ds.map((d) => d.decidable.code ?? 'OK')).toEqual([
      'OK',
      'IN_DISCLOSURE',
      'OK',
      'DISCLOSURE_REQUIRED',
      'OK',
      'UNRESOLVED_OBJECTION',
      'OK',
      'OBJECTION_UPHELD',
    ]);
    expect(ds.map((d) => d.required)).toEqual([true, true, true, true, false, true, true, true]);
  });
});
