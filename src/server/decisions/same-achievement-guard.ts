import type { Selectable, Transaction } from 'kysely';
import { claimsOf, describeSameAchievement, findSameAchievement, proposalBasisRef } from '../../core/law';
import { formatDateVi } from '../../core/text';
import { isPostgres } from '../db/dialect-helpers';
import type { Database, ProposalTable } from '../db/schema';
import { AppError } from '../http/errors';
import { loadSubjectRecords } from '../law/record-loader';

/**
 * One achievement, one award (khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022 — rule R-PRIN-1 of the law
 * engine): a proposal is refused at submit, forward, approve and sign when the subject already holds, or is
 * being proposed for, another award for the same achievement — awards signed here, awards entered from
 * outside, and proposals of every level still on their way. The same check as the verdict's, from the same
 * record (`law/record-loader.ts`). Concurrent steps for the same subject are serialised by locking the
 * subject's row (PostgreSQL; SQLite runs one writer at a time), so two forms for one achievement cannot pass
 * side by side; the same award twice is also kept by the unique index `awards_one_per_subject_year`.
 */
type Proposal = Pick<
  Selectable<ProposalTable>,
  | 'id'
  | 'tenant_id'
  | 'award_code'
  | 'year'
  | 'subject_kind'
  | 'subject_name'
  | 'person_id'
  | 'subject_unit_id'
  | 'household_id'
  | 'achievement_basis'
  | 'achievement_ref'
  | 'movement_id'
>;

/** What a stored proposal's achievement is, as the law engine reads a candidate. */
export const proposalAchievement = (p: Proposal) => ({
  basis: p.achievement_basis,
  basisRef: proposalBasisRef(p.achievement_basis, p.achievement_ref, p.movement_id),
  proposalId: p.id,
});

/** Lock the subjects' rows until the transaction ends (PostgreSQL), so checks for one subject run one at a time. */
export async function lockSubjects(trx: Transaction<Database>, ps: readonly Proposal[]): Promise<void> {
  if (!isPostgres(trx)) return;
  const of = (pick: (p: Proposal) => string | null) => [
    ...new Set(ps.map(pick).filter((x): x is string => !!x)),
  ];
  const people = of((p) => (p.subject_kind === 'INDIVIDUAL' ? p.person_id : null));
  const units = of((p) => (p.subject_kind === 'COLLECTIVE' ? p.subject_unit_id : null));
  const households = of((p) => (p.subject_kind === 'HOUSEHOLD' ? p.household_id : null));
  if (people.length)
    await trx.selectFrom('people').select('id').where('id', 'in', people).orderBy('id').forUpdate().execute();
  if (units.length)
    await trx
      .selectFrom('organisations')
      .select('id')
      .where('id', 'in', units)
      .orderBy('id')
      .forUpdate()
      .execute();
  if (households.length)
    await trx
      .selectFrom('households')
      .select('id')
      .where('id', 'in', households)
      .orderBy('id')
      .forUpdate()
      .execute();
}

/**
 * Refuse (409 SAME_ACHIEVEMENT) when any of the proposals would commend an achievement a second time. At
 * signing, other proposals for the same award are left to the register (the first signed wins; the later one
 * is refused as AWARD_ALREADY_GRANTED), so that duplicates made before this rule do not block each other.
 */
export async function assertNoSameAchievement(
  trx: Transaction<Database>,
  tenantId: string,
  ps: readonly Proposal[],
  step: 'proposal' | 'signing' = 'proposal',
): Promise<void> {
  if (!ps.length) return;
  await lockSubjects(trx, ps);
  const records = await loadSubjectRecords(
    trx,
    tenantId,
    ps.map((p) => ({
      ref: {
        subjectKind: p.subject_kind,
        personId: p.person_id,
        subjectUnitId: p.subject_unit_id,
        householdId: p.household_id,
      },
      year: p.year,
    })),
  );
  for (const [i, p] of ps.entries()) {
    const record = records[i];
    if (!record) continue;
    const a = proposalAchievement(p);
    const x = findSameAchievement(
      { code: p.award_code, year: p.year, basis: a.basis, basisRef: a.basisRef, id: p.id },
      claimsOf(record).filter(
        (c) => step === 'proposal' || c.source !== 'PROPOSAL' || c.code !== p.award_code,
      ),
    );
    if (!x) continue;
    throw new AppError(
      'SAME_ACHIEVEMENT',
      describeSameAchievement(p.subject_name, p.award_code, p.year, x, formatDateVi),
      {
        first: {
          source: x.claim.source,
          awardCode: x.claim.code,
          year: x.claim.year,
          reference: x.claim.reference ?? null,
          date: x.claim.date ?? null,
        },
      },
    );
  }
}
