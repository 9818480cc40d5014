import type { Selectable, Transaction } from 'kysely';
import { voteRuleFor } from '../../core/ballot';
import type { Database, ProposalTable } from '../db/schema';
import { AppError } from '../http/errors';

/**
 * The chairman decides only after the council: a proposal on the agenda of a meeting in session that
 * has not concluded on it cannot be approved; an award that the council votes on by secret ballot (Chiến sĩ thi
 * đua, collective titles, proposals upward — `voteRuleFor`) needs the council's latest conclusion to be
 * "recommend" (which itself requires a passed ballot).
 */
export async function assertCouncilConcluded(
  trx: Transaction<Database>,
  p: Selectable<ProposalTable>,
): Promise<void> {
  const items = await trx
    .selectFrom('meeting_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['i.outcome', 'm.title', 'm.status', 'm.meeting_date'])
    .where('i.proposal_id', '=', p.id)
    .where('m.tenant_id', '=', p.tenant_id)
    .orderBy('m.meeting_date', 'desc')
    .execute();
  // Only a meeting in session holds the proposal: a planned meeting may never be held (there is no way to cancel one yet).
  const pending = items.find((i) => i.outcome === null && i.status === 'OPEN');
  if (pending) {
    throw new AppError(
      'COUNCIL_PENDING',
      `${p.subject_name}: đề nghị đang chờ Hội đồng TĐKT xét tại cuộc họp "${pending.title}"; chưa thể phê duyệt.`,
    );
  }
  const rule = voteRuleFor(p.award_code);
  if (!rule.secretBallot) return;
  const latest = items.find((i) => i.outcome !== null);
  if (latest?.outcome !== 'RECOMMEND') {
    throw new AppError(
      'COUNCIL_REQUIRED',
      `${p.subject_name}: hình thức này phải được Hội đồng TĐKT bỏ phiếu kín và đề nghị trước khi Chủ tịch phê duyệt (${rule.article}).`,
    );
  }
}
