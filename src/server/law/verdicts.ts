/** A verdict for a subject in the database, and for a stored proposal (with its overrides of soft rules). */
import type { Selectable } from 'kysely';
import { type CandidateAchievement, evaluate, type Failure, type Verdict } from '../../core/law';
import type { Db } from '../db/connect';
import type { ProposalTable } from '../db/schema';
import type { LawOverrideTable } from '../db/schema-law';
import { proposalAchievement } from '../decisions/same-achievement-guard';
import { loadBaseSalaries, loadProfile } from './law-settings';
import { loadSubjectRecord, loadSubjectRecords, type SubjectRef } from './record-loader';

export async function verdictFor(
  db: Db,
  tenantId: string,
  ref: SubjectRef,
  awardCode: string,
  year: number,
  /** The decision's date (`YYYY-MM-DD`): the rules, authority and money in force then. */
  decisionDate: string,
  /** What the award is for, and the proposal it is (not another claim on the achievement). */
  achievement: CandidateAchievement = {},
): Promise<Verdict | null> {
  const record = await loadSubjectRecord(db, tenantId, ref, year, decisionDate);
  if (!record) return null;
  const [profile, baseSalaries] = await Promise.all([
    loadProfile(db, tenantId),
    loadBaseSalaries(db, tenantId),
  ]);
  return evaluate(record, awardCode, year, decisionDate, profile, { baseSalaries, achievement });
}

export interface OverrideView {
  id: string;
  codes: string[];
  reason: string;
  userName: string;
  at: string;
}

const overrideView = (r: Selectable<LawOverrideTable>): OverrideView => ({
  id: r.id,
  codes: JSON.parse(r.codes) as string[],
  reason: r.reason,
  userName: r.user_name,
  at: r.created_at,
});

export async function overridesOf(db: Db, tenantId: string, proposalId: string): Promise<OverrideView[]> {
  const rows = await db
    .selectFrom('law_overrides')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('proposal_id', '=', proposalId)
    .orderBy('created_at')
    .execute();
  return rows.map(overrideView);
}

export interface ProposalVerdict {
  verdict: Verdict | null;
  overrides: OverrideView[];
  /** soft failures not covered by an override */
  openSoft: Failure[];
  hard: Failure[];
  /** may the proposal go forward under the law (no hard failure, every soft failure overridden) */
  passes: boolean;
}

export async function proposalVerdict(
  db: Db,
  p: Selectable<ProposalTable>,
  decisionDate: string,
): Promise<ProposalVerdict> {
  const [v] = await proposalVerdicts(db, p.tenant_id, [{ proposal: p, decisionDate }]);
  if (!v) throw new Error('no verdict');
  return v;
}

/**
 * The verdicts of several proposals of one commune (a meeting's agenda), each at its decision date, with a
 * fixed number of statements whatever their number.
 */
export async function proposalVerdicts(
  db: Db,
  tenantId: string,
  items: { proposal: Selectable<ProposalTable>; decisionDate: string }[],
): Promise<ProposalVerdict[]> {
  if (!items.length) return [];
  const records = await loadSubjectRecords(
    db,
    tenantId,
    items.map(({ proposal: p, decisionDate }) => ({
      ref: {
        subjectKind: p.subject_kind,
        personId: p.person_id,
        subjectUnitId: p.subject_unit_id,
        householdId: p.household_id,
      },
      year: p.year,
      decisionDate,
    })),
  );
  const [profile, baseSalaries] = await Promise.all([
    loadProfile(db, tenantId),
    loadBaseSalaries(db, tenantId),
  ]);
  const overrideRows = await db
    .selectFrom('law_overrides')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where(
      'proposal_id',
      'in',
      items.map((i) => i.proposal.id),
    )
    .orderBy('created_at')
    .execute();
  return items.map(({ proposal: p, decisionDate }, k) => {
    const record = records[k];
    const verdict = record
      ? evaluate(record, p.award_code, p.year, decisionDate, profile, {
          baseSalaries,
          achievement: proposalAchievement(p),
        })
      : null;
    const overrides = overrideRows.filter((r) => r.proposal_id === p.id).map(overrideView);
    const covered = new Set(overrides.flatMap((o) => o.codes));
    const hard = verdict?.failures.filter((f) => f.hard) ?? [];
    const openSoft = verdict?.failures.filter((f) => !f.hard && !covered.has(f.code)) ?? [];
    return {
      verdict,
      overrides,
      openSoft,
      hard,
      passes: !!verdict && hard.length === 0 && openSoft.length === 0,
    };
  });
}
