/** Criteria sets of movements and of annual reviews: checked by the core, replaced as a whole. */
import type { Transaction } from 'kysely';
import type { CriterionInput } from '../../contract/movements';
import { validateCriteria } from '../../core/scoring';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';

/** Checks the criteria with the core; every problem is reported in one 400. */
export function checkCriteria(criteria: readonly CriterionInput[]): void {
  const errors = validateCriteria(
    criteria.map((c, i) => ({
      id: `c${i + 1}`,
      name: c.name,
      weight: c.weight,
      minScore: c.minScore,
      maxScore: c.maxScore,
    })),
  );
  if (criteria.length > 0 && errors.length) {
    throw new AppError(
      'INVALID_CRITERIA',
      `Bộ tiêu chí chưa hợp lệ: ${errors.map((e) => e.message).join(' ')}`,
      errors,
    );
  }
}

/** Replaces the criteria of a movement or of an annual review, in the given order. */
export async function replaceCriteria(
  trx: Transaction<Database>,
  tenantId: string,
  ownerKind: 'MOVEMENT' | 'REVIEW',
  ownerId: string,
  criteria: readonly CriterionInput[],
): Promise<void> {
  await trx
    .deleteFrom('criteria')
    .where('owner_kind', '=', ownerKind)
    .where('owner_id', '=', ownerId)
    .execute();
  let position = 0;
  for (const c of criteria) {
    await trx
      .insertInto('criteria')
      .values({
        id: newId(),
        tenant_id: tenantId,
        owner_kind: ownerKind,
        owner_id: ownerId,
        position: ++position,
        name: c.name.trim(),
        group_name: c.group?.trim() || null,
        description: c.description?.trim() || null,
        weight: c.weight,
        min_score: c.minScore,
        max_score: c.maxScore,
      })
      .execute();
  }
}
