import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/**
 * What a proposal's achievement is (khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022: one achievement, one
 * award): `achievement_basis` — ANNUAL (the year's results), MOVEMENT (a thematic movement or phase; which
 * one is `movement_id`, or `achievement_ref` for a movement outside the product), SUDDEN (a sudden deed,
 * named by `achievement_ref`), CONTRIBUTION (a household's contribution), PROCESS (several years). Existing
 * proposals get the usual basis of their award: thematic Giấy khen → MOVEMENT, sudden → SUDDEN, household
 * Giấy khen → CONTRIBUTION, Bằng khen Thủ tướng and Huân chương → PROCESS, everything else (titles, regular
 * Giấy khen, Bằng khen tỉnh) → ANNUAL.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('proposals')
    .addColumn('achievement_basis', 'text', (c) => c.notNull().defaultTo('ANNUAL'))
    .execute();
  await db.schema.alterTable('proposals').addColumn('achievement_ref', 'text').execute();
  const usual: [string[], string][] = [
    [['GK_XA_THEMATIC'], 'MOVEMENT'],
    [['GK_XA_SUDDEN'], 'SUDDEN'],
    [['GK_XA_HOUSEHOLD'], 'CONTRIBUTION'],
    [['BK_TTG', 'HCLD3'], 'PROCESS'],
  ];
  for (const [codes, basis] of usual)
    await db
      .updateTable('proposals')
      .set({ achievement_basis: basis })
      .where('award_code', 'in', codes)
      .execute();
}
