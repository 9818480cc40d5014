import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Db } from '../db/connect';
import type { RowValue } from './archive-format';
import type { MovedTable } from './commune-tables';

// biome-ignore lint/suspicious/noExplicitAny: tables are named at run time (the list in commune-tables.ts)
export type AnyDb = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: a query on a table named at run time
type AnyQuery = SelectQueryBuilder<any, any, Record<string, unknown>>;

export const anyDb = (db: Db): AnyDb => db as unknown as AnyDb;

/** The columns of every table of the database, in their declared order. */
export async function tableColumns(db: Db): Promise<Map<string, { name: string; dataType: string }[]>> {
  const tables = await db.introspection.getTables();
  return new Map(
    tables.map((t) => [t.name, t.columns.map((c) => ({ name: c.name, dataType: c.dataType.toLowerCase() }))]),
  );
}

/** The query selecting a commune's rows of one table (unordered). */
export function communeQuery(db: Db, t: MovedTable, tenantId: string): AnyQuery {
  const q = anyDb(db).selectFrom(t.table).selectAll();
  switch (t.scope.kind) {
    case 'tenant':
      return q.where('tenant_id', '=', tenantId);
    case 'child': {
      const { parent, column } = t.scope;
      return q.where(
        column,
        'in',
        anyDb(db).selectFrom(parent).select('id').where('tenant_id', '=', tenantId),
      );
    }
    case 'reference':
      // org levels the commune's units use
      return q.where(
        'code',
        'in',
        anyDb(db).selectFrom('organisations').select('level').where('tenant_id', '=', tenantId),
      );
  }
}

const PAGE = 500;

/** A commune's rows of one table, page by page in key order (never the whole table in memory). */
export async function* communeRows(
  db: Db,
  t: MovedTable,
  tenantId: string,
): AsyncGenerator<Record<string, unknown>> {
  for (let offset = 0; ; offset += PAGE) {
    let q = communeQuery(db, t, tenantId);
    for (const k of t.key) q = q.orderBy(k);
    const page = await q.limit(PAGE).offset(offset).execute();
    yield* page;
    if (page.length < PAGE) return;
  }
}

/** A value as the archive stores it: text, number or null (booleans as 0/1, big integers as numbers). */
export function portable(table: string, column: string, v: unknown): RowValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  throw new Error(`Giá trị không chuyển được ở ${table}.${column}: ${typeof v}`);
}

const NUMERIC = /int|real|float|double|numeric|decimal/;

/** A value from the archive as the target column wants it (text stays text, numbers numbers). */
export function forColumn(dataType: string, v: RowValue): RowValue {
  if (v === null) return null;
  if (NUMERIC.test(dataType)) return typeof v === 'number' ? v : Number(v);
  return typeof v === 'string' ? v : String(v);
}
