import type { Db } from '../db/connect';

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

export interface RegistrationDto {
  id: string;
  movementId: string | null;
  year: number;
  subjectKind: 'UNIT' | 'INDIVIDUAL';
  subjectId: string;
  subjectName: string;
  /** The subject's own unit (a person's unit, or the unit itself). */
  unitId: string;
  /** The participating unit it registered under: `unitId` or its parent. */
  ownerUnitId: string;
  titles: string[];
  targetIds: string[];
  pledge: string | null;
  registeredOn: string;
  updatedAt: string;
}

/** Registrations of a movement with the subject's name (unit or person), units first. */
export async function movementRegistrations(
  db: Db,
  tenantId: string,
  movementId: string,
): Promise<RegistrationDto[]> {
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
