import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Insertable, sql } from 'kysely';
import { foldVietnamese } from '../src/core/text';
import { openDb } from '../src/server/db/connect';
import { newId } from '../src/server/db/ids';
import { migrateToLatest } from '../src/server/db/migrate';
import type { PersonTable } from '../src/server/db/schema';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Quốc', 'Thanh', 'Xuân'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Hương',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Ngọc',
  'Phúc',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Tuấn',
  'Uyên',
  'Việt',
  'Yến',
];

/**
 * Province-scale data in the real schema (SQLite, or PostgreSQL with BENCH_DATABASE_URL): communes ×
 * units × people, then the queries officers run most: diacritic-insensitive name search in one commune,
 * the proposal list, and decision numbering.
 */
export async function runDbBench(opts: { communes: number; peoplePerCommune: number }) {
  const url = process.env.BENCH_DATABASE_URL;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
  const h = openDb(url ? { databaseUrl: url } : { sqliteFile: path.join(dir, 'bench.sqlite') });
  await migrateToLatest(h.db);
  const now = new Date().toISOString();
  const t0 = performance.now();
  const provinceId = newId();
  await h.db
    .insertInto('org_levels')
    .values([
      { code: 'TINH', name: 'Cấp tỉnh', rank: 1 },
      { code: 'XA', name: 'Cấp xã', rank: 2 },
      { code: 'DON_VI', name: 'Đơn vị', rank: 3 },
    ])
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await h.db
    .insertInto('organisations')
    .values({
      id: provinceId,
      tenant_id: provinceId,
      parent_id: null,
      level: 'TINH',
      kind: 'TINH',
      code: `B-${provinceId}`,
      name: 'Tỉnh thử tải',
      short_name: null,
      search_text: 'tinh thu tai',
      member_count: null,
      active_from: null,
      active_to: null,
      created_at: now,
    })
    .execute();
  const communeIds: string[] = [];
  let n = 0;
  for (let c = 0; c < opts.communes; c++) {
    const cid = newId();
    communeIds.push(cid);
    const unitIds = Array.from({ length: 10 }, () => newId());
    await h.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('organisations')
        .values({
          id: cid,
          tenant_id: cid,
          parent_id: provinceId,
          level: 'XA',
          kind: 'XA',
          code: `B-X${c}`,
          name: `Xã Thử ${c}`,
          short_name: null,
          search_text: `xa thu ${c}`,
          member_count: null,
          active_from: null,
          active_to: null,
          created_at: now,
        })
        .execute();
      await trx
        .insertInto('organisations')
        .values(
          unitIds.map((id, i) => ({
            id,
            tenant_id: cid,
            parent_id: cid,
            level: 'DON_VI',
            kind: 'THON',
            code: `B-X${c}-U${i}`,
            name: `Thôn ${i}`,
            short_name: null,
            search_text: `thon ${i}`,
            member_count: null,
            active_from: null,
            active_to: null,
            created_at: now,
          })),
        )
        .execute();
      const rows: Insertable<PersonTable>[] = [];
      for (let p = 0; p < opts.peoplePerCommune; p++) {
        n++;
        const name = `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n >> 2) % MIDDLE.length]} ${GIVEN[(n >> 4) % GIVEN.length]}`;
        rows.push({
          id: newId(),
          tenant_id: cid,
          unit_id: unitIds[p % 10] as string,
          household_id: null,
          full_name: name,
          search_text: foldVietnamese(name),
          gender: n % 2 ? 'NAM' : 'NU',
          birth_year: 1950 + (n % 60),
          position: null,
          category: 'NGUOI_DAN',
          is_leader: 0,
          citizen_id: null,
          created_at: now,
        });
        if (rows.length === 500) {
          await trx.insertInto('people').values(rows.splice(0)).execute();
        }
      }
      if (rows.length) await trx.insertInto('people').values(rows).execute();
    });
  }
  const insertSeconds = (performance.now() - t0) / 1000;
  await sql`ANALYZE`.execute(h.db).catch(() => undefined);

  const target = communeIds[Math.floor(communeIds.length / 2)] as string;
  const searches = 200;
  const t1 = performance.now();
  for (let i = 0; i < searches; i++) {
    const words = foldVietnamese(`${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]}`).split(' ');
    let q = h.db.selectFrom('people').select(['id', 'full_name']).where('tenant_id', '=', target);
    for (const w of words) q = q.where('search_text', 'like', `%${w}%`);
    await q.limit(200).execute();
  }
  const searchMs = (performance.now() - t1) / searches;

  const t2 = performance.now();
  const numbers = 500;
  for (let i = 0; i < numbers; i++) {
    await h.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('document_counters')
        .values({ tenant_id: target, doc_type: 'QD', year: 2026, last_number: 1 })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'doc_type', 'year'])
            .doUpdateSet({ last_number: sql`document_counters.last_number + 1` }),
        )
        .returning('last_number')
        .executeTakeFirstOrThrow();
    });
  }
  const numberingPerSecond = numbers / ((performance.now() - t2) / 1000);
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    database: url ? 'postgres' : 'sqlite',
    people: n,
    communes: opts.communes,
    insertSeconds: Number(insertSeconds.toFixed(1)),
    insertRowsPerSecond: Math.round(n / insertSeconds),
    nameSearchInCommuneMs: Number(searchMs.toFixed(2)),
    decisionNumbersPerSecond: Math.round(numberingPerSecond),
  };
}
