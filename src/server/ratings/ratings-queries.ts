/** Reading annual performance ratings: who is rated, who may see or enter whose, the list and the template. */
import type { RatingRow, RatingsView } from '../../contract/ratings';
import { can } from '../../core/auth/policy';
import { seesWholeCommune } from '../../core/auth/roles';
import type { PersonCategory } from '../../core/people/person-categories';
import {
  PERFORMANCE_RATING_LABELS,
  PERFORMANCE_RATINGS,
  parsePerformanceRating,
} from '../../core/scoring/ratings';
import { compareVietnamese } from '../../core/text';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { forbidden, notFound } from '../http/errors';
import { ratingsTemplate } from './ratings-template';

/**
 * Who is rated each year (đánh giá, xếp loại chất lượng): cadres, civil servants, public employees
 * (Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP) and the unit's employees.
 */
export const RATED_CATEGORIES: PersonCategory[] = [
  'CAN_BO',
  'CONG_CHUC',
  'VIEN_CHUC',
  'NGUOI_LAO_DONG',
  'NGUOI_LAO_DONG_TRUC_TIEP',
];

/**
 * The unit whose people a user may rate: officers any unit of the commune (or all, when none is
 * given); a unit head only their own unit. Everybody else may read but not write.
 */
export async function ratingScope(
  db: Db,
  u: AuthUser,
  unitId: string | undefined,
  forWriting: boolean,
): Promise<string | null> {
  if (!seesWholeCommune(u.role)) {
    if (unitId && unitId !== u.unitId)
      throw forbidden('Trưởng đơn vị chỉ xem và nhập xếp loại của người trong đơn vị mình.');
    return u.unitId;
  }
  if (forWriting && !can(u, 'rating.enter'))
    throw forbidden('Chỉ cán bộ thi đua hoặc trưởng đơn vị mới nhập được kết quả xếp loại.');
  if (!unitId) return null;
  const unit = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', unitId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!unit) throw notFound('đơn vị');
  return unitId;
}

/** The people of a unit (or of the commune) with their rating of the year, by unit then name. */
export async function ratingRows(
  db: Db,
  tenantId: string,
  year: number,
  unitId: string | null,
  personId?: string,
): Promise<RatingRow[]> {
  let q = db
    .selectFrom('people as p')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .leftJoin('ratings as r', (j) => j.onRef('r.person_id', '=', 'p.id').on('r.year', '=', year))
    .select(['p.id', 'p.full_name', 'p.position', 'p.unit_id', 'o.name as unit_name', 'r.rating', 'r.source'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.category', 'in', RATED_CATEGORIES);
  if (unitId) q = q.where('p.unit_id', '=', unitId);
  if (personId) q = q.where('p.id', '=', personId);
  const rows = await q.execute();
  return rows
    .map((r) => {
      const rating = r.rating ? parsePerformanceRating(r.rating) : null;
      return {
        personId: r.id,
        fullName: r.full_name,
        position: r.position,
        unitId: r.unit_id,
        unitName: r.unit_name,
        rating,
        ratingLabel: rating ? PERFORMANCE_RATING_LABELS[rating] : null,
        source: r.source ?? null,
      };
    })
    .sort((a, b) => compareVietnamese(a.unitName, b.unitName) || compareVietnamese(a.fullName, b.fullName));
}

/** The ratings of a year for a unit (or the commune; a unit head: their own unit). */
export async function listRatings(
  db: Db,
  u: AuthUser,
  q: { year: number; unitId?: string | undefined },
): Promise<RatingsView> {
  const unitId = await ratingScope(db, u, q.unitId, false);
  return {
    year: q.year,
    unitId,
    canEdit: can(u, 'rating.enter'),
    ratings: PERFORMANCE_RATINGS.map((code) => ({ code, label: PERFORMANCE_RATING_LABELS[code] })),
    rows: await ratingRows(db, u.tenantId, q.year, unitId),
  };
}

/** The Excel template of a year for a unit (or the commune), pre-filled with its people, and its file name. */
export async function ratingsTemplateFile(
  db: Db,
  u: AuthUser,
  q: { year: number; unitId?: string | undefined },
): Promise<{ file: Buffer; name: string }> {
  const unitId = await ratingScope(db, u, q.unitId, false);
  const unit = unitId
    ? await db.selectFrom('organisations').select('name').where('id', '=', unitId).executeTakeFirst()
    : undefined;
  const commune = await db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', u.tenantId)
    .executeTakeFirst();
  const name = unit?.name ?? commune?.name ?? '';
  const file = await ratingsTemplate(q.year, name, await ratingRows(db, u.tenantId, q.year, unitId));
  return { file, name };
}
