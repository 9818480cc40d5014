/** What the intake reads: the commune's units and people (to check rows against), and the template file. */
import type { IntakeKind } from '../../contract/intake';
import { compareVietnamese } from '../../core/text';
import type { AuthUser } from '../auth/sessions';
import { type Clock, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { notFound } from '../http/errors';
import type { IntakeContext } from './intake-check';
import { unitCodeOf } from './intake-columns';
import type { RawRow } from './intake-read';
import { intakeTemplate } from './intake-template';

async function commune(db: Db, tenantId: string) {
  const c = await db
    .selectFrom('organisations')
    .select(['name', 'code'])
    .where('id', '=', tenantId)
    .executeTakeFirst();
  if (!c) throw notFound('xã');
  return c;
}

/** The template of a kind, with the commune's units in the unit drop-downs. */
export async function intakeTemplateFile(
  db: Db,
  u: AuthUser,
  kind: IntakeKind,
): Promise<{ file: Buffer; communeName: string }> {
  const c = await commune(db, u.tenantId);
  const units = await db
    .selectFrom('organisations')
    .select(['code', 'name'])
    .where('tenant_id', '=', u.tenantId)
    .where('id', '!=', u.tenantId)
    .where('active_to', 'is', null)
    .execute();
  units.sort((a, b) => compareVietnamese(a.name, b.name));
  const file = await intakeTemplate(
    kind,
    c.name,
    units.map((x) => ({ code: x.code, label: x.name })),
  );
  return { file, communeName: c.name };
}

/** The commune's units and people as the checks need them; for units, the file's codes other communes hold. */
export async function intakeContext(
  db: Db,
  clock: Clock,
  tenantId: string,
  kind: IntakeKind,
  rows: readonly RawRow[],
): Promise<IntakeContext> {
  const c = await commune(db, tenantId);
  const units = await db
    .selectFrom('organisations as o')
    .leftJoin('organisations as p', 'p.id', 'o.parent_id')
    .select(['o.id', 'o.code', 'p.code as parentCode', 'p.id as parentId'])
    .where('o.tenant_id', '=', tenantId)
    .where('o.id', '!=', tenantId)
    .execute();
  const ctx: IntakeContext = {
    today: todayIn(clock),
    communeCode: c.code,
    units: new Map(
      units.map((x) => [
        x.code.toUpperCase(),
        { id: x.id, parentCode: x.parentId === tenantId ? null : (x.parentCode?.toUpperCase() ?? null) },
      ]),
    ),
    foreignUnitCodes: new Set(),
    people: new Map(),
  };
  if (kind === 'units') {
    const codes = [
      ...new Set(rows.flatMap((r) => (r.v.code === null ? [] : [unitCodeOf(String(r.v.code))]))),
    ];
    for (let i = 0; i < codes.length; i += 500) {
      const taken = await db
        .selectFrom('organisations')
        .select('code')
        .where('code', 'in', codes.slice(i, i + 500))
        .where('tenant_id', '!=', tenantId)
        .execute();
      for (const t of taken) ctx.foreignUnitCodes.add(t.code.toUpperCase());
    }
  } else {
    const people = await db
      .selectFrom('people')
      .select(['id', 'citizen_id'])
      .where('tenant_id', '=', tenantId)
      .where('citizen_id', 'is not', null)
      .execute();
    for (const p of people) if (p.citizen_id) ctx.people.set(p.citizen_id, { id: p.id });
  }
  return ctx;
}
