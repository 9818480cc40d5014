/**
 * The subject of history entries (a person, a collective, a household) in the reader's commune, and the
 * unit-head rule: a unit head reads and manages only their own unit's people, households and collectives
 * (the unit itself and its sub-units).
 */
import type { SubjectPathKind } from '../../contract/history';
import { can } from '../../core/auth/policy';
import { seesWholeCommune } from '../../core/auth/roles';
import type { SubjectKind } from '../../core/law';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { AppError, forbidden } from '../http/errors';

export const KIND_OF_PATH: Record<SubjectPathKind, SubjectKind> = {
  person: 'INDIVIDUAL',
  unit: 'COLLECTIVE',
  household: 'HOUSEHOLD',
};
export const PATH_OF_KIND: Record<SubjectKind, SubjectPathKind> = {
  INDIVIDUAL: 'person',
  COLLECTIVE: 'unit',
  HOUSEHOLD: 'household',
};

export interface Subject {
  kind: SubjectKind;
  id: string;
  name: string;
  /** The unit whose head may see and manage the subject's records. */
  scopeUnitId: string | null;
  unitId: string | null;
  unitName: string | null;
  birthDate: string | null;
  birthYear: number | null;
  position: string | null;
  address: string | null;
}

const WHAT: Record<SubjectKind, string> = {
  INDIVIDUAL: 'cá nhân',
  COLLECTIVE: 'tập thể',
  HOUSEHOLD: 'hộ gia đình',
};

/** The subject in the reader's commune, or NOT_FOUND (another commune's records do not exist for them). */
export async function findSubject(db: Db, u: AuthUser, kind: SubjectKind, id: string): Promise<Subject> {
  let s: Subject | null = null;
  if (kind === 'INDIVIDUAL') {
    const p = await db
      .selectFrom('people as p')
      .innerJoin('organisations as o', 'o.id', 'p.unit_id')
      .select([
        'p.id',
        'p.full_name',
        'p.unit_id',
        'o.name as unit_name',
        'p.birth_date',
        'p.birth_year',
        'p.position',
      ])
      .where('p.tenant_id', '=', u.tenantId)
      .where('p.id', '=', id)
      .executeTakeFirst();
    if (p)
      s = {
        kind,
        id: p.id,
        name: p.full_name,
        scopeUnitId: p.unit_id,
        unitId: p.unit_id,
        unitName: p.unit_name,
        birthDate: p.birth_date,
        birthYear: p.birth_year,
        position: p.position,
        address: null,
      };
  } else if (kind === 'COLLECTIVE') {
    const o = await db
      .selectFrom('organisations as o')
      .leftJoin('organisations as parent', 'parent.id', 'o.parent_id')
      .select(['o.id', 'o.name', 'o.parent_id', 'parent.name as parent_name', 'o.address'])
      .where('o.tenant_id', '=', u.tenantId)
      .where('o.id', '=', id)
      .executeTakeFirst();
    if (o)
      s = {
        kind,
        id: o.id,
        name: o.name,
        // a unit head answers for their unit and its sub-units (tổ, chi hội)
        scopeUnitId: u.unitId && o.parent_id === u.unitId ? o.parent_id : o.id,
        unitId: o.parent_id,
        unitName: o.parent_name,
        birthDate: null,
        birthYear: null,
        position: null,
        address: o.address,
      };
  } else {
    const h = await db
      .selectFrom('households as h')
      .innerJoin('organisations as o', 'o.id', 'h.unit_id')
      .select(['h.id', 'h.head_name', 'h.unit_id', 'o.name as unit_name', 'h.address'])
      .where('h.tenant_id', '=', u.tenantId)
      .where('h.id', '=', id)
      .executeTakeFirst();
    if (h)
      s = {
        kind,
        id: h.id,
        name: `Hộ gia đình ông/bà ${h.head_name}`,
        scopeUnitId: h.unit_id,
        unitId: h.unit_id,
        unitName: h.unit_name,
        birthDate: null,
        birthYear: null,
        position: null,
        address: h.address,
      };
  }
  if (!s) throw new AppError('NOT_FOUND', `Không tìm thấy ${WHAT[kind]} này trong xã.`);
  if (!seesWholeCommune(u.role) && s.scopeUnitId !== u.unitId)
    throw forbidden(`Bạn chỉ xem được hồ sơ của ${WHAT[kind]} thuộc đơn vị mình.`);
  return s;
}

/** May the user add, change and delete this subject's entries (a unit head: their own unit's). */
export const mayManage = (u: AuthUser, s: Subject) => can(u, 'history.manage', { unitId: s.scopeUnitId });

/** The subject, checked for the reader and then for the manager. */
export async function subjectToManage(db: Db, u: AuthUser, kind: SubjectKind, id: string): Promise<Subject> {
  const s = await findSubject(db, u, kind, id);
  if (!mayManage(u, s)) throw forbidden('Bạn chỉ được nhập quá trình khen thưởng của đơn vị mình.');
  return s;
}
