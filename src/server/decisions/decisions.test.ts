import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../http/test-app';
import { demoPeople, proposalUntil } from '../http/test-fixtures';

let t: TestApp;
let officer: Client;
let chair: Client;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.as('canbo');
  chair = await t.as('chutich');
});
afterAll(async () => {
  await t?.close();
});

// One subject holds one award per year, so each proposal made here has its own (subject, year).
const made = { INDIVIDUAL: 0, COLLECTIVE: 0 };
async function approved(count: number, kind: 'INDIVIDUAL' | 'COLLECTIVE' = 'INDIVIDUAL'): Promise<string[]> {
  const people = await demoPeople(officer);
  const units = [...new Set(people.map((p) => p.unitId))];
  const pool = kind === 'INDIVIDUAL' ? people.length : units.length;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = made[kind]++;
    const person = people[n % people.length];
    const unitId = units[n % units.length];
    if (!person || !unitId) throw new Error('no people');
    ids.push(
      await proposalUntil(officer, chair, {
        ...(kind === 'INDIVIDUAL' ? { person } : { collectiveUnitId: unitId }),
        year: 2025 - Math.floor(n / pool),
        achievement: `Hoàn thành xuất sắc nhiệm vụ năm 2025 (${i + 1})`,
        until: 'APPROVED',
      }),
    );
  }
  return ids;
}

describe('decisions', () => {
  it('20 concurrent signings get 20 distinct numbers without gaps', async () => {
    const ids = await approved(20);
    const results = await Promise.all(
      ids.map((id) =>
        chair.post<{ number: number }>('/api/decisions', { proposalIds: [id], decisionDate: '2027-02-01' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = results.map((r) => r.body.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const registers = await t.handle.db
      .selectFrom('awards')
      .select('register_number')
      .where('year', '=', 2025)
      .execute();
    expect(new Set(registers.map((r) => r.register_number)).size).toBe(registers.length);
  });

  it('a failed signing changes nothing and gives its number back', async () => {
    const [ok] = await approved(1);
    const r = await chair.post<{ code: string }>('/api/decisions', {
      proposalIds: [ok, 'khong-ton-tai'],
      decisionDate: '2028-01-05',
    });
    expect(r.status).toBe(400);
    const impossible = await chair.post<{ code: string; message: string }>('/api/decisions', {
      proposalIds: [ok],
      decisionDate: '2028-02-30',
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.message).toBe('Dữ liệu không hợp lệ — decisionDate: Ngày không có thật');
    const d = await chair.post<{ label: string }>('/api/decisions', {
      proposalIds: [ok],
      decisionDate: '2028-01-05',
    });
    expect(d.body.label).toBe('1/QĐ-UBND');
  });

  it('warns when the emulation fund would be exceeded', async () => {
    expect((await officer.request('PUT', '/api/funds/2029', { amount: 500_000 })).status).toBe(200);
    const ids = await approved(2);
    const preview = await chair.post<{ total: number; warning: string | null }>('/api/decisions/preview', {
      proposalIds: ids,
      decisionDate: '2029-01-10',
    });
    expect(preview.body.total).toBe(720_000); // 2 × (0.15 × 2,340,000 = 351,000 → 360,000)
    expect(preview.body.warning).toContain('vượt quỹ');
    const bad = await officer.request<{ code: string }>('PUT', '/api/funds/2029', { amount: -1 });
    expect(bad.status).toBe(400);
  });

  it('revocation marks the certificates revoked, records the money to recover, keeps the history', async () => {
    const ids = await approved(2, 'COLLECTIVE');
    const d = await chair.post<{ id: string; awards: { id: string; verifyCode: string; amount: number }[] }>(
      '/api/decisions',
      { proposalIds: ids, decisionDate: '2026-06-01' },
    );
    expect(
      (
        await officer.post(`/api/decisions/${d.body.id}/revoke`, {
          ground: 'a',
          reason: 'Khai man số liệu thành tích',
        })
      ).status,
    ).toBe(403);
    const short = await chair.post<{ code: string }>(`/api/decisions/${d.body.id}/revoke`, {
      ground: 'a',
      reason: 'ngắn',
    });
    expect(short.status).toBe(400);
    const first = d.body.awards[0];
    if (!first) throw new Error('no award');
    const r = await chair.post<{ revoked: number; amountToRecover: number; decision: { status: string } }>(
      `/api/decisions/${d.body.id}/revoke`,
      {
        ground: 'a',
        reason: 'Khai man số liệu thành tích',
        awardIds: [first.id],
      },
    );
    expect(r.body).toMatchObject({
      revoked: 1,
      amountToRecover: first.amount,
      decision: { status: 'SIGNED' },
    });
    const v = await t.anonymous.get<{ status: string; revokedReason: string }>(
      `/api/public/verify/${first.verifyCode}`,
    );
    expect(v.body.status).toBe('REVOKED');
    expect(v.body.revokedReason).toContain('Gian dối');
    expect(v.body.revokedReason).toContain('Khoản 2 Điều 93 Luật Thi đua, khen thưởng 2022');
    const reprint = await chair.get<{ code: string }>(`/api/awards/${first.id}/certificate.pdf`);
    expect(reprint).toMatchObject({ status: 409, body: { code: 'CERTIFICATE_REVOKED' } });
    const second = d.body.awards[1];
    if (!second) throw new Error('no second award');
    expect((await chair.get(`/api/awards/${second.id}/certificate.pdf`)).status).toBe(200);
    const rest = await chair.post<{ decision: { status: string } }>(`/api/decisions/${d.body.id}/revoke`, {
      ground: 'c',
      reason: 'Xét duyệt không đúng quy trình',
    });
    expect(rest.body.decision.status).toBe('REVOKED');
    const all = await chair.get<{ code: string }>(`/api/decisions/${d.body.id}/certificates.pdf`);
    expect(all).toMatchObject({ status: 409, body: { code: 'CERTIFICATES_REVOKED' } });
    const again = await chair.post<{ code: string }>(`/api/decisions/${d.body.id}/revoke`, {
      ground: 'c',
      reason: 'Xét duyệt không đúng quy trình',
    });
    expect(again.body.code).toBe('NOTHING_TO_REVOKE');
    const audit = await officer.get<{ action: string }[]>(
      `/api/audit?entityType=decision&entityId=${d.body.id}`,
    );
    expect(audit.body.map((a) => a.action)).toEqual(['revoke', 'revoke', 'sign']);
  });
  it('keeps the register of certificates (sổ theo dõi) of a year in register order across decisions', async () => {
    const everyone = await demoPeople(officer);
    const teacher = everyone.find((p) => p.unitName === 'Trường Tiểu học Tân Việt');
    const others = everyone.filter((p) => p.unitName !== 'Trường Tiểu học Tân Việt').slice(0, 2);
    const [a, b] = await Promise.all(
      others.map((person) => proposalUntil(officer, chair, { person, year: 2021, until: 'APPROVED' })),
    );
    if (!a || !b || !teacher) throw new Error('no proposals');
    const c = await proposalUntil(officer, chair, {
      person: teacher,
      year: 2021,
      achievement: 'Giáo viên dạy giỏi cấp huyện',
      until: 'APPROVED',
    });
    const d1 = await chair.post<{ label: string }>('/api/decisions', {
      proposalIds: [a, b],
      decisionDate: '2029-03-02',
    });
    const d2 = await chair.post<{ label: string }>('/api/decisions', {
      proposalIds: [c],
      decisionDate: '2029-04-15',
    });
    type Row = {
      registerNumber: number;
      decision: string;
      decisionDate: string;
      subjectName: string;
      unitName: string;
      amount: number;
      revokedAt: string | null;
    };
    const reg = await officer.get<Row[]>('/api/awards?year=2029');
    expect(reg.status).toBe(200);
    expect(reg.body.map((r) => [r.registerNumber, r.decision, r.decisionDate])).toEqual([
      [1, d1.body.label, '2029-03-02'],
      [2, d1.body.label, '2029-03-02'],
      [3, d2.body.label, '2029-04-15'],
    ]);
    expect(reg.body.every((r) => r.revokedAt === null && r.amount > 0)).toBe(true);
    const head = await t.as('truongth');
    const own = (await head.get<Row[]>('/api/awards?year=2029')).body;
    expect(own.map((r) => [r.registerNumber, r.subjectName])).toEqual([[3, teacher.fullName]]);
    expect((await officer.get<Row[]>('/api/awards?year=2030')).body).toEqual([]);
    const bad = await officer.get<{ code: string }>('/api/awards?year=abc');
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION']);
  });
  it('two chairmen signing the same proposal at once: one decision, one award, the other refused with 409', async () => {
    const [id] = await approved(1);
    const results = await Promise.all(
      [0, 1].map(() =>
        chair.post<{ code?: string }>('/api/decisions', { proposalIds: [id], decisionDate: '2031-01-05' }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(
      await t.handle.db
        .selectFrom('awards')
        .select('id')
        .where('proposal_id', '=', id ?? '')
        .execute(),
    ).toHaveLength(1);
    const numbers = await t.handle.db
      .selectFrom('decisions')
      .select('number')
      .where('year', '=', 2031)
      .execute();
    expect(numbers.map((n) => n.number)).toEqual([1]);
  });
  it('two revocations of the same certificate at once: one succeeds, the other is refused; recovered money is counted once', async () => {
    const [id] = await approved(1);
    const d = await chair.post<{ id: string; awards: { id: string; amount: number }[] }>('/api/decisions', {
      proposalIds: [id],
      decisionDate: '2032-01-05',
    });
    const award = d.body.awards[0];
    if (!award) throw new Error('no award');
    const body = { ground: 'b', reason: 'Làm giả hồ sơ đề nghị khen thưởng', awardIds: [award.id] };
    const results = await Promise.all(
      [0, 1].map(() => chair.post<{ code?: string }>(`/api/decisions/${d.body.id}/revoke`, body)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity_type', '=', 'award')
      .where('entity_id', '=', award.id)
      .where('action', '=', 'revoke')
      .execute();
    expect(rows).toHaveLength(1);
  });
});
