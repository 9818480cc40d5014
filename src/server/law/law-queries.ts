/**
 * Reading the law over the commune's records: a verdict for a subject, a stored proposal's verdict,
 * quotas and suggestions of a unit, and the province's settings. A unit head reads their own unit only;
 * nobody re-runs the law on the subject of a dossier they declared a conflict of interest with.
 */
import type {
  EvaluateBody,
  LawSettings,
  ProposalVerdict,
  QuotaCheck,
  Suggestions,
  Verdict,
} from '../../contract/law';
import { seesWholeCommune } from '../../core/auth/roles';
import { defaultBasis, getAward, PROFILE_SETTINGS } from '../../core/law';
import type { AuthUser } from '../auth/sessions';
import { type Clock, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { AppError, forbidden } from '../http/errors';
import { conflictedSubjects, conflictOfInterest } from '../proposals/dossier-access';
import { loadBaseSalaries, loadProfile } from './law-settings';
import { quotaCheck, unitSuggestions } from './unit-queries';
import { proposalVerdict, verdictFor } from './verdicts';
import { visibleProposal } from './visible-proposal';

/** A unit head sees only their own unit (and its sub-units). */
function scopedUnit(u: AuthUser, unitId: string | undefined): string | undefined {
  if (seesWholeCommune(u.role)) return unitId;
  if (unitId && unitId !== u.unitId) throw forbidden('Bạn chỉ xem được đơn vị mình.');
  return u.unitId ?? undefined;
}

/** A unit head evaluates only people, collectives and households of their own unit (their records are personal data). */
async function assertSubjectInUnit(db: Db, u: AuthUser, b: EvaluateBody): Promise<void> {
  if (seesWholeCommune(u.role)) return;
  const own = u.unitId ?? '-';
  let inside: boolean | null = null;
  if (b.subjectKind === 'INDIVIDUAL' && b.personId) {
    const p = await db
      .selectFrom('people')
      .select('unit_id')
      .where('id', '=', b.personId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (p) inside = p.unit_id === own;
  } else if (b.subjectKind === 'COLLECTIVE' && b.subjectUnitId) {
    const o = await db
      .selectFrom('organisations')
      .select(['id', 'parent_id'])
      .where('id', '=', b.subjectUnitId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (o) inside = o.id === own || o.parent_id === own;
  } else if (b.subjectKind === 'HOUSEHOLD' && b.householdId) {
    const h = await db
      .selectFrom('households')
      .select('unit_id')
      .where('id', '=', b.householdId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (h) inside = h.unit_id === own;
  }
  if (inside === false)
    throw forbidden('Bạn chỉ xem được hồ sơ của cá nhân, tập thể, hộ gia đình thuộc đơn vị mình.');
}

/** The law's verdict on a subject for an award (on the decision date given, or today); nothing is stored. */
export async function evaluateSubject(db: Db, clock: Clock, u: AuthUser, b: EvaluateBody): Promise<Verdict> {
  if (!getAward(b.awardCode))
    throw new AppError('UNKNOWN_AWARD', `Không có danh hiệu, hình thức khen thưởng mã "${b.awardCode}".`);
  await assertSubjectInUnit(db, u, b);
  if ((await conflictedSubjects(db, u)).has(b)) throw conflictOfInterest();
  const basis = b.achievementBasis ?? defaultBasis(b.awardCode);
  const verdict = await verdictFor(db, u.tenantId, b, b.awardCode, b.year, b.decisionDate ?? todayIn(clock), {
    basis,
    basisRef: b.achievementRef ?? null,
    proposalId: b.proposalId,
  });
  if (!verdict)
    throw new AppError('SUBJECT_NOT_FOUND', 'Không tìm thấy cá nhân, tập thể hoặc hộ gia đình được chọn.');
  return verdict;
}

export async function unitQuotaCheck(
  db: Db,
  u: AuthUser,
  q: { year: number; unitId?: string | undefined },
): Promise<QuotaCheck> {
  return quotaCheck(db, u.tenantId, q.year, scopedUnit(u, q.unitId));
}

/** Year-end suggestions of a unit, without the subjects of dossiers the reader declared a conflict with. */
export async function suggestionsFor(
  db: Db,
  u: AuthUser,
  q: { year: number; unitId?: string | undefined },
): Promise<Suggestions> {
  const list = await unitSuggestions(db, u.tenantId, q.year, scopedUnit(u, q.unitId));
  // Their eligibility is the verdict the dossier hides.
  const hidden = (await conflictedSubjects(db, u)).ids;
  const keep = (s: { id: string }) => !hidden.has(s.id);
  return {
    ...list,
    suggestions: list.suggestions.map((s) => ({
      ...s,
      eligible: s.eligible.filter(keep),
      overQuota: s.overQuota.filter(keep),
    })),
  };
}

export async function lawSettings(db: Db, u: AuthUser): Promise<LawSettings> {
  return {
    profile: await loadProfile(db, u.tenantId),
    settings: [...PROFILE_SETTINGS],
    baseSalaries: await loadBaseSalaries(db, u.tenantId),
  };
}

/** A stored proposal's verdict today, with its recorded exceptions. */
export async function proposalLaw(db: Db, clock: Clock, u: AuthUser, id: string): Promise<ProposalVerdict> {
  const p = await visibleProposal(db, u, id);
  return proposalVerdict(db, p, todayIn(clock));
}
