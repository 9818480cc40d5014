/** The law's verdict on a proposal as the council sees it on the meeting agenda. */
import type { AgendaVerdict } from '../../core/law';
import type { Db } from '../db/connect';
import { proposalVerdict } from './verdicts';

export type { AgendaVerdict };

export async function agendaVerdict(
  db: Db,
  proposalId: string,
  meetingDate: string,
): Promise<AgendaVerdict | null> {
  const p = await db.selectFrom('proposals').selectAll().where('id', '=', proposalId).executeTakeFirst();
  if (!p) return null;
  const date = meetingDate >= `${p.year}-01-01` ? meetingDate : `${p.year}-12-31`;
  const pv = await proposalVerdict(db, p, date);
  if (!pv.verdict) return null;
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
