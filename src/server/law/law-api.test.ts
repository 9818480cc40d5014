import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EvaluateBody, type Failure, lawApi } from '../../contract/law';
import { organisationsApi, type Person } from '../../contract/organisations';
import { proposalsApi } from '../../contract/proposals';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let officer: Client;
let admin: Client;
let people: Person[];
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
  ({ officer, admin } = w);
  const school = w.units.school;
  const office = w.units.association;
  // The school's teachers, rated for 2024; one proposed for "Chiến sĩ thi đua cơ sở" in 2026 has the year's
  // rating and an initiative recognised that year.
  const anh = await w.person({ unitId: school, fullName: 'Nguyễn Thị Ngọc Ánh', category: 'VIEN_CHUC' });
  await w.rating(anh, 2026, 'HTXSNV');
  await w.initiative(anh, 2026);
  for (const [i, fullName] of ['Trần Thị Mỹ Dung', 'Giáo Viên A', 'Giáo Viên B', 'Giáo Viên C'].entries()) {
    const id = await w.person({ unitId: school, fullName, category: 'VIEN_CHUC' });
    await w.rating(id, 2024, i === 0 ? 'HTXSNV' : 'HTTNV');
  }
  await w.rating(anh, 2024, 'HTTNV');
  await w.rating(w.people.unitHead, 2024, 'HTXSNV');
  // Civil servants of another unit (no initiative), and a farmer.
  const ngoc = await w.person({ unitId: office, fullName: 'Trần Thị Bích Ngọc', category: 'CONG_CHUC' });
  await w.rating(ngoc, 2024, 'HTXSNV');
  await w.person({ unitId: office, fullName: 'Nguyễn Văn An', category: 'CONG_CHUC' });
  await w.person({ unitId: office, fullName: 'Lương Văn Tư', category: 'NONG_DAN' });
  people = await officer.api.call(organisationsApi.listPeople, {});
});
afterAll(async () => {
  await w?.close();
});

const who = (name: string) => {
  const p = people.find((x) => x.fullName === name);
  if (!p) throw new Error(`no ${name}`);
  return p;
};

async function propose(personName: string, awardCode: string, year: number) {
  const p = who(personName);
  const r = await officer.api.call(proposalsApi.createProposal, {
    body: {
      unitId: p.unitId,
      awardCode,
      subjectKind: 'INDIVIDUAL',
      personId: p.id,
      year,
      achievement: 'Thành tích trong năm theo báo cáo của đơn vị',
    },
  });
  return r.id;
}

/** The law's reasons a refusal carries. */
const failuresOf = (e: { details?: unknown } | null): Failure[] =>
  (e?.details as { failures?: Failure[] } | undefined)?.failures ?? [];
const evaluate = (c: Client, body: EvaluateBody) => c.attempt(lawApi.evaluate, { body });
const act = (id: string, action: string) =>
  officer.attempt(proposalsApi.actOnProposal, { params: { id, action }, body: {} });
const override = (c: Client, id: string, reason: string) =>
  c.attempt(lawApi.overrideLaw, { params: { id }, body: { reason } });

describe('law API', () => {
  it('evaluates a subject from the database, with decider, money and reasons with articles', async () => {
    const anh = who('Nguyễn Thị Ngọc Ánh');
    const ok = await evaluate(officer, {
      awardCode: 'CSTDCS',
      subjectKind: 'INDIVIDUAL',
      personId: anh.id,
      year: 2026,
      decisionDate: '2026-12-20',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      eligible: true,
      status: 'ELIGIBLE',
      decider: { level: 'XA' },
      rewardMoney: { amount: 2_530_000 }, // base salary of Decree 161/2026/NĐ-CP on 20/12/2026
    });

    const ngoc = who('Trần Thị Bích Ngọc');
    const no = await officer.api.call(lawApi.evaluate, {
      body: {
        awardCode: 'CSTDCS',
        subjectKind: 'INDIVIDUAL',
        personId: ngoc.id,
        year: 2024,
        decisionDate: '2025-01-10',
      },
    });
    expect(no.eligible).toBe(false);
    expect(no.failures.find((f) => f.code === 'NO_INITIATIVE')).toMatchObject({
      hard: true,
      article: expect.stringContaining('Điểm b Điều 23'),
    });
    expect(no.decider?.level).toBe('HUYEN'); // decided on 10/01/2025: still the district chairman

    // Revoked awards do not count; the decision register feeds chains.
    const unknown = await evaluate(officer, {
      awardCode: 'HUY_CHUONG',
      subjectKind: 'INDIVIDUAL',
      personId: ngoc.id,
      year: 2024,
    });
    expect([unknown.status, unknown.error?.code]).toEqual([400, 'UNKNOWN_AWARD']);
    const badYear = await evaluate(officer, {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: ngoc.id,
      year: 1800,
    });
    expect(badYear.status).toBe(400);
    expect(badYear.error?.message).toContain('Năm không hợp lệ');
    const missing = await evaluate(officer, {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: 'khong-co',
      year: 2024,
    });
    expect([missing.status, missing.error?.code]).toEqual([404, 'SUBJECT_NOT_FOUND']);
    const badDate = await evaluate(officer, {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: ngoc.id,
      year: 2024,
      decisionDate: '2025-02-30',
    });
    expect([badDate.status, badDate.error?.message]).toEqual([
      400,
      'Dữ liệu không hợp lệ — decisionDate: Ngày không có thật',
    ]);

    // A unit head reads the records of their own unit's people only.
    const head = w.unitHead; // the school's head
    const inside = await evaluate(head, {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: anh.id,
      year: 2025,
    });
    expect(inside.status).toBe(200);
    // Without a decision date, the verdict is for a decision today (the server's clock).
    expect(inside.body.decisionDate).toBe('2026-03-01');
    const farmer = who('Lương Văn Tư');
    const outside = await evaluate(head, {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: farmer.id,
      year: 2025,
    });
    expect([outside.status, outside.error?.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('refuses to submit a proposal failing a hard rule (409 with the reasons) and refuses to override it', async () => {
    const id = await propose('Trần Thị Bích Ngọc', 'CSTDCS', 2024);
    const r = await act(id, 'submit');
    expect([r.status, r.error?.code]).toEqual([409, 'LAW_HARD_RULE']);
    expect(r.error?.message).toContain('Điều 23');
    const failures = failuresOf(r.error);
    expect(failures.map((f) => f.code)).toContain('NO_INITIATIVE');
    expect((await officer.api.call(proposalsApi.getProposal, { params: { id } })).status).toBe('DRAFT');
    const o = await override(officer, id, 'Đơn vị đề nghị xem xét đặc cách vì thành tích nổi bật');
    expect([o.status, o.error?.code]).toEqual([409, 'LAW_HARD_RULE']);
  });

  it('accepts a justified, audited override of a soft rule, then lets the proposal go forward', async () => {
    const an = who('Nguyễn Văn An');
    await w.rating(an.id, 2025, 'KHTNV');
    const id = await propose('Nguyễn Văn An', 'GK_XA_SUDDEN', 2025);
    expect((await act(id, 'submit')).status).toBe(200); // sudden: no rating rule
    const gk = await propose('Nguyễn Văn An', 'GK_XA_REGULAR', 2025);
    const refused = await act(gk, 'submit');
    expect([refused.status, refused.error?.code]).toEqual([409, 'LAW_SOFT_RULE']);
    expect(failuresOf(refused.error)).toEqual([
      expect.objectContaining({
        code: 'RATING_KHTNV',
        hard: false,
        article: expect.stringContaining('Điều 75'),
      }),
    ]);

    const tooShort = await override(officer, gk, 'đặc cách');
    expect([tooShort.status, tooShort.error?.code]).toEqual([400, 'VALIDATION']);
    for (const c of [w.viewer, w.unitHead]) {
      const refusedOverride = await override(c, gk, 'Có thành tích đột xuất cứu người trong lũ tháng 9/2025');
      expect([refusedOverride.status, refusedOverride.error?.code]).toEqual([403, 'FORBIDDEN']);
    }
    const ok = await override(
      officer,
      gk,
      'Có thành tích cứu người trong lũ tháng 9/2025, Hội đồng thống nhất đề nghị',
    );
    expect(ok.status).toBe(201);
    expect(ok.body.passes).toBe(true);
    expect(ok.body.overrides[0]).toMatchObject({
      codes: ['RATING_KHTNV'],
      userName: 'Cán Bộ Thi Đua Thử',
      at: '2026-03-01T02:00:00.000Z',
    });
    const again = await override(officer, gk, 'Ghi nhận thêm một lần nữa cho chắc chắn hơn');
    expect([again.status, again.error?.code]).toEqual([409, 'NOTHING_TO_OVERRIDE']);
    const audit = await w.t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('entity_id', '=', gk)
      .where('action', '=', 'law_override')
      .execute();
    expect(audit).toHaveLength(1);
    expect((await act(gk, 'submit')).body.status).toBe('SUBMITTED');
    expect((await act(gk, 'forward')).body.status).toBe('FORWARDED');
    const law = await officer.api.call(lawApi.proposalVerdict, { params: { id: gk } });
    expect(law.passes).toBe(true);
    expect(law.verdict?.failures.map((f) => f.code)).toEqual(['RATING_KHTNV']);
  });

  it('checks quotas of a unit and suggests eligible people within quotas', async () => {
    const school = who('Trần Thị Mỹ Dung').unitId;
    const s = await officer.api.call(lawApi.suggestions, { query: { year: 2024, unitId: school } });
    const ldtt = s.suggestions.find((x) => x.awardCode === 'LDTT');
    expect(ldtt?.eligible.length).toBeGreaterThan(0);
    const cstdcs = s.suggestions.find((x) => x.awardCode === 'CSTDCS');
    expect(cstdcs?.quota?.cap).toBe(Math.floor(0.15 * (ldtt?.eligible.length ?? 0) + 1e-9));
    expect(cstdcs?.eligible.length).toBeLessThanOrEqual(cstdcs?.quota?.cap ?? 0);
    const q = await officer.api.call(lawApi.quotaCheck, { query: { year: 2024, unitId: school } });
    expect(q.results.map((r) => r.awardCode)).toEqual(['CSTDCS', 'TTLDXS']);
    const head = w.unitHead;
    const other = who('Trần Thị Bích Ngọc').unitId;
    for (const e of [lawApi.suggestions, lawApi.quotaCheck]) {
      const refused = await head.attempt(e, { query: { year: 2024, unitId: other } });
      expect([refused.status, refused.error?.code]).toEqual([403, 'FORBIDDEN']);
    }
  });

  it('lets the administrator extend the base-salary table; money follows the decision date', async () => {
    const refused = await officer.attempt(lawApi.setBaseSalary, {
      body: { from: '2026-07-01', amount: 2_530_000, source: 'Nghị định (mẫu)' },
    });
    expect([refused.status, refused.error?.code]).toEqual([403, 'FORBIDDEN']);
    const r = await admin.attempt(lawApi.setBaseSalary, {
      body: { from: '2026-07-01', amount: 2_530_000, source: 'Nghị định (mẫu thử)' },
    });
    expect(r.status).toBe(201);
    expect(r.body.at(-1)).toMatchObject({ from: '2026-07-01', amount: 2_530_000 });
    const settings = await officer.api.call(lawApi.settings, {});
    expect(settings.baseSalaries).toEqual(r.body);
    const anh = who('Nguyễn Thị Ngọc Ánh');
    const v = await evaluate(officer, {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: anh.id,
      year: 2026,
      decisionDate: '2026-12-20',
    });
    expect(v.body.rewardMoney).toMatchObject({ baseSalary: 2_530_000, amount: 760_000 });
    const before = await evaluate(officer, {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: anh.id,
      year: 2026,
      decisionDate: '2026-06-30',
    });
    expect(before.body.rewardMoney.amount).toBe(710_000);
  });

  it('lets the administrator change the province settings, audited; nobody else', async () => {
    const refused = await officer.attempt(lawApi.updateSettings, { body: { householdContributionMin: 1 } });
    expect([refused.status, refused.error?.code]).toEqual([403, 'FORBIDDEN']);
    const before = (await officer.api.call(lawApi.settings, {})).profile;
    const after = await admin.api.call(lawApi.updateSettings, {
      body: { householdContributionMin: 25_000_000, cstdTinhTiming: 'YEAR_AFTER_3RD' },
    });
    expect(after).toEqual({
      ...before,
      householdContributionMin: 25_000_000,
      cstdTinhTiming: 'YEAR_AFTER_3RD',
    });
    expect((await officer.api.call(lawApi.settings, {})).profile).toEqual(after);
    const audit = await w.t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'at'])
      .where('entity_type', '=', 'law_profile')
      .execute();
    expect(audit).toEqual([{ action: 'update', at: expect.any(String) }]);
  });
});
