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
      /profile: không có thiết lập khongCo/,
    ],
    ['a case that is not an object', 'null', /Hồ sơ không hợp lệ — hồ sơ phải là một đối tượng JSON/],
    [
      'a number inside an array',
      JSON.stringify([good, 5]),
      /Hồ sơ thứ 2 không hợp lệ — hồ sơ phải là một đối tượng JSON/,
    ],
    [
      'bad item in an array',
      JSON.stringify([good, { ...good, record: { kind: 'ROBOT' } }]),
      /Hồ sơ thứ 2 không hợp lệ/,
    ],
  ])('refuses %s with a Vietnamese message and exit code 2', (_name, input, message) => {
    const r = run(input);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
  });
});
