/**
 * One achievement, one award (khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022): through the API, submit,
 * approve and sign refuse a second form for the same achievement — against a proposal on its way to the
 * province, an award entered from outside (history) — naming the first; a different achievement passes;
 * two submissions at once for one achievement: exactly one passes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionsApi } from '../../contract/decisions';
import { proposalsApi } from '../../contract/proposals';
import type { AchievementBasis } from '../../core/law';
import { fixedClock } from '../clock';
import { newId } from '../db/ids';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let officer: Client;
let chair: Client;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-02T02:00:00Z') });
  ({ officer, chair } = w);
});
afterAll(async () => {
  await w?.close();
});

const BK_NAME = 'Bằng khen của Chủ tịch UBND tỉnh';

async function newPerson(fullName: string) {
  const unitId = w.units.village;
  return { id: await w.person({ unitId, fullName }), unitId, fullName };
}
type Person = Awaited<ReturnType<typeof newPerson>>;

const draft = async (
  p: Person,
  awardCode: string,
  extra: { achievementBasis?: AchievementBasis; achievementRef?: string } = {},
) => {
  const r = await officer.attempt(proposalsApi.createProposal, {
    body: {
      unitId: p.unitId,
      awardCode,
      subjectKind: 'INDIVIDUAL',
      personId: p.id,
      year: 2025,
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2025',
      ...extra,
    },
  });
  expect(r.status, JSON.stringify(r.error)).toBe(201);
  return r.body.id;
};
const act = (who: Client, id: string, action: string) =>
  who.attempt(proposalsApi.actOnProposal, { params: { id, action }, body: {} });

/** A Bằng khen tỉnh proposal the chairman approved and sent up to the province (its way there is not tested here). */
async function sentUpToProvince(p: Person) {
  const id = await draft(p, 'BK_TINH');
  await w.t.handle.db.updateTable('proposals').set({ status: 'APPROVED' }).where('id', '=', id).execute();
  return id;
}

/** A Bằng khen tỉnh for 2025 entered from outside (the province's decision). */
async function provinceAwardInHistory(p: Person) {
  const now = '2026-02-01T00:00:00.000Z';
  await w.t.handle.db
    .insertInto('award_history')
    .values({
      id: newId(),
      tenant_id: w.t.tenantId,
      subject_kind: 'INDIVIDUAL',
      person_id: p.id,
      subject_unit_id: null,
      household_id: null,
      award_code: 'BK_TINH',
      issuing_level: 'TINH',
      issuing_body: 'Chủ tịch UBND tỉnh',
      decision_number: '123/QĐ-UBND',
      decision_date: '2026-01-20',
      year: 2025,
      nature: 'THUONG_XUYEN',
      note: null,
      source: 'MANUAL',
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

describe('one achievement is commended once, with one form', () => {
  it('submit: refuses a Giấy khen xã while a Bằng khen tỉnh for the same year is on its way; a thematic one passes', async () => {
    const p = await newPerson('Trần Văn Đề Nghị');
    await sentUpToProvince(p);
    const gk = await draft(p, 'GK_XA_REGULAR');
    const r = await act(officer, gk, 'submit');
    expect([r.status, r.error?.code]).toEqual([409, 'SAME_ACHIEVEMENT']);
    expect(r.error?.message).toContain(`${p.fullName} đang được đề nghị ${BK_NAME} năm 2025`);
    expect(r.error?.message).toContain('một thành tích không khen nhiều lần, nhiều hình thức');
    const thematic = await draft(p, 'GK_XA_THEMATIC', {
      achievementRef: 'Phong trào Ngày hội đại đoàn kết 2025',
    });
    expect((await act(officer, thematic, 'submit')).status).toBe(200);
  });

  it('submit: refuses against a Bằng khen tỉnh entered from outside, naming its decision', async () => {
    const p = await newPerson('Lê Thị Lịch Sử');
    await provinceAwardInHistory(p);
    const r = await act(officer, await draft(p, 'GK_XA_REGULAR'), 'submit');
    expect([r.status, r.error?.code]).toEqual([409, 'SAME_ACHIEVEMENT']);
    expect(r.error?.message).toContain(
      `${p.fullName} đã được tặng ${BK_NAME} năm 2025 (Quyết định số 123/QĐ-UBND của Chủ tịch UBND tỉnh ngày 20/01/2026)`,
    );
  });

  it('approve: refuses when the other award came in after the proposal was forwarded', async () => {
    const p = await newPerson('Phạm Văn Duyệt');
    const gk = await draft(p, 'GK_XA_REGULAR');
    expect((await act(officer, gk, 'submit')).status).toBe(200);
    expect((await act(officer, gk, 'forward')).status).toBe(200);
    await provinceAwardInHistory(p);
    const r = await act(chair, gk, 'approve');
    expect([r.status, r.error?.code]).toEqual([409, 'SAME_ACHIEVEMENT']);
  });

  it('sign: refuses a Giấy khen whose achievement is proposed to the province, and signs nothing', async () => {
    const p = await newPerson('Hoàng Thị Ký');
    const gk = await draft(p, 'GK_XA_REGULAR');
    for (const [who, a] of [
      [officer, 'submit'],
      [officer, 'forward'],
      [chair, 'approve'],
    ] as const)
      expect((await act(who, gk, a)).status).toBe(200);
    await sentUpToProvince(p);
    const r = await chair.attempt(decisionsApi.signDecision, {
      body: { proposalIds: [gk], decisionDate: '2026-03-02' },
    });
    expect([r.status, r.error?.code]).toEqual([409, 'SAME_ACHIEVEMENT']);
    expect(r.error?.message).toContain(`${p.fullName} đang được đề nghị ${BK_NAME} năm 2025`);
    const awards = await w.t.handle.db
      .selectFrom('awards')
      .select('id')
      .where('person_id', '=', p.id)
      .execute();
    expect(awards).toHaveLength(0);
  });

  it('two submissions at once, two forms for one household contribution: exactly one passes', async () => {
    for (let i = 0; i < 6; i++) {
      const householdId = newId();
      await w.t.handle.db
        .insertInto('households')
        .values({
          id: householdId,
          tenant_id: w.t.tenantId,
          unit_id: w.units.village,
          head_name: `Nguyễn Văn Hộ ${i}`,
          address: null,
          search_text: `nguyen van ho ${i}`,
          created_at: '2026-01-01T00:00:00.000Z',
        })
        .execute();
      const make = async (awardCode: string) => {
        const r = await officer.attempt(proposalsApi.createProposal, {
          body: {
            unitId: w.units.village,
            awardCode,
            subjectKind: 'HOUSEHOLD',
            householdId,
            year: 2025,
            achievement: 'Hiến 200 m² đất làm đường thôn',
            achievementBasis: 'CONTRIBUTION',
          },
        });
        expect(r.status, JSON.stringify(r.error)).toBe(201);
        return r.body.id;
      };
      const ids = [await make('GK_XA_HOUSEHOLD'), await make('BK_TINH')];
      const results = await Promise.all(ids.map((id) => act(officer, id, 'submit')));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(results.find((r) => r.status === 409)?.error?.code).toBe('SAME_ACHIEVEMENT');
    }
  });

  it('a proposal says what its achievement is; a basis its award does not take is refused', async () => {
    const p = await newPerson('Đỗ Văn Đột Xuất');
    const bk = await draft(p, 'BK_TINH', {
      achievementBasis: 'SUDDEN',
      achievementRef: 'Cứu người đuối nước 12/7/2025',
    });
    const d = await officer.api.call(proposalsApi.getProposal, { params: { id: bk } });
    if (d.access !== 'FULL') throw new Error('expected the full dossier');
    expect([d.achievementBasis, d.achievementRef]).toEqual(['SUDDEN', 'Cứu người đuối nước 12/7/2025']);
    const wrong = await officer.attempt(proposalsApi.createProposal, {
      body: {
        unitId: p.unitId,
        awardCode: 'LDTT',
        subjectKind: 'INDIVIDUAL',
        personId: p.id,
        year: 2025,
        achievement: 'x',
        achievementBasis: 'SUDDEN',
      },
    });
    expect([wrong.status, wrong.error?.code]).toEqual([400, 'VALIDATION']);
  });
});
