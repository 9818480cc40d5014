import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionsApi } from '../../contract/decisions';
import { proposalsApi } from '../../contract/proposals';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let officer: Client;
let chair: Client;
/** Seven people of the commune, one per test case (the award rules are per subject). */
const people: { id: string; unitId: string; fullName: string }[] = [];
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-02T02:00:00Z') });
  ({ officer, chair } = w);
  const units = [w.units.village, w.units.school, w.units.association];
  for (let i = 0; i < 7; i++) {
    const unitId = units[i % units.length] as string;
    const fullName = `Người Được Khen Số ${i + 1}`;
    people.push({ id: await w.person({ unitId, fullName }), unitId, fullName });
  }
});
afterAll(async () => {
  await w?.close();
});

const GK = 'GK_XA_REGULAR';
const GK_NAME = 'Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)';

function personAt(i: number) {
  const p = people[i];
  if (!p) throw new Error('no person');
  return p;
}

const create = (person: { id: string; unitId: string }, year = 2025, awardCode = GK) =>
  officer.attempt(proposalsApi.createProposal, {
    body: {
      unitId: person.unitId,
      awardCode,
      subjectKind: 'INDIVIDUAL',
      personId: person.id,
      year,
      achievement: `Hoàn thành xuất sắc nhiệm vụ năm ${year}`,
    },
  });
const act = (who: Client, id: string, action: string) =>
  who.attempt(proposalsApi.actOnProposal, { params: { id, action }, body: {} });

async function walk(id: string, until: 'DRAFT' | 'SUBMITTED' | 'FORWARDED' | 'APPROVED') {
  if (until === 'DRAFT') return id;
  expect((await act(officer, id, 'submit')).status).toBe(200);
  if (until === 'SUBMITTED') return id;
  expect((await act(officer, id, 'forward')).status).toBe(200);
  if (until === 'FORWARDED') return id;
  expect((await act(chair, id, 'approve')).body.status).toBe('APPROVED');
  return id;
}

async function proposal(i: number, until: 'DRAFT' | 'SUBMITTED' | 'FORWARDED' | 'APPROVED', year = 2025) {
  const r = await create(personAt(i), year);
  expect(r.status).toBe(201);
  return walk(r.body.id, until);
}

/**
 * A second proposal for the same subject, award and year in `status`, as made before the rule "one
 * achievement, one award" refused it on its way (data from before it): drafted, then put in the state.
 */
async function legacy(i: number, status: 'SUBMITTED' | 'FORWARDED' | 'APPROVED', awardCode = GK) {
  const r = await create(personAt(i), 2025, awardCode);
  expect(r.status).toBe(201);
  await w.t.handle.db.updateTable('proposals').set({ status }).where('id', '=', r.body.id).execute();
  return r.body.id;
}

const sign = (ids: string[], decisionDate = '2025-12-05') =>
  chair.attempt(decisionsApi.signDecision, { body: { proposalIds: ids, decisionDate } });

describe('one subject, one award of a kind per year', () => {
  it('refuses a second proposal, submit, forward, approval and signing once the award is given, naming it', async () => {
    // Four proposals for the same person, award and year, made before any was decided (as in the field).
    const first = await proposal(0, 'APPROVED');
    const approvedToo = await legacy(0, 'APPROVED');
    const forwarded = await legacy(0, 'FORWARDED');
    const submitted = await legacy(0, 'SUBMITTED');
    const draft = await proposal(0, 'DRAFT');
    const d = await sign([first]);
    expect(d.status).toBe(201);
    const named = `${personAt(0).fullName} đã được tặng ${GK_NAME} năm 2025 theo Quyết định số ${d.body.label} ngày 05/12/2025`;

    const again = await create(personAt(0));
    expect(again.status).toBe(409);
    expect(again.error?.code).toBe('AWARD_ALREADY_GRANTED');
    expect(again.error?.message).toContain(named);
    for (const [who, id, action] of [
      [officer, draft, 'submit'],
      [officer, submitted, 'forward'],
      [chair, forwarded, 'approve'],
    ] as const) {
      const r = await act(who, id, action);
      expect([r.status, r.error?.code]).toEqual([409, 'AWARD_ALREADY_GRANTED']);
      expect(r.error?.message).toContain(named);
    }
    const second = await sign([approvedToo], '2025-12-20');
    expect([second.status, second.error?.code]).toEqual([409, 'AWARD_ALREADY_GRANTED']);
    expect(second.error?.message).toContain(named);
    const awards = await w.t.handle.db
      .selectFrom('awards')
      .select('id')
      .where('person_id', '=', personAt(0).id)
      .execute();
    expect(awards).toHaveLength(1);
    // Editing another proposal into the same award and year is refused too.
    const other = await create(personAt(0), 2023);
    const detail = await officer.api.call(proposalsApi.getProposal, { params: { id: other.body.id } });
    if (detail.access !== 'FULL') throw new Error('expected the full dossier');
    const edit = await officer.attempt(proposalsApi.updateProposal, {
      params: { id: other.body.id },
      body: {
        version: detail.version,
        unitId: personAt(0).unitId,
        awardCode: GK,
        subjectKind: 'INDIVIDUAL',
        personId: personAt(0).id,
        year: 2025,
        achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2025',
      },
    });
    expect([edit.status, edit.error?.code]).toEqual([409, 'AWARD_ALREADY_GRANTED']);
  });

  it('another year or another award is fine; a revoked award no longer counts', async () => {
    const id = await proposal(1, 'APPROVED');
    const d = await sign([id]);
    expect(d.status).toBe(201);
    expect((await create(personAt(1), 2024)).status).toBe(201);
    expect((await create(personAt(1), 2025, 'GK_XA_THEMATIC')).status).toBe(201);
    expect((await create(personAt(1))).error?.code).toBe('AWARD_ALREADY_GRANTED');
    const award = d.body.awards[0];
    if (!award) throw new Error('no award');
    const revoked = await chair.api.call(decisionsApi.revokeDecision, {
      params: { id: d.body.id },
      body: { ground: 'c', reason: 'Xét duyệt không đúng quy trình', awardIds: [award.id] },
    });
    expect(revoked.revoked).toBe(1);
    const anew = await proposal(1, 'APPROVED');
    expect((await sign([anew], '2025-12-28')).status).toBe(201);
  });

  it('refuses a second proposal in flight for the same award and year at submit (not only once signed)', async () => {
    const first = await proposal(2, 'SUBMITTED', 2024);
    const second = await create(personAt(2), 2024);
    expect(second.status).toBe(201);
    const r = await act(officer, second.body.id, 'submit');
    expect([r.status, r.error?.code]).toEqual([409, 'SAME_ACHIEVEMENT']);
    expect(r.error?.message).toContain(`${personAt(2).fullName} đang được đề nghị ${GK_NAME} năm 2024`);
    expect((await act(officer, first, 'withdraw')).status).toBe(200);
    expect((await act(officer, second.body.id, 'submit')).status).toBe(200);
  });

  it('refuses the same subject twice in one decision', async () => {
    const a = await proposal(2, 'APPROVED');
    const b = await legacy(2, 'APPROVED');
    const r = await sign([a, b]);
    expect([r.status, r.error?.code]).toEqual([409, 'DUPLICATE_IN_DECISION']);
    expect(
      await w.t.handle.db.selectFrom('awards').select('id').where('person_id', '=', personAt(2).id).execute(),
    ).toHaveLength(0);
  });

  it('applies to collectives as to people', async () => {
    const unitId = personAt(3).unitId;
    const make = () =>
      officer.attempt(proposalsApi.createProposal, {
        body: {
          unitId,
          awardCode: GK,
          subjectKind: 'COLLECTIVE',
          subjectUnitId: unitId,
          year: 2025,
          achievement: 'Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025',
        },
      });
    const a = await make();
    const b = await make();
    await walk(a.body.id, 'APPROVED');
    await w.t.handle.db
      .updateTable('proposals')
      .set({ status: 'APPROVED' })
      .where('id', '=', b.body.id)
      .execute();
    expect((await sign([a.body.id])).status).toBe(201);
    expect((await sign([b.body.id])).error?.code).toBe('AWARD_ALREADY_GRANTED');
    expect((await make()).error?.code).toBe('AWARD_ALREADY_GRANTED');
  });

  it('two signings at once of two proposals for the same subject, award and year: exactly one succeeds', async () => {
    for (const i of [4, 5, 6]) {
      const a = await proposal(i, 'APPROVED');
      const b = await legacy(i, 'APPROVED');
      const results = await Promise.all([sign([a], '2026-01-05'), sign([b], '2026-01-05')]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const refused = results.find((r) => r.status === 409);
      expect(refused?.error?.code).toBe('AWARD_ALREADY_GRANTED');
      expect(refused?.error?.message).toContain(
        `${personAt(i).fullName} đã được tặng ${GK_NAME} năm 2025 theo Quyết định số`,
      );
      expect(
        await w.t.handle.db
          .selectFrom('awards')
          .select('id')
          .where('person_id', '=', personAt(i).id)
          .execute(),
      ).toHaveLength(1);
    }
  });
});
