import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificatesApi } from '../../contract/certificates';
import { decisionsApi } from '../../contract/decisions';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
/** The world's server (the tests read and change its database and key files). */
let t: World['t'];
beforeAll(async () => {
  w = await startWorld();
  t = w.t;
});
afterAll(async () => {
  await w?.close();
});

// One subject holds one award per year: each certificate here goes to a new person.
async function issueOne() {
  const { chair } = w;
  const { id } = await w.proposal({
    year: 2024,
    achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2024',
    state: 'APPROVED',
  });
  const d = await chair.api.call(decisionsApi.signDecision, {
    body: { proposalIds: [id], decisionDate: '2025-01-10' },
  });
  const award = d.awards[0];
  if (!award) throw new Error('no award');
  const row = await t.handle.db
    .selectFrom('awards')
    .select(['signature', 'decision_id'])
    .where('id', '=', award.id)
    .executeTakeFirstOrThrow();
  return { ...award, signature: row.signature, decisionId: row.decision_id, chair };
}

const check = (code: string, s?: string) =>
  t.anonymous.attempt(certificatesApi.verify, { params: { code }, query: { s } });
const verify = (code: string) => t.anonymous.api.call(certificatesApi.verify, { params: { code } });
const revoke = (chair: Client, id: string, awardId: string, reason: string) =>
  chair.attempt(decisionsApi.revokeDecision, {
    params: { id },
    body: { ground: 'a', reason, awardIds: [awardId] },
  });
const lists = () =>
  t.handle.db
    .selectFrom('revocation_lists')
    .selectAll()
    .where('tenant_id', '=', t.tenantId)
    .orderBy('sequence')
    .execute();

describe('public certificate verification', () => {
  it('shows a genuine certificate as valid, without login', async () => {
    const a = await issueOne();
    const r = await check(a.verifyCode, a.signature);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'VALID', signatureValid: true, printedSignatureMatches: true });
    expect((await verify(a.verifyCode.toLowerCase())).status).toBe('VALID');
    // The signing key is a 0600 file outside the database; the table keeps only the public key.
    const key = await t.handle.db
      .selectFrom('commune_keys')
      .selectAll()
      .where('tenant_id', '=', t.tenantId)
      .executeTakeFirstOrThrow();
    expect(key.private_key).toBe('');
    expect(fs.statSync(path.join(t.keysDir, `${t.tenantId}.key.pem`)).mode & 0o777).toBe(0o600);
  });

  it('detects a record altered in the database and a QR signature that does not match', async () => {
    const a = await issueOne();
    await t.handle.db
      .updateTable('awards')
      .set({ subject_name: 'Người Khác' })
      .where('id', '=', a.id)
      .execute();
    expect(await verify(a.verifyCode)).toMatchObject({ status: 'INVALID', signatureValid: false });
    const b = await issueOne();
    const forged = await check(b.verifyCode, 'A'.repeat(86));
    expect(forged.body).toMatchObject({ status: 'INVALID', printedSignatureMatches: false });
  });

  it('answers 404 for an invented code and shows a revocation from the signed list', async () => {
    const none = await check('ABCD-EFGH-JKLM');
    expect([none.status, none.error?.code]).toEqual([404, 'NOT_FOUND']);
    expect(none.error?.message).toContain('không do hệ thống cấp');
    const a = await issueOne();
    const before = await verify(a.verifyCode);
    expect(before.status).toBe('VALID');
    const sequence = before.revocationList?.sequence ?? 0;
    expect(sequence).toBeGreaterThanOrEqual(1);
    const r = await revoke(a.chair, a.decisionId, a.id, 'Khai man thành tích');
    expect(r.status).toBe(200);
    const after = await verify(a.verifyCode);
    expect(after).toMatchObject({ status: 'REVOKED', revocationList: { sequence: sequence + 1 } });
    expect(after.revokedReason).toContain('Khai man thành tích');
  });
});

describe("revocation rests on the commune's signed list, not on editable columns", () => {
  it('clearing the revoked columns in the database does not make a revoked certificate valid again', async () => {
    const a = await issueOne();
    await a.chair.api.call(decisionsApi.revokeDecision, {
      params: { id: a.decisionId },
      body: { ground: 'b', reason: 'Làm giả hồ sơ thành tích', awardIds: [a.id] },
    });
    expect((await verify(a.verifyCode)).status).toBe('REVOKED');
    await t.handle.db
      .updateTable('awards')
      .set({ revoked_at: null, revoked_reason: null })
      .where('id', '=', a.id)
      .execute();
    await t.handle.db
      .updateTable('decisions')
      .set({ status: 'SIGNED' })
      .where('id', '=', a.decisionId)
      .execute();
    const r = await verify(a.verifyCode);
    expect(r.status).toBe('REVOKED');
    expect(r.revokedReason).toContain('Làm giả hồ sơ thành tích');
  });

  it("a revocation written into the database without the commune's signature does not revoke", async () => {
    const a = await issueOne();
    // Only the column: the signed list does not name it, so the page cannot say "valid" any more, nor "revoked".
    await t.handle.db
      .updateTable('awards')
      .set({ revoked_at: '2026-01-02T00:00:00.000Z', revoked_reason: 'Thu hồi giả' })
      .where('id', '=', a.id)
      .execute();
    expect((await verify(a.verifyCode)).status).toBe('UNVERIFIABLE');
    await t.handle.db
      .updateTable('awards')
      .set({ revoked_at: null, revoked_reason: null })
      .where('id', '=', a.id)
      .execute();
    expect((await verify(a.verifyCode)).status).toBe('VALID');
    // A newer list row naming it, with no valid signature (invented, or the previous list's signature copied).
    const newest = (await lists()).at(-1);
    if (!newest) throw new Error('no list');
    const entries = [
      ...(JSON.parse(newest.entries) as object[]),
      { code: a.verifyCode, revokedAt: '2026-01-02T00:00:00.000Z', reason: 'Thu hồi giả' },
    ];
    for (const signature of ['', newest.signature]) {
      await t.handle.db
        .insertInto('revocation_lists')
        .values({
          tenant_id: t.tenantId,
          sequence: newest.sequence + 1,
          issued_at: '2026-01-02T00:00:00.000Z',
          entries: JSON.stringify(entries),
          signature,
        })
        .execute();
      const r = await verify(a.verifyCode);
      expect(r.status).toBe('UNVERIFIABLE');
      expect(r.revokedReason).toBeNull();
      await t.handle.db
        .deleteFrom('revocation_lists')
        .where('tenant_id', '=', t.tenantId)
        .where('sequence', '=', newest.sequence + 1)
        .execute();
    }
    expect((await verify(a.verifyCode)).status).toBe('VALID');
  });

  it('deleting or editing the newest signed list gives "cannot verify", never "valid"', async () => {
    const a = await issueOne();
    expect((await revoke(a.chair, a.decisionId, a.id, 'Kê khai sai thành tích')).status).toBe(200);
    const newest = (await lists()).at(-1);
    if (!newest) throw new Error('no list');
    // Edited: the code taken out of the newest list (signature no longer matches).
    const entries = JSON.parse(newest.entries) as { code: string }[];
    await t.handle.db
      .updateTable('revocation_lists')
      .set({ entries: JSON.stringify(entries.filter((e) => e.code !== a.verifyCode)) })
      .where('tenant_id', '=', t.tenantId)
      .where('sequence', '=', newest.sequence)
      .execute();
    expect((await verify(a.verifyCode)).status).toBe('UNVERIFIABLE');
    const other = await issueOne();
    expect((await verify(other.verifyCode)).status).toBe('UNVERIFIABLE');
    // A revocation cannot extend (and so launder) a list whose signature fails.
    const refused = await revoke(other.chair, other.decisionId, other.id, 'Kê khai sai thành tích');
    expect([refused.status, refused.error?.code]).toEqual([409, 'REVOCATION_LIST_UNVERIFIABLE']);
    // Deleted, and the revoked columns cleared too: the older list that lacked the revocation is back, but
    // it is older than the newest list recorded beside the signing key (outside the database).
    await t.handle.db
      .deleteFrom('revocation_lists')
      .where('tenant_id', '=', t.tenantId)
      .where('sequence', '=', newest.sequence)
      .execute();
    await t.handle.db
      .updateTable('awards')
      .set({ revoked_at: null, revoked_reason: null })
      .where('id', '=', a.id)
      .execute();
    expect((await verify(a.verifyCode)).status).toBe('UNVERIFIABLE');
    expect((await verify(other.verifyCode)).status).toBe('UNVERIFIABLE');
    // No list at all: nothing can be proven either way.
    await t.handle.db.deleteFrom('revocation_lists').where('tenant_id', '=', t.tenantId).execute();
    expect((await verify(other.verifyCode)).status).toBe('UNVERIFIABLE');
  });
});
