import type { Registration, RegistrationList } from '../../contract/registrations';
import { seesWholeCommune } from '../../core/auth/roles';
import {
  missingRegistrations,
  type Participant,
  registrationCoverage,
  registrationWarnings,
} from '../../core/movements';
import type { AuthUser } from '../auth/sessions';
import { type Clock, yearIn } from '../clock';
import type { Db } from '../db/connect';
import { notFound } from '../http/errors';

/**
 * The registration deadline: the one set on the movement, else its end (registration stays open while it
 * runs), else the end of its year (`thisYear` for a movement without one).
 */
export const deadlineOf = (
  m: { registration_deadline: string | null; end_date: string | null; year: number | null },
  thisYear: number,
): string => m.registration_deadline ?? m.end_date ?? `${m.year ?? thisYear}-12-31`;

/**
 * Title codes (law catalogue codes, e.g. `LDTT`, `CSTDCS`, `TTLDTT`) that a subject registered for
 * `year`, from any movement or from the annual registration, sorted and without duplicates. The
 * eligibility rules read it: a title not registered is not proposed (Điều 7 Nghị định 98/2023/NĐ-CP).
 */
export async function registeredTitles(
  db: Db,
  tenantId: string,
  subjectKind: 'UNIT' | 'INDIVIDUAL',
  subjectId: string,
  year: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('registrations')
    .select('titles')
    .where('tenant_id', '=', tenantId)
    .where('subject_kind', '=', subjectKind)
    .where('subject_id', '=', subjectId)
    .where('year', '=', year)
    .execute();
  const codes = new Set<string>();
  for (const r of rows) for (const c of parseCodes(r.titles)) codes.add(c);
  return [...codes].sort();
}

/** Parses a JSON array of strings stored in a text column; anything else reads as empty. */
export function parseCodes(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Registrations of a movement with the subject's name (unit or person), units first; or just one of them. */
export async function movementRegistrations(
  db: Db,
  tenantId: string,
  movementId: string,
  onlyId?: string,
): Promise<Registration[]> {
  const rows = await db
    .selectFrom('registrations as r')
    .leftJoin('organisations as o', (j) =>
      j.onRef('o.id', '=', 'r.subject_id').on('r.subject_kind', '=', 'UNIT'),
    )
    .leftJoin('people as p', (j) =>
      j.onRef('p.id', '=', 'r.subject_id').on('r.subject_kind', '=', 'INDIVIDUAL'),
    )
    .selectAll('r')
    .innerJoin('organisations as uo', 'uo.id', 'r.unit_id')
    .select(['o.name as unit_name', 'p.full_name as person_name', 'uo.parent_id as unit_parent_id'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.movement_id', '=', movementId)
    .$if(onlyId !== undefined, (q) => q.where('r.id', '=', onlyId ?? ''))
    .execute();
  const participants = new Set(
    (
      await db.selectFrom('movement_units').select('unit_id').where('movement_id', '=', movementId).execute()
    ).map((r) => r.unit_id),
  );
  return rows
    .map((r) => ({
      id: r.id,
      movementId: r.movement_id,
      year: r.year,
      subjectKind: r.subject_kind === 'UNIT' ? ('UNIT' as const) : ('INDIVIDUAL' as const),
      subjectId: r.subject_id,
      subjectName: r.unit_name ?? r.person_name ?? r.subject_id,
      unitId: r.unit_id,
      ownerUnitId: participants.has(r.unit_id) ? r.unit_id : (r.unit_parent_id ?? r.unit_id),
      titles: parseCodes(r.titles),
      warnings: registrationWarnings(r.subject_kind === 'UNIT' ? 'UNIT' : 'INDIVIDUAL', parseCodes(r.titles)),
      targetIds: parseCodes(r.target_ids),
      pledge: r.pledge,
      registeredOn: r.registered_on,
      updatedAt: r.updated_at,
    }))
    .sort((a, b) =>
      a.subjectKind === b.subjectKind
        ? a.subjectName.localeCompare(b.subjectName, 'vi')
        : a.subjectKind === 'UNIT'
          ? -1
          : 1,
    );
}

/** One registration as the movement's list shows it. */
export async function loadRegistration(db: Db, tenantId: string, id: string): Promise<Registration> {
  const r = await db
    .selectFrom('registrations')
    .select('movement_id')
    .where('id', '=', id)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  const [found] = r?.movement_id ? await movementRegistrations(db, tenantId, r.movement_id, id) : [];
  if (!found) throw notFound('bản đăng ký thi đua');
  return found;
}

/**
 * The registrations of a movement, who has not registered and the coverage. A unit head sees the
 * registrations under their own unit and whether it is missing; the coverage is the commune's.
 */
export async function registrationList(
  db: Db,
  clock: Clock,
  u: AuthUser,
  movementId: string,
): Promise<RegistrationList> {
  const m = await db
    .selectFrom('movements')
    .selectAll()
    .where('id', '=', movementId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!m) throw notFound('phong trào');
  const participants: Participant[] = (
    await db
      .selectFrom('movement_units as mu')
      .innerJoin('organisations as o', 'o.id', 'mu.unit_id')
      .select(['o.id', 'o.name'])
      .where('mu.movement_id', '=', m.id)
      .orderBy('o.name')
      .execute()
  ).map((p) => ({ kind: 'UNIT', id: p.id, name: p.name }));
  let regs = await movementRegistrations(db, u.tenantId, m.id);
  const asCore = regs.map((r) => ({
    subjectKind: r.subjectKind,
    subjectId: r.subjectId,
    registeredOn: r.registeredOn,
    titles: r.titles,
  }));
  const coverage = registrationCoverage(participants, asCore);
  let missing = missingRegistrations(participants, asCore);
  if (!seesWholeCommune(u.role)) {
    regs = regs.filter((r) => r.ownerUnitId === u.unitId);
    missing = missing.filter((p) => p.id === u.unitId);
  }
  return {
    deadline: deadlineOf(m, yearIn(clock)),
    status: m.status,
    registrations: regs,
    missing,
    coverage,
  };
}
