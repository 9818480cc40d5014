import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditApi } from '../../contract/audit';
import { type NewPerson, organisationsApi } from '../../contract/organisations';
import { peopleApi } from '../../contract/people';
import { fixedClock, isoNow } from '../clock';
import { newId } from '../db/ids';
import { AppError } from '../http/errors';
import { startWorld, type World } from '../testing/test-world';
import { guardingCitizenId } from './people-commands';

let w: World;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-01T02:00:00Z') });
});
afterAll(async () => {
  await w?.close();
});

const base = (): NewPerson => ({
  fullName: 'Nguyễn Văn Hùng',
  gender: 'NAM',
  category: 'NGUOI_DAN',
  unitId: w.units.village,
});
const details = (e: { details?: unknown } | null) =>
  (e?.details ?? []) as { path: string; message: string; existingPerson?: { fullName: string } }[];

describe("a person's full record", () => {
  it('is kept with the citizen ID normalised, the birth year from the date and the tier in step', async () => {
    const { id } = await w.officer.api.call(organisationsApi.createPerson, {
      body: {
        ...base(),
        fullName: 'Trần Thị Mai',
        gender: 'NU',
        citizenId: ' 001 190 000 001 ',
        birthDate: '1990-05-17',
        ethnicity: 'Tày',
        leaderTier: 'CAP_PHO',
        directWorker: true,
      },
    });
    const p = await w.officer.api.call(peopleApi.getPerson, { params: { id } });
    expect(p).toMatchObject({
      citizenId: '001190000001',
      birthDate: '1990-05-17',
      birthYear: 1990,
      ethnicity: 'Tày',
      leaderTier: 'CAP_PHO',
      isLeader: true,
      directWorker: true,
      active: true,
      version: 1,
    });
    // the old flag alone still works: a leader is CAP_TRUONG; a year alone is allowed
    const old = await w.person({ isLeader: true, birthYear: 1970 });
    expect(await w.officer.api.call(peopleApi.getPerson, { params: { id: old } })).toMatchObject({
      leaderTier: 'CAP_TRUONG',
      isLeader: true,
      birthYear: 1970,
      birthDate: null,
    });
  });

  it('refuses each bad input with its code and the field', async () => {
    const cases: [Partial<NewPerson>, string, string][] = [
      [{ citizenId: '12345' }, 'CITIZEN_ID_INVALID', 'citizenId'],
      [{ citizenId: '001185000002' }, 'CITIZEN_ID_INVALID', 'citizenId'], // a woman's number, gender NAM
      [{ citizenId: '001085000002', birthYear: 1986 }, 'CITIZEN_ID_INVALID', 'citizenId'],
      [{ birthDate: '2026-03-02' }, 'BIRTH_DATE_INVALID', 'birthDate'],
      [{ birthDate: '1980-01-01', birthYear: 1981 }, 'BIRTH_DATE_INVALID', 'birthYear'],
      [{ birthDate: '1980-02-30' }, 'VALIDATION', 'birthDate'],
      [{ unitId: 'khong-co' }, 'UNKNOWN_UNIT', 'unitId'],
      [{ householdId: 'khong-co' }, 'UNKNOWN_HOUSEHOLD', 'householdId'],
      [{ ethnicity: 'Không rõ' as NewPerson['ethnicity'] }, 'VALIDATION', 'ethnicity'],
    ];
    for (const [change, code, path] of cases) {
      const r = await w.officer.attempt(organisationsApi.createPerson, { body: { ...base(), ...change } });
      expect({ change, code: r.error?.code, path: details(r.error)[0]?.path }).toEqual({
        change,
        code,
        path,
      });
    }
  });

  it('keeps one person per citizen ID in the commune, naming the one who has it', async () => {
    await w.person({ fullName: 'Lê Văn Bình', unitId: w.units.school, citizenId: '001085000003' });
    const again = await w.officer.attempt(organisationsApi.createPerson, {
      body: { ...base(), fullName: 'Lê Văn Bình Trùng', birthYear: 1985, citizenId: '001.085.000.003' },
    });
    expect(again.status).toBe(409);
    expect(again.error?.code).toBe('DUPLICATE_CITIZEN_ID');
    expect(again.error?.message).toContain('Lê Văn Bình');
    expect(again.error?.message).toContain('Trường Tiểu học Thử Nghiệm');
    expect(details(again.error)[0]).toMatchObject({
      path: 'citizenId',
      existingPerson: { fullName: 'Lê Văn Bình' },
    });
    // two at once: one is kept, the other is told who (the unique index decides the race)
    const both = await Promise.all(
      ['Đinh Văn Một', 'Đinh Văn Hai'].map((fullName) =>
        w.officer.attempt(organisationsApi.createPerson, {
          body: { ...base(), fullName, citizenId: '001085000004' },
        }),
      ),
    );
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.status === 409)?.error?.code).toBe('DUPLICATE_CITIZEN_ID');
    const found = await w.officer.api.call(peopleApi.searchPeople, { query: { q: '001085000004' } });
    expect(found.total).toBe(1);

    // a write that lost the race past the check: the unique index refuses it and the loser is told who won
    const db = w.t.handle.db;
    const lost = await guardingCitizenId(db, w.tenantId, '001085000003', undefined, () =>
      db
        .insertInto('people')
        .values({
          id: newId(),
          tenant_id: w.tenantId,
          unit_id: w.units.village,
          household_id: null,
          full_name: 'Người Đến Sau',
          search_text: 'nguoi den sau',
          gender: 'NAM',
          birth_year: 1985,
          position: null,
          category: 'NGUOI_DAN',
          is_leader: 0,
          citizen_id: '001085000003',
          created_at: isoNow(w.clock),
        })
        .execute(),
    ).catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(AppError);
    expect(lost).toMatchObject({ code: 'DUPLICATE_CITIZEN_ID', status: 409 });
    expect((lost as AppError).message).toContain('Lê Văn Bình');
  });

  it('is edited with the version seen (409 STALE on an older one), audited, and refused on the same bad input', async () => {
    const id = await w.person({ fullName: 'Phạm Văn Sửa', unitId: w.units.village });
    const p = await w.officer.api.call(peopleApi.getPerson, { params: { id } });
    const body = { ...base(), fullName: 'Phạm Văn Đã Sửa', version: p.version, birthDate: '1985-04-02' };
    const bad = await w.officer.attempt(peopleApi.updatePerson, {
      params: { id },
      body: { ...body, citizenId: '001185000009' },
    });
    expect(bad.error?.code).toBe('CITIZEN_ID_INVALID');
    const future = await w.officer.attempt(peopleApi.updatePerson, {
      params: { id },
      body: { ...body, birthDate: '2027-01-01' },
    });
    expect(future.error?.code).toBe('BIRTH_DATE_INVALID');
    const dup = await w.officer.attempt(peopleApi.updatePerson, {
      params: { id },
      body: { ...body, citizenId: '001085000003' },
    });
    expect(dup.error?.code).toBe('DUPLICATE_CITIZEN_ID');
    expect(dup.error?.message).toContain('Lê Văn Bình');
    const unknown = await w.officer.attempt(peopleApi.updatePerson, {
      params: { id },
      body: { ...body, unitId: 'khong-co' },
    });
    expect(unknown.error?.code).toBe('UNKNOWN_UNIT');

    const saved = await w.officer.api.call(peopleApi.updatePerson, { params: { id }, body });
    expect(saved).toMatchObject({ fullName: 'Phạm Văn Đã Sửa', birthYear: 1985, version: p.version + 1 });
    const stale = await w.officer.attempt(peopleApi.updatePerson, { params: { id }, body });
    expect(stale.error?.code).toBe('STALE');
    // keeping its own citizen ID is not a duplicate
    const own = await w.officer.api.call(peopleApi.updatePerson, {
      params: { id },
      body: { ...body, version: saved.version, citizenId: '001085000010' },
    });
    expect(
      (
        await w.officer.api.call(peopleApi.updatePerson, {
          params: { id },
          body: { ...body, version: own.version, citizenId: '001085000010', position: 'Trưởng thôn' },
        })
      ).citizenId,
    ).toBe('001085000010');

    const audit = await w.admin.api.call(auditApi.listAudit, {
      query: { entityType: 'person', entityId: id },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update', 'update', 'update']);
  });

  it('leaves and comes back, kept for history and filtered on the people page', async () => {
    const id = await w.person({ fullName: 'Hoàng Văn Rời', unitId: w.units.village });
    const left = await w.officer.api.call(peopleApi.deactivatePerson, {
      params: { id },
      body: { version: 1 },
    });
    expect(left).toMatchObject({ active: false, version: 2 });
    const search = async (active: 'true' | 'false' | 'all') =>
      (await w.officer.api.call(peopleApi.searchPeople, { query: { q: 'hoang van roi', active } })).total;
    expect([await search('true'), await search('false'), await search('all')]).toEqual([0, 1, 1]);
    expect(
      (await w.officer.attempt(peopleApi.reactivatePerson, { params: { id }, body: { version: 1 } })).error
        ?.code,
    ).toBe('STALE');
    const back = await w.officer.api.call(peopleApi.reactivatePerson, {
      params: { id },
      body: { version: 2 },
    });
    expect(back.active).toBe(true);
    const audit = await w.admin.api.call(auditApi.listAudit, {
      query: { entityType: 'person', entityId: id },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'deactivate', 'reactivate']);
  });

  it("lets a unit head see and edit only their own unit's people", async () => {
    const own = await w.person({ fullName: 'Giáo Viên Của Trường', unitId: w.units.school });
    const other = await w.person({ fullName: 'Người Của Thôn Khác', unitId: w.units.village });
    const page = await w.unitHead.api.call(peopleApi.searchPeople, { query: { active: 'all', limit: 200 } });
    expect(page.items.every((p) => p.unitId === w.units.school)).toBe(true);
    expect(page.items.map((p) => p.id)).toContain(own);
    expect((await w.unitHead.attempt(peopleApi.getPerson, { params: { id: other } })).status).toBe(404);
    const edit = await w.unitHead.attempt(peopleApi.updatePerson, {
      params: { id: other },
      body: { ...base(), fullName: 'Đổi Tên', version: 1 },
    });
    expect(edit.error?.code).toBe('FORBIDDEN');
    const move = await w.unitHead.attempt(peopleApi.updatePerson, {
      params: { id: own },
      body: { ...base(), fullName: 'Giáo Viên Của Trường', unitId: w.units.village, version: 1 },
    });
    expect(move.error?.code).toBe('FORBIDDEN');
    const ok = await w.unitHead.api.call(peopleApi.updatePerson, {
      params: { id: own },
      body: {
        ...base(),
        fullName: 'Giáo Viên Của Trường',
        unitId: w.units.school,
        version: 1,
        position: 'Tổ trưởng',
      },
    });
    expect(ok.position).toBe('Tổ trưởng');
    expect(
      (await w.unitHead.attempt(peopleApi.deactivatePerson, { params: { id: other }, body: { version: 1 } }))
        .error?.code,
    ).toBe('FORBIDDEN');
  });

  it('is found without diacritics, page by page, in Vietnamese order; another commune sees none of it', async () => {
    const unit = await w.unit({ name: 'Thôn Tìm Kiếm', kind: 'THON' });
    for (const fullName of ['Nguyễn Văn A', 'Trần Văn Ân', 'Lê Thị Ánh', 'Nguyễn Văn Ba', 'Đỗ Văn Ẩn'])
      await w.person({ fullName, unitId: unit });
    const found = await w.officer.api.call(peopleApi.searchPeople, { query: { q: 'nguyen van a' } });
    expect(found.items.map((p) => p.fullName)).toContain('Nguyễn Văn A');
    const all = await w.officer.api.call(peopleApi.searchPeople, { query: { unitId: unit } });
    // given name first, letters before tones: A, Ánh (a < â), Ân, Ẩn (ngang before hỏi), Ba
    expect(all.items.map((p) => p.fullName)).toEqual([
      'Nguyễn Văn A',
      'Lê Thị Ánh',
      'Trần Văn Ân',
      'Đỗ Văn Ẩn',
      'Nguyễn Văn Ba',
    ]);
    const pages = await Promise.all(
      [0, 2, 4].map((offset) =>
        w.officer.api.call(peopleApi.searchPeople, { query: { unitId: unit, limit: 2, offset } }),
      ),
    );
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    expect(pages.flatMap((p) => p.items.map((x) => x.fullName))).toEqual(all.items.map((p) => p.fullName));
    const byCategory = await w.officer.api.call(peopleApi.searchPeople, {
      query: { unitId: unit, category: 'HOC_SINH' },
    });
    expect(byCategory.total).toBe(0);

    const b = await w.secondCommune();
    expect((await b.officer.api.call(peopleApi.searchPeople, { query: { q: 'nguyen van a' } })).total).toBe(
      0,
    );
    const id = all.items[0]?.id ?? '';
    expect((await b.officer.attempt(peopleApi.getPerson, { params: { id } })).status).toBe(404);
    expect(
      (await b.officer.attempt(peopleApi.updatePerson, { params: { id }, body: { ...base(), version: 1 } }))
        .status,
    ).toBe(404);
    // the same citizen ID is another person in another commune
    const there = await b.officer.attempt(organisationsApi.createPerson, {
      body: { ...base(), unitId: b.unitId, citizenId: '001085000003' },
    });
    expect(there.status).toBe(201);
  });
});
