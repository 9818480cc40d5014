import type { Transaction } from 'kysely';
import { can } from '../../core/auth/policy';
import type { ExampleSubjectKind } from '../../core/examples';
import type { AuthUser } from '../auth/sessions';
import type { Database } from '../db/schema';
import { AppError, forbidden } from '../http/errors';

export interface SubjectInput {
  subjectKind: ExampleSubjectKind;
  personId?: string | null | undefined;
  subjectUnitId?: string | null | undefined;
  householdId?: string | null | undefined;
}

export interface ResolvedSubject {
  personId: string | null;
  subjectUnitId: string | null;
  householdId: string | null;
  name: string;
  /** The unit the example belongs to: the person's unit, the collective (a team's parent), the household's thôn. */
  unitId: string;
}

/**
 * The subject of a typical example — a person, a collective or a household of the commune — and the unit
 * it belongs to. A unit head may only nominate subjects of their own unit.
 */
export async function resolveExampleSubject(
  trx: Transaction<Database>,
  u: AuthUser,
  b: SubjectInput,
): Promise<ResolvedSubject> {
  const own = (unitId: string, what: string) => {
    if (!can(u, 'example.create', { unitId }))
      throw forbidden(`Bạn chỉ được giới thiệu điển hình là ${what} thuộc đơn vị mình.`);
  };
  if (b.subjectKind === 'INDIVIDUAL') {
    if (!b.personId) throw new AppError('SUBJECT_REQUIRED', 'Chưa chọn cá nhân điển hình.');
    const p = await trx
      .selectFrom('people')
      .select(['id', 'full_name', 'unit_id'])
      .where('id', '=', b.personId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!p) throw new AppError('UNKNOWN_PERSON', 'Cá nhân này không có trong danh sách của xã.');
    own(p.unit_id, 'cá nhân');
    return { personId: p.id, subjectUnitId: null, householdId: null, name: p.full_name, unitId: p.unit_id };
  }
  if (b.subjectKind === 'COLLECTIVE') {
    if (!b.subjectUnitId) throw new AppError('SUBJECT_REQUIRED', 'Chưa chọn tập thể điển hình.');
    const o = await trx
      .selectFrom('organisations')
      .select(['id', 'name', 'parent_id', 'level'])
      .where('id', '=', b.subjectUnitId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!o || o.id === u.tenantId)
      throw new AppError('UNKNOWN_UNIT', 'Tập thể này không thuộc các đơn vị của xã.');
    const unitId = o.level === 'TO' && o.parent_id ? o.parent_id : o.id;
    own(unitId, 'tập thể');
    return { personId: null, subjectUnitId: o.id, householdId: null, name: o.name, unitId };
  }
  if (!b.householdId) throw new AppError('SUBJECT_REQUIRED', 'Chưa chọn hộ gia đình điển hình.');
  const h = await trx
    .selectFrom('households')
    .select(['id', 'head_name', 'unit_id'])
    .where('id', '=', b.householdId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!h) throw new AppError('UNKNOWN_HOUSEHOLD', 'Hộ gia đình này không có trong danh sách của xã.');
  own(h.unit_id, 'hộ gia đình');
  return {
    personId: null,
    subjectUnitId: null,
    householdId: h.id,
    name: `Hộ gia đình ông/bà ${h.head_name}`,
    unitId: h.unit_id,
  };
}
