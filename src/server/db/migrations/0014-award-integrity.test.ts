import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyRevocationList } from '../../certificates/revocation-list';
import { isSameAwardViolation } from '../../decisions/same-award';
import { generateCommuneKeyPair } from '../../documents/certificate-signature';
import { seedDemoCommune } from '../../seed/seed-demo';
import type { DbHandle } from '../connect';
import { openTestDb } from '../test-db';
import { down, up } from './0014-award-integrity';

let h: DbHandle;
let tenantId: string;
let unitId: string;
beforeAll(async () => {
  h = await openTestDb();
  tenantId = (await seedDemoCommune(h.db)).tenantId;
  const unit = await h.db
    .selectFrom('organisations')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '!=', tenantId)
    .executeTakeFirstOrThrow();
  unitId = unit.id;
});
afterAll(async () => {
  await h?.close();
});

describe('migration 0014 on a database from before the rules', () => {
  it('keeps awards duplicated earlier (marking the later ones), then refuses new duplicates; signs the first revocation list', async () => {
    await down(h.db);
    const db = h.db;
    const legacy = generateCommuneKeyPair();
    await db
      .insertInto('commune_keys')
      .values({
        tenant_id: tenantId,
        public_key: legacy.publicKeyPem,
        private_key: legacy.privateKeyPem,
        created_at: '2025-12-01T00:00:00.000Z',
      })
      .execute();
    for (const n of [1, 2, 3]) {
      await db
        .insertInto('decisions')
        .values({
          id: `d${n}`,
          tenant_id: tenantId,
          doc_type: 'QD',
          year: 2025,
          number: n,
          symbol: 'QĐ-UBND',
          decision_date: `2025-12-0${n}`,
          title: 'Về việc tặng Giấy khen',
          award_code: 'GK_XA_REGULAR',
          signer_title: 'CHỦ TỊCH',
          signer_name: 'Chủ tịch',
          status: 'SIGNED',
          total_amount: 0,
          created_by: 'x',
          created_at: `2025-12-0${n}T00:00:00.000Z`,
        })
        .execute();
    }
    const award = (id: string, decision: string, year: number, revoked: boolean) => ({
      id,
      tenant_id: tenantId,
      decision_id: decision,
      proposal_id: null,
      register_number: Number(id.slice(1)) + (year === 2024 ? 10 : 0),
      award_code: 'GK_XA_REGULAR',
      subject_kind: 'COLLECTIVE' as const,
      person_id: null,
      subject_unit_id: unitId,
      household_id: null,
      subject_name: 'Tập thể',
      subject_description: '',
      achievement: 'Hoàn thành xuất sắc',
      year,
      amount: 100,
      verify_code: `CODE-${id}`,
      signature: 'x',
      revoked_at: revoked ? '2025-12-10T00:00:00.000Z' : null,
      revoked_reason: revoked ? 'Trùng' : null,
      created_at: `2025-12-0${decision.slice(1)}T00:00:0${id.slice(1)}.000Z`,
    });
    await db
      .insertInto('awards')
      .values([
        award('a1', 'd1', 2025, false),
        award('a2', 'd2', 2025, false),
        award('a3', 'd3', 2025, false),
        award('a4', 'd3', 2025, true),
        award('b1', 'd1', 2024, false),
      ])
      .execute();

    await up(db);

    const rows = await db
      .selectFrom('awards')
      .select(['id', 'duplicate_of'])
      .where('tenant_id', '=', tenantId)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.id, r.duplicate_of])).toEqual([
      ['a1', null],
      ['a2', 'a1'],
      ['a3', 'a1'],
      ['a4', null],
      ['b1', null],
    ]);
    const again = db
      .insertInto('awards')
      .values({ ...award('a5', 'd3', 2025, false), register_number: 99 })
      .execute();
    await expect(again).rejects.toSatisfy(isSameAwardViolation);
    // A revoked award does not hold the place.
    await db
      .insertInto('awards')
      .values({ ...award('a6', 'd3', 2025, true), register_number: 98 })
      .execute();

    const list = await db
      .selectFrom('revocation_lists')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .execute();
    expect(list).toHaveLength(1);
    const first = list[0];
    if (!first) throw new Error('no list');
    const entries = JSON.parse(first.entries) as { code: string; revokedAt: string; reason: string }[];
    expect(entries).toEqual([{ code: 'CODE-a4', revokedAt: '2025-12-10T00:00:00.000Z', reason: 'Trùng' }]);
    expect(
      verifyRevocationList(
        legacy.publicKeyPem,
        { tenantId, sequence: 1, issuedAt: first.issued_at, entries },
        first.signature,
      ),
    ).toBe(true);
  });
});
