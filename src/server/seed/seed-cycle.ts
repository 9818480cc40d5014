import { NATIONAL_MOVEMENTS } from '../../core/movements';
import { foldVietnamese } from '../../core/text';
import { addDefaultDays } from '../calendar/calendar-commands';
import { isoNow, systemClock } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';

/** The commune's yearly criteria for the regular movement (Chỉ thị 19), on 0–10 with weights. */
const ANNUAL_CRITERIA = [
  { name: 'Kết quả thực hiện chỉ tiêu, nhiệm vụ được giao', group: 'Thực hiện nhiệm vụ', weight: 4 },
  { name: 'Tổ chức phong trào thi đua, đăng ký và thực hiện cam kết', group: 'Công tác thi đua', weight: 2 },
  { name: 'Phát hiện, nhân rộng điển hình tiên tiến', group: 'Công tác thi đua', weight: 2 },
  { name: 'Đoàn kết nội bộ, chấp hành chủ trương, pháp luật', group: 'Xây dựng tổ chức', weight: 2 },
];

/**
 * Demo data of the annual cycle for xã Tân Việt: the holiday calendar, the seeded national
 * movements linked to their catalogue codes, and the regular movement of 2024 (Chỉ thị 19) with its
 * participating units (every active unit directly under the commune), criteria, a registration
 * deadline and the registrations of two villages.
 */
export async function seedDemoCycle(db: Db, tenantId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await addDefaultDays(trx, systemClock, tenantId);
    const movements = await trx
      .selectFrom('movements')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .execute();
    for (const n of NATIONAL_MOVEMENTS) {
      const m = movements.find((x) => foldVietnamese(x.name) === foldVietnamese(n.name));
      if (m)
        await trx
          .updateTable('movements')
          .set({ catalogue_code: n.code, launched_by: n.launchedBy, registration_deadline: '2024-01-31' })
          .where('id', '=', m.id)
          .execute();
    }
    const ct19 = movements.find((x) =>
      x.name.startsWith('Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế'),
    );
    if (!ct19) return;
    const units = await trx
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('level', '=', 'DON_VI')
      .where('parent_id', '=', tenantId)
      .where('active_to', 'is', null)
      .execute();
    for (const u of units)
      await trx.insertInto('movement_units').values({ movement_id: ct19.id, unit_id: u.id }).execute();
    let position = 0;
    for (const c of ANNUAL_CRITERIA) {
      await trx
        .insertInto('criteria')
        .values({
          id: newId(),
          tenant_id: tenantId,
          owner_kind: 'MOVEMENT',
          owner_id: ct19.id,
          position: ++position,
          name: c.name,
          group_name: c.group,
          description: null,
          weight: c.weight,
          min_score: 0,
          max_score: 10,
        })
        .execute();
    }
    const now = isoNow(systemClock);
    for (const name of ['Thôn Bình An', 'Thôn Hòa Bình']) {
      const u = units.find((x) => x.name === name);
      if (!u) continue;
      await trx
        .insertInto('registrations')
        .values({
          id: newId(),
          tenant_id: tenantId,
          year: 2024,
          movement_id: ct19.id,
          subject_kind: 'UNIT',
          subject_id: u.id,
          unit_id: u.id,
          titles: JSON.stringify(['TTLDTT']),
          target_ids: '[]',
          pledge: 'Hoàn thành 100% chỉ tiêu được giao; giữ vững danh hiệu thôn văn hóa.',
          registered_on: '2024-01-20',
          created_by: 'seed',
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
  });
}
