/** The law's verdict on a proposal as the council sees it on the meeting agenda. */
import type { Selectable } from 'kysely';
import type { AgendaVerdict } from '../../core/law';
import type { Db } from '../db/connect';
import type { ProposalTable } from '../db/schema';
import { type ProposalVerdict, proposalVerdicts } from './verdicts';

export type { AgendaVerdict };

/** The verdicts of a meeting's agenda (proposals of one commune), by proposal id, in a fixed number of statements. */
export async function agendaVerdicts(
  db: Db,
  tenantId: string,
  proposals: Selectable<ProposalTable>[],
  meetingDate: string,
): Promise<Map<string, AgendaVerdict | null>> {
  const verdicts = await proposalVerdicts(
    db,
    tenantId,
    proposals.map((p) => ({
      proposal: p,
      decisionDate: meetingDate >= `${p.year}-01-01` ? meetingDate : `${p.year}-12-31`,
    })),
  );
  return new Map(proposals.map((p, k) => [p.id, asAgendaVerdict(verdicts[k])]));
}

function asAgendaVerdict(pv: ProposalVerdict | undefined): AgendaVerdict | null {
  if (!pv?.verdict) return null;
  const covered = new Set(pv.overrides.flatMap((o) => o.codes));
  return {
    status: pv.verdict.status,
    passes: pv.passes,
    failures: pv.verdict.failures.map((f) => ({
      code: f.code,
      message: f.message,
      article: f.article,
      hard: f.hard,
      overridden: !f.hard && covered.has(f.code),
    })),
    decider: pv.verdict.decider ? `${pv.verdict.decider.title} — ${pv.verdict.decider.article}` : null,
    rewardMoney: pv.verdict.rewardMoney.amount,
  };
}
