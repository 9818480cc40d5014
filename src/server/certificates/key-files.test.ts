import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificatesApi } from '../../contract/certificates';
import { decisionsApi } from '../../contract/decisions';
import {
  generateCommuneKeyPair,
  signCertificate,
  verifyCertificate,
} from '../documents/certificate-signature';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';
import { moveCommuneKeysToFiles } from './commune-keys';
import { recordedListSequence } from './key-files';
import { signRevocationList } from './revocation-list';

let w: World;
/** The world's server (the tests read and change its database and key files). */
let t: World['t'];
let chair: Client;
beforeAll(async () => {
  w = await startWorld();
  t = w.t;
  ({ chair } = w);
});
afterAll(async () => {
  await w?.close();
});

const verifyCode = (code: string) => t.anonymous.api.call(certificatesApi.verify, { params: { code } });
/** A certificate for a new person (one subject holds one award per year). */
async function issue(decisionDate = '2026-01-10') {
  const { id } = await w.proposal({ year: 2025, state: 'APPROVED' });
  const d = await chair.api.call(decisionsApi.signDecision, { body: { proposalIds: [id], decisionDate } });
  const award = d.awards[0];
  if (!award) throw new Error(`no award: ${JSON.stringify(d)}`);
  return { ...award, decisionId: d.id };
}
const keyFile = () => path.join(t.keysDir, `${t.tenantId}.key.pem`);

describe('the signing key lives outside the database', () => {
  it('moves a key stored in the database by an older version to a 0600 file, and keeps using it', async () => {
    // As versions before migration 0014 left it: the private key in the table, a first signed list.
    const legacy = generateCommuneKeyPair();
    await t.handle.db
      .insertInto('commune_keys')
      .values({
        tenant_id: t.tenantId,
        public_key: legacy.publicKeyPem,
        private_key: legacy.privateKeyPem,
        created_at: '2025-01-01T00:00:00.000Z',
      })
      .execute();
    const first = { tenantId: t.tenantId, sequence: 1, issuedAt: '2025-01-01T00:00:00.000Z', entries: [] };
    await t.handle.db
      .insertInto('revocation_lists')
      .values({
        tenant_id: t.tenantId,
        sequence: 1,
        issued_at: first.issuedAt,
        entries: '[]',
        signature: signRevocationList(legacy.privateKeyPem, first),
      })
      .execute();

    expect(await moveCommuneKeysToFiles(t.handle.db, t.keysDir)).toBe(1);
    expect(fs.readFileSync(keyFile(), 'utf8')).toBe(legacy.privateKeyPem);
    expect(fs.statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(fs.statSync(t.keysDir).mode & 0o077).toBe(0);
    expect(recordedListSequence(t.keysDir, t.tenantId)).toBe(1);
    const row = await t.handle.db
      .selectFrom('commune_keys')
      .selectAll()
      .where('tenant_id', '=', t.tenantId)
      .executeTakeFirstOrThrow();
    expect(row.private_key).toBe('');
    expect(await moveCommuneKeysToFiles(t.handle.db, t.keysDir)).toBe(0);

    // New certificates are signed with the same key, and check as valid.
    const a = await issue();
    const stored = await t.handle.db
      .selectFrom('awards as a')
      .innerJoin('decisions as d', 'd.id', 'a.decision_id')
      .innerJoin('organisations as c', 'c.id', 'a.tenant_id')
      .select([
        'a.signature',
        'a.register_number',
        'a.subject_name',
        'a.achievement',
        'd.number',
        'd.symbol',
        'd.decision_date',
        'c.code',
      ])
      .where('a.id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(
      verifyCertificate(
        legacy.publicKeyPem,
        {
          communeCode: stored.code,
          decisionNumber: `${stored.number}/${stored.symbol}`,
          decisionDate: stored.decision_date,
          registerNumber: stored.register_number,
          awardCode: 'GK_XA_REGULAR',
          awardName: 'Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)',
          awardeeName: stored.subject_name,
          achievement: stored.achievement,
        },
        stored.signature,
      ),
    ).toBe(true);
    expect((await verifyCode(a.verifyCode)).status).toBe('VALID');
  });

  it('a public key and signature swapped in the database do not make a forged certificate valid', async () => {
    const a = await issue();
    const forger = generateCommuneKeyPair();
    await t.handle.db
      .updateTable('commune_keys')
      .set({ public_key: forger.publicKeyPem })
      .where('tenant_id', '=', t.tenantId)
      .execute();
    const row = await t.handle.db
      .selectFrom('awards as a')
      .innerJoin('decisions as d', 'd.id', 'a.decision_id')
      .innerJoin('organisations as c', 'c.id', 'a.tenant_id')
      .select(['a.register_number', 'a.achievement', 'd.number', 'd.symbol', 'd.decision_date', 'c.code'])
      .where('a.id', '=', a.id)
      .executeTakeFirstOrThrow();
    const forged = signCertificate(forger.privateKeyPem, {
      communeCode: row.code,
      decisionNumber: `${row.number}/${row.symbol}`,
      decisionDate: row.decision_date,
      registerNumber: row.register_number,
      awardCode: 'GK_XA_REGULAR',
      awardName: 'Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)',
      awardeeName: 'Người Mạo Danh',
      achievement: row.achievement,
    });
    await t.handle.db
      .updateTable('awards')
      .set({ subject_name: 'Người Mạo Danh', signature: forged.signature })
      .where('id', '=', a.id)
      .execute();
    const r = await verifyCode(a.verifyCode);
    expect(r).toMatchObject({ status: 'INVALID', signatureValid: false });
  });

  it('without its key file the commune cannot sign, and the check answers "cannot verify"', async () => {
    const a = await issue();
    const saved = fs.readFileSync(keyFile(), 'utf8');
    fs.rmSync(keyFile());
    try {
      expect((await verifyCode(a.verifyCode)).status).toBe('UNVERIFIABLE');
      const { id } = await w.proposal({ year: 2025, state: 'APPROVED' });
      const r = await chair.attempt(decisionsApi.signDecision, {
        body: { proposalIds: [id], decisionDate: '2026-01-10' },
      });
      expect([r.status, r.error?.code]).toEqual([503, 'SIGNING_KEY_MISSING']);
      expect(fs.existsSync(keyFile())).toBe(false);
    } finally {
      fs.writeFileSync(keyFile(), saved, { mode: 0o600 });
    }
    expect((await verifyCode(a.verifyCode)).status).toBe('VALID');
  });
});
