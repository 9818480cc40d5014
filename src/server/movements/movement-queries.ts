import type { MovementState } from '../../core/movements';
import type { Criterion } from '../../core/scoring';
import type { Db } from '../db/connect';
import type { CriterionTable } from '../db/schema';
import { notFound } from '../http/errors';

export interface MovementDto {
  id: string;
  name: string;
  type: string;
  scope: string;
  fields: string[];
  basis: string | null;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  year: number | null;
  launchedBy: string | null;
  status: MovementState;
  catalogueCode: string | null;
  registrationDeadline: string | null;
  calendarDayId: string | null;
  midReviewRounds: number;
}

export interface MovementDetail extends MovementDto {
  participants: { id: string; name: string; kind: string }[];
  criteria: Criterion[];
}

type MovementRow = Awaited<ReturnType<typeof movementRow>>;
const movementRow = (db: Db, tenantId: string, id: string) =>
  db
    .selectFrom('movements')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();

export function toMovementDto(m: NonNullable<MovementRow>): MovementDto {
  return {
    id: m.id,
    name: m.name,
    type: m.type,
    scope: m.scope,
    fields: JSON.parse(m.fields) as string[],
    basis: m.basis,
    description: m.description,
    startDate: m.start_date,
    endDate: m.end_date,
    year: m.year,
    launchedBy: m.launched_by,
    status: m.status as MovementState,
    catalogueCode: m.catalogue_code ?? null,
    registrationDeadline: m.registration_deadline ?? null,
    calendarDayId: m.calendar_day_id ?? null,
    midReviewRounds: m.mid_review_rounds ?? 0,
  };
}

export function toCriterion(
  c: Pick<
    CriterionTable,
    'id' | 'name' | 'weight' | 'min_score' | 'max_score' | 'group_name' | 'description'
  >,
): Criterion {
  return {
    id: c.id,
    name: c.name,
    weight: Number(c.weight),
    minScore: Number(c.min_score),
    maxScore: Number(c.max_score),
    ...(c.group_name ? { group: c.group_name } : {}),
    ...(c.description ? { description: c.description } : {}),
  };
}

/** Criteria of a movement or of an annual review, in their order. */
export async function loadCriteria(
  db: Db,
  ownerKind: 'MOVEMENT' | 'REVIEW',
  ownerId: string,
): Promise<Criterion[]> {
  const rows = await db
    .selectFrom('criteria')
    .selectAll()
    .where('owner_kind', '=', ownerKind)
    .where('owner_id', '=', ownerId)
    .orderBy('position')
    .execute();
  return rows.map(toCriterion);
}

export async function loadParticipants(
  db: Db,
  movementId: string,
): Promise<{ id: string; name: string; kind: string }[]> {
  return db
    .selectFrom('movement_units as mu')
    .innerJoin('organisations as o', 'o.id', 'mu.unit_id')
    .select(['o.id', 'o.name', 'o.kind'])
    .where('mu.movement_id', '=', movementId)
    .orderBy('o.name')
    .execute();
}

export async function loadMovement(db: Db, tenantId: string, id: string): Promise<MovementDetail> {
  const m = await movementRow(db, tenantId, id);
  if (!m) throw notFound('phong trào');
  return {
    ...toMovementDto(m),
    participants: await loadParticipants(db, m.id),
    criteria: await loadCriteria(db, 'MOVEMENT', m.id),
  };
}
