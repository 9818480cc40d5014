/** Reading proposals: each dossier as the reader may see it (in full, or its public part). */
import type { Proposal, ProposalDetail, ProposalRow, PublicProposal } from '../../contract/proposals';
import { CONFLICT_NOTE, dossierAccess, publicDossier } from '../../core/auth/dossier-access';
import { seesWholeCommune } from '../../core/auth/roles';
import { availableActions, type ProposalStatus } from '../../core/dossier/proposal-workflow';
import { foldVietnamese } from '../../core/text';
import { auditTrail } from '../audit/audit-queries';
import type { AuthUser } from '../auth/sessions';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import { containsText } from '../db/like-pattern';
import { forbidden, notFound } from '../http/errors';
import { conflictsOf, disclosedAmong, dossierActor } from './dossier-access';

export interface ProposalListFilter {
  status?: ProposalStatus | undefined;
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

function view(r: Row, u: AuthUser): Proposal {
  const status = r.status;
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
    achievementBasis: r.achievement_basis,
    achievementRef: r.achievement_ref,
    year: r.year,
    status,
    round: r.round,
    returnReason: r.return_reason,
    returnMissing: r.return_missing ? (JSON.parse(r.return_missing) as string[]) : [],
    decisionId: r.decision_id,
    upward: r.upward_decider
      ? { decider: r.upward_decider, article: r.upward_article ?? '', at: r.upward_at ?? r.updated_at }
      : null,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    // a dossier marked to go upward is not approved nor signed here
    actions: availableActions(
      { status, unitId: r.unit_id, achievement: r.achievement },
      { role: u.role, unitId: u.unitId },
    ).filter((a) => !r.upward_decider || (a !== 'approve' && a !== 'decide')),
    access: 'FULL',
  };
}

/** Each row as this user may read it: full, or (declared conflict of interest) the public part. */
async function readable(db: Db, clock: Clock, u: AuthUser, rows: Row[]): Promise<ProposalRow[]> {
  const actor = await dossierActor(db, u);
  const conflicted = rows.filter((r) => actor.conflicts.has(r.id)).map((r) => r.id);
  const disclosed = await disclosedAmong(db, clock, conflicted);
  return rows.map((r): ProposalRow => {
    const v = view(r, u);
    const access = dossierAccess(actor, { id: r.id, tenantId: r.tenant_id, unitId: r.unit_id });
    if (access !== 'PUBLIC') return v;
    const part: PublicProposal = {
      ...publicDossier(v, disclosed.has(r.id)),
      subjectKind: v.subjectKind,
      status: v.status,
      note: CONFLICT_NOTE,
      actions: [],
    };
    return part;
  });
}

export async function listProposals(
  db: Db,
  clock: Clock,
  u: AuthUser,
  f: ProposalListFilter,
): Promise<ProposalRow[]> {
  let q = baseQuery(db, u);
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.movementId) q = q.where('p.movement_id', '=', f.movementId);
  if (f.year) q = q.where('p.year', '=', f.year);
  const words = foldVietnamese(f.q ?? '')
    .split(' ')
    .filter(Boolean);
  for (const w of words) q = q.where(containsText('p.search_text', w));
  const rows = await q.orderBy('p.updated_at', 'desc').limit(1000).execute();
  // The search text holds the achievement: a dossier the reader is conflicted with matches on its public part only.
  const conflicts = words.length ? await conflictsOf(db, u) : new Set<string>();
  const matchesPublicly = (r: Row) =>
    words.every((w) => foldVietnamese(`${r.subject_name} ${r.unit_name}`).includes(w));
  return readable(
    db,
    clock,
    u,
    rows.filter((r) => !conflicts.has(r.id) || matchesPublicly(r)),
  );
}

export async function getProposal(db: Db, clock: Clock, u: AuthUser, id: string): Promise<ProposalDetail> {
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
  if (!seesWholeCommune(u.role) && r.unit_id !== u.unitId)
    throw forbidden('Bạn chỉ xem được đề nghị của đơn vị mình.');
  const [v] = await readable(db, clock, u, [r]);
  if (!v) throw notFound('đề nghị khen thưởng');
  if (v.access === 'PUBLIC') return v; // no history: the trail holds the private part (reasons, verdict overrides)
  return { ...v, history: await auditTrail(db, u.tenantId, 'proposal', id) };
}
