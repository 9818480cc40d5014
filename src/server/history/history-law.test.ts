/**
 * The law as the app applies it equals the law as `law:check` applies it, on a history entered through the
 * API: the same record written as a case file gets the same verdict, and removing one entry moves both alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AwardHistoryInput, historyApi } from '../../contract/history';
import { lawApi, type Verdict } from '../../contract/law';
import { evaluate } from '../../core/law';
import { fixedClock } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { parseCases } from '../law/law-input';
import { loadBaseSalaries, loadProfile } from '../law/law-settings';
import { loadSubjectRecord } from '../law/record-loader';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let db: Db;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
  db = w.t.handle.db;
});
afterAll(async () => {
  await w?.close();
});

const cstdcs = (
  personId: string,
  year: number,
  more: Partial<AwardHistoryInput> = {},
): AwardHistoryInput => ({
  subjectKind: 'INDIVIDUAL',
  subjectId: personId,
  awardCode: 'CSTDCS',
  issuingLevel: year < 2024 ? 'HUYEN' : 'XA',
  issuingBody: year < 2024 ? 'Ủy ban nhân dân huyện Thử Nghiệm' : 'Ủy ban nhân dân xã Thử Nghiệm',
  decisionNumber: `${year - 2000}/QĐ-UBND`,
  decisionDate: `${year + 1}-01-10`,
  year,
  nature: 'THUONG_XUYEN',
  ...more,
});

/** The CLI's verdict on a case file (parsed as `law:check` parses it), with the tenant's settings. */
async function cliVerdict(json: unknown) {
  const [c] = parseCases(JSON.stringify(json)).cases;
  if (!c) throw new Error('no case');
  const profile = await loadProfile(db, w.tenantId);
  const baseSalaries = await loadBaseSalaries(db, w.tenantId);
  return evaluate(c.record, c.awardCode, c.year, c.decisionDate ?? '', profile, { baseSalaries });
}

const gist = (v: Pick<Verdict, 'status' | 'eligible' | 'failures'>) => ({
  status: v.status,
  eligible: v.eligible,
  failures: v.failures.map((f) => f.code).sort(),
});

const appVerdict = (personId: string, awardCode: string, year: number, decisionDate: string) =>
  w.officer.api.call(lawApi.evaluate, {
    body: { awardCode, subjectKind: 'INDIVIDUAL', personId, year, decisionDate },
  });

describe('the app reads the history as law:check does', () => {
  it('Chiến sĩ thi đua tỉnh: three years of CSTDCS and a provincial initiative; removing 2023 breaks the chain in both', async () => {
    const p = await w.person({
      unitId: w.units.association,
      fullName: 'Phạm Văn Chuỗi',
      category: 'CONG_CHUC',
    });
    for (const y of [2022, 2023, 2024]) await w.rating(p, y, 'HTXSNV');
    const entered = [];
    for (const y of [2022, 2023, 2024])
      entered.push(await w.officer.api.call(historyApi.createAward, { body: cstdcs(p, y) }));
    await w.officer.api.call(historyApi.createInitiative, {
      body: {
        personId: p,
        kind: 'SANG_KIEN',
        title: 'Sáng kiến số hóa hồ sơ một cửa',
        year: 2024,
        recognizedOn: '2024-10-20',
        level: 'TINH',
      },
    });
    const record = (years: number[]) => ({
      kind: 'INDIVIDUAL',
      ratedByPerformance: true,
      ratings: [2022, 2023, 2024].map((year) => ({ year, rating: 'HTXSNV' })),
      awards: years.map((year) => ({ year, code: 'CSTDCS', decisionDate: `${year + 1}-01-10` })),
      initiatives: [{ year: 2024, level: 'TINH', kind: 'SANG_KIEN' }],
      disciplines: [],
    });
    const decisionDate = '2025-03-01';
    const app = await appVerdict(p, 'CSTD_TINH', 2024, decisionDate);
    const cli = await cliVerdict({
      awardCode: 'CSTD_TINH',
      year: 2024,
      decisionDate,
      record: record([2022, 2023, 2024]),
    });
    expect(gist(app)).toEqual(gist(cli));
    expect(app.eligible).toBe(true);

    const a2023 = entered[1]?.awards.find((a) => a.year === 2023);
    await w.officer.api.call(historyApi.deleteAward, {
      params: { id: a2023?.id ?? '' },
      query: { reason: 'Quyết định năm 2023 nhập nhầm' },
    });
    const appAfter = await appVerdict(p, 'CSTD_TINH', 2024, decisionDate);
    const cliAfter = await cliVerdict({
      awardCode: 'CSTD_TINH',
      year: 2024,
      decisionDate,
      record: record([2022, 2024]),
    });
    expect(gist(appAfter)).toEqual(gist(cliAfter));
    expect(appAfter.eligible).toBe(false);
  });

  it('a matter under consideration open on the decision date defers the award; closed before it, it does not', async () => {
    const p = await w.person({ unitId: w.units.association, category: 'CONG_CHUC' });
    await w.rating(p, 2025, 'HTTNV');
    const h = await w.officer.api.call(historyApi.createPendingMatter, {
      body: { subjectKind: 'INDIVIDUAL', subjectId: p, kind: 'THANH_TRA', since: '2026-01-05' },
    });
    const app = await appVerdict(p, 'LDTT', 2025, '2026-02-01');
    const cli = await cliVerdict({
      awardCode: 'LDTT',
      year: 2025,
      decisionDate: '2026-02-01',
      record: {
        kind: 'INDIVIDUAL',
        ratings: [{ year: 2025, rating: 'HTTNV' }],
        pendingMatters: [{ kind: 'THANH_TRA', since: '2026-01-05' }],
      },
    });
    expect(app.status).toBe('BLOCKED_PENDING');
    expect(gist(app)).toEqual(gist(cli));
    // the year-end suggestions (decided 15/01/2026) leave the person out while the matter is open
    const control = await w.person({ unitId: w.units.association, category: 'CONG_CHUC' });
    await w.rating(control, 2025, 'HTTNV');
    const sug = await w.officer.api.call(lawApi.suggestions, {
      query: { year: 2025, unitId: w.units.association },
    });
    const ldttList = sug.suggestions.find((x) => x.awardCode === 'LDTT');
    expect(ldttList?.eligible.some((x) => x.id === p)).toBe(false);
    expect(ldttList?.eligible.some((x) => x.id === control)).toBe(true);
    // a decision before the matter began is not deferred
    expect((await appVerdict(p, 'LDTT', 2025, '2026-01-02')).status).toBe('ELIGIBLE');
    await w.officer.api.call(historyApi.closePendingMatter, {
      params: { id: h.pendingMatters[0]?.id ?? '' },
      body: { closedOn: '2026-01-20' },
    });
    expect((await appVerdict(p, 'LDTT', 2025, '2026-02-01')).status).toBe('ELIGIBLE');
  });

  it('a discipline taints the years it covers, as in law:check', async () => {
    const p = await w.person({ unitId: w.units.association, category: 'CONG_CHUC' });
    await w.rating(p, 2025, 'HTTNV');
    await w.officer.api.call(historyApi.createDiscipline, {
      body: { personId: p, kind: 'CANH_CAO', from: '2025-04-01', to: '2026-04-01' },
    });
    const app = await appVerdict(p, 'LDTT', 2025, '2026-02-01');
    const cli = await cliVerdict({
      awardCode: 'LDTT',
      year: 2025,
      decisionDate: '2026-02-01',
      record: {
        kind: 'INDIVIDUAL',
        ratings: [{ year: 2025, rating: 'HTTNV' }],
        disciplines: [{ kind: 'CANH_CAO', from: '2025-04-01', to: '2026-04-01' }],
      },
    });
    expect(app.eligible).toBe(false);
    expect(gist(app)).toEqual(gist(cli));
  });

  it('a thematic award does not count in a chain; the same award in the register and the history counts once', async () => {
    const p = await w.person({ unitId: w.units.association, category: 'CONG_CHUC' });
    for (const y of [2022, 2023, 2024]) await w.rating(p, y, 'HTXSNV');
    await w.officer.api.call(historyApi.createAward, { body: cstdcs(p, 2022) });
    await w.officer.api.call(historyApi.createAward, { body: cstdcs(p, 2023, { nature: 'CHUYEN_DE' }) });
    await w.officer.api.call(historyApi.createAward, { body: cstdcs(p, 2024) });
    await w.officer.api.call(historyApi.createInitiative, {
      body: { personId: p, kind: 'DE_TAI', title: 'Đề tài cải cách hành chính', year: 2024, level: 'TINH' },
    });
    const app = await appVerdict(p, 'CSTD_TINH', 2024, '2025-03-01');
    const cli = await cliVerdict({
      awardCode: 'CSTD_TINH',
      year: 2024,
      decisionDate: '2025-03-01',
      record: {
        kind: 'INDIVIDUAL',
        ratings: [2022, 2023, 2024].map((year) => ({ year, rating: 'HTXSNV' })),
        awards: [
          { year: 2022, code: 'CSTDCS', decisionDate: '2023-01-10' },
          { year: 2023, code: 'CSTDCS', decisionDate: '2024-01-10', thematic: true },
          { year: 2024, code: 'CSTDCS', decisionDate: '2025-01-10' },
        ],
        initiatives: [{ year: 2024, level: 'TINH' }],
      },
    });
    expect(app.eligible).toBe(false);
    expect(gist(app)).toEqual(gist(cli));

    // an award decided in the product and also in the history (data from before either side refused the
    // other — today proposing it after the entry, or entering it after the decision, is refused): one award
    const q = await w.person({ unitId: w.units.association, category: 'CONG_CHUC' });
    await w.proposal({ personId: q, awardCode: 'GK_XA_REGULAR', year: 2025, state: 'DECIDED' });
    await db
      .insertInto('award_history')
      .values({
        id: newId(),
        tenant_id: w.tenantId,
        subject_kind: 'INDIVIDUAL',
        person_id: q,
        subject_unit_id: null,
        household_id: null,
        award_code: 'GK_XA_REGULAR',
        issuing_level: 'XA',
        issuing_body: 'Ủy ban nhân dân xã Thử Nghiệm',
        decision_number: '25/QĐ-UBND',
        decision_date: '2026-01-10',
        year: 2025,
        nature: 'THUONG_XUYEN',
        note: null,
        source: 'IMPORT',
        created_by: null,
        created_at: '2026-01-11T00:00:00.000Z',
        updated_at: '2026-01-11T00:00:00.000Z',
      })
      .execute();
    const r = await loadSubjectRecord(db, w.tenantId, { subjectKind: 'INDIVIDUAL', personId: q }, 2025);
    expect(r?.awards.filter((a) => a.code === 'GK_XA_REGULAR')).toHaveLength(1);
  });

  it("a household's contributions and violations are read as law:check reads them", async () => {
    const household = async (name: string) => {
      const id = newId();
      await db
        .insertInto('households')
        .values({
          id,
          tenant_id: w.tenantId,
          unit_id: w.units.village,
          head_name: name,
          address: null,
          search_text: name.toLowerCase(),
          created_at: '2026-01-01T00:00:00Z',
        })
        .execute();
      return id;
    };
    const give = (householdId: string, year: number, amount: number) =>
      db
        .insertInto('household_contributions')
        .values({
          id: newId(),
          tenant_id: w.tenantId,
          household_id: householdId,
          year,
          amount,
          description: 'Đóng góp xây nhà văn hóa',
          created_at: '2026-01-01T00:00:00Z',
        })
        .execute();
    const good = await household('Hộ Tốt');
    await give(good, 2025, 3_000_000);
    await give(good, 2025, 2_000_000);
    const bad = await household('Hộ Vi Phạm');
    await give(bad, 2025, 5_000_000);
    await db
      .insertInto('household_violations')
      .values({
        id: newId(),
        tenant_id: w.tenantId,
        household_id: bad,
        person_id: null,
        year: 2025,
        description: 'Bạo lực gia đình',
        created_at: '2026-01-01T00:00:00Z',
      })
      .execute();
    const r = await loadSubjectRecord(db, w.tenantId, { subjectKind: 'HOUSEHOLD', householdId: good }, 2025);
    expect(r?.contributions).toEqual([{ year: 2025, amount: 5_000_000 }]);
    for (const [id, record] of [
      [
        good,
        {
          kind: 'HOUSEHOLD',
          contributions: [{ year: 2025, amount: 5_000_000 }],
          householdViolationYears: [],
        },
      ],
      [
        bad,
        {
          kind: 'HOUSEHOLD',
          contributions: [{ year: 2025, amount: 5_000_000 }],
          householdViolationYears: [2025],
        },
      ],
    ] as const) {
      const app = await w.officer.api.call(lawApi.evaluate, {
        body: {
          awardCode: 'GDVH',
          subjectKind: 'HOUSEHOLD',
          householdId: id,
          year: 2025,
          decisionDate: '2026-02-01',
        },
      });
      const cli = await cliVerdict({ awardCode: 'GDVH', year: 2025, decisionDate: '2026-02-01', record });
      expect(gist(app)).toEqual(gist(cli));
      expect(app.eligible).toBe(id === good);
    }
  });

  it("a collective's awards follow mergers; members' titles entered as history count in its member statistics", async () => {
    const old = await w.unit({ name: 'Chi hội Cũ', inactiveSince: '2025-07-01' });
    const merged = await w.unit({ name: 'Chi hội Mới', predecessorIds: [old], mergedOn: '2025-07-01' });
    await w.officer.api.call(historyApi.createAward, {
      body: {
        ...cstdcs(old, 2024),
        subjectKind: 'COLLECTIVE',
        awardCode: 'TTLDXS',
        decisionNumber: '88/QĐ-UBND',
      },
    });
    const member = await w.person({ unitId: merged, category: 'CONG_CHUC' });
    await w.officer.api.call(historyApi.createAward, {
      body: { ...cstdcs(member, 2025), awardCode: 'LDTT', decisionDate: '2026-01-10' },
    });
    const r = await loadSubjectRecord(
      db,
      w.tenantId,
      { subjectKind: 'COLLECTIVE', subjectUnitId: merged },
      2025,
    );
    expect(r?.awards).toEqual([expect.objectContaining({ code: 'TTLDXS', year: 2024 })]);
    expect(r?.members?.[0]).toMatchObject({ total: 1, ldtt: 1 });
    const h = await w.officer.api.call(historyApi.subjectHistory, { params: { kind: 'unit', id: merged } });
    expect(h.awards[0]).toMatchObject({ awardCode: 'TTLDXS', viaPredecessor: 'Chi hội Cũ' });
  });

  it('the lookup tells what the subject is now eligible for, and why not', async () => {
    const p = await w.person({ unitId: w.units.association, category: 'CONG_CHUC' });
    await w.rating(p, 2025, 'HTTNV');
    const e = await w.officer.api.call(historyApi.eligibility, {
      params: { kind: 'person', id: p },
      query: { year: 2025 },
    });
    expect(e.decisionDate).toBe('2026-03-01');
    const ldtt = e.awards.find((a) => a.awardCode === 'LDTT');
    expect(ldtt?.eligible).toBe(true);
    const cstdcsRow = e.awards.find((a) => a.awardCode === 'CSTDCS');
    expect(cstdcsRow?.eligible).toBe(false);
    expect(cstdcsRow?.reasons.length).toBeGreaterThan(0);
  });
});
