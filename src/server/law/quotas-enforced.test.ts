/**
 * Quotas (tỷ lệ khống chế) enforced through the API at submit, forward, approval and signing, HARD and
 * SOFT, with the exception recorded and audited, and two approvals at once at one below the cap.
 * The quota here caps the commune chairman's Giấy khen at 15 % of those with LĐTT (a setting the province
 * may make); the world's workflow passes that award, so each step reaches the quota check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionsApi } from '../../contract/decisions';
import { lawApi } from '../../contract/law';
import { proposalsApi } from '../../contract/proposals';
import { DEFAULT_PROFILE, type QuotaEnforcement } from '../../core/law';
import { fixedClock } from '../clock';
import { newId } from '../db/ids';
import { startWorld, type World } from '../testing/test-world';
import { assertQuotas } from './quota-enforcement';

let w: World;
const basePeople: string[] = [];
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
  for (let i = 0; i < 14; i++) basePeople.push(await w.person({ fullName: `Người Tiên Tiến ${i + 1}` }));
});
afterAll(async () => {
  await w?.close();
});

/** 14 people of the commune with LĐTT of the year (recorded in the history): the base. */
async function baseOf(year: number) {
  const now = '2026-03-01T02:00:00.000Z';
  for (const personId of basePeople)
    await w.t.handle.db
      .insertInto('award_history')
      .values({
        id: newId(),
        tenant_id: w.tenantId,
        subject_kind: 'INDIVIDUAL',
        person_id: personId,
        subject_unit_id: null,
        household_id: null,
        award_code: 'LDTT',
        issuing_level: 'XA',
        issuing_body: 'UBND xã Thử Nghiệm',
        decision_number: `${year}/QĐ-UBND`,
        decision_date: `${year}-12-20`,
        year,
        nature: 'THUONG_XUYEN',
        note: null,
        source: 'MANUAL',
        created_by: w.ids.officer,
        created_at: now,
        updated_at: now,
      })
      .execute();
}

async function setQuota(ratio: number, enforcement: QuotaEnforcement) {
  await w.admin.api.call(lawApi.updateSettings, {
    body: {
      quotas: [
        ...DEFAULT_PROFILE.quotas,
        {
          awardCode: 'GK_XA_REGULAR',
          baseAwardCode: 'LDTT',
          ratio,
          minOneIfFractional: false,
          article: 'Quy định của tỉnh (thử)',
          source: 'thử',
          enforcement,
        },
      ],
    },
  });
}

const act = (id: string, action: string, c = action === 'approve' ? w.chair : w.officer) =>
  c.attempt(proposalsApi.actOnProposal, { params: { id, action }, body: {} });
const sign = (...proposalIds: string[]) =>
  w.chair.attempt(decisionsApi.signDecision, { body: { proposalIds, decisionDate: '2026-03-01' } });
const statusOf = async (id: string) =>
  (await w.officer.api.call(proposalsApi.getProposal, { params: { id } })).status;

/** With room for everyone: three approved, one forwarded, one submitted, one draft of the year. */
async function pipeline(year: number) {
  await baseOf(year);
  await setQuota(1, 'HARD');
  const make = async (state: 'APPROVED' | 'FORWARDED' | 'SUBMITTED' | 'DRAFT') =>
    (await w.proposal({ state, year, unitId: w.units.village })).id;
  return {
    a1: await make('APPROVED'),
    a2: await make('APPROVED'),
    a3: await make('APPROVED'),
    f1: await make('FORWARDED'),
    s1: await make('SUBMITTED'),
    d1: await make('DRAFT'),
  };
}

const LINE = (n: number) => `: ${n}/2 — tối đa 15% của 14 người đạt LĐTT`;

describe('a HARD quota (Giấy khen ≤ 15 % of 14 LĐTT: 2)', () => {
  it('signs up to the cap and refuses one beyond it at every step, saying the count, the cap and the base', async () => {
    const p = await pipeline(2025);
    await setQuota(0.15, 'HARD');
    expect((await sign(p.a1)).status).toBe(201); // cap − 2 → 1/2
    expect((await sign(p.a2)).status).toBe(201); // cap − 1 → at the cap
    const beyond = await sign(p.a3);
    expect([beyond.status, beyond.error?.code]).toEqual([409, 'QUOTA_EXCEEDED']);
    expect(beyond.error?.message).toContain(LINE(3));
    expect(beyond.error?.message).toContain('Quy định của tỉnh (thử)');
    // approval counts the approved and the held: 2 held + A3 approved + this one
    const approve = await act(p.f1, 'approve');
    expect([approve.status, approve.error?.code]).toEqual([409, 'QUOTA_EXCEEDED']);
    expect(approve.error?.message).toContain(LINE(4));
    const forward = await act(p.s1, 'forward');
    expect([forward.status, forward.error?.code]).toEqual([409, 'QUOTA_EXCEEDED']);
    const submit = await act(p.d1, 'submit');
    expect([submit.status, submit.error?.code]).toEqual([409, 'QUOTA_EXCEEDED']);
    expect(submit.error?.message).toContain(LINE(6));
    expect([await statusOf(p.a3), await statusOf(p.f1), await statusOf(p.s1), await statusOf(p.d1)]).toEqual([
      'APPROVED',
      'FORWARDED',
      'SUBMITTED',
      'DRAFT',
    ]);
    // HARD: no exception can be recorded for a quota
    const o = await w.officer.attempt(lawApi.overrideLaw, {
      params: { id: p.a3 },
      body: { reason: 'Thành tích đặc biệt xuất sắc, Hội đồng thống nhất' },
    });
    expect([o.status, o.error?.code]).toEqual([409, 'NOTHING_TO_OVERRIDE']);
    // what the officer and the chairman see
    const q = await w.officer.api.call(lawApi.proposalQuota, { params: { id: p.a3 } });
    const gk = q.quotas.find((x) => x.awardCode === 'GK_XA_REGULAR');
    expect(gk).toMatchObject({
      base: 14,
      cap: 2,
      step: 'ký quyết định',
      refused: true,
      needsException: false,
    });
    expect(gk?.stepLine).toContain(LINE(3));
    const status = await w.officer.api.call(lawApi.quotaStatus, { query: { year: 2025 } });
    expect(status.quotas.find((x) => x.awardCode === 'GK_XA_REGULAR')).toMatchObject({
      count: 5,
      stages: { submitted: 1, forwarded: 1, approved: 1, held: 2 },
    });
  });
});

describe('a SOFT quota', () => {
  it('asks for an exception beyond the cap; with a reason recorded and audited, the step goes on', async () => {
    const p = await pipeline(2024);
    await setQuota(0.15, 'SOFT');
    expect((await sign(p.a1)).status).toBe(201);
    expect((await sign(p.a2)).status).toBe(201);
    const beyond = await sign(p.a3);
    expect([beyond.status, beyond.error?.code]).toEqual([409, 'QUOTA_EXCEPTION_REQUIRED']);
    expect(beyond.error?.message).toContain(LINE(3));
    for (const [id, action] of [
      [p.s1, 'forward'],
      [p.d1, 'submit'],
    ] as const) {
      const r = await act(id, action);
      expect([r.status, r.error?.code]).toEqual([409, 'QUOTA_EXCEPTION_REQUIRED']);
    }
    const q = await w.officer.api.call(lawApi.proposalQuota, { params: { id: p.a3 } });
    expect(q.quotas.find((x) => x.awardCode === 'GK_XA_REGULAR')).toMatchObject({
      needsException: true,
      excepted: false,
    });

    const reason = 'Cứu người trong lũ tháng 9/2024, Hội đồng thống nhất đề nghị vượt tỷ lệ';
    const unitHead = await w.unitHead.attempt(lawApi.overrideLaw, { params: { id: p.a3 }, body: { reason } });
    expect(unitHead.status).toBe(403);
    const o = await w.officer.attempt(lawApi.overrideLaw, { params: { id: p.a3 }, body: { reason } });
    expect(o.status).toBe(201);
    expect(o.body.overrides.at(-1)?.codes).toEqual(['QUOTA_GK_XA_REGULAR']);
    const audit = await w.t.handle.db
      .selectFrom('audit_log')
      .select(['summary'])
      .where('entity_id', '=', p.a3)
      .where('action', '=', 'law_override')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.summary).toContain('vượt tỷ lệ khống chế');
    expect(audit[0]?.summary).toContain(reason);

    expect((await sign(p.a3)).status).toBe(201);
    // the excepted one does not use the quota: the others still count 2 of 2 and need their own reason
    const approve = await act(p.f1, 'approve');
    expect([approve.status, approve.error?.code]).toEqual([409, 'QUOTA_EXCEPTION_REQUIRED']);
    const status = await w.officer.api.call(lawApi.quotaStatus, { query: { year: 2024 } });
    expect(status.quotas.find((x) => x.awardCode === 'GK_XA_REGULAR')).toMatchObject({
      count: 5,
      exceptions: 1,
      stages: { held: 3 },
    });
  });
});

describe('two approvals at once at one below the cap', () => {
  it('lets one pass and refuses the other', async () => {
    await baseOf(2023);
    await setQuota(1, 'HARD');
    const held = await w.proposal({ state: 'DECIDED', year: 2023, unitId: w.units.village });
    const f1 = await w.proposal({ state: 'FORWARDED', year: 2023, unitId: w.units.village });
    const f2 = await w.proposal({ state: 'FORWARDED', year: 2023, unitId: w.units.village });
    await setQuota(0.15, 'HARD');
    expect(held.status).toBe('DECIDED');
    const both = await Promise.all([act(f1.id, 'approve'), act(f2.id, 'approve')]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)?.error?.code).toBe('QUOTA_EXCEEDED');
    expect([await statusOf(f1.id), await statusOf(f2.id)].sort()).toEqual(['APPROVED', 'FORWARDED']);
  });

  // Deterministic on PostgreSQL (read committed): the first approval has checked and not yet written; the
  // second must wait for it and then count it. (SQLite runs one write transaction at a time.)
  it.runIf(!!process.env.DATABASE_URL)(
    'the second waits for the first and counts it (PostgreSQL)',
    async () => {
      await baseOf(2022);
      await setQuota(1, 'HARD');
      await w.proposal({ state: 'DECIDED', year: 2022, unitId: w.units.village });
      const f1 = (await w.proposal({ state: 'FORWARDED', year: 2022, unitId: w.units.village })).id;
      const f2 = (await w.proposal({ state: 'FORWARDED', year: 2022, unitId: w.units.village })).id;
      await setQuota(0.15, 'HARD');
      const db = w.t.handle.db;
      let checked!: () => void;
      let release!: () => void;
      const firstChecked = new Promise<void>((r) => (checked = r));
      const held = new Promise<void>((r) => (release = r));
      const load = (trx: typeof db, id: string) =>
        trx.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const first = db.transaction().execute(async (trx) => {
        await assertQuotas(trx, w.tenantId, [await load(trx, f1)], 'approve');
        checked();
        await held;
        await trx.updateTable('proposals').set({ status: 'APPROVED' }).where('id', '=', f1).execute();
      });
      await firstChecked;
      let secondDone = false;
      const second = db
        .transaction()
        .execute(async (trx) => assertQuotas(trx, w.tenantId, [await load(trx, f2)], 'approve'))
        .finally(() => {
          secondDone = true;
        });
      second.catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
      expect(secondDone).toBe(false); // waiting for the quota
      release();
      await first;
      await expect(second).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    },
  );
});
