/**
 * Changing the commune's tree of units: create, edit, deactivate, merge and split. Every change is one
 * transaction with its audit row; a unit's code is never reused (it stays on the closed unit). Merges and
 * splits write `org_lineage` rows (MERGE, SPLIT) so the award history follows the successor.
 */
import type { Transaction } from 'kysely';
import type { Unit, UnitDetail } from '../../contract/organisations';
import type { Deactivation, MergeUnits, NewUnit, SplitUnit, UnitInput } from '../../contract/units';
import type { z } from '../../contract/zod';
import { ORG_KINDS, type OrgKind } from '../../core/people/org-kinds';
import { foldVietnamese, formatDateVi } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import { getUnit, listUnits } from './unit-queries';

type Trx = Transaction<Database>;
type UnitBody = z.output<typeof UnitInput>;
type NewUnitBody = z.output<typeof NewUnit>;
type MergeBody = z.output<typeof MergeUnits>;
type SplitBody = z.output<typeof SplitUnit>;
type DeactivationBody = z.output<typeof Deactivation>;

export interface UnitChange {
  unit: UnitDetail;
  created: string[];
  units: Unit[];
}

const answer = async (db: Db, u: AuthUser, id: string, created: string[] = []): Promise<UnitChange> => ({
  unit: await getUnit(db, u, id),
  created,
  units: await listUnits(db, u),
});

const kindOf = (k: string): OrgKind => {
  if (!(ORG_KINDS as readonly string[]).includes(k))
    throw new AppError('VALIDATION', 'Loại đơn vị không hợp lệ');
  return k as OrgKind;
};

/** A unit of the user's commune (not the commune itself), or NOT_FOUND. */
async function unitOf(trx: Trx, u: AuthUser, id: string) {
  const unit = await trx
    .selectFrom('organisations')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!unit || unit.id === u.tenantId) throw notFound('đơn vị');
  return unit;
}

const inactive = (name: string) =>
  new AppError('UNIT_INACTIVE', `Đơn vị ${name} đã ngừng hoạt động.`, { field: 'unitIds' });

/**
 * The parent of a unit: the commune or an active unit of the commune; never the unit itself or a unit
 * inside its subtree (`selfIds`: the units being moved or closed).
 */
async function checkParent(trx: Trx, u: AuthUser, parentId: string, selfIds: string[] = []) {
  const parent = await trx
    .selectFrom('organisations')
    .select(['id', 'name', 'active_to', 'parent_id'])
    .where('id', '=', parentId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!parent)
    throw new AppError('UNKNOWN_UNIT', 'Đơn vị cấp trên không có trong xã.', { field: 'parentId' });
  if (parent.active_to !== null)
    throw new AppError('UNIT_INACTIVE', `Đơn vị cấp trên ${parent.name} đã ngừng hoạt động.`, {
      field: 'parentId',
    });
  // walk up from the parent: meeting one of the units moved means a cycle
  let at: string | null = parent.id;
  const seen = new Set<string>();
  while (at && !seen.has(at)) {
    if (selfIds.includes(at))
      throw new AppError(
        'UNIT_CYCLE',
        'Đơn vị cấp trên không thể là chính đơn vị này hoặc một đơn vị trực thuộc nó.',
        { field: 'parentId' },
      );
    seen.add(at);
    const row: { parent_id: string | null } | undefined = await trx
      .selectFrom('organisations')
      .select('parent_id')
      .where('id', '=', at)
      .executeTakeFirst();
    at = row?.parent_id ?? null;
  }
  return parent;
}

/** A code for a new unit: the one typed (refused when taken), or one made from the commune's code and the name. */
async function freshCode(trx: Trx, u: AuthUser, typed: string | undefined, name: string): Promise<string> {
  const taken = async (code: string) =>
    Boolean(await trx.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirst());
  if (typed) {
    const code = typed.trim().toUpperCase();
    if (await taken(code))
      throw new AppError('CODE_TAKEN', `Mã ${code} đã được dùng cho một đơn vị khác (mã không dùng lại).`, {
        field: 'code',
      });
    return code;
  }
  const commune = await trx
    .selectFrom('organisations')
    .select('code')
    .where('id', '=', u.tenantId)
    .executeTakeFirstOrThrow();
  const words = foldVietnamese(name)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const base = `${commune.code}-${words}`.slice(0, 34).replace(/-$/, '');
  for (let i = 1; ; i++) {
    const code = i === 1 ? base : `${base}-${i}`;
    if (!(await taken(code))) return code;
  }
}

async function insertUnit(trx: Trx, clock: Clock, u: AuthUser, b: NewUnitBody): Promise<string> {
  await checkParent(trx, u, b.parentId);
  const id = newId();
  const code = await freshCode(trx, u, b.code, b.shortName ?? b.name);
  await trx
    .insertInto('organisations')
    .values({
      id,
      tenant_id: u.tenantId,
      parent_id: b.parentId,
      level: b.parentId === u.tenantId ? 'DON_VI' : 'TO',
      kind: kindOf(b.kind),
      code,
      name: b.name,
      short_name: b.shortName ?? null,
      search_text: foldVietnamese(`${b.name} ${b.shortName ?? ''}`.trim()),
      member_count: b.memberCount ?? null,
      active_from: b.activeFrom ?? null,
      active_to: null,
      created_at: isoNow(clock),
      small_collective: b.smallCollective ? 1 : 0,
      direct_work: b.directWork ? 1 : 0,
      address: b.address ?? null,
    })
    .execute();
  return id;
}

/** Add a unit to the tree. */
export async function createUnit(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: NewUnitBody,
): Promise<UnitChange> {
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertUnit(trx, clock, u, b);
    await writeAudit(trx, clock, actor, {
      entityType: 'unit',
      entityId: id,
      action: 'create',
      summary: `Thêm đơn vị ${b.name}`,
      data: b,
    });
    return id;
  });
  return answer(db, u, id, [id]);
}

/** Edit a unit: names, kind, parent (not inside its own subtree), member count, address, statistics flags. */
export async function updateUnit(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: UnitBody,
): Promise<UnitChange> {
  await db.transaction().execute(async (trx) => {
    const unit = await unitOf(trx, u, id);
    if (unit.active_to !== null) throw inactive(unit.name);
    await checkParent(trx, u, b.parentId, [unit.id]);
    await trx
      .updateTable('organisations')
      .set({
        parent_id: b.parentId,
        level: b.parentId === u.tenantId ? 'DON_VI' : 'TO',
        kind: kindOf(b.kind),
        name: b.name,
        short_name: b.shortName ?? null,
        search_text: foldVietnamese(`${b.name} ${b.shortName ?? ''}`.trim()),
        member_count: b.memberCount ?? null,
        address: b.address ?? null,
        small_collective: b.smallCollective ? 1 : 0,
        direct_work: b.directWork ? 1 : 0,
        updated_at: isoNow(clock),
      })
      .where('id', '=', unit.id)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'unit',
      entityId: unit.id,
      action: 'update',
      summary: unit.name === b.name ? `Sửa đơn vị ${b.name}` : `Sửa đơn vị ${unit.name} (tên mới: ${b.name})`,
      data: { before: { name: unit.name, parentId: unit.parent_id, kind: unit.kind }, after: b },
    });
  });
  return answer(db, u, id);
}

async function activeChildren(trx: Trx, ids: string[]) {
  return trx
    .selectFrom('organisations')
    .select(['id', 'name', 'parent_id'])
    .where('parent_id', 'in', ids)
    .where('active_to', 'is', null)
    .execute();
}

const badDate = (name: string, from: string) =>
  new AppError('BAD_DATE', `Ngày ngừng phải sau ngày thành lập của ${name} (${formatDateVi(from)}).`, {
    field: 'effectiveDate',
  });

/** Close a unit from a date (its code stays with it). Refused while it has active sub-units. */
export async function deactivateUnit(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: DeactivationBody,
): Promise<UnitChange> {
  await db.transaction().execute(async (trx) => {
    const unit = await unitOf(trx, u, id);
    if (unit.active_to !== null) throw inactive(unit.name);
    if (unit.active_from && b.activeTo < unit.active_from) throw badDate(unit.name, unit.active_from);
    const children = await activeChildren(trx, [unit.id]);
    if (children.length)
      throw new AppError(
        'UNIT_HAS_CHILDREN',
        `${unit.name} còn đơn vị trực thuộc đang hoạt động: ${children.map((c) => c.name).join(', ')}.`,
      );
    await trx
      .updateTable('organisations')
      .set({ active_to: b.activeTo, updated_at: isoNow(clock) })
      .where('id', '=', unit.id)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'unit',
      entityId: unit.id,
      action: 'deactivate',
      summary: `Ngừng hoạt động đơn vị ${unit.name} từ ${formatDateVi(b.activeTo)}${b.basis ? ` (${b.basis})` : ''}`,
      data: b,
    });
  });
  return answer(db, u, id);
}

/** Move people, households, accounts and active sub-units from `from` to `to` (a merger). */
async function moveEverything(trx: Trx, clock: Clock, tenantId: string, from: string[], to: string) {
  const now = isoNow(clock);
  const people = await trx
    .updateTable('people')
    .set({ unit_id: to, updated_at: now })
    .where('tenant_id', '=', tenantId)
    .where('unit_id', 'in', from)
    .executeTakeFirst();
  await trx
    .updateTable('households')
    .set({ unit_id: to, updated_at: now })
    .where('tenant_id', '=', tenantId)
    .where('unit_id', 'in', from)
    .execute();
  await trx
    .updateTable('users')
    .set({ unit_id: to })
    .where('tenant_id', '=', tenantId)
    .where('unit_id', 'in', from)
    .execute();
  await trx
    .updateTable('organisations')
    .set({ parent_id: to, level: 'TO', updated_at: now })
    .where('tenant_id', '=', tenantId)
    .where('parent_id', 'in', from)
    .where('active_to', 'is', null)
    .where('id', '!=', to)
    .execute();
  return Number(people.numUpdatedRows);
}

/**
 * Merge two or more units into a new unit or into an existing one: the merged units close on the
 * effective date, their people, households, accounts and sub-units move to the successor, and lineage
 * rows (MERGE) carry their award history.
 */
export async function mergeUnits(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: MergeBody,
): Promise<UnitChange> {
  const result = await db.transaction().execute(async (trx) => {
    const ids = [...new Set(b.unitIds)];
    const units = [];
    for (const id of ids) {
      const unit = await trx
        .selectFrom('organisations')
        .selectAll()
        .where('id', '=', id)
        .where('tenant_id', '=', u.tenantId)
        .executeTakeFirst();
      if (!unit || unit.id === u.tenantId)
        throw new AppError('UNKNOWN_UNIT', 'Một đơn vị được chọn không có trong xã.', { field: 'unitIds' });
      if (unit.active_to !== null) throw inactive(unit.name);
      units.push(unit);
    }
    const into = b.intoId ?? null;
    const closing = units.filter((x) => x.id !== into);
    if (closing.length < 1 || closing.length + (into ? 1 : 0) < 2)
      throw new AppError('VALIDATION', 'Cần ít nhất hai đơn vị để hợp nhất.', { field: 'unitIds' });
    for (const c of closing)
      if (c.active_from && b.effectiveDate < c.active_from) throw badDate(c.name, c.active_from);
    const closingIds = closing.map((c) => c.id);
    let successorId: string;
    let successorName: string;
    const created: string[] = [];
    if (into) {
      const target = await trx
        .selectFrom('organisations')
        .selectAll()
        .where('id', '=', into)
        .where('tenant_id', '=', u.tenantId)
        .executeTakeFirst();
      if (!target || target.id === u.tenantId)
        throw new AppError('UNKNOWN_UNIT', 'Đơn vị nhận hợp nhất không có trong xã.', { field: 'intoId' });
      if (target.active_to !== null)
        throw new AppError('UNIT_INACTIVE', `Đơn vị ${target.name} đã ngừng hoạt động.`, { field: 'intoId' });
      // the successor stays: it must not sit inside a unit that closes
      if (target.parent_id) await checkParent(trx, u, target.parent_id, closingIds);
      successorId = target.id;
      successorName = target.name;
    } else if (b.newUnit) {
      await checkParent(trx, u, b.newUnit.parentId, closingIds);
      successorId = await insertUnit(trx, clock, u, { activeFrom: b.effectiveDate, ...b.newUnit });
      successorName = b.newUnit.name;
      created.push(successorId);
    } else throw new AppError('VALIDATION', 'Chọn đơn vị nhận hợp nhất hoặc nhập đơn vị mới.');
    const moved = await moveEverything(trx, clock, u.tenantId, closingIds, successorId);
    await trx
      .updateTable('organisations')
      .set({ active_to: b.effectiveDate, updated_at: isoNow(clock) })
      .where('id', 'in', closingIds)
      .execute();
    for (const c of closing) {
      await trx
        .insertInto('org_lineage')
        .values({
          id: newId(),
          tenant_id: u.tenantId,
          successor_id: successorId,
          predecessor_id: c.id,
          effective_date: b.effectiveDate,
          basis: b.basis ?? null,
          change_kind: 'MERGE',
        })
        .execute();
    }
    await writeAudit(trx, clock, actor, {
      entityType: 'unit',
      entityId: successorId,
      action: 'merge',
      summary: `Hợp nhất ${closing.map((c) => c.name).join(', ')} vào ${successorName} từ ${formatDateVi(b.effectiveDate)}${b.basis ? ` (${b.basis})` : ''}; ${moved} cá nhân chuyển sang`,
      data: { ...b, peopleMoved: moved },
    });
    return { successorId, created };
  });
  return answer(db, u, result.successorId, result.created);
}

/**
 * Split a unit into two or more new units: the officer assigns every active person of the old unit to one
 * of them; households follow most of their members (or go to the first new unit), accounts follow their
 * person (or go to the first new unit); the old unit closes and lineage rows (SPLIT) record the change.
 */
export async function splitUnit(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: SplitBody,
): Promise<UnitChange> {
  const created = await db.transaction().execute(async (trx) => {
    const unit = await unitOf(trx, u, id);
    if (unit.active_to !== null) throw inactive(unit.name);
    if (unit.active_from && b.effectiveDate < unit.active_from) throw badDate(unit.name, unit.active_from);
    const children = await activeChildren(trx, [unit.id]);
    if (children.length)
      throw new AppError(
        'UNIT_HAS_CHILDREN',
        `${unit.name} còn đơn vị trực thuộc đang hoạt động: ${children.map((c) => c.name).join(', ')}. Hãy chuyển các đơn vị đó trước khi chia tách.`,
      );
    const people = await trx
      .selectFrom('people')
      .select(['id', 'full_name', 'household_id'])
      .where('tenant_id', '=', u.tenantId)
      .where('unit_id', '=', unit.id)
      .where('active', '=', 1)
      .execute();
    const known = new Set(people.map((p) => p.id));
    const partOf = new Map<string, number>();
    b.parts.forEach((part, i) => {
      for (const pid of part.personIds) {
        if (!known.has(pid))
          throw new AppError('UNKNOWN_PERSON', `Một cá nhân được chọn không thuộc ${unit.name}.`, {
            field: `parts.${i}.personIds`,
          });
        if (partOf.has(pid))
          throw new AppError('VALIDATION', 'Mỗi cá nhân chỉ sang một đơn vị mới.', {
            field: `parts.${i}.personIds`,
          });
        partOf.set(pid, i);
      }
    });
    const missing = people.filter((p) => !partOf.has(p.id));
    if (missing.length)
      throw new AppError(
        'PEOPLE_UNASSIGNED',
        `Còn ${missing.length} cá nhân chưa được chọn sang đơn vị mới: ${missing
          .slice(0, 5)
          .map((p) => p.full_name)
          .join(', ')}${missing.length > 5 ? '…' : ''}.`,
        { field: 'parts', personIds: missing.map((p) => p.id) },
      );
    const newIds: string[] = [];
    for (const part of b.parts) {
      await checkParent(trx, u, part.unit.parentId, [unit.id]);
      newIds.push(await insertUnit(trx, clock, u, { activeFrom: b.effectiveDate, ...part.unit }));
    }
    const first = newIds[0] as string;
    const now = isoNow(clock);
    for (const [pid, i] of partOf) {
      await trx
        .updateTable('people')
        .set({ unit_id: newIds[i] as string, updated_at: now })
        .where('id', '=', pid)
        .execute();
    }
    // households: to the new unit most of their members went to
    const households = await trx
      .selectFrom('households')
      .select('id')
      .where('tenant_id', '=', u.tenantId)
      .where('unit_id', '=', unit.id)
      .execute();
    for (const h of households) {
      const votes = new Map<number, number>();
      for (const p of people)
        if (p.household_id === h.id) {
          const i = partOf.get(p.id) ?? 0;
          votes.set(i, (votes.get(i) ?? 0) + 1);
        }
      const best = [...votes].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0] ?? 0;
      await trx
        .updateTable('households')
        .set({ unit_id: newIds[best] as string, updated_at: now })
        .where('id', '=', h.id)
        .execute();
    }
    // the remaining (inactive) people keep their history with the closed unit; accounts follow their person
    const accounts = await trx
      .selectFrom('users')
      .select(['id', 'person_id'])
      .where('tenant_id', '=', u.tenantId)
      .where('unit_id', '=', unit.id)
      .execute();
    for (const a of accounts) {
      const i = a.person_id ? partOf.get(a.person_id) : undefined;
      await trx
        .updateTable('users')
        .set({ unit_id: i === undefined ? first : (newIds[i] as string) })
        .where('id', '=', a.id)
        .execute();
    }
    await trx
      .updateTable('organisations')
      .set({ active_to: b.effectiveDate, updated_at: now })
      .where('id', '=', unit.id)
      .execute();
    for (const n of newIds) {
      await trx
        .insertInto('org_lineage')
        .values({
          id: newId(),
          tenant_id: u.tenantId,
          successor_id: n,
          predecessor_id: unit.id,
          effective_date: b.effectiveDate,
          basis: b.basis ?? null,
          change_kind: 'SPLIT',
        })
        .execute();
    }
    await writeAudit(trx, clock, actor, {
      entityType: 'unit',
      entityId: unit.id,
      action: 'split',
      summary: `Chia tách ${unit.name} thành ${b.parts.map((p) => p.unit.name).join(', ')} từ ${formatDateVi(b.effectiveDate)}${b.basis ? ` (${b.basis})` : ''}`,
      data: { ...b, created: newIds },
    });
    return newIds;
  });
  return answer(db, u, id, created);
}
