/** "Đề nghị khen thưởng" from an example: a draft proposal for its subject, linked to it. */

import type { ProposalStatus } from '../../core/dossier/proposal-workflow';
import { canPropose } from '../../core/examples';
import { getAward } from '../../core/law';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow, yearIn } from '../clock';
import type { Db } from '../db/connect';
import { AppError, fromCore, notFound } from '../http/errors';
import { createProposalIn } from '../proposals/proposal-commands';

/** Statuses of a proposal still alive: a second one for the same award and year is refused. */
const LIVE: ProposalStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'FORWARDED', 'APPROVED', 'DECIDED'];

/**
 * "Đề nghị khen thưởng" in one click: a DRAFT proposal in the proposals workflow for the example's subject
 * (Law Art. 17(5): tổng kết và khen thưởng), made by the proposals module's own create function, then linked.
 */
export async function proposeExample(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: { awardCode: string; year?: number | undefined; achievement?: string | undefined },
): Promise<{ proposalId: string }> {
  const e = await db
    .selectFrom('typical_examples')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!e) throw notFound('điển hình tiên tiến');
  const ok = canPropose(e.stage);
  if (!ok.ok) throw fromCore(ok);
  const award = getAward(b.awardCode);
  if (!award) throw new AppError('UNKNOWN_AWARD', `Không có hình thức khen thưởng mã "${b.awardCode}".`);
  const kind = e.subject_kind;
  if (!award.subjects.includes(kind)) {
    throw new AppError(
      'AWARD_SUBJECT_MISMATCH',
      `${award.name} không xét tặng cho ${kind === 'INDIVIDUAL' ? 'cá nhân' : kind === 'COLLECTIVE' ? 'tập thể' : 'hộ gia đình'}.`,
    );
  }
  const year = b.year ?? yearIn(clock);
  const existing = await db
    .selectFrom('typical_example_links as l')
    .innerJoin('proposals as p', 'p.id', 'l.ref_id')
    .select('p.id')
    .where('l.example_id', '=', id)
    .where('l.kind', '=', 'PROPOSAL')
    .where('p.award_code', '=', b.awardCode)
    .where('p.year', '=', year)
    .where('p.status', 'in', LIVE)
    .executeTakeFirst();
  if (existing)
    throw new AppError('ALREADY_PROPOSED', `Điển hình này đã có đề nghị ${award.name} năm ${year}.`);
  const achievement = b.achievement?.trim() || `Điển hình tiên tiến "${e.title}": ${e.model}`.slice(0, 2000);
  // The proposal (audited by the proposals module) and the example's link are written together.
  return db.transaction().execute(async (trx) => {
    const proposalId = await createProposalIn(trx, clock, u, actor, {
      unitId: e.unit_id,
      movementId: e.movement_id,
      awardCode: b.awardCode,
      subjectKind: kind,
      personId: e.person_id,
      subjectUnitId: e.subject_unit_id,
      householdId: e.household_id,
      achievement,
      year,
    });
    await trx
      .insertInto('typical_example_links')
      .values({ example_id: id, kind: 'PROPOSAL', ref_id: proposalId, created_at: isoNow(clock) })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'typical_example',
      entityId: id,
      action: 'propose',
      summary: `Lập đề nghị ${award.name} năm ${year} (dự thảo) từ điển hình`,
      data: { proposalId, awardCode: b.awardCode, year },
    });
    return { proposalId };
  });
}
