import { getAward } from '../../core/law';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { notFound } from '../http/errors';

export async function listDecisions(db: Db, u: AuthUser) {
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where('tenant_id', '=', u.tenantId)
    .orderBy('year', 'desc')
    .orderBy('number', 'desc')
    .execute();
  return rows.map((d) => ({
    id: d.id, number: d.number, year: d.year, symbol: d.symbol, label: `${d.number}/${d.symbol}`,
    decisionDate: d.decision_date, title: d.title, awardCode: d.award_code, awardName: getAward(d.award_code)?.name ?? d.award_code,
    signerName: d.signer_name, signerTitle: d.signer_title, status: d.status, totalAmount: d.total_amount,
  }));
}

export async function getDecision(db: Db, u: AuthUser, id: string) {
  const d = await db.selectFrom('decisions').selectAll().where('id', '=', id).where('tenant_id', '=', u.tenantId).executeTakeFirst();
  if (!d) throw notFound('quyết định');
  const awards = await db.selectFrom('awards').selectAll().where('decision_id', '=', id).orderBy('register_number').execute();
  return {
    id: d.id, number: d.number, year: d.year, symbol: d.symbol, label: `${d.number}/${d.symbol}`,
    decisionDate: d.decision_date, title: d.title, awardCode: d.award_code, awardName: getAward(d.award_code)?.name ?? d.award_code,
    signerName: d.signer_name, signerTitle: d.signer_title, status: d.status, totalAmount: d.total_amount,
    awards: awards.map((a) => ({
      id: a.id, registerNumber: a.register_number, subjectKind: a.subject_kind, subjectName: a.subject_name,
      subjectDescription: a.subject_description, achievement: a.achievement, amount: a.amount, verifyCode: a.verify_code,
      proposalId: a.proposal_id, revokedAt: a.revoked_at, revokedReason: a.revoked_reason,
    })),
  };
}
