/** Reading movements: the commune's list, the national catalogue, one movement with its plan and reviews. */
import type {
  CatalogueMovement,
  Criterion,
  Movement,
  MovementListItem,
  MovementView,
} from '../../contract/movements';
import { can } from '../../core/auth/policy';
import { seesWholeCommune } from '../../core/auth/roles';
import { availableMovementActions, type MovementState, NATIONAL_MOVEMENTS } from '../../core/movements';
import { compareVietnamese, foldVietnamese } from '../../core/text';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { containsText } from '../db/like-pattern';
import type { CriterionTable } from '../db/schema';
import { notFound } from '../http/errors';

type MovementRow = NonNullable<Awaited<ReturnType<typeof movementRow>>>;
const movementRow = (db: Db, tenantId: string, id: string) =>
  db
    .selectFrom('movements')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();

export function toMovementDto(m: MovementRow): Movement {
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
    status: m.status,
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

/** The commune's movements, newest year first; found by any words of their name without diacritics. */
export async function listMovements(
  db: Db,
  u: AuthUser,
  filter: { q?: string | undefined; status?: MovementState | undefined },
): Promise<MovementListItem[]> {
  let q = db.selectFrom('movements').selectAll().where('tenant_id', '=', u.tenantId);
  for (const w of foldVietnamese(filter.q ?? '')
    .split(' ')
    .filter(Boolean))
    q = q.where(containsText('search_text', w));
  if (filter.status) q = q.where('status', '=', filter.status);
  const rows = await q.execute();
  const counts = await db
    .selectFrom('movement_units as mu')
    .innerJoin('movements as m', 'm.id', 'mu.movement_id')
    .select(['mu.movement_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('m.tenant_id', '=', u.tenantId)
    .groupBy('mu.movement_id')
    .execute();
  const mine = seesWholeCommune(u.role)
    ? null
    : new Set(
        (
          await db
            .selectFrom('movement_units')
            .select('movement_id')
            .where('unit_id', '=', u.unitId ?? '')
            .execute()
        ).map((r) => r.movement_id),
      );
  return rows
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || compareVietnamese(a.name, b.name))
    .map((m) => ({
      ...toMovementDto(m),
      participantCount: Number(counts.find((c) => c.movement_id === m.id)?.n ?? 0),
      myUnitTakesPart: mine ? mine.has(m.id) : null,
    }));
}

/** The national movements the commune may implement, marked when it already has them. */
export async function movementCatalogue(db: Db, u: AuthUser): Promise<CatalogueMovement[]> {
  const rows = await db
    .selectFrom('movements')
    .select(['catalogue_code', 'name'])
    .where('tenant_id', '=', u.tenantId)
    .execute();
  const names = new Set(rows.map((r) => foldVietnamese(r.name)));
  const codes = new Set(rows.map((r) => r.catalogue_code).filter(Boolean));
  return NATIONAL_MOVEMENTS.map((n) => ({
    ...n,
    inCommune: codes.has(n.code) || names.has(foldVietnamese(n.name)),
  }));
}

/** One movement: its plan, the lifecycle actions the user may take now, and its reviews. */
export async function movementView(db: Db, u: AuthUser, id: string): Promise<MovementView> {
  const m = await movementRow(db, u.tenantId, id);
  if (!m) throw notFound('phong trào');
  const reviews = await db
    .selectFrom('reviews')
    .select(['id', 'kind', 'round', 'title', 'status', 'locked_on', 'created_at'])
    .where('movement_id', '=', m.id)
    .orderBy('created_at')
    .execute();
  const dto = toMovementDto(m);
  return {
    ...dto,
    participants: await loadParticipants(db, m.id),
    criteria: await loadCriteria(db, 'MOVEMENT', m.id),
    actions: can(u, 'movement.manage') ? availableMovementActions(dto.status) : [],
    reviews: reviews.map((r) => ({
      id: r.id,
      kind: r.kind,
      round: r.round,
      title: r.title,
      status: r.status,
      lockedOn: r.locked_on,
    })),
  };
}
