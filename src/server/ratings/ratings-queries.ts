import type { PersonCategory } from '../../core/people/person-categories';
import {
  PERFORMANCE_RATING_LABELS,
  type PerformanceRating,
  parsePerformanceRating,
} from '../../core/scoring/ratings';
import { compareVietnamese } from '../../core/text';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { forbidden, notFound } from '../http/errors';

export interface RatingRow {
  personId: string;
  fullName: string;
  position: string | null;
  unitId: string;
  unitName: string;
  rating: PerformanceRating | null;
  ratingLabel: string | null;
  source: string | null;
}

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

export const isRatingManager = (u: AuthUser): boolean => u.role === 'ADMIN' || u.role === 'CAN_BO_TDKT';

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
  if (u.role === 'TRUONG_DON_VI') {
    if (unitId && unitId !== u.unitId)
      throw forbidden('Trưởng đơn vị chỉ xem và nhập xếp loại của người trong đơn vị mình.');
    return u.unitId;
  }
  if (forWriting && !isRatingManager(u))
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
): Promise<RatingRow[]> {
  let q = db
    .selectFrom('people as p')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .leftJoin('ratings as r', (j) => j.onRef('r.person_id', '=', 'p.id').on('r.year', '=', year))
    .select(['p.id', 'p.full_name', 'p.position', 'p.unit_id', 'o.name as unit_name', 'r.rating', 'r.source'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.category', 'in', RATED_CATEGORIES);
  if (unitId) q = q.where('p.unit_id', '=', unitId);
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
