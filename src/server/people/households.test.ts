import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditApi } from '../../contract/audit';
import { organisationsApi } from '../../contract/organisations';
import { peopleApi } from '../../contract/people';
import { fixedClock } from '../clock';
import { startWorld, type World } from '../testing/test-world';

let w: World;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
});
afterAll(async () => {
  await w?.close();
});

describe('households (hộ gia đình)', () => {
  it('are made and edited with members, contributions and violations, each change audited', async () => {
    const created = await w.officer.api.call(peopleApi.createHousehold, {
      body: { headName: 'Nguyễn Văn Chủ', unitId: w.units.village, address: 'Xóm Đông' },
    });
    expect(created).toMatchObject({ memberCount: 0, unitName: 'Thôn Thử Nghiệm', version: 1 });
    const id = created.id;
    const head = await w.person({ fullName: 'Nguyễn Văn Chủ', unitId: w.units.village });
    const wife = await w.person({ fullName: 'Lê Thị Vợ', gender: 'NU', unitId: w.units.village });
    await w.officer.api.call(peopleApi.addHouseholdMember, { params: { id }, body: { personId: head } });
    const two = await w.officer.api.call(peopleApi.addHouseholdMember, {
      params: { id },
      body: { personId: wife },
    });
    expect(two.members.map((m) => m.fullName)).toEqual(['Nguyễn Văn Chủ', 'Lê Thị Vợ']);
    expect(two.memberCount).toBe(2);
    expect((await w.officer.api.call(peopleApi.getPerson, { params: { id: wife } })).householdName).toBe(
      'Nguyễn Văn Chủ',
    );

    // one household per person: another household is refused, naming the first
    const other = await w.officer.api.call(peopleApi.createHousehold, {
      body: { headName: 'Trần Văn Khác', unitId: w.units.village },
    });
    const twice = await w.officer.attempt(peopleApi.addHouseholdMember, {
      params: { id: other.id },
      body: { personId: wife },
    });
    expect(twice.error?.code).toBe('ALREADY_IN_HOUSEHOLD');
    expect(twice.error?.message).toContain('Nguyễn Văn Chủ');

    const withGift = await w.officer.api.call(peopleApi.addContribution, {
      params: { id },
      body: { year: 2025, amount: 15_000_000, description: 'Hiến 50 m² đất làm đường' },
    });
    const itemId = withGift.contributions[0]?.id ?? '';
    const edited = await w.officer.api.call(peopleApi.updateContribution, {
      params: { id, itemId },
      body: { year: 2025, amount: 20_000_000, description: 'Hiến 60 m² đất làm đường' },
    });
    expect(edited.contributions).toEqual([
      { id: itemId, year: 2025, amount: 20_000_000, description: 'Hiến 60 m² đất làm đường' },
    ]);
    const negative = await w.officer.attempt(peopleApi.addContribution, {
      params: { id },
      body: { year: 2025, amount: -1, description: 'Sai số tiền' },
    });
    expect(negative.error?.code).toBe('VALIDATION');

    const outsider = await w.person({ fullName: 'Người Ngoài Hộ', unitId: w.units.village });
    const notMember = await w.officer.attempt(peopleApi.addViolation, {
      params: { id },
      body: { year: 2025, personId: outsider, description: 'Vi phạm quy ước thôn' },
    });
    expect(notMember.error?.code).toBe('UNKNOWN_PERSON');
    const withViolation = await w.officer.api.call(peopleApi.addViolation, {
      params: { id },
      body: { year: 2025, personId: head, description: 'Vi phạm quy ước thôn' },
    });
    expect(withViolation.violations[0]).toMatchObject({ personName: 'Nguyễn Văn Chủ', year: 2025 });
    const vId = withViolation.violations[0]?.id ?? '';
    await w.officer.api.call(peopleApi.updateViolation, {
      params: { id, itemId: vId },
      body: { year: 2024, personId: null, description: 'Xả rác nơi công cộng' },
    });
    const cleared = await w.officer.api.call(peopleApi.deleteViolation, { params: { id, itemId: vId } });
    expect(cleared.violations).toEqual([]);
    expect(
      (await w.officer.api.call(peopleApi.deleteContribution, { params: { id, itemId } })).contributions,
    ).toEqual([]);
    expect(
      (await w.officer.attempt(peopleApi.deleteContribution, { params: { id, itemId } })).error?.code,
    ).toBe('NOT_FOUND');

    const left = await w.officer.api.call(peopleApi.removeHouseholdMember, {
      params: { id, personId: wife },
    });
    expect(left.members.map((m) => m.id)).toEqual([head]);
    // the household's own edit, with the version seen
    const renamed = await w.officer.api.call(peopleApi.updateHousehold, {
      params: { id },
      body: { headName: 'Nguyễn Văn Chủ Hộ', unitId: w.units.village, address: 'Xóm Tây', version: 1 },
    });
    expect(renamed).toMatchObject({ headName: 'Nguyễn Văn Chủ Hộ', version: 2 });
    const stale = await w.officer.attempt(peopleApi.updateHousehold, {
      params: { id },
      body: { headName: 'Cũ', unitId: w.units.village, version: 1 },
    });
    expect(stale.error?.code).toBe('STALE');

    const audit = await w.admin.api.call(auditApi.listAudit, {
      query: { entityType: 'household', entityId: id },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      'contribution.add',
      'contribution.delete',
      'contribution.update',
      'create',
      'member.add',
      'member.add',
      'member.remove',
      'update',
      'violation.add',
      'violation.delete',
      'violation.update',
    ]);
    const found = await w.officer.api.call(organisationsApi.listHouseholds, { query: { q: 'xom tay' } });
    expect(found.map((h) => h.id)).toEqual([id]);
  });

  it("a unit head manages only their own unit's households; another commune sees none", async () => {
    const village = await w.officer.api.call(peopleApi.createHousehold, {
      body: { headName: 'Hộ Của Thôn', unitId: w.units.village },
    });
    const refused = await w.unitHead.attempt(peopleApi.createHousehold, {
      body: { headName: 'Hộ Không Được', unitId: w.units.village },
    });
    expect(refused.error?.code).toBe('FORBIDDEN');
    const own = await w.unitHead.api.call(peopleApi.createHousehold, {
      body: { headName: 'Hộ Của Trường', unitId: w.units.school },
    });
    const seen = await w.unitHead.api.call(organisationsApi.listHouseholds, {});
    expect(seen.map((h) => h.id)).toEqual([own.id]);
    expect((await w.unitHead.attempt(peopleApi.getHousehold, { params: { id: village.id } })).status).toBe(
      404,
    );
    expect(
      (
        await w.unitHead.attempt(peopleApi.addContribution, {
          params: { id: village.id },
          body: { year: 2025, amount: 1000, description: 'Không được ghi' },
        })
      ).error?.code,
    ).toBe('FORBIDDEN');
    const villager = await w.person({ unitId: w.units.village });
    expect(
      (
        await w.unitHead.attempt(peopleApi.addHouseholdMember, {
          params: { id: own.id },
          body: { personId: villager },
        })
      ).error?.code,
    ).toBe('FORBIDDEN');
    const unknownUnit = await w.officer.attempt(peopleApi.createHousehold, {
      body: { headName: 'Hộ Không Thôn', unitId: 'khong-co' },
    });
    expect(unknownUnit.error?.code).toBe('UNKNOWN_UNIT');

    const b = await w.secondCommune();
    expect(await b.officer.api.call(organisationsApi.listHouseholds, {})).toEqual([]);
    expect((await b.officer.attempt(peopleApi.getHousehold, { params: { id: village.id } })).status).toBe(
      404,
    );
    expect(
      (
        await b.officer.attempt(peopleApi.addViolation, {
          params: { id: village.id },
          body: { year: 2025, description: 'Không được ghi' },
        })
      ).status,
    ).toBe(404);
  });
});
