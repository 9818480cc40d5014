import type { Transaction } from 'kysely';
import { voteRuleFor } from '../../core/ballot';
import {
  checkDecidableAfterDisclosure,
  checkDisclosedWhenRequired,
} from '../../core/dossier/disclosure-rules';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';

/**
 * Refuse approval or decision of a proposal still in public disclosure or under objection, or — for an
 * award voted by the council's secret ballot — never disclosed. `on`: the server's date (`todayIn(clock)`).
 */
export async function assertDecidable(
  trx: Transaction<Database> | Db,
  proposalId: string,
  subjectName: string,
  awardCode: string,
  on: string,
): Promise<void> {
  const disclosures = await trx
    .selectFrom('disclosure_items as i')
    .innerJoin('disclosures as d', 'd.id', 'i.disclosure_id')
    .select(['d.starts_on', 'd.ends_on'])
    .where('i.proposal_id', '=', proposalId)
    .execute();
  const required = checkDisclosedWhenRequired(
    voteRuleFor(awardCode).secretBallot,
    disclosures.map((d) => ({ startsOn: d.starts_on, endsOn: d.ends_on })),
  );
  if (!required.ok) throw new AppError(required.code, `${subjectName}: ${required.message}`);
  const objections = await trx
    .selectFrom('objections')
    .select(['kind', 'status'])
    .where('proposal_id', '=', proposalId)
    .execute();
  const r = checkDecidableAfterDisclosure(
    disclosures.map((d) => ({ startsOn: d.starts_on, endsOn: d.ends_on })),
    objections,
    on,
  );
  if (!r.ok) throw new AppError(r.code, `${subjectName}: ${r.message}`);
}
