/**
 * Who may hold each title (R-GEN-3) and achievements dated against disciplinary terms (R-PRIN-5), as the
 * app applies them from the database: the verdict, the year-end suggestions and registration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyApi } from '../../contract/history';
import { lawApi } from '../../contract/law';
import { registrationsApi } from '../../contract/registrations';
import { fixedClock } from '../clock';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let pupil: string;
let teacher: string;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
  // A 13-year-old pupil of the school (pupils are not rated: no rating rule stops them) and a rated teacher.
  pupil = await w.person({
    unitId: w.units.school,
    fullName: 'Em Lê Minh Khang',
    category: 'HOC_SINH',
    birthYear: 2012,
  });
  teacher = await w.person({ unitId: w.units.school, fullName: 'Cô Phạm Thu Hà', category: 'VIEN_CHUC' });
  await w.rating(teacher, 2025, 'HTTNV');
});
afterAll(async () => {
  await w?.close();
});

const verdict = async (personId: string, awardCode: string, year = 2025) =>
  w.officer.api.call(lawApi.evaluate, {
    body: { awardCode, subjectKind: 'INDIVIDUAL', personId, year, decisionDate: `${year + 1}-01-15` },
  });

describe('who may hold each title', () => {
  it('a 13-year-old pupil is not eligible for Lao động tiên tiến (Điều 24), the teacher is', async () => {
    const p = await verdict(pupil, 'LDTT');
    expect(p.eligible).toBe(false);
    const f = p.failures.find((x) => x.code === 'HOLDER_NOT_ALLOWED');
    expect(f?.article).toContain('Điều 24');
    expect(f?.message).toContain('học sinh');
    expect(f?.hard).toBe(true);
    expect((await verdict(teacher, 'LDTT')).failures.map((x) => x.code)).not.toContain('HOLDER_NOT_ALLOWED');
    // A Giấy khen is for anyone who earns it, pupils included.
    expect((await verdict(pupil, 'GK_XA_REGULAR')).failures.map((x) => x.code)).not.toContain(
      'HOLDER_NOT_ALLOWED',
    );
  });

  it('the year-end suggestions leave the pupil out of Lao động tiên tiến', async () => {
    const s = await w.officer.api.call(lawApi.suggestions, { query: { year: 2025, unitId: w.units.school } });
    const ldtt = s.suggestions.find((x) => x.awardCode === 'LDTT');
    const ids = [...(ldtt?.eligible ?? []), ...(ldtt?.overQuota ?? [])].map((x) => x.id);
    expect(ids).toContain(teacher);
    expect(ids).not.toContain(pupil);
  });
});

describe('registration: only titles the subject may hold; pledges that exclude each other warned', () => {
  let movement: string;
  beforeAll(async () => {
    movement = await w.movement({ state: 'LAUNCHED', registrationDeadline: '2026-03-20' });
  });
  const register = (subjectKind: 'UNIT' | 'INDIVIDUAL', subjectId: string, titles: string[]) =>
    w.officer.attempt(registrationsApi.register, {
      params: { id: movement },
      body: { subjectKind, subjectId, titles },
    });

  it('a school is refused Thôn văn hóa (Điều 30), a village is not', async () => {
    const school = await register('UNIT', w.units.school, ['THON_VH']);
    expect(school.status).toBe(400);
    expect(school.error?.code).toBe('TITLE_NOT_FOR_SUBJECT');
    expect(school.error?.message).toContain('Điều 30');
    expect((await register('UNIT', w.units.village, ['THON_VH'])).status).toBe(201);
  });

  it('a pupil is refused Lao động tiên tiến', async () => {
    const r = await register('INDIVIDUAL', pupil, ['LDTT']);
    expect(r.status).toBe(400);
    expect(r.error?.code).toBe('TITLE_NOT_FOR_SUBJECT');
  });

  it('five titles at once: registered, with a warning for LĐTT beside CSTT and for each title under a higher one', async () => {
    const r = await register('INDIVIDUAL', teacher, ['LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TQ']);
    expect(r.status).toBe(201);
    const codes = r.body?.warnings.map((x) => x.code) ?? [];
    expect(codes.filter((c) => c === 'LDTT_WITH_CSTT')).toHaveLength(1);
    expect(codes.filter((c) => c === 'NESTED_TITLES')).toHaveLength(4);
    const list = await w.officer.api.call(registrationsApi.listRegistrations, { params: { id: movement } });
    const mine = list.registrations.find((x) => x.subjectId === teacher);
    expect(mine?.warnings.map((x) => x.message).join(' ')).toContain('chỉ cần đăng ký danh hiệu cao nhất');
  });
});

describe('an initiative recognised after a disciplinary term counts, one inside it does not', () => {
  const withTerm = async (name: string, recognizedOn: string) => {
    const id = await w.person({ unitId: w.units.school, fullName: name, category: 'VIEN_CHUC' });
    await w.officer.api.call(historyApi.createDiscipline, {
      body: { personId: id, kind: 'KHIEN_TRACH', from: '2024-03-15', to: '2024-09-14' },
    });
    await w.officer.api.call(historyApi.createInitiative, {
      body: {
        personId: id,
        kind: 'SANG_KIEN',
        title: 'Sáng kiến cấp tỉnh',
        year: 2024,
        recognizedOn,
        level: 'TINH',
      },
    });
    return id;
  };
  const cases: [string, string, boolean][] = [
    ['the day before the term ends', '2024-09-13', false],
    ["the term's last day", '2024-09-14', false],
    ['the day after', '2024-09-15', true],
  ];
  for (const [what, on, counts] of cases) {
    it(`${what} (${on}): ${counts ? 'counts' : 'does not count'} for CSTĐ cấp tỉnh 2025`, async () => {
      const id = await withTerm(`Giáo viên ${on}`, on);
      const codes = (await verdict(id, 'CSTD_TINH')).failures.map((x) => x.code);
      expect(codes.includes('NO_PROVINCIAL_INITIATIVE')).toBe(!counts);
    });
  }
});
