import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditApi } from '../../contract/audit';
import { certificatesApi } from '../../contract/certificates';
import { decisionsApi } from '../../contract/decisions';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let officer: Client;
let chair: Client;
beforeAll(async () => {
  w = await startWorld();
  ({ officer, chair } = w);
});
afterAll(async () => {
  await w?.close();
});

const sign = (who: Client, proposalIds: (string | undefined)[], decisionDate: string) =>
  who.attempt(decisionsApi.signDecision, {
    body: { proposalIds: proposalIds.map((id) => id ?? ''), decisionDate },
  });
const revoke = (
  who: Client,
  id: string,
  body: { ground: 'a' | 'b' | 'c' | 'd'; reason: string; awardIds?: string[] },
) => who.attempt(decisionsApi.revokeDecision, { params: { id }, body });

// One subject holds one award per year, so each proposal made here has its own subject (a new person or unit).
async function approved(count: number, kind: 'INDIVIDUAL' | 'COLLECTIVE' = 'INDIVIDUAL'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const subject =
      kind === 'INDIVIDUAL'
        ? { personId: await w.person() }
        : { subjectUnitId: await w.unit({ kind: 'THON' }) };
    ids.push(
      (
        await w.proposal({
          ...subject,
          year: 2025,
          achievement: `Hoàn thành xuất sắc nhiệm vụ năm 2025 (${i + 1})`,
          state: 'APPROVED',
        })
      ).id,
    );
  }
  return ids;
}

describe('decisions', () => {
  it('20 concurrent signings get 20 distinct numbers without gaps', async () => {
    const ids = await approved(20);
    const results = await Promise.all(ids.map((id) => sign(chair, [id], '2027-02-01')));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = results.map((r) => r.body.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const registers = await w.t.handle.db
      .selectFrom('awards')
      .select('register_number')
      .where('year', '=', 2025)
      .execute();
    expect(new Set(registers.map((r) => r.register_number)).size).toBe(registers.length);
  });

  it('a failed signing changes nothing and gives its number back', async () => {
    const [ok] = await approved(1);
    const r = await sign(chair, [ok, 'khong-ton-tai'], '2028-01-05');
    expect([r.status, r.error?.code]).toEqual([400, 'UNKNOWN_PROPOSAL']);
    const impossible = await sign(chair, [ok], '2028-02-30');
    expect(impossible.status).toBe(400);
    expect(impossible.error?.message).toBe('Dữ liệu không hợp lệ — decisionDate: Ngày không có thật');
    const d = await sign(chair, [ok], '2028-01-05');
    expect(d.body.label).toBe('1/QĐ-UBND');
  });

  it('warns when the emulation fund would be exceeded', async () => {
    const fund = await officer.api.call(decisionsApi.setFund, {
      params: { year: 2029 },
      body: { amount: 500_000 },
    });
    expect(fund).toEqual({ year: 2029, amount: 500_000, note: null, spent: 0 });
    const ids = await approved(2);
    const preview = await chair.api.call(decisionsApi.previewDecision, {
      body: { proposalIds: ids, decisionDate: '2029-01-10' },
    });
    expect(preview.total).toBe(760_000); // 2 × (0.15 × 2,530,000 = 379,500 → 380,000; Decree 161/2026 from 1 Jul 2026)
    expect(preview.warning).toContain('vượt quỹ');
    const bad = await officer.attempt(decisionsApi.setFund, { params: { year: 2029 }, body: { amount: -1 } });
    expect([bad.status, bad.error?.code]).toEqual([400, 'VALIDATION']);
    const head = w.unitHead;
    const refused = await head.attempt(decisionsApi.setFund, { params: { year: 2029 }, body: { amount: 1 } });
    expect([refused.status, refused.error?.code]).toEqual([403, 'FORBIDDEN']);
    expect(await head.api.call(decisionsApi.getFund, { params: { year: 2029 } })).toMatchObject({
      amount: 500_000,
    });
  });

  it('revocation marks the certificates revoked, records the money to recover, keeps the history', async () => {
    const ids = await approved(2, 'COLLECTIVE');
    const d = await chair.api.call(decisionsApi.signDecision, {
      body: { proposalIds: ids, decisionDate: '2026-06-01' },
    });
    const grounds = await w.anonymous.api.call(decisionsApi.revocationGrounds, {});
    expect(grounds.map((g) => g.code)).toEqual(['a', 'b', 'c', 'd']);
    const notChair = await revoke(officer, d.id, { ground: 'a', reason: 'Khai man số liệu thành tích' });
    expect([notChair.status, notChair.error?.code]).toEqual([403, 'FORBIDDEN']);
    const short = await revoke(chair, d.id, { ground: 'a', reason: 'ngắn' });
    expect([short.status, short.error?.code]).toEqual([400, 'VALIDATION']);
    const first = d.awards[0];
    if (!first) throw new Error('no award');
    const r = await chair.api.call(decisionsApi.revokeDecision, {
      params: { id: d.id },
      body: { ground: 'a', reason: 'Khai man số liệu thành tích', awardIds: [first.id] },
    });
    expect(r).toMatchObject({
      revoked: 1,
      amountToRecover: first.amount,
      decision: { status: 'SIGNED' },
    });
    expect(r.decision.awards.find((a) => a.id === first.id)?.revokedAt).not.toBeNull();
    const v = await w.anonymous.api.call(certificatesApi.verify, { params: { code: first.verifyCode } });
    expect(v.status).toBe('REVOKED');
    expect(v.revokedReason).toContain('Gian dối');
    expect(v.revokedReason).toContain('Khoản 2 Điều 93 Luật Thi đua, khen thưởng 2022');
    const reprint = await chair.api
      .file(decisionsApi.awardCertificate, { params: { id: first.id } })
      .catch((e: { status: number; code: string }) => e);
    expect(reprint).toMatchObject({ status: 409, code: 'CERTIFICATE_REVOKED' });
    const second = d.awards[1];
    if (!second) throw new Error('no second award');
    const pdf = await chair.api.file(decisionsApi.awardCertificate, { params: { id: second.id } });
    expect(pdf.fileName).toBe(`giay-khen-so-${second.registerNumber}.pdf`);
    const rest = await chair.api.call(decisionsApi.revokeDecision, {
      params: { id: d.id },
      body: { ground: 'c', reason: 'Xét duyệt không đúng quy trình' },
    });
    expect(rest.decision.status).toBe('REVOKED');
    const all = await chair.api
      .file(decisionsApi.decisionCertificates, { params: { id: d.id } })
      .catch((e: { status: number; code: string }) => e);
    expect(all).toMatchObject({ status: 409, code: 'CERTIFICATES_REVOKED' });
    const again = await revoke(chair, d.id, { ground: 'c', reason: 'Xét duyệt không đúng quy trình' });
    expect(again.error?.code).toBe('NOTHING_TO_REVOKE');
    const audit = await officer.api.call(auditApi.listAudit, {
      query: { entityType: 'decision', entityId: d.id },
    });
    expect(audit.map((a) => a.action)).toEqual(['revoke', 'revoke', 'sign']);
  });
  it('keeps the register of certificates (sổ theo dõi) of a year in register order across decisions', async () => {
    const teacher = { fullName: 'Giáo Viên Dạy Giỏi', id: '' };
    teacher.id = await w.person({ unitId: w.units.school, fullName: teacher.fullName });
    const others = [await w.person({ unitId: w.units.village }), await w.person()];
    const [a, b] = (
      await Promise.all(others.map((personId) => w.proposal({ personId, year: 2021, state: 'APPROVED' })))
    ).map((p) => p.id);
    if (!a || !b) throw new Error('no proposals');
    const { id: c } = await w.proposal({
      personId: teacher.id,
      year: 2021,
      achievement: 'Giáo viên dạy giỏi cấp huyện',
      state: 'APPROVED',
    });
    const d1 = await chair.api.call(decisionsApi.signDecision, {
      body: { proposalIds: [a, b], decisionDate: '2029-03-02' },
    });
    const d2 = await chair.api.call(decisionsApi.signDecision, {
      body: { proposalIds: [c], decisionDate: '2029-04-15' },
    });
    const register = (who: Client, year: number | string) =>
      who.attempt(decisionsApi.awardRegister, { query: { year } });
    const reg = await officer.api.call(decisionsApi.awardRegister, { query: { year: 2029 } });
    expect(reg.map((r) => [r.registerNumber, r.decision, r.decisionDate])).toEqual([
      [1, d1.label, '2029-03-02'],
      [2, d1.label, '2029-03-02'],
      [3, d2.label, '2029-04-15'],
    ]);
    expect(reg.every((r) => r.revokedAt === null && r.amount > 0)).toBe(true);
    const head = w.unitHead;
    const own = (await register(head, 2029)).body;
    expect(own.map((r) => [r.registerNumber, r.subjectName])).toEqual([[3, teacher.fullName]]);
    expect((await register(officer, 2030)).body).toEqual([]);
    const bad = await register(officer, 'abc');
    expect([bad.status, bad.error?.code]).toEqual([400, 'VALIDATION']);
    const list = await head.api.call(decisionsApi.listDecisions, {});
    expect(list.slice(0, 2).map((d) => d.label)).toEqual([d2.label, d1.label]);
  });
  it('two chairmen signing the same proposal at once: one decision, one award, the other refused with 409', async () => {
    const [id] = await approved(1);
    const results = await Promise.all([0, 1].map(() => sign(chair, [id], '2031-01-05')));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(
      await w.t.handle.db
        .selectFrom('awards')
        .select('id')
        .where('proposal_id', '=', id ?? '')
        .execute(),
    ).toHaveLength(1);
    const numbers = await w.t.handle.db
      .selectFrom('decisions')
      .select('number')
      .where('year', '=', 2031)
      .execute();
    expect(numbers.map((n) => n.number)).toEqual([1]);
  });
  it('two revocations of the same certificate at once: one succeeds, the other is refused; recovered money is counted once', async () => {
    const [id] = await approved(1);
    const d = await chair.api.call(decisionsApi.signDecision, {
      body: { proposalIds: [id ?? ''], decisionDate: '2032-01-05' },
    });
    const award = d.awards[0];
    if (!award) throw new Error('no award');
    const body = { ground: 'b', reason: 'Làm giả hồ sơ đề nghị khen thưởng', awardIds: [award.id] } as const;
    const results = await Promise.all(
      [0, 1].map(() => revoke(chair, d.id, { ...body, awardIds: [award.id] })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const rows = await w.t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity_type', '=', 'award')
      .where('entity_id', '=', award.id)
      .where('action', '=', 'revoke')
      .execute();
    expect(rows).toHaveLength(1);
  });
});
