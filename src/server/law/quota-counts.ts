/**
 * Quotas (tỷ lệ khống chế) counted from the database, for the whole commune and one year.
 *
 * Scope: the commune. The commune chairman decides one list a year for every unit of the commune, and
 * the ratio (Decree 91/2017 Art. 9(3), old regime; the province's regulation) is of the titles that
 * authority confers; the breakdown per unit stays visible on the suggestions page.
 * Base: distinct subjects holding the base title of the year (award not revoked, or recorded in the
 * history) or with a proposal for it sent and not closed (submitted, forwarded, approved).
 * Count: the same for the capped title; drafts, returned, rejected, withdrawn and revoked never count
 * (see `STAGES_PAST_GATE` for what counts at each step).
 * A base of nobody means the base title is not in the system (LĐTT given by the units and not recorded): the
 * ratio cannot be computed and is not enforced (`baseUnknown`), the views say so.
 */
import { type Selectable, sql } from 'kysely';
import {
  checkQuotaGate,
  type QuotaEntry,
  type QuotaGate,
  type QuotaGateCheck,
  type QuotaSetting,
  type QuotaStage,
  quotaExceptionCode,
} from '../../core/law';
import type { Db } from '../db/connect';
import { isPostgres } from '../db/dialect-helpers';
import type { ProposalTable } from '../db/schema';
import { loadProfile } from './law-settings';

const SENT: Readonly<Record<string, QuotaStage>> = {
  SUBMITTED: 'SUBMITTED',
  FORWARDED: 'FORWARDED',
  APPROVED: 'APPROVED',
};

interface SubjectColumns {
  person_id: string | null;
  subject_unit_id: string | null;
  household_id: string | null;
}
export const subjectOf = (r: SubjectColumns): string =>
  r.person_id ?? r.subject_unit_id ?? r.household_id ?? '';

/** Who counts for `awardCode` in the commune's year, with where each stands and its recorded exception. */
export async function quotaEntries(
  db: Db,
  tenantId: string,
  year: number,
  awardCode: string,
): Promise<(QuotaEntry & { proposalId: string | null })[]> {
  const proposals = await db
    .selectFrom('proposals')
    .select(['id', 'status', 'person_id', 'subject_unit_id', 'household_id'])
    .where('tenant_id', '=', tenantId)
    .where('year', '=', year)
    .where('award_code', '=', awardCode)
    .where('status', 'in', ['SUBMITTED', 'FORWARDED', 'APPROVED'])
    .execute();
  const awards = await db
    .selectFrom('awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .select(['a.proposal_id', 'a.person_id', 'a.subject_unit_id', 'a.household_id'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.year', '=', year)
    .where('a.award_code', '=', awardCode)
    .where('a.revoked_at', 'is', null)
    .where('d.status', '!=', 'REVOKED')
    .execute();
  const history = await db
    .selectFrom('award_history')
    .select(['person_id', 'subject_unit_id', 'household_id'])
    .where('tenant_id', '=', tenantId)
    .where('year', '=', year)
    .where('award_code', '=', awardCode)
    .execute();
  const excepted = await exceptedProposals(db, tenantId, awardCode, [
    ...proposals.map((p) => p.id),
    ...awards.flatMap((a) => (a.proposal_id ? [a.proposal_id] : [])),
  ]);
  return [
    ...proposals.map((p) => ({
      subject: subjectOf(p),
      stage: SENT[p.status] as QuotaStage,
      overridden: excepted.has(p.id),
      proposalId: p.id,
    })),
    ...awards.map((a) => ({
      subject: subjectOf(a),
      stage: 'HELD' as const,
      overridden: a.proposal_id ? excepted.has(a.proposal_id) : false,
      proposalId: a.proposal_id,
    })),
    ...history.map((h) => ({
      subject: subjectOf(h),
      stage: 'HELD' as const,
      overridden: false,
      proposalId: null,
    })),
  ];
}

/** Which of these proposals carry a recorded exception to the quota of `awardCode`. */
export async function exceptedProposals(
  db: Db,
  tenantId: string,
  awardCode: string,
  proposalIds: string[],
): Promise<Set<string>> {
  if (!proposalIds.length) return new Set();
  const code = quotaExceptionCode(awardCode);
  const rows = await db
    .selectFrom('law_overrides')
    .select(['proposal_id', 'codes'])
    .where('tenant_id', '=', tenantId)
    .where('proposal_id', 'in', [...new Set(proposalIds)])
    .execute();
  return new Set(
    rows.filter((r) => (JSON.parse(r.codes) as string[]).includes(code)).map((r) => r.proposal_id),
  );
}

/** The base of a quota: distinct subjects holding or sent for the base title in the year. */
export async function quotaBase(
  db: Db,
  tenantId: string,
  year: number,
  baseAwardCode: string,
): Promise<number> {
  const entries = await quotaEntries(db, tenantId, year, baseAwardCode);
  return new Set(entries.map((e) => e.subject)).size;
}

/**
 * Serialise the steps that count against one quota of a commune's year until the transaction ends, so
 * that two approvals at once cannot both see room for one (PostgreSQL, read committed: the second waits,
 * then counts what the first committed). SQLite runs one write transaction at a time already.
 */
export async function lockQuota(db: Db, tenantId: string, awardCode: string, year: number): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`select pg_advisory_xact_lock(hashtext(${`quota|${tenantId}|${awardCode}|${year}`}))`.execute(db);
}

/** The gate a proposal in this status passes next, if it counts against a quota. */
export function nextGate(status: string): QuotaGate | null {
  if (status === 'DRAFT' || status === 'RETURNED') return 'submit';
  if (status === 'SUBMITTED') return 'forward';
  if (status === 'FORWARDED') return 'approve';
  if (status === 'APPROVED') return 'sign';
  return null;
}

/** The quotas capping this award. */
export const quotasOf = (quotas: readonly QuotaSetting[], awardCode: string) =>
  quotas.filter((q) => q.awardCode === awardCode);

/**
 * Check some proposals of one award and year taking `gate` together against each quota on the award.
 * With `lock`, the quota is held for the rest of the transaction first.
 */
export async function checkProposalsAtGate(
  db: Db,
  tenantId: string,
  rows: readonly Selectable<ProposalTable>[],
  gate: QuotaGate,
  lock: boolean,
): Promise<QuotaGateCheck[]> {
  const first = rows[0];
  if (!first) return [];
  const quotas = quotasOf((await loadProfile(db, tenantId)).quotas, first.award_code);
  const out: QuotaGateCheck[] = [];
  for (const q of quotas) {
    if (lock) await lockQuota(db, tenantId, q.awardCode, first.year);
    // one after the other: inside a transaction they share one connection
    const entries = await quotaEntries(db, tenantId, first.year, q.awardCode);
    const base = await quotaBase(db, tenantId, first.year, q.baseAwardCode);
    const excepted = await exceptedProposals(
      db,
      tenantId,
      q.awardCode,
      rows.map((r) => r.id),
    );
    const acting = rows.map((r) => ({ subject: subjectOf(r), overridden: excepted.has(r.id) }));
    const ids = new Set(rows.map((r) => r.id));
    out.push(
      checkQuotaGate(
        q,
        base,
        entries.filter((e) => !e.proposalId || !ids.has(e.proposalId)),
        gate,
        acting,
      ),
    );
  }
  return out;
}

/** The quotas a proposal is beyond at its next step (SOFT, no exception yet): what an exception would cover. */
export async function quotaExceptionsNeeded(
  db: Db,
  p: Selectable<ProposalTable>,
): Promise<{ code: string; line: string; article: string }[]> {
  const gate = nextGate(p.status);
  if (!gate) return [];
  const checks = await checkProposalsAtGate(db, p.tenant_id, [p], gate, false);
  return checks
    .filter((c) => c.needsException)
    .map((c) => ({
      code: quotaExceptionCode(c.setting.awardCode),
      line: c.line,
      article: c.setting.article,
    }));
}
