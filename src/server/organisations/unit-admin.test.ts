import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeApi } from '../../contract/commune';
import { documentsApi } from '../../contract/documents';
import { organisationsApi } from '../../contract/organisations';
import { unitsApi } from '../../contract/units';
import { fixedClock } from '../clock';
import { docxParagraphs } from '../documents/docx-text';
import { startWorld, type World } from '../testing/test-world';

let w: World;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
});
afterAll(async () => {
  await w?.close();
});

const audits = async (entityType: string) =>
  (
    await w.t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('entity_type', '=', entityType)
      .orderBy('id')
      .execute()
  ).map((a) => `${a.action}: ${a.summary}`);

describe("the commune's profile", () => {
  it('setup derives it from the name; a commune without one reads defaults; the administrator saves it with its version', async () => {
    const first = await w.viewer.api.call(communeApi.getProfile, {});
    expect(first).toMatchObject({
      agencyName: 'ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM',
      parentAgencyName: null,
      placeName: 'Thử Nghiệm',
      chairmanTitle: 'CHỦ TỊCH',
      communeName: 'Xã Thử Nghiệm',
      version: 1,
    });
    await w.t.handle.db.deleteFrom('commune_profiles').where('tenant_id', '=', w.tenantId).execute();
    const derived = await w.officer.api.call(communeApi.getProfile, {});
    expect(derived).toMatchObject({ agencyName: 'ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM', version: 0 });

    const body = {
      agencyName: 'ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM',
      parentAgencyName: 'ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM',
      placeName: 'Làng Thử',
      provinceName: 'Tỉnh Thử Nghiệm',
      address: 'Thôn Trung Tâm',
      phone: '0220 3812 345',
      email: 'ubnd@thunghiem.gov.vn',
      chairmanName: 'Chủ Tịch Thử Nghiệm',
      chairmanTitle: 'CHỦ TỊCH',
      version: 0,
    };
    expect((await w.officer.attempt(communeApi.saveProfile, { body })).status).toBe(403);
    const bad = await w.admin.attempt(communeApi.saveProfile, { body: { ...body, email: 'không phải thư' } });
    expect(bad.error?.code).toBe('VALIDATION');
    expect(JSON.stringify(bad.error?.details)).toContain('email');
    const saved = await w.admin.api.call(communeApi.saveProfile, { body });
    expect(saved).toMatchObject({ placeName: 'Làng Thử', version: 1 });
    // someone saving what they read before this save is refused
    expect((await w.admin.attempt(communeApi.saveProfile, { body })).error?.code).toBe('STALE');
    expect(
      (await w.admin.api.call(communeApi.saveProfile, { body: { ...body, phone: '', version: 1 } })).phone,
    ).toBeNull();
    expect(await audits('commune')).toHaveLength(2);

    // the commune's decisions are written with it: the body above, and the place in the date line
    const p = await w.proposal({ state: 'DECIDED', decisionDate: '2026-02-20' });
    const file = await w.officer.api.file(documentsApi.decisionDocument, {
      params: { id: p.decisionId ?? '' },
    });
    const text = (await docxParagraphs(Buffer.from(await file.blob.arrayBuffer()))).join('\n');
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM');
    expect(text).toContain('Làng Thử, ngày 20 tháng 02 năm 2026');
  });
});

describe('units as a tree', () => {
  it('an officer adds, edits and closes units; a wrong parent, a cycle and a taken code are refused in Vietnamese', async () => {
    const { officer } = w;
    const village = await officer.api.call(unitsApi.createUnit, {
      body: {
        name: 'Thôn Đông Thử',
        kind: 'THON',
        parentId: w.tenantId,
        memberCount: 120,
        smallCollective: true,
      },
    });
    expect(village.unit).toMatchObject({ name: 'Thôn Đông Thử', level: 'DON_VI', smallCollective: true });
    expect(village.unit.code).toBe('X-THUNGHIEM-THON-DONG-THU');
    expect(village.units.some((u) => u.id === village.unit.id)).toBe(true);
    const team = await officer.api.call(unitsApi.createUnit, {
      body: { name: 'Tổ tự quản Đông 1', kind: 'TO', parentId: village.unit.id, code: 'tn-to-dong-1' },
    });
    expect(team.unit).toMatchObject({ code: 'TN-TO-DONG-1', level: 'TO', parentId: village.unit.id });

    const taken = await officer.attempt(unitsApi.createUnit, {
      body: { name: 'Tổ khác', kind: 'TO', parentId: village.unit.id, code: 'TN-TO-DONG-1' },
    });
    expect(taken.error).toMatchObject({ code: 'CODE_TAKEN', details: { field: 'code' } });
    const unknown = await officer.attempt(unitsApi.createUnit, {
      body: { name: 'Tổ lạc', kind: 'TO', parentId: 'khong-co' },
    });
    expect(unknown.error).toMatchObject({ code: 'UNKNOWN_UNIT', details: { field: 'parentId' } });
    const cycle = await officer.attempt(unitsApi.updateUnit, {
      params: { id: village.unit.id },
      body: { name: 'Thôn Đông Thử', kind: 'THON', parentId: team.unit.id },
    });
    expect(cycle.error?.code).toBe('UNIT_CYCLE');
    expect(cycle.error?.message).toMatch(/trực thuộc/);
    const edited = await officer.api.call(unitsApi.updateUnit, {
      params: { id: village.unit.id },
      body: {
        name: 'Thôn Đông Thử Nghiệm',
        kind: 'THON',
        parentId: w.tenantId,
        memberCount: 130,
        address: 'Xóm Đông',
        directWork: true,
      },
    });
    expect(edited.unit).toMatchObject({
      name: 'Thôn Đông Thử Nghiệm',
      address: 'Xóm Đông',
      directWork: true,
    });
    expect(edited.unit.code).toBe(village.unit.code); // the code never changes

    expect(
      (
        await officer.attempt(unitsApi.deactivateUnit, {
          params: { id: village.unit.id },
          body: { activeTo: '2026-03-01' },
        })
      ).error?.code,
    ).toBe('UNIT_HAS_CHILDREN');
    const closed = await officer.api.call(unitsApi.deactivateUnit, {
      params: { id: team.unit.id },
      body: { activeTo: '2026-03-01', basis: 'Quyết định giải thể tổ' },
    });
    expect(closed.unit.activeTo).toBe('2026-03-01');
    // a closed unit's code is never reused
    expect(
      (
        await officer.attempt(unitsApi.createUnit, {
          body: { name: 'Tổ mới', kind: 'TO', parentId: village.unit.id, code: 'TN-TO-DONG-1' },
        })
      ).error?.code,
    ).toBe('CODE_TAKEN');
    expect(
      (
        await w.unitHead.attempt(unitsApi.createUnit, {
          body: { name: 'Tổ của hiệu trưởng', kind: 'TO', parentId: w.units.school },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await w.unitHead.attempt(unitsApi.updateUnit, {
          params: { id: w.units.collective },
          body: { name: 'Tổ đổi tên', kind: 'TO', parentId: w.units.school },
        })
      ).status,
    ).toBe(403);
    expect(await audits('unit')).toEqual([
      'create: Thêm đơn vị Thôn Đông Thử',
      'create: Thêm đơn vị Tổ tự quản Đông 1',
      'update: Sửa đơn vị Thôn Đông Thử (tên mới: Thôn Đông Thử Nghiệm)',
      'deactivate: Ngừng hoạt động đơn vị Tổ tự quản Đông 1 từ 01/03/2026 (Quyết định giải thể tổ)',
    ]);
  });

  it('a merger closes the units, moves their people to the successor, writes MERGE lineage; the awards follow', async () => {
    const { officer } = w;
    const make = async (name: string) =>
      (await officer.api.call(unitsApi.createUnit, { body: { name, kind: 'THON', parentId: w.tenantId } }))
        .unit.id;
    const a = await make('Thôn Bắc Thử');
    const b = await make('Thôn Nam Thử');
    const pa = await w.person({ unitId: a, fullName: 'Người Thôn Bắc' });
    const pb = await w.person({ unitId: b, fullName: 'Người Thôn Nam' });
    const award = await w.proposal({
      subjectUnitId: a,
      state: 'DECIDED',
      year: 2025,
      decisionDate: '2026-01-15',
    });
    expect(award.status).toBe('DECIDED');

    const merged = await officer.api.call(unitsApi.mergeUnits, {
      body: {
        unitIds: [a, b],
        newUnit: { name: 'Thôn Bắc Nam', kind: 'THON', parentId: w.tenantId },
        effectiveDate: '2026-03-01',
        basis: 'Nghị quyết 1656/NQ-UBTVQH15',
      },
    });
    const c = merged.unit.id;
    expect(merged.created).toEqual([c]);
    expect(merged.unit.predecessors.map((p) => [p.name, p.changeKind, p.basis])).toEqual(
      expect.arrayContaining([
        ['Thôn Bắc Thử', 'MERGE', 'Nghị quyết 1656/NQ-UBTVQH15'],
        ['Thôn Nam Thử', 'MERGE', 'Nghị quyết 1656/NQ-UBTVQH15'],
      ]),
    );
    expect(merged.unit.peopleCount).toBe(2);
    expect(merged.units.filter((u) => u.id === a || u.id === b).map((u) => u.activeTo)).toEqual([
      '2026-03-01',
      '2026-03-01',
    ]);
    const people = await officer.api.call(organisationsApi.listPeople, { query: { unitId: c } });
    expect(people.map((p) => p.id).sort()).toEqual([pa, pb].sort());
    const old = await officer.api.call(organisationsApi.getUnit, { params: { id: a } });
    expect(old.successors.map((s) => s.name)).toEqual(['Thôn Bắc Nam']);
    const awards = await officer.api.call(organisationsApi.unitAwards, { params: { id: c } });
    expect(awards.map((x) => x.viaPredecessor)).toEqual(['Thôn Bắc Thử']);

    // into an existing unit: the successor stays open and receives the people
    const d = await make('Thôn Tây Thử');
    const pd = await w.person({ unitId: d });
    const into = await officer.api.call(unitsApi.mergeUnits, {
      body: { unitIds: [d], intoId: c, effectiveDate: '2026-03-01' },
    });
    expect(into.unit.id).toBe(c);
    expect(into.unit.activeTo).toBeNull();
    expect(into.unit.peopleCount).toBe(3);
    expect(
      (await officer.api.call(organisationsApi.listPeople, { query: { unitId: c } })).map((p) => p.id),
    ).toContain(pd);
    // a closed unit cannot be merged again; a unit head may not merge
    const again = await officer.attempt(unitsApi.mergeUnits, {
      body: { unitIds: [a, d], intoId: c, effectiveDate: '2026-03-01' },
    });
    expect(again.error?.code).toBe('UNIT_INACTIVE');
    expect(
      (
        await w.unitHead.attempt(unitsApi.mergeUnits, {
          body: {
            unitIds: [w.units.school, w.units.village],
            intoId: w.units.school,
            effectiveDate: '2026-03-01',
          },
        })
      ).status,
    ).toBe(403);
  });

  it('a split closes the unit; the officer chooses where each person goes; SPLIT lineage rows', async () => {
    const { officer } = w;
    const s = (
      await officer.api.call(unitsApi.createUnit, {
        body: { name: 'Thôn Lớn Thử', kind: 'THON', parentId: w.tenantId },
      })
    ).unit.id;
    const [p1, p2, p3] = [
      await w.person({ unitId: s, fullName: 'Người Một' }),
      await w.person({ unitId: s, fullName: 'Người Hai' }),
      await w.person({ unitId: s, fullName: 'Người Ba' }),
    ];
    await w.proposal({ subjectUnitId: s, state: 'DECIDED', year: 2025, decisionDate: '2026-01-20' });
    const parts = (first: string[], second: string[]) => [
      { unit: { name: 'Thôn Lớn Một', kind: 'THON', parentId: w.tenantId }, personIds: first },
      { unit: { name: 'Thôn Lớn Hai', kind: 'THON', parentId: w.tenantId }, personIds: second },
    ];
    const missing = await officer.attempt(unitsApi.splitUnit, {
      params: { id: s },
      body: { effectiveDate: '2026-03-01', parts: parts([p1 as string], [p2 as string]) },
    });
    expect(missing.error?.code).toBe('PEOPLE_UNASSIGNED');
    expect(missing.error?.message).toContain('Người Ba');
    const stranger = await officer.attempt(unitsApi.splitUnit, {
      params: { id: s },
      body: {
        effectiveDate: '2026-03-01',
        parts: parts([p1 as string, w.people.member], [p2 as string, p3 as string]),
      },
    });
    expect(stranger.error?.code).toBe('UNKNOWN_PERSON');
    const split = await officer.api.call(unitsApi.splitUnit, {
      params: { id: s },
      body: {
        effectiveDate: '2026-03-01',
        basis: 'Nghị quyết chia tách thôn',
        parts: parts([p1 as string, p2 as string], [p3 as string]),
      },
    });
    expect(split.unit.activeTo).toBe('2026-03-01');
    expect(split.unit.successors.map((x) => [x.name, x.changeKind])).toEqual(
      expect.arrayContaining([
        ['Thôn Lớn Một', 'SPLIT'],
        ['Thôn Lớn Hai', 'SPLIT'],
      ]),
    );
    const [one, two] = split.created;
    const inUnit = async (id: string | undefined) =>
      (await officer.api.call(organisationsApi.listPeople, { query: { unitId: id ?? '' } }))
        .map((p) => p.fullName)
        .sort();
    expect(await inUnit(one)).toEqual(['Người Hai', 'Người Một']);
    expect(await inUnit(two)).toEqual(['Người Ba']);
    // the old unit keeps its award; the new units start their own record (a split is not a merger)
    expect(await officer.api.call(organisationsApi.unitAwards, { params: { id: s } })).toHaveLength(1);
    expect(await officer.api.call(organisationsApi.unitAwards, { params: { id: one ?? '' } })).toEqual([]);
    const rows = await w.t.handle.db
      .selectFrom('org_lineage')
      .select(['change_kind', 'effective_date', 'basis'])
      .where('predecessor_id', '=', s)
      .execute();
    expect(rows).toEqual([
      { change_kind: 'SPLIT', effective_date: '2026-03-01', basis: 'Nghị quyết chia tách thôn' },
      { change_kind: 'SPLIT', effective_date: '2026-03-01', basis: 'Nghị quyết chia tách thôn' },
    ]);
  });
});
