/**
 * Reading a subject's history: every award of every level (the commune's register and the history entries,
 * a collective's including the units merged into it), newest first; initiatives, disciplines, pending
 * matters; households' contributions and violations; what the law now makes the subject eligible for.
 */
import type {
  HistoryAward,
  SubjectEligibility,
  SubjectHistory,
  SubjectMatch,
  SubjectPathKind,
} from '../../contract/history';
import { seesWholeCommune } from '../../core/auth/roles';
import type { AchievementNature } from '../../core/history/history-terms';
import { evaluate, getAward, SUGGESTED_AWARDS, suggest } from '../../core/law';
import { comparePersonNames, foldVietnamese } from '../../core/text';
import type { AuthUser } from '../auth/sessions';
import { type Clock, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { containsText } from '../db/like-pattern';
import { loadBaseSalaries, loadProfile } from '../law/law-settings';
import { loadSubjectRecord } from '../law/record-loader';
import { unitLineage } from '../organisations/unit-lineage';
import { findSubject, KIND_OF_PATH, mayManage, type Subject } from './history-subject';

const COLUMN = {
  INDIVIDUAL: 'person_id',
  COLLECTIVE: 'subject_unit_id',
  HOUSEHOLD: 'household_id',
} as const;

const natureOf = (code: string): AchievementNature => {
  const a = getAward(code);
  return a?.thematic ? 'CHUYEN_DE' : a?.sudden ? 'DOT_XUAT' : 'THUONG_XUYEN';
};

/** The commune's name as its decisions' issuer (the profile's agency, else "UBND" and the commune's unit). */
export async function communeIssuer(db: Db, tenantId: string): Promise<string> {
  const profile = await db
    .selectFrom('commune_profiles')
    .select('agency_name')
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (profile) return profile.agency_name;
  const xa = await db
    .selectFrom('organisations')
    .select('name')
    .where('tenant_id', '=', tenantId)
    .where('level', '=', 'XA')
    .where('parent_id', 'is', null)
    .executeTakeFirst();
  return xa ? `Ủy ban nhân dân ${xa.name}` : 'Ủy ban nhân dân xã';
}

/** Every award of the subject (register and history entries), newest first. */
async function awardsOf(db: Db, tenantId: string, s: Subject): Promise<HistoryAward[]> {
  const column = COLUMN[s.kind];
  const holders = s.kind === 'COLLECTIVE' ? await unitLineage(db, tenantId, s.id) : [s.id];
  const names = new Map<string, string>();
  if (holders.length > 1)
    for (const o of await db
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', holders)
      .execute())
      names.set(o.id, o.name);
  const via = (holder: string | null) => (holder && holder !== s.id ? (names.get(holder) ?? null) : null);
  const issuer = await communeIssuer(db, tenantId);
  const register = await db
    .selectFrom('awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .select([
      'a.id',
      'a.award_code',
      'a.year',
      'a.revoked_at',
      `a.${column} as holder`,
      'd.id as decision_id',
      'd.number',
      'd.symbol',
      'd.decision_date',
      'd.status',
    ])
    .where('a.tenant_id', '=', tenantId)
    .where(`a.${column}`, 'in', holders)
    .execute();
  const entries = await db
    .selectFrom('award_history')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where(column, 'in', holders)
    .execute();
  const out: HistoryAward[] = [
    ...register.map(
      (r): HistoryAward => ({
        id: r.id,
        source: 'REGISTER',
        awardCode: r.award_code,
        awardName: getAward(r.award_code)?.name ?? r.award_code,
        year: Number(r.year),
        decisionNumber: `${r.number}/${r.symbol}`,
        decisionDate: r.decision_date,
        issuingLevel: 'XA',
        issuingBody: issuer,
        nature: natureOf(r.award_code),
        note: null,
        decisionId: r.decision_id,
        viaPredecessor: via(r.holder),
        revoked: r.revoked_at !== null || r.status === 'REVOKED',
      }),
    ),
    ...entries.map(
      (e): HistoryAward => ({
        id: e.id,
        source: 'HISTORY',
        awardCode: e.award_code,
        awardName: getAward(e.award_code)?.name ?? e.award_code,
        year: Number(e.year),
        decisionNumber: e.decision_number,
        decisionDate: e.decision_date,
        issuingLevel: e.issuing_level,
        issuingBody: e.issuing_body,
        nature: e.nature,
        note: e.note,
        decisionId: null,
        viaPredecessor: via(e[column]),
        revoked: false,
      }),
    ),
  ];
  return out.sort(
    (a, b) => b.year - a.year || b.decisionDate.localeCompare(a.decisionDate) || a.id.localeCompare(b.id),
  );
}

/** The subject's whole history as the lookup page and the award card show it. */
export async function historyOf(db: Db, u: AuthUser, s: Subject): Promise<SubjectHistory> {
  const t = u.tenantId;
  const person = s.kind === 'INDIVIDUAL';
  const initiatives = person
    ? await db
        .selectFrom('initiatives')
        .selectAll()
        .where('tenant_id', '=', t)
        .where('person_id', '=', s.id)
        .execute()
    : [];
  const disciplines = person
    ? await db
        .selectFrom('disciplines')
        .selectAll()
        .where('tenant_id', '=', t)
        .where('person_id', '=', s.id)
        .execute()
    : [];
  const matters =
    s.kind === 'HOUSEHOLD'
      ? []
      : await db
          .selectFrom('pending_matters')
          .selectAll()
          .where('tenant_id', '=', t)
          .where(person ? 'person_id' : 'subject_unit_id', '=', s.id)
          .execute();
  const household = s.kind === 'HOUSEHOLD';
  const contributions = household
    ? await db
        .selectFrom('household_contributions')
        .select(['year', 'amount', 'description'])
        .where('tenant_id', '=', t)
        .where('household_id', '=', s.id)
        .execute()
    : [];
  const violations = household
    ? await db
        .selectFrom('household_violations')
        .select(['year', 'description'])
        .where('tenant_id', '=', t)
        .where('household_id', '=', s.id)
        .execute()
    : [];
  return {
    subject: {
      kind: s.kind,
      id: s.id,
      name: s.name,
      birthDate: s.birthDate,
      birthYear: s.birthYear,
      position: s.position,
      unitId: s.unitId,
      unitName: s.unitName,
      address: s.address,
    },
    awards: await awardsOf(db, t, s),
    initiatives: initiatives
      .map((i) => ({
        id: i.id,
        kind: i.kind,
        title: i.title,
        year: Number(i.year),
        recognizedOn: i.recognized_on,
        level: i.level,
        scope: (i.scope as typeof i.level | null) ?? null,
        recognitionRef: i.recognition_ref,
      }))
      .sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'vi')),
    disciplines: disciplines
      .map((d) => ({
        id: d.id,
        kind: d.kind as SubjectHistory['disciplines'][number]['kind'],
        from: d.from_date,
        to: d.to_date,
        decisionRef: d.decision_ref,
        note: d.note,
      }))
      .sort((a, b) => b.from.localeCompare(a.from)),
    pendingMatters: matters
      .map((m) => ({ id: m.id, kind: m.kind, since: m.since, closedOn: m.closed_on, note: m.note }))
      .sort((a, b) => b.since.localeCompare(a.since)),
    contributions: contributions
      .map((c) => ({ year: Number(c.year), amount: Number(c.amount), description: c.description }))
      .sort((a, b) => b.year - a.year),
    violations: violations
      .map((v) => ({ year: Number(v.year), description: v.description }))
      .sort((a, b) => b.year - a.year),
    canManage: mayManage(u, s),
  };
}

export async function subjectHistory(
  db: Db,
  u: AuthUser,
  kind: SubjectPathKind,
  id: string,
): Promise<SubjectHistory> {
  return historyOf(db, u, await findSubject(db, u, KIND_OF_PATH[kind], id));
}

/** People, collectives and households whose name holds every word asked (diacritics ignored), at most 30. */
export async function findSubjects(db: Db, u: AuthUser, q: string | undefined): Promise<SubjectMatch[]> {
  const words = foldVietnamese(q ?? '')
    .split(' ')
    .filter(Boolean);
  const whole = seesWholeCommune(u.role);
  const own = u.unitId ?? '-';
  let pq = db
    .selectFrom('people as p')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .select(['p.id', 'p.full_name as name', 'o.name as detail'])
    .where('p.tenant_id', '=', u.tenantId);
  let oq = db
    .selectFrom('organisations as o')
    .leftJoin('organisations as parent', 'parent.id', 'o.parent_id')
    .select(['o.id', 'o.name', 'parent.name as detail'])
    .where('o.tenant_id', '=', u.tenantId);
  let hq = db
    .selectFrom('households as h')
    .innerJoin('organisations as o', 'o.id', 'h.unit_id')
    .select(['h.id', 'h.head_name as name', 'o.name as detail'])
    .where('h.tenant_id', '=', u.tenantId);
  if (!whole) {
    pq = pq.where('p.unit_id', '=', own);
    oq = oq.where((eb) => eb.or([eb('o.id', '=', own), eb('o.parent_id', '=', own)]));
    hq = hq.where('h.unit_id', '=', own);
  }
  for (const w of words) {
    pq = pq.where(containsText('p.search_text', w));
    oq = oq.where(containsText('o.search_text', w));
    hq = hq.where(containsText('h.search_text', w));
  }
  const [people, units, households] = [
    await pq.limit(30).execute(),
    await oq.limit(30).execute(),
    await hq.limit(30).execute(),
  ];
  const byName = (a: { name: string }, b: { name: string }) => comparePersonNames(a.name, b.name);
  return [
    ...people
      .sort(byName)
      .map((p) => ({ kind: 'INDIVIDUAL' as const, id: p.id, name: p.name, detail: p.detail })),
    ...units
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .map((o) => ({ kind: 'COLLECTIVE' as const, id: o.id, name: o.name, detail: o.detail })),
    ...households.sort(byName).map((h) => ({
      kind: 'HOUSEHOLD' as const,
      id: h.id,
      name: `Hộ gia đình ông/bà ${h.name}`,
      detail: h.detail,
    })),
  ].slice(0, 30);
}

/**
 * What the subject is eligible for in `year` (by default the year before today's): the year-end
 * suggestions of the law engine for this one subject, with the law's reasons for the awards it misses. The
 * decision is taken as made today, or early the next year when the year is not over.
 */
export async function eligibilityOf(
  db: Db,
  clock: Clock,
  u: AuthUser,
  kind: SubjectPathKind,
  id: string,
  asked: number | undefined,
): Promise<SubjectEligibility> {
  const s = await findSubject(db, u, KIND_OF_PATH[kind], id);
  const today = todayIn(clock);
  const year = asked ?? Number(today.slice(0, 4)) - 1;
  const decisionDate = today > `${year}-12-31` ? today : `${year + 1}-01-15`;
  const ref = {
    subjectKind: s.kind,
    personId: s.kind === 'INDIVIDUAL' ? s.id : null,
    subjectUnitId: s.kind === 'COLLECTIVE' ? s.id : null,
    householdId: s.kind === 'HOUSEHOLD' ? s.id : null,
  };
  const record = await loadSubjectRecord(db, u.tenantId, ref, year, decisionDate);
  if (!record) return { year, decisionDate, awards: [] };
  const [profile, baseSalaries] = [await loadProfile(db, u.tenantId), await loadBaseSalaries(db, u.tenantId)];
  const suggested = suggest([record], year, profile, decisionDate);
  return {
    year,
    decisionDate,
    awards: SUGGESTED_AWARDS[s.kind].map((code) => {
      const v = evaluate(record, code, year, decisionDate, profile, { baseSalaries });
      const l = suggested.find((x) => x.awardCode === code);
      const eligible = !!l && [...l.eligible, ...l.overQuota].some((x) => x.id === s.id);
      return {
        awardCode: code,
        awardName: v.awardName,
        eligible,
        status: v.status,
        reasons: eligible ? [] : v.failures.map((f) => ({ message: f.message, article: f.article })),
      };
    }),
  };
}
