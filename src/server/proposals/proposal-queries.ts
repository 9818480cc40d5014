import { seesWholeCommune } from '../../core/auth/roles';
import { availableActions, type ProposalStatus } from '../../core/dossier/proposal-workflow';
import { foldVietnamese } from '../../core/text';
import { auditTrail } from '../audit/routes';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { forbidden, notFound } from '../http/errors';
import { containsText } from '../db/like-pattern';

export interface ProposalListFilter {
  status?: string | undefined;
  movementId?: string | undefined;
  q?: string | undefined;
  year?: number | undefined;
}

function baseQuery(db: Db, u: AuthUser) {
  let q = db
    .selectFrom('proposals as p')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .leftJoin('movements as m', 'm.id', 'p.movement_id')
    .selectAll('p')
    .select(['o.name as unit_name', 'm.name as movement_name'])
    .where('p.tenant_id', '=', u.tenantId);
  if (!seesWholeCommune(u.role)) q = q.where('p.unit_id', '=', u.unitId ?? '-');
  return q;
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function view(r: Row, u: AuthUser) {
  const status = r.status as ProposalStatus;
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    movementId: r.movement_id,
    movementName: r.movement_name,
    awardCode: r.award_code,
    subjectKind: r.subject_kind,
    personId: r.person_id,
    subjectUnitId: r.subject_unit_id,
    householdId: r.household_id,
    subjectName: r.subject_name,
    achievement: r.achievement,
    year: r.year,
    status,
    round: r.round,
    returnReason: r.return_reason,
    returnMissing: r.return_missing ? (JSON.parse(r.return_missing) as string[]) : [],
    decisionId: r.decision_id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    actions: availableActions({ status, unitId: r.unit_id, achievement: r.achievement }, { role: u.role, unitId: u.unitId }),
  };
}
export type ProposalView = ReturnType<typeof view>;

export async function listProposals(db: Db, u: AuthUser, f: ProposalListFilter): Promise<ProposalView[]> {
  let q = baseQuery(db, u);
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.movementId) q = q.where('p.movement_id', '=', f.movementId);
  if (f.year) q = q.where('p.year', '=', f.year);
  for (const w of foldVietnamese(f.q ?? '').split(' ').filter(Boolean)) q = q.where(containsText('p.search_text', w));
  const rows = await q.orderBy('p.updated_at', 'desc').limit(1000).execute();
  return rows.map((r) => view(r, u));
}

export async function getProposal(db: Db, u: AuthUser, id: string) {
  const r = await db
    .selectFrom('proposals as p')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .leftJoin('movements as m', 'm.id', 'p.movement_id')
    .selectAll('p')
    .select(['o.name as unit_name', 'm.name as movement_name'])
    .where('p.tenant_id', '=', u.tenantId)
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!r) throw notFound('đề nghị khen thưởng');
  if (!seesWholeCommune(u.role) && r.unit_id !== u.unitId) throw forbidden('Bạn chỉ xem được đề nghị của đơn vị mình.');
  return { ...view(r, u), history: await auditTrail(db, u.tenantId, 'proposal', id) };
}
