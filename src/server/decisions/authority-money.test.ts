/**
 * One answer for who decides (`mayDecide`) and one for what is paid (`rewardMoney` + `payForAward`):
 * the verdict, the approval, the preview, the signing, the documents and the fund never disagree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionsApi } from '../../contract/decisions';
import { documentsApi } from '../../contract/documents';
import { type Endpoint, type Input, urlOf } from '../../contract/endpoint';
import { lawApi } from '../../contract/law';
import { proposalsApi } from '../../contract/proposals';
import { formatMoneyVnd } from '../../core/text';
import { fixedClock } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { docxParagraphs } from '../documents/docx-text';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let db: Db;
const TODAY = '2026-03-02';

beforeAll(async () => {
  w = await startWorld({ clock: fixedClock(`${TODAY}T02:00:00Z`) });
  db = w.t.handle.db;
});
afterAll(async () => {
  await w?.close();
});

async function docxText(c: Client, e: Endpoint, input: Input<Endpoint>): Promise<string> {
  const { params } = input as { params?: Record<string, string> };
  const res = await w.t.app.inject({
    method: 'GET',
    url: urlOf(e, params),
    headers: { cookie: c.cookie ?? '' },
  });
  expect(res.statusCode).toBe(200);
  return (await docxParagraphs(res.rawPayload)).join('\n');
}

const money = (n: number) => formatMoneyVnd(n).replace(' đ', '');

/** Put a proposal in a state directly (the council and disclosure steps are other tests' concern). */
const setStatus = (id: string, status: 'FORWARDED' | 'APPROVED') =>
  db.updateTable('proposals').set({ status }).where('id', '=', id).execute();

const auditActions = async (id: string) =>
  (await db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('id').execute()).map(
    (r) => r.action,
  );

describe('reward money after the administrator adds a base salary', () => {
  it('the verdict, the preview, the signed decision, its documents and the fund spent show the same amount', async () => {
    // 0.15 × 2,340,000 = 351,000 → 360,000 with the built-in table; 0.15 × 3,000,000 = 450,000 with the new row
    await w.admin.api.call(lawApi.setBaseSalary, {
      body: { from: '2026-01-01', amount: 3_000_000, source: 'Nghị định (mẫu thử) về lương cơ sở' },
    });
    const p = await w.proposal({ state: 'APPROVED', awardCode: 'GK_XA_REGULAR', year: 2025 });
    const verdict = await w.officer.api.call(lawApi.proposalVerdict, { params: { id: p.id } });
    expect(verdict.verdict?.rewardMoney).toMatchObject({ baseSalary: 3_000_000, amount: 450_000 });
    const fundBefore = await w.officer.api.call(decisionsApi.getFund, { params: { year: 2026 } });
    const preview = await w.chair.api.call(decisionsApi.previewDecision, {
      body: { proposalIds: [p.id], decisionDate: TODAY },
    });
    expect(preview.total).toBe(450_000);
    expect(preview.lines).toEqual([
      expect.objectContaining({ amount: 450_000, fullAmount: 450_000, note: null }),
    ]);
    expect(preview.authority.allowed).toBe(true);
    const d = await w.chair.api.call(decisionsApi.signDecision, {
      body: { proposalIds: [p.id], decisionDate: TODAY },
    });
    expect(d.totalAmount).toBe(450_000);
    expect(d.awards.map((a) => a.amount)).toEqual([450_000]);
    const text = await docxText(w.officer, documentsApi.decisionDocument, { params: { id: d.id } });
    expect(text).toContain(`tổng số tiền: ${money(450_000)} đồng`);
    expect(text).not.toContain(money(360_000));
    expect(text).toContain('Căn cứ thẩm quyền quy định tại Khoản 3 Điều 80');
    const fundAfter = await w.officer.api.call(decisionsApi.getFund, { params: { year: 2026 } });
    expect(fundAfter.spent - fundBefore.spent).toBe(450_000);
  });
});

describe('authority under the province profile', () => {
  it('a province-authority profile: approval and signing refused naming the province chairman; the dossier marked upward', async () => {
    await w.admin.api.call(lawApi.updateSettings, { body: { authorityFrom2025: 'PROVINCE_CHAIRMAN' } });
    try {
      const person = await w.person({ unitId: w.units.school, category: 'CONG_CHUC' });
      await w.rating(person, 2025, 'HTXSNV');
      await w.initiative(person, 2025);
      // forwarded by the officer: marked at once, so the chairman is not offered approval or signing
      const p = await w.proposal({ personId: person, awardCode: 'CSTDCS', year: 2025, state: 'FORWARDED' });
      const seen = await w.chair.api.call(proposalsApi.getProposal, { params: { id: p.id } });
      expect(seen.access === 'FULL' && seen.upward?.decider).toBe('Chủ tịch UBND tỉnh');
      expect(seen.actions).not.toContain('approve');
      const listed = await w.officer.api.call(proposalsApi.listProposals, { query: { year: 2025 } });
      const row = listed.find((r) => r.id === p.id);
      expect(row?.access === 'FULL' && row.upward?.decider).toBe('Chủ tịch UBND tỉnh');
      expect(await auditActions(p.id)).toContain('mark-upward');

      const approve = await w.chair.attempt(proposalsApi.actOnProposal, {
        params: { id: p.id, action: 'approve' },
        body: {},
      });
      expect([approve.status, approve.error?.code]).toEqual([409, 'NO_AUTHORITY']);
      expect(approve.error?.message).toMatch(/Chủ tịch UBND xã không có thẩm quyền.*Chủ tịch UBND tỉnh/);

      // approved before the profile changed (set directly): the signing is refused and the mark kept
      await db
        .updateTable('proposals')
        .set({ upward_decider: null, upward_article: null, upward_at: null })
        .where('id', '=', p.id)
        .execute();
      await setStatus(p.id, 'APPROVED');
      const preview = await w.chair.api.call(decisionsApi.previewDecision, {
        body: { proposalIds: [p.id], decisionDate: TODAY },
      });
      expect(preview.authority).toMatchObject({ allowed: false, decider: 'Chủ tịch UBND tỉnh' });
      const sign = await w.chair.attempt(decisionsApi.signDecision, {
        body: { proposalIds: [p.id], decisionDate: TODAY },
      });
      expect([sign.status, sign.error?.code]).toEqual([409, 'NO_AUTHORITY']);
      expect(sign.error?.message).toContain('Chủ tịch UBND tỉnh');
      const after = await w.officer.api.call(proposalsApi.getProposal, { params: { id: p.id } });
      expect(after.status).toBe('APPROVED');
      expect(after.access === 'FULL' && after.upward?.decider).toBe('Chủ tịch UBND tỉnh');
      expect(after.actions).not.toContain('decide');
      expect((await auditActions(p.id)).filter((a) => a === 'mark-upward')).toHaveLength(2);
      const decisions = await db
        .selectFrom('decisions')
        .select('id')
        .where('award_code', '=', 'CSTDCS')
        .execute();
      expect(decisions).toEqual([]);
    } finally {
      await w.admin.api.call(lawApi.updateSettings, { body: { authorityFrom2025: 'COMMUNE_CHAIRMAN' } });
    }
  });

  it('under the default profile the commune chairman decides the same title: the verdict says so', async () => {
    const person = await w.person({ unitId: w.units.school, category: 'CONG_CHUC' });
    const v = await w.officer.api.call(lawApi.evaluate, {
      body: {
        awardCode: 'CSTDCS',
        subjectKind: 'INDIVIDUAL',
        personId: person,
        year: 2025,
        decisionDate: TODAY,
      },
    });
    expect(v.decider?.level).toBe('XA');
  });
});

describe('several titles for the same achievement: only the highest is paid', () => {
  /** The subject already holds CSTĐCS 2025 in the register, paid 3,000,000 đ. */
  async function holdsCstdcs(personId: string, name: string) {
    const decisionId = newId();
    const now = `${TODAY}T02:00:00.000Z`;
    await db
      .insertInto('decisions')
      .values({
        id: decisionId,
        tenant_id: w.tenantId,
        doc_type: 'QD',
        year: 2026,
        number: 900 + Math.floor(Math.random() * 90),
        symbol: 'QĐ-UBND',
        decision_date: '2026-01-15',
        title: 'Về việc tặng danh hiệu Chiến sĩ thi đua cơ sở',
        award_code: 'CSTDCS',
        signer_title: 'CHỦ TỊCH',
        signer_name: 'Chủ Tịch Thử',
        status: 'SIGNED',
        total_amount: 3_000_000,
        created_by: w.ids.chair,
        created_at: now,
      })
      .execute();
    await db
      .insertInto('awards')
      .values({
        id: newId(),
        tenant_id: w.tenantId,
        decision_id: decisionId,
        proposal_id: null,
        register_number: 900 + Math.floor(Math.random() * 90),
        award_code: 'CSTDCS',
        subject_kind: 'INDIVIDUAL',
        person_id: personId,
        subject_unit_id: null,
        household_id: null,
        subject_name: name,
        subject_description: '',
        achievement: 'Thành tích năm 2025',
        year: 2025,
        amount: 3_000_000,
        verify_code: `X-${newId().slice(0, 8)}`,
        signature: 'thử',
        revoked_at: null,
        revoked_reason: null,
        created_at: now,
      })
      .execute();
  }

  it('LĐTT after CSTĐCS for 2025 pays 0, says why in the preview, the decision and its document; off: paid in full', async () => {
    const person = await w.person({
      unitId: w.units.school,
      category: 'CONG_CHUC',
      fullName: 'Lê Văn Cao Nhất',
    });
    await w.rating(person, 2025, 'HTXSNV');
    await holdsCstdcs(person, 'Lê Văn Cao Nhất');
    const p = await w.proposal({ personId: person, awardCode: 'LDTT', year: 2025, state: 'APPROVED' });
    const verdict = await w.officer.api.call(lawApi.proposalVerdict, { params: { id: p.id } });
    expect(verdict.verdict?.rewardMoney.amount).toBe(900_000); // 0.3 × 3,000,000

    await w.admin.api.call(lawApi.updateSettings, { body: { sameAchievementPayHighestOnly: false } });
    const full = await w.chair.api.call(decisionsApi.previewDecision, {
      body: { proposalIds: [p.id], decisionDate: TODAY },
    });
    expect(full.lines[0]).toMatchObject({ amount: 900_000, note: null });
    await w.admin.api.call(lawApi.updateSettings, { body: { sameAchievementPayHighestOnly: true } });

    const preview = await w.chair.api.call(decisionsApi.previewDecision, {
      body: { proposalIds: [p.id], decisionDate: TODAY },
    });
    expect(preview.total).toBe(0);
    expect(preview.lines[0]).toMatchObject({ amount: 0, fullAmount: 900_000 });
    expect(preview.lines[0]?.note).toMatch(
      /Không trả tiền thưởng.*Chiến sĩ thi đua cơ sở.*chỉ trả mức cao nhất/,
    );
    const fundBefore = await w.officer.api.call(decisionsApi.getFund, { params: { year: 2026 } });
    const d = await w.chair.api.call(decisionsApi.signDecision, {
      body: { proposalIds: [p.id], decisionDate: TODAY },
    });
    expect(d.awards[0]).toMatchObject({ amount: 0, amountNote: preview.lines[0]?.note });
    expect(d.totalAmount).toBe(0);
    const text = await docxText(w.officer, documentsApi.decisionDocument, { params: { id: d.id } });
    expect(text).toContain(`Ghi chú tiền thưởng (STT 1, Lê Văn Cao Nhất): ${preview.lines[0]?.note}`);
    const fundAfter = await w.officer.api.call(decisionsApi.getFund, { params: { year: 2026 } });
    expect(fundAfter.spent).toBe(fundBefore.spent);
  });
});
