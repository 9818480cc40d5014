import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../http/test-app';

let t: TestApp;
let officer: Client;
let admin: Client;
let people: { id: string; unitId: string; fullName: string }[];
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.as('canbo');
  admin = await t.as('admin');
  people = (await officer.get<typeof people>('/api/people')).body;
});
afterAll(async () => {
  await t?.close();
});

const who = (name: string) => {
  const p = people.find((x) => x.fullName === name);
  if (!p) throw new Error(`no ${name}`);
  return p;
};
interface Failure {
  code: string;
  message: string;
  article: string;
  hard: boolean;
}
interface Verdict {
  eligible: boolean;
  status: string;
  failures: Failure[];
  decider: { level: string; article: string };
  rewardMoney: { amount: number; baseSalary: number };
}
interface P {
  id: string;
  status: string;
}

async function propose(personName: string, awardCode: string, year: number) {
  const p = who(personName);
  const r = await officer.post<P>('/api/proposals', {
    unitId: p.unitId,
    awardCode,
    subjectKind: 'INDIVIDUAL',
    personId: p.id,
    year,
    achievement: 'Thành tích trong năm theo báo cáo của đơn vị',
  });
  expect(r.status).toBe(201);
  return r.body.id;
}

describe('law API', () => {
  it('evaluates a subject from the database, with decider, money and reasons with articles', async () => {
    const anh = who('Nguyễn Thị Ngọc Ánh');
    const ok = await officer.post<Verdict>('/api/law/evaluate', {
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
      rewardMoney: { amount: 2_340_000 },
    });

    const ngoc = who('Trần Thị Bích Ngọc');
    const no = await officer.post<Verdict>('/api/law/evaluate', {
      awardCode: 'CSTDCS',
      subjectKind: 'INDIVIDUAL',
      personId: ngoc.id,
      year: 2024,
      decisionDate: '2025-01-10',
    });
    expect(no.body.eligible).toBe(false);
    expect(no.body.failures.find((f) => f.code === 'NO_INITIATIVE')).toMatchObject({
      hard: true,
      article: expect.stringContaining('Điểm b Điều 23'),
    });
    expect(no.body.decider.level).toBe('HUYEN'); // decided on 10/01/2025: still the district chairman

    // Revoked awards do not count; the decision register feeds chains.
    const unknown = await officer.post<{ code: string; message: string }>('/api/law/evaluate', {
      awardCode: 'HUY_CHUONG',
      subjectKind: 'INDIVIDUAL',
      personId: ngoc.id,
      year: 2024,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('UNKNOWN_AWARD');
    const badYear = await officer.post<{ code: string; message: string }>('/api/law/evaluate', {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: ngoc.id,
      year: 1800,
    });
    expect(badYear.status).toBe(400);
    expect(badYear.body.message).toContain('Năm không hợp lệ');
    const missing = await officer.post<{ code: string }>('/api/law/evaluate', {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: 'khong-co',
      year: 2024,
    });
    expect(missing.status).toBe(404);
    const badDate = await officer.post<{ code: string; message: string }>('/api/law/evaluate', {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: ngoc.id,
      year: 2024,
      decisionDate: '2025-02-30',
    });
    expect([badDate.status, badDate.body.message]).toEqual([
      400,
      'Dữ liệu không hợp lệ — decisionDate: Ngày không có thật',
    ]);

    // A unit head reads the records of their own unit's people only.
    const head = await t.as('truongth'); // Trường Tiểu học Tân Việt
    expect(
      (
        await head.post('/api/law/evaluate', {
          awardCode: 'LDTT',
          subjectKind: 'INDIVIDUAL',
          personId: anh.id,
          year: 2025,
        })
      ).status,
    ).toBe(200);
    const farmer = who('Lương Văn Tư');
    const outside = await head.post<{ code: string }>('/api/law/evaluate', {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: farmer.id,
      year: 2025,
    });
    expect([outside.status, outside.body.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('refuses to submit a proposal failing a hard rule (409 with the reasons) and refuses to override it', async () => {
    const id = await propose('Trần Thị Bích Ngọc', 'CSTDCS', 2024);
    const r = await officer.post<{ code: string; message: string; details: { failures: Failure[] } }>(
      `/api/proposals/${id}/actions/submit`,
    );
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('LAW_HARD_RULE');
    expect(r.body.message).toContain('Điều 23');
    expect(r.body.details.failures.map((f) => f.code)).toContain('NO_INITIATIVE');
    expect((await officer.get<P>(`/api/proposals/${id}`)).body.status).toBe('DRAFT');
    const o = await officer.post<{ code: string }>(`/api/proposals/${id}/law-override`, {
      reason: 'Đơn vị đề nghị xem xét đặc cách vì thành tích nổi bật',
    });
    expect(o.status).toBe(409);
    expect(o.body.code).toBe('LAW_HARD_RULE');
  });

  it('accepts a justified, audited override of a soft rule, then lets the proposal go forward', async () => {
    const an = who('Nguyễn Văn An');
    const tenant = (
      await t.handle.db
        .selectFrom('people')
        .select('tenant_id')
        .where('id', '=', an.id)
        .executeTakeFirstOrThrow()
    ).tenant_id;
    await t.handle.db
      .insertInto('ratings')
      .values({
        id: 'r-an-2025',
        tenant_id: tenant,
        person_id: an.id,
        unit_id: null,
        year: 2025,
        rating: 'KHTNV',
        source: 'MANUAL',
        created_at: new Date().toISOString(),
      })
      .execute();
    const id = await propose('Nguyễn Văn An', 'GK_XA_SUDDEN', 2025);
    expect((await officer.post(`/api/proposals/${id}/actions/submit`)).status).toBe(200); // sudden: no rating rule
    const gk = await propose('Nguyễn Văn An', 'GK_XA_REGULAR', 2025);
    const refused = await officer.post<{ code: string; details: { failures: Failure[] } }>(
      `/api/proposals/${gk}/actions/submit`,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('LAW_SOFT_RULE');
    expect(refused.body.details.failures).toEqual([
      expect.objectContaining({
        code: 'RATING_KHTNV',
        hard: false,
        article: expect.stringContaining('Điều 75'),
      }),
    ]);

    const tooShort = await officer.post<{ code: string }>(`/api/proposals/${gk}/law-override`, {
      reason: 'đặc cách',
    });
    expect(tooShort.status).toBe(400);
    const viewer = await t.as('xem');
    expect(
      (
        await viewer.post(`/api/proposals/${gk}/law-override`, {
          reason: 'Có thành tích đột xuất cứu người trong lũ tháng 9/2025',
        })
      ).status,
    ).toBe(403);
    const ok = await officer.post<{ passes: boolean; overrides: { codes: string[]; userName: string }[] }>(
      `/api/proposals/${gk}/law-override`,
      { reason: 'Có thành tích cứu người trong lũ tháng 9/2025, Hội đồng thống nhất đề nghị' },
    );
    expect(ok.status).toBe(201);
    expect(ok.body.passes).toBe(true);
    expect(ok.body.overrides[0]).toMatchObject({ codes: ['RATING_KHTNV'], userName: 'Lê Thị Thu Hà' });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('entity_id', '=', gk)
      .where('action', '=', 'law_override')
      .execute();
    expect(audit).toHaveLength(1);
    expect((await officer.post<P>(`/api/proposals/${gk}/actions/submit`)).body.status).toBe('SUBMITTED');
    expect((await officer.post<P>(`/api/proposals/${gk}/actions/forward`)).body.status).toBe('FORWARDED');
    const law = await officer.get<{ passes: boolean; verdict: Verdict }>(`/api/proposals/${gk}/law`);
    expect(law.body.passes).toBe(true);
    expect(law.body.verdict.failures.map((f) => f.code)).toEqual(['RATING_KHTNV']);
  });

  it('checks quotas of a unit and suggests eligible people within quotas', async () => {
    const school = who('Trần Thị Mỹ Dung').unitId;
    const s = await officer.get<{
      suggestions: { awardCode: string; eligible: { name: string }[]; quota: { cap: number } | null }[];
    }>(`/api/law/suggestions?year=2024&unitId=${school}`);
    expect(s.status).toBe(200);
    const ldtt = s.body.suggestions.find((x) => x.awardCode === 'LDTT');
    expect(ldtt?.eligible.length).toBeGreaterThan(0);
    const cstdcs = s.body.suggestions.find((x) => x.awardCode === 'CSTDCS');
    expect(cstdcs?.quota?.cap).toBe(Math.floor(0.15 * (ldtt?.eligible.length ?? 0) + 1e-9));
    expect(cstdcs?.eligible.length).toBeLessThanOrEqual(cstdcs?.quota?.cap ?? 0);
    const q = await officer.get<{ results: { awardCode: string; cap: number }[] }>(
      `/api/law/quota-check?year=2024&unitId=${school}`,
    );
    expect(q.status).toBe(200);
    expect(q.body.results.map((r) => r.awardCode)).toEqual(['CSTDCS', 'TTLDXS']);
    const head = await t.as('truongth');
    const other = who('Bùi Văn Khải').unitId;
    expect((await head.get(`/api/law/suggestions?year=2024&unitId=${other}`)).status).toBe(403);
  });

  it('lets the administrator extend the base-salary table; money follows the decision date', async () => {
    expect(
      (
        await officer.post('/api/law/base-salaries', {
          from: '2026-07-01',
          amount: 2_530_000,
          source: 'Nghị định (mẫu)',
        })
      ).status,
    ).toBe(403);
    const r = await admin.post<{ from: string; amount: number }[]>('/api/law/base-salaries', {
      from: '2026-07-01',
      amount: 2_530_000,
      source: 'Nghị định (mẫu thử)',
    });
    expect(r.status).toBe(201);
    expect(r.body.at(-1)).toMatchObject({ from: '2026-07-01', amount: 2_530_000 });
    const anh = who('Nguyễn Thị Ngọc Ánh');
    const v = await officer.post<Verdict>('/api/law/evaluate', {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: anh.id,
      year: 2026,
      decisionDate: '2026-12-20',
    });
    expect(v.body.rewardMoney).toMatchObject({ baseSalary: 2_530_000, amount: 760_000 });
    const before = await officer.post<Verdict>('/api/law/evaluate', {
      awardCode: 'LDTT',
      subjectKind: 'INDIVIDUAL',
      personId: anh.id,
      year: 2026,
      decisionDate: '2026-06-30',
    });
    expect(before.body.rewardMoney.amount).toBe(710_000);
  });
});
