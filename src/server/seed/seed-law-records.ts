/**
 * Demo records the law engine needs: the teachers proposed for "Chiến sĩ thi đua cơ sở" in
 * the demo and the tests have an initiative recognised in that year, and the one proposed for 2026
 * has the year's rating; some units have their own collective ratings; one old disciplinary measure
 * shows R-PRIN-5 in the history. 2025 ratings of the primary school are left empty on purpose (the
 * ratings import works on them).
 */
import type { Transaction } from 'kysely';
import type { InitiativeLevel } from '../../core/law';
import { isoNow, systemClock } from '../clock';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';

export async function seedLawRecords(
  trx: Transaction<Database>,
  tenantId: string,
  personIds: Map<string, string>,
  unitIds: Map<string, string>,
): Promise<void> {
  const now = isoNow(systemClock);
  const person = (key: string) => personIds.get(key) as string;
  const initiatives: { key: string; year: number; level: InitiativeLevel; title: string }[] = [
    { key: 'TH1', year: 2025, level: 'CO_SO', title: 'Ứng dụng trò chơi học tập trong dạy Toán lớp 3' },
    {
      key: 'TH2',
      year: 2026,
      level: 'CO_SO',
      title: 'Tổ chức góc đọc sách thân thiện cho học sinh tiểu học',
    },
    { key: 'YT1', year: 2023, level: 'CO_SO', title: 'Nhắc lịch tiêm chủng qua tin nhắn cho phụ huynh' },
    { key: 'VP1', year: 2023, level: 'TINH', title: 'Số hóa sổ hộ tịch của xã' },
  ];
  for (const i of initiatives) {
    await trx
      .insertInto('initiatives')
      .values({
        id: newId(),
        tenant_id: tenantId,
        person_id: person(i.key),
        year: i.year,
        title: i.title,
        level: i.level,
        recognition_ref: 'QĐ công nhận sáng kiến (dữ liệu mẫu)',
        created_at: now,
      })
      .execute();
  }
  await trx
    .insertInto('ratings')
    .values({
      id: newId(),
      tenant_id: tenantId,
      person_id: person('TH2'),
      unit_id: null,
      year: 2026,
      rating: 'HTXSNV',
      source: 'SEED',
      created_at: now,
    })
    .execute();
  for (const [unit, rating] of [
    ['TH', 'HTXSNV'],
    ['TYT', 'HTTNV'],
    ['VP_UBND', 'HTXSNV'],
  ] as const) {
    const unitId = unitIds.get(unit);
    if (!unitId) continue;
    for (const year of [2023, 2024]) {
      await trx
        .insertInto('ratings')
        .values({
          id: newId(),
          tenant_id: tenantId,
          person_id: null,
          unit_id: unitId,
          year,
          rating,
          source: 'SEED',
          created_at: now,
        })
        .execute();
    }
  }
  await trx
    .insertInto('disciplines')
    .values({
      id: newId(),
      tenant_id: tenantId,
      person_id: person('VP3'),
      kind: 'KHIEN_TRACH',
      from_date: '2021-05-01',
      to_date: '2022-05-01',
      note: 'Khiển trách (dữ liệu mẫu): năm 2021–2022 không được tính thành tích',
      created_at: now,
    })
    .execute();
}
