import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../http/test-app';
import { demoPeople, proposalUntil } from '../http/test-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

interface Verify { status: string; signatureValid: boolean; printedSignatureMatches: boolean | null; awardeeName: string }

async function issueOne() {
  const officer = await t.as('canbo');
  const chair = await t.as('chutich');
  const person = (await demoPeople(officer))[0];
  if (!person) throw new Error('no person');
  const id = await proposalUntil(officer, chair, { person, year: 2024, achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2024', until: 'APPROVED' });
  const d = await chair.post<{ awards: { id: string; verifyCode: string }[] }>('/api/decisions', { proposalIds: [id], decisionDate: '2025-01-10' });
  const award = d.body.awards[0];
  if (!award) throw new Error('no award');
  const row = await t.handle.db.selectFrom('awards').select(['signature']).where('id', '=', award.id).executeTakeFirstOrThrow();
  return { ...award, signature: row.signature };
}

describe('public certificate verification', () => {
  it('shows a genuine certificate as valid, without login', async () => {
    const a = await issueOne();
    const r = await t.anonymous.get<Verify>(`/api/public/verify/${a.verifyCode}?s=${a.signature}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'VALID', signatureValid: true, printedSignatureMatches: true });
    const lower = await t.anonymous.get<Verify>(`/api/public/verify/${a.verifyCode.toLowerCase()}`);
    expect(lower.body.status).toBe('VALID');
  });

  it('detects a record altered in the database and a QR signature that does not match', async () => {
    const a = await issueOne();
    await t.handle.db.updateTable('awards').set({ subject_name: 'Người Khác' }).where('id', '=', a.id).execute();
    const altered = await t.anonymous.get<Verify>(`/api/public/verify/${a.verifyCode}`);
    expect(altered.body).toMatchObject({ status: 'INVALID', signatureValid: false });
    const b = await issueOne();
    const forged = await t.anonymous.get<Verify>(`/api/public/verify/${b.verifyCode}?s=${'A'.repeat(86)}`);
    expect(forged.body).toMatchObject({ status: 'INVALID', printedSignatureMatches: false });
  });

  it('answers 404 for an invented code and shows revocation', async () => {
    const none = await t.anonymous.get<{ code: string; message: string }>('/api/public/verify/ABCD-EFGH-JKLM');
    expect(none.status).toBe(404);
    expect(none.body.message).toContain('không do hệ thống cấp');
    const a = await issueOne();
    await t.handle.db.updateTable('awards').set({ revoked_at: '2025-02-01T00:00:00.000Z', revoked_reason: 'Khai man thành tích' }).where('id', '=', a.id).execute();
    const r = await t.anonymous.get<Verify>(`/api/public/verify/${a.verifyCode}`);
    expect(r.body.status).toBe('REVOKED');
  });
});
