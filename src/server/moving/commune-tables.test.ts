import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/connect';
import { openTestDb } from '../db/test-db';
import { tableColumns } from './commune-rows';
import { MOVED_TABLES, NOT_MOVED } from './commune-tables';

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => {
  await h?.close();
});

/** Every foreign key of the migrated database: from table.column to table. */
async function foreignKeys(): Promise<{ from: string; column: string; to: string }[]> {
  if (h.dialect === 'postgres') {
    const r = await sql<{ from: string; column: string; to: string }>`
      select kcu.table_name as "from", kcu.column_name as "column", ccu.table_name as "to"
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu
        on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(h.db);
    return r.rows;
  }
  const out: { from: string; column: string; to: string }[] = [];
  for (const table of (await tableColumns(h.db)).keys()) {
    const r = await sql<{
      from: string;
      table: string;
    }>`select * from pragma_foreign_key_list(${table})`.execute(h.db);
    for (const fk of r.rows) out.push({ from: table, column: fk.from, to: fk.table });
  }
  return out;
}

describe('the tables a commune archive holds', () => {
  it('names every table of the schema: moved, or left with a reason (a new table must be placed here)', async () => {
    const tables = [...(await tableColumns(h.db)).keys()].filter((t) => !t.startsWith('sqlite_'));
    const placed = new Set([...MOVED_TABLES.map((t) => t.table), ...Object.keys(NOT_MOVED)]);
    expect(tables.filter((t) => !placed.has(t))).toEqual([]);
    // (Kysely's own tables are not introspected)
    expect([...placed].filter((t) => !tables.includes(t) && !t.startsWith('kysely_'))).toEqual([]);
  });

  it('finds each row by tenant_id or by the parent that has it', async () => {
    const columns = await tableColumns(h.db);
    const has = (t: string, c: string) => (columns.get(t) ?? []).some((x) => x.name === c);
    for (const t of MOVED_TABLES) {
      if (t.scope.kind === 'tenant') expect(has(t.table, 'tenant_id'), t.table).toBe(true);
      if (t.scope.kind === 'child') {
        expect(has(t.table, 'tenant_id'), `${t.table} has tenant_id: scope it by tenant`).toBe(false);
        expect(has(t.scope.parent, 'tenant_id'), t.table).toBe(true);
        expect(has(t.table, t.scope.column), t.table).toBe(true);
      }
      for (const k of t.key) expect(has(t.table, k), `${t.table}.${k}`).toBe(true);
    }
  });

  it('lists tables in an order where every foreign key points backwards (or to the table itself, set afterwards)', async () => {
    const position = new Map(MOVED_TABLES.map((t, i) => [t.table, i]));
    const fks = await foreignKeys();
    expect(fks.length).toBeGreaterThan(40);
    const wrong = fks.filter((fk) => {
      const from = position.get(fk.from);
      const to = position.get(fk.to);
      if (from === undefined) return false; // a table left behind (sessions → users)
      if (fk.from === fk.to) return MOVED_TABLES[from]?.selfRef !== fk.column;
      return to === undefined || to >= from;
    });
    expect(wrong).toEqual([]);
    // each child table's scope column is a foreign key to its parent
    for (const t of MOVED_TABLES)
      if (t.scope.kind === 'child') {
        const { column, parent } = t.scope;
        expect(
          fks.some((fk) => fk.from === t.table && fk.column === column && fk.to === parent),
          t.table,
        ).toBe(true);
      }
  });
});
