/** Unit-level law queries: quota usage of a unit's proposals, and year-end suggestions for a unit. */
import { checkQuotas, type QuotaResult, type SubjectRecord, type Suggestion, suggest } from '../../core/law';
import type { Db } from '../db/connect';
import { AppError } from '../http/errors';
import { loadProfile } from './law-settings';
import { loadSubjectRecords } from './record-loader';

const CLOSED = ['WITHDRAWN', 'REJECTED'];

async function unitScope(db: Db, tenantId: string, unitId: string | undefined): Promise<string[] | null> {
  if (!unitId) return null;
  const u = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', unitId)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (!u) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
  const children = await db
    .selectFrom('organisations')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('parent_id', '=', unitId)
    .execute();
  return [unitId, ...children.map((c) => c.id)];
}

export interface QuotaCheckView {
  year: number;
  unitId: string | null;
  results: (QuotaResult & { names: Record<string, string> })[];
}

/** Quotas applied to the unit's open proposals of the year (base: subjects proposed for or holding the base title). */
export async function quotaCheck(
  db: Db,
  tenantId: string,
  year: number,
  unitId?: string,
): Promise<QuotaCheckView> {
  const scope = await unitScope(db, tenantId, unitId);
  let q = db
    .selectFrom('proposals')
    .select(['id', 'award_code', 'subject_name', 'person_id', 'subject_unit_id', 'created_at', 'status'])
    .where('tenant_id', '=', tenantId)
    .where('year', '=', year);
  if (scope) q = q.where('unit_id', 'in', scope);
  const rows = (await q.orderBy('created_at').execute()).filter((r) => !CLOSED.includes(r.status));
  const profile = await loadProfile(db, tenantId);
  const baseCounts: Record<string, number> = {};
  for (const quota of profile.quotas) {
    const subjects = new Set(
      rows.filter((r) => r.award_code === quota.baseAwardCode).map((r) => r.person_id ?? r.subject_unit_id),
    );
    let aq = db
      .selectFrom('awards')
      .select(['person_id', 'subject_unit_id'])
      .where('tenant_id', '=', tenantId)
      .where('year', '=', year)
      .where('award_code', '=', quota.baseAwardCode)
      .where('revoked_at', 'is', null);
    if (scope) {
      aq = aq.where((eb) =>
        eb.or([
          eb('subject_unit_id', 'in', scope),
          eb('person_id', 'in', eb.selectFrom('people').select('id').where('unit_id', 'in', scope)),
        ]),
      );
    }
    for (const a of await aq.execute()) subjects.add(a.person_id ?? a.subject_unit_id);
    baseCounts[quota.baseAwardCode] = subjects.size;
  }
  const results = checkQuotas(
    rows.map((r) => ({ id: r.id, awardCode: r.award_code })),
    baseCounts,
    profile,
  );
  const names = Object.fromEntries(rows.map((r) => [r.id, r.subject_name]));
  return {
    year,
    unitId: unitId ?? null,
    results: results.map((r) => ({
      ...r,
      names: Object.fromEntries([...r.withinIds, ...r.exceedingIds].map((id) => [id, names[id] ?? id])),
    })),
  };
}

/** Everyone in the unit (people, the unit and its sub-units, households) eligible for each annual award, within quotas. */
export async function unitSuggestions(
  db: Db,
  tenantId: string,
  year: number,
  unitId?: string,
): Promise<{ year: number; suggestions: Suggestion[]; subjects: number }> {
  const scope = await unitScope(db, tenantId, unitId);
  let pq = db.selectFrom('people').select('id').where('tenant_id', '=', tenantId);
  let oq = db
    .selectFrom('organisations')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('level', '!=', 'TINH')
    .where('active_to', 'is', null);
  let hq = db.selectFrom('households').select('id').where('tenant_id', '=', tenantId);
  if (scope) {
    pq = pq.where('unit_id', 'in', scope);
    oq = oq.where('id', 'in', scope);
    hq = hq.where('unit_id', 'in', scope);
  }
  // one batch for everyone (a fixed number of statements, however many subjects), for a decision on the
  // suggestions' day (15 January of the next year): the matters under consideration open then defer
  const decisionDate = `${year + 1}-01-15`;
  const loaded = await loadSubjectRecords(db, tenantId, [
    ...(await pq.execute()).map((p) => ({
      ref: { subjectKind: 'INDIVIDUAL' as const, personId: p.id },
      year,
      decisionDate,
    })),
    ...(await oq.execute()).map((o) => ({
      ref: { subjectKind: 'COLLECTIVE' as const, subjectUnitId: o.id },
      year,
      decisionDate,
    })),
    ...(await hq.execute()).map((h) => ({
      ref: { subjectKind: 'HOUSEHOLD' as const, householdId: h.id },
      year,
      decisionDate,
    })),
  ]);
  const records = loaded.filter((r): r is SubjectRecord => r !== null);
  const profile = await loadProfile(db, tenantId);
  return { year, suggestions: suggest(records, year, profile, decisionDate), subjects: records.length };
}
