import type { Role } from '../../core/auth/roles';
import type { RatingCode } from '../../core/law';
import type { OrgKind } from '../../core/people/org-kinds';
import { foldVietnamese } from '../../core/text';
import { markDemoData } from '../auth/instance';
import { hashPassword } from '../auth/passwords';
import { isoNow, systemClock } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { insertDefaultProfile } from '../organisations/profile-commands';
import { DEMO_COUNCIL, DEMO_MOVEMENTS, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_USERS } from './demo-people';
import { DEMO_COMMUNE, DEMO_LINEAGE, DEMO_PROVINCE, DEMO_UNITS } from './demo-units';
import { PLAN_2024 } from './plan-2024-content';
import { seedLawRecords } from './seed-law-records';
import { seedDemoTargets } from './seed-targets';

export const ORG_LEVELS = [
  { code: 'TINH', name: 'Cấp tỉnh', rank: 1 },
  { code: 'XA', name: 'Cấp xã', rank: 2 },
  { code: 'DON_VI', name: 'Đơn vị thuộc xã', rank: 3 },
  { code: 'TO', name: 'Tổ, bộ phận', rank: 4 },
];

const RATINGS = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV'] as const;

/** A deterministic pseudo-random rating, so the demo's history is the same on every machine. */
function demoRating(key: string, year: number): RatingCode {
  let h = year;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) % 9973;
  return RATINGS[h % RATINGS.length] ?? 'HTTNV';
}

export interface SeedResult {
  seeded: boolean;
  tenantId: string;
  users: { username: string; role: Role; password: string }[];
}

/** Seed the demo commune "Xã Tân Việt" on an empty database; does nothing if any organisation exists. */
export async function seedDemoCommune(db: Db): Promise<SeedResult> {
  const existing = await db
    .selectFrom('organisations')
    .select('tenant_id')
    .where('code', '=', DEMO_COMMUNE.code)
    .executeTakeFirst();
  if (existing) return { seeded: false, tenantId: existing.tenant_id, users: [] };
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  const now = isoNow(systemClock);
  const provinceId = newId();
  const tenantId = newId();
  await db.transaction().execute(async (trx) => {
    await markDemoData(trx, systemClock);
    for (const l of ORG_LEVELS) {
      await trx
        .insertInto('org_levels')
        .values(l)
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
    const org = (
      id: string,
      tenant: string,
      parent: string | null,
      level: string,
      kind: OrgKind,
      code: string,
      name: string,
      extra: {
        shortName?: string | undefined;
        members?: number | undefined;
        activeTo?: string | undefined;
      } = {},
    ) =>
      trx
        .insertInto('organisations')
        .values({
          id,
          tenant_id: tenant,
          parent_id: parent,
          level,
          kind,
          code,
          name,
          short_name: extra.shortName ?? null,
          search_text: foldVietnamese(name),
          member_count: extra.members ?? null,
          active_from: null,
          active_to: extra.activeTo ?? null,
          created_at: now,
        })
        .execute();
    await org(provinceId, provinceId, null, 'TINH', 'TINH', DEMO_PROVINCE.code, DEMO_PROVINCE.name);
    await org(tenantId, tenantId, provinceId, 'XA', 'XA', DEMO_COMMUNE.code, DEMO_COMMUNE.name, {
      shortName: DEMO_COMMUNE.shortName,
    });
    // the profile the demo's documents are written with (the names they have always used)
    await insertDefaultProfile(trx, tenantId, DEMO_COMMUNE.name, DEMO_COMMUNE.shortName, now, {
      provinceName: DEMO_PROVINCE.name,
      address: 'Thôn Trung Tâm, xã Tân Việt (dữ liệu mẫu)',
      phone: '0220 3000 000',
      email: 'ubnd.tanviet@example.vn',
      chairmanName: DEMO_USERS.find((x) => x.role === 'CHU_TICH')?.name ?? null,
      chairmanTitle: 'CHỦ TỊCH',
    });
    const unitIds = new Map<string, string>();
    for (const u of DEMO_UNITS) unitIds.set(u.key, newId());
    for (const u of DEMO_UNITS) {
      const parent = u.parent ? unitIds.get(u.parent) : tenantId;
      await org(
        unitIds.get(u.key) as string,
        tenantId,
        parent ?? tenantId,
        u.kind === 'TO' ? 'TO' : 'DON_VI',
        u.kind,
        `TV-${u.key}`,
        u.name,
        {
          members: u.members,
          activeTo: u.inactiveSince,
        },
      );
    }
    for (const l of DEMO_LINEAGE) {
      await trx
        .insertInto('org_lineage')
        .values({
          id: newId(),
          tenant_id: tenantId,
          successor_id: unitIds.get(l.successor) as string,
          predecessor_id: unitIds.get(l.predecessor) as string,
          effective_date: l.date,
          basis: l.basis,
        })
        .execute();
    }
    const personIds = new Map<string, string>();
    for (const p of DEMO_PEOPLE) {
      const id = newId();
      personIds.set(p.key, id);
      await trx
        .insertInto('people')
        .values({
          id,
          tenant_id: tenantId,
          unit_id: unitIds.get(p.unit) as string,
          household_id: null,
          full_name: p.name,
          search_text: foldVietnamese(p.name),
          gender: p.gender,
          birth_year: p.birthYear,
          position: p.position,
          category: p.category,
          is_leader: p.leader ? 1 : 0,
          citizen_id: null,
          created_at: now,
        })
        .execute();
      for (let year = 2020; year <= 2024; year++) {
        await trx
          .insertInto('ratings')
          .values({
            id: newId(),
            tenant_id: tenantId,
            person_id: id,
            unit_id: null,
            year,
            rating: demoRating(p.key, year),
            source: 'SEED',
            created_at: now,
          })
          .execute();
      }
    }
    for (const [i, p] of DEMO_PEOPLE.filter((x) => x.unit === 'THON_BA' || x.unit === 'THON_TL').entries()) {
      await trx
        .insertInto('households')
        .values({
          id: newId(),
          tenant_id: tenantId,
          unit_id: unitIds.get(p.unit) as string,
          head_name: p.name,
          address: `Số ${12 + i * 7}, ${DEMO_UNITS.find((u) => u.key === p.unit)?.name ?? ''}`,
          search_text: foldVietnamese(p.name),
          created_at: now,
        })
        .execute();
    }
    const initiativeOwners = ['TH1', 'TH3', 'YT1', 'VP1'];
    for (const key of initiativeOwners) {
      await trx
        .insertInto('initiatives')
        .values({
          id: newId(),
          tenant_id: tenantId,
          person_id: personIds.get(key) as string,
          year: 2024,
          title:
            key === 'YT1'
              ? 'Quản lý hồ sơ sức khỏe người cao tuổi bằng phần mềm'
              : 'Đổi mới phương pháp dạy học tích cực',
          level: 'CO_SO',
          recognition_ref: 'QĐ công nhận sáng kiến (dữ liệu mẫu)',
          created_at: now,
        })
        .execute();
    }
    await seedLawRecords(trx, tenantId, personIds, unitIds);
    for (const [i, u] of DEMO_USERS.entries()) {
      await trx
        .insertInto('users')
        .values({
          id: newId(),
          tenant_id: tenantId,
          username: u.username,
          password_hash: hashes[i] as string,
          display_name: u.name,
          role: u.role,
          unit_id: u.unit ? (unitIds.get(u.unit) ?? null) : null,
          person_id: u.person ? (personIds.get(u.person) ?? null) : null,
          active: 1,
          created_at: now,
        })
        .execute();
    }
    const users = await trx
      .selectFrom('users')
      .select(['id', 'person_id'])
      .where('tenant_id', '=', tenantId)
      .execute();
    for (const c of DEMO_COUNCIL) {
      const pid = personIds.get(c.person) as string;
      await trx
        .insertInto('council_members')
        .values({
          id: newId(),
          tenant_id: tenantId,
          person_id: pid,
          user_id: users.find((x) => x.person_id === pid)?.id ?? null,
          role: c.role,
          term_from: '2024-01-01',
          term_to: null,
          created_at: now,
        })
        .execute();
    }
    for (const m of DEMO_MOVEMENTS) {
      await trx
        .insertInto('movements')
        .values({
          id: newId(),
          tenant_id: tenantId,
          name: m.name,
          search_text: foldVietnamese(m.name),
          type: m.type,
          scope: m.scope,
          fields: JSON.stringify(m.fields),
          basis: m.basis ?? null,
          description: null,
          start_date: '2024-01-01',
          end_date: '2024-12-31',
          year: 2024,
          launched_by: 'Chủ tịch UBND xã',
          status: 'LAUNCHED',
          created_by: null,
          created_at: now,
        })
        .execute();
    }
    await trx
      .insertInto('plans')
      .values({
        id: newId(),
        tenant_id: tenantId,
        year: 2024,
        theme: PLAN_2024.theme,
        status: 'ISSUED',
        content: JSON.stringify(PLAN_2024),
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('audit_log')
      .values({
        tenant_id: tenantId,
        at: now,
        actor_id: null,
        actor_name: 'Hệ thống',
        entity_type: 'organisation',
        entity_id: tenantId,
        action: 'seed',
        summary: 'Khởi tạo dữ liệu mẫu xã Tân Việt',
        data: null,
        request_id: null,
      })
      .execute();
  });
  await seedDemoTargets(db, tenantId);
  await (await import('./seed-cycle')).seedDemoCycle(db, tenantId);
  await (await import('./seed-examples')).seedDemoExamples(db, tenantId);
  return {
    seeded: true,
    tenantId,
    users: DEMO_USERS.map((u) => ({ username: u.username, role: u.role, password: DEMO_PASSWORD })),
  };
}
