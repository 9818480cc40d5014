/**
 * Loads a subject's record for the law engine from the database: annual ratings, initiatives and topics,
 * disciplinary measures, matters under consideration open on the decision's date, awards received (from
 * the register of decisions, revoked ones skipped, and the history entries; a collective's include those of
 * the units merged into it), registration for emulation, for collectives the counts about their members,
 * and for households their contributions and violations.
 */
import { PROPOSAL_STATUS_LABELS } from '../../core/dossier/proposal-workflow';
import {
  defaultBasis,
  getAward,
  type MemberStats,
  type OpenProposal,
  proposalBasisRef,
  type SubjectKind,
  type SubjectRecord,
} from '../../core/law';
import type { Db } from '../db/connect';
import { parseCodes } from '../registrations/registration-queries';

export interface SubjectRef {
  subjectKind: SubjectKind;
  personId?: string | null | undefined;
  subjectUnitId?: string | null | undefined;
  householdId?: string | null | undefined;
}

const RATED_CATEGORIES = new Set(['CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG']);
const RATINGS = new Set(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
const LEVELS = new Set(['CO_SO', 'TINH', 'TOAN_QUOC']);
const HISTORY_YEARS = 16;

type AwardColumn = 'person_id' | 'subject_unit_id' | 'household_id';
type ReceivedAward = SubjectRecord['awards'][number];

/** A matter is open on `date` when it began by then and was not closed by then; with no date, while not closed. */
const openOn = (m: { since: string; closed_on: string | null }, date: string | undefined) =>
  date === undefined ? m.closed_on === null : m.since <= date && (m.closed_on === null || m.closed_on > date);

/** Proposals still on their way (at this commune or sent up): claims on an achievement (R-PRIN-1). */
const OPEN_STATUSES = ['SUBMITTED', 'RETURNED', 'FORWARDED', 'APPROVED'] as const;

/**
 * Awards received (not revoked) by the subjects `ids` in `column`, from `fromYear - 30`, by subject: the
 * commune's register of decisions and the history entries (awards received before this product or from
 * other bodies), each with what it was for and the decision that gave it. The same award (code, year, and
 * whether it counts for chains) is counted once. `holders` names, for a subject, every unit whose awards
 * count for it (itself and the units merged into it). Also the subjects' proposals still on their way.
 */
async function receivedAwards(
  db: Db,
  tenantId: string,
  column: AwardColumn,
  ids: string[],
  fromYear: number,
  holders: (id: string) => string[] = (id) => [id],
): Promise<{ awards: Map<string, ReceivedAward[]>; open: Map<string, OpenProposal[]> }> {
  const out = new Map<string, ReceivedAward[]>();
  const open = new Map<string, OpenProposal[]>();
  if (!ids.length) return { awards: out, open };
  const subjectsOf = new Map<string, string[]>();
  for (const id of ids) for (const h of holders(id)) subjectsOf.set(h, [...(subjectsOf.get(h) ?? []), id]);
  const holderIds = [...subjectsOf.keys()];
  const register = await db
    .selectFrom('awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .leftJoin('proposals as p', 'p.id', 'a.proposal_id')
    .select([
      'a.award_code',
      'a.year',
      'a.proposal_id',
      'd.decision_date',
      'd.number',
      'd.symbol',
      'p.achievement_basis',
      'p.achievement_ref',
      'p.movement_id',
      `a.${column} as subject`,
    ])
    .where('a.tenant_id', '=', tenantId)
    .where(`a.${column}`, 'in', holderIds)
    .where('a.revoked_at', 'is', null)
    .where('d.status', '!=', 'REVOKED')
    .where('a.year', '>=', fromYear - 30)
    .execute();
  const history = await db
    .selectFrom('award_history')
    .select([
      'award_code',
      'year',
      'decision_date',
      'nature',
      'decision_number',
      'issuing_body',
      `${column} as subject`,
    ])
    .where('tenant_id', '=', tenantId)
    .where(column, 'in', holderIds)
    .where('year', '>=', fromYear - 30)
    .execute();
  // Only the subject's own proposals: a merged unit's open proposals ended with its merger.
  const proposals = await db
    .selectFrom('proposals as p')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .select([
      'p.id',
      'p.award_code',
      'p.year',
      'p.status',
      'p.achievement_basis',
      'p.achievement_ref',
      'p.movement_id',
      'p.updated_at',
      'o.name as unit_name',
      `p.${column} as subject`,
    ])
    .where('p.tenant_id', '=', tenantId)
    .where(`p.${column}`, 'in', ids)
    .where('p.status', 'in', OPEN_STATUSES)
    .where('p.year', '>=', fromYear)
    .execute();
  for (const p of proposals) {
    const subject = String(p.subject);
    open.set(subject, [
      ...(open.get(subject) ?? []),
      {
        id: p.id,
        code: p.award_code,
        year: Number(p.year),
        basis: p.achievement_basis,
        basisRef: proposalBasisRef(p.achievement_basis, p.achievement_ref, p.movement_id),
        reference: `đề nghị của ${p.unit_name}, ${PROPOSAL_STATUS_LABELS[p.status].vi.toLowerCase()}`,
        date: p.updated_at.slice(0, 10),
      },
    ]);
  }
  const seen = new Map<string, Set<string>>();
  const add = (holder: string, a: ReceivedAward) => {
    const key = `${a.code}|${a.year}|${a.thematic === true}|${a.sudden === true}`;
    for (const subject of subjectsOf.get(holder) ?? []) {
      const keys = seen.get(subject) ?? new Set<string>();
      if (keys.has(key)) continue;
      keys.add(key);
      seen.set(subject, keys);
      out.set(subject, [...(out.get(subject) ?? []), a]);
    }
  };
  for (const r of register) {
    const award = getAward(r.award_code);
    const basis = r.achievement_basis ?? defaultBasis(r.award_code);
    add(String(r.subject), {
      year: Number(r.year),
      code: r.award_code,
      thematic: award?.thematic === true,
      sudden: award?.sudden === true,
      decisionDate: r.decision_date,
      basis,
      basisRef: proposalBasisRef(basis, r.achievement_ref, r.movement_id),
      source: 'AWARD',
      reference: `Quyết định số ${r.number}/${r.symbol}`,
      proposalId: r.proposal_id ?? undefined,
    });
  }
  for (const r of history) {
    const award = getAward(r.award_code);
    add(String(r.subject), {
      year: Number(r.year),
      code: r.award_code,
      thematic: award?.thematic === true || r.nature === 'CHUYEN_DE',
      sudden: award?.sudden === true || r.nature === 'DOT_XUAT',
      decisionDate: r.decision_date,
      basis:
        r.nature === 'CHUYEN_DE'
          ? 'MOVEMENT'
          : r.nature === 'DOT_XUAT'
            ? 'SUDDEN'
            : defaultBasis(r.award_code),
      source: 'HISTORY',
      reference: `Quyết định số ${r.decision_number} của ${r.issuing_body}`,
    });
  }
  return { awards: out, open };
}

/** For each unit, itself and every unit merged into it (MERGE lineage, transitively), from one read of the lineage. */
async function mergeLineage(db: Db, tenantId: string, unitIds: string[]): Promise<(id: string) => string[]> {
  if (!unitIds.length) return (id) => [id];
  const rows = await db
    .selectFrom('org_lineage')
    .select(['successor_id', 'predecessor_id'])
    .where('tenant_id', '=', tenantId)
    .where('change_kind', '=', 'MERGE')
    .execute();
  const before = groupBy(rows, (r) => r.successor_id);
  return (id) => {
    const seen = new Set<string>([id]);
    let frontier = [id];
    while (frontier.length) {
      frontier = frontier
        .flatMap((u) => (before.get(u) ?? []).map((r) => r.predecessor_id))
        .filter((u) => !seen.has(u));
      for (const u of frontier) seen.add(u);
    }
    return [...seen];
  };
}

/** Households' contributions, summed by year (đồng). */
function sumByYear(rows: { year: number; amount: number }[]): { year: number; amount: number }[] {
  const by = new Map<number, number>();
  for (const r of rows) by.set(Number(r.year), (by.get(Number(r.year)) ?? 0) + Number(r.amount));
  return [...by].sort((a, b) => a[0] - b[0]).map(([year, amount]) => ({ year, amount }));
}

/** Group rows by a key. */
function groupBy<T>(rows: T[], key: (r: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = out.get(k) ?? [];
    list.push(r);
    out.set(k, list);
  }
  return out;
}

interface RegistrationRow {
  unit_id: string;
  subject_id: string;
  year: number;
  titles: string | null;
}

/** The registrations of `kind` for the subjects (and, for individuals, their units) in the given years. */
async function registrationRows(
  db: Db,
  tenantId: string,
  kind: 'UNIT' | 'INDIVIDUAL',
  subjectIds: string[],
  unitIds: string[],
  years: number[],
): Promise<RegistrationRow[]> {
  if (!subjectIds.length) return [];
  return db
    .selectFrom('registrations')
    .select(['unit_id', 'subject_id', 'year', 'titles'])
    .where('tenant_id', '=', tenantId)
    .where('year', 'in', years)
    .where('subject_kind', '=', kind)
    .where((eb) =>
      kind === 'INDIVIDUAL'
        ? eb.or([eb('unit_id', 'in', unitIds), eb('subject_id', 'in', subjectIds)])
        : eb('subject_id', 'in', subjectIds),
    )
    .execute();
}

/**
 * Registered titles for the year, or undefined when the unit kept no registrations that year (unknown): an
 * individual's unit kept some when any individual of the unit registered; a unit, when it registered itself.
 */
function registrationsOf(
  rows: RegistrationRow[],
  kind: 'UNIT' | 'INDIVIDUAL',
  subjectId: string,
  unitId: string,
  year: number,
) {
  const ofYear = rows.filter((r) => Number(r.year) === year);
  const kept = ofYear.some((r) =>
    kind === 'INDIVIDUAL' ? r.unit_id === unitId : r.subject_id === subjectId,
  );
  if (!kept) return undefined;
  const codes = new Set<string>();
  for (const r of ofYear) if (r.subject_id === subjectId) for (const c of parseCodes(r.titles)) codes.add(c);
  return [{ year, codes: [...codes].sort() }];
}

/** The counts about the members of units (collectives), per unit and year; undefined for a unit without people. */
async function memberStats(
  db: Db,
  tenantId: string,
  wanted: { unitId: string; year: number }[],
): Promise<(year: number, unitId: string) => MemberStats[] | undefined> {
  if (!wanted.length) return () => undefined;
  const years = [...new Set(wanted.map((w) => w.year))];
  const people = await db
    .selectFrom('people')
    .select(['id', 'unit_id'])
    .where('tenant_id', '=', tenantId)
    .where('unit_id', 'in', [...new Set(wanted.map((w) => w.unitId))])
    .execute();
  const ids = people.map((p) => p.id);
  const none = { ratings: [], initiatives: [], awards: [], discipline: [] };
  const { ratings, initiatives, awards, discipline } = ids.length
    ? {
        ratings: await db
          .selectFrom('ratings')
          .select(['person_id', 'rating', 'year'])
          .where('year', 'in', years)
          .where('person_id', 'in', ids)
          .execute(),
        initiatives: await db
          .selectFrom('initiatives')
          .select(['person_id', 'year'])
          .where('year', 'in', years)
          .where('person_id', 'in', ids)
          .execute(),
        awards: await db
          .selectFrom('awards')
          .select(['person_id', 'award_code', 'year'])
          .where('year', 'in', years)
          .where('person_id', 'in', ids)
          .where('revoked_at', 'is', null)
          .where('award_code', 'in', ['LDTT', 'CSTDCS'])
          .unionAll(
            db
              .selectFrom('award_history')
              .select(['person_id', 'award_code', 'year'])
              .where('year', 'in', years)
              .where('person_id', 'in', ids)
              .where('award_code', 'in', ['LDTT', 'CSTDCS']),
          )
          .execute(),
        discipline: await db
          .selectFrom('disciplines')
          .select(['person_id', 'kind', 'from_date', 'to_date'])
          .where('person_id', 'in', ids)
          .where('from_date', '<=', `${Math.max(...years)}-12-31`)
          .where((eb) =>
            eb.or([eb('to_date', 'is', null), eb('to_date', '>=', `${Math.min(...years)}-01-01`)]),
          )
          .execute(),
      }
    : none;
  const peopleOf = groupBy(people, (p) => p.unit_id);
  const rank: Record<string, number> = { KHTNV: 1, HTNV: 2, HTTNV: 3, HTXSNV: 4 };
  return (year, unitId) => {
    const ids = (peopleOf.get(unitId) ?? []).map((p) => p.id);
    if (ids.length === 0) return undefined;
    const mine = new Set(ids);
    const rated = new Map(
      ratings
        .filter((r) => Number(r.year) === year && mine.has(r.person_id ?? ''))
        .map((r) => [r.person_id, rank[r.rating] ?? 0]),
    );
    const withInitiative = new Set(
      initiatives.filter((i) => Number(i.year) === year && mine.has(i.person_id)).map((i) => i.person_id),
    );
    const awarded = (code: string) =>
      new Set(
        awards
          .filter((a) => Number(a.year) === year && a.award_code === code && mine.has(a.person_id ?? ''))
          .map((a) => a.person_id),
      );
    const ldttAwarded = new Set([...awarded('LDTT'), ...awarded('CSTDCS')]);
    const cstdcsAwarded = awarded('CSTDCS');
    // Before the year's titles are decided, members meeting the standard are counted (documented in docs/law/README.md).
    const ldtt =
      ldttAwarded.size > 0 ? ldttAwarded.size : ids.filter((id) => (rated.get(id) ?? 0) >= 3).length;
    const cstdcs =
      cstdcsAwarded.size > 0
        ? cstdcsAwarded.size
        : ids.filter((id) => (rated.get(id) ?? 0) >= 3 && withInitiative.has(id)).length;
    const warned = discipline.filter(
      (d) =>
        mine.has(d.person_id) &&
        d.from_date <= `${year}-12-31` &&
        (d.to_date === null || d.to_date >= `${year}-01-01`) &&
        d.kind !== 'KHIEN_TRACH',
    );
    return [
      {
        year,
        total: ids.length,
        completed: ids.filter((id) => (rated.get(id) ?? 0) >= 2).length,
        ldtt,
        cstdcs,
        warnedOrAbove: new Set(warned.map((d) => d.person_id)).size,
      },
    ];
  };
}

/** The subject's record as the law engine reads it; null when the subject does not exist in the tenant. */
export async function loadSubjectRecord(
  db: Db,
  tenantId: string,
  ref: SubjectRef,
  year: number,
  /** The decision's date: matters under consideration open on it defer the award (none given: those not closed). */
  decisionDate?: string,
): Promise<SubjectRecord | null> {
  const [record] = await loadSubjectRecords(db, tenantId, [{ ref, year, decisionDate }]);
  return record ?? null;
}

/**
 * The records of several subjects at once (a meeting's agenda, a unit's people), each for its year, with a
 * fixed number of statements whatever their number: each kind of data is read for all subjects at once.
 */
export async function loadSubjectRecords(
  db: Db,
  tenantId: string,
  wanted: { ref: SubjectRef; year: number; decisionDate?: string | undefined }[],
): Promise<(SubjectRecord | null)[]> {
  if (!wanted.length) return [];
  const ids = (kind: SubjectRef['subjectKind'], pick: (r: SubjectRef) => string | null | undefined) => [
    ...new Set(
      wanted.flatMap((w) => {
        const id = w.ref.subjectKind === kind ? pick(w.ref) : null;
        return id ? [id] : [];
      }),
    ),
  ];
  const personIds = ids('INDIVIDUAL', (r) => r.personId);
  const unitIds = ids('COLLECTIVE', (r) => r.subjectUnitId);
  const householdIds = ids('HOUSEHOLD', (r) => r.householdId);
  const years = [...new Set(wanted.map((w) => w.year))];
  const fromYear = Math.min(...years) - HISTORY_YEARS;

  const people = personIds.length
    ? await db
        .selectFrom('people as p')
        .innerJoin('organisations as o', 'o.id', 'p.unit_id')
        .select(['p.id', 'p.full_name', 'p.category', 'p.unit_id', 'o.kind as unit_kind'])
        .where('p.id', 'in', personIds)
        .where('p.tenant_id', '=', tenantId)
        .execute()
    : [];
  const foundPeople = people.map((p) => p.id);
  const personRatings = foundPeople.length
    ? await db
        .selectFrom('ratings')
        .select(['person_id', 'year', 'rating'])
        .where('person_id', 'in', foundPeople)
        .where('year', '>=', fromYear)
        .execute()
    : [];
  const initiatives = foundPeople.length
    ? await db
        .selectFrom('initiatives')
        .select(['person_id', 'year', 'level', 'kind', 'recognized_on'])
        .where('person_id', 'in', foundPeople)
        .where('year', '>=', fromYear)
        .execute()
    : [];
  const disciplines = foundPeople.length
    ? await db
        .selectFrom('disciplines')
        .select(['person_id', 'kind', 'from_date', 'to_date'])
        .where('person_id', 'in', foundPeople)
        .execute()
    : [];
  const personAwards = await receivedAwards(db, tenantId, 'person_id', foundPeople, fromYear);
  const foundUnitsAsked = unitIds.length
    ? await db
        .selectFrom('organisations')
        .select(['id', 'name', 'kind', 'level'])
        .where('id', 'in', unitIds)
        .where('tenant_id', '=', tenantId)
        .execute()
    : [];
  const matters =
    foundPeople.length || foundUnitsAsked.length
      ? await db
          .selectFrom('pending_matters')
          .select(['person_id', 'subject_unit_id', 'kind', 'since', 'closed_on'])
          .where('tenant_id', '=', tenantId)
          .where((eb) =>
            eb.or([
              ...(foundPeople.length ? [eb('person_id', 'in', foundPeople)] : []),
              ...(foundUnitsAsked.length
                ? [
                    eb(
                      'subject_unit_id',
                      'in',
                      foundUnitsAsked.map((o) => o.id),
                    ),
                  ]
                : []),
            ]),
          )
          .execute()
      : [];
  const personRegistrations = await registrationRows(
    db,
    tenantId,
    'INDIVIDUAL',
    foundPeople,
    [...new Set(people.map((p) => p.unit_id))],
    years,
  );

  const units = foundUnitsAsked;
  const foundUnits = units.map((o) => o.id);
  const unitRatings = foundUnits.length
    ? await db
        .selectFrom('ratings')
        .select(['unit_id', 'year', 'rating'])
        .where('unit_id', 'in', foundUnits)
        .where('person_id', 'is', null)
        .where('year', '>=', fromYear)
        .execute()
    : [];
  const lineage = await mergeLineage(db, tenantId, foundUnits);
  const unitAwards = await receivedAwards(db, tenantId, 'subject_unit_id', foundUnits, fromYear, lineage);
  const unitRegistrations = await registrationRows(db, tenantId, 'UNIT', foundUnits, foundUnits, years);
  const statsOf = await memberStats(
    db,
    tenantId,
    wanted.flatMap((w) =>
      w.ref.subjectKind === 'COLLECTIVE' && w.ref.subjectUnitId && foundUnits.includes(w.ref.subjectUnitId)
        ? [{ unitId: w.ref.subjectUnitId, year: w.year }]
        : [],
    ),
  );

  const households = householdIds.length
    ? await db
        .selectFrom('households')
        .select(['id', 'head_name'])
        .where('id', 'in', householdIds)
        .where('tenant_id', '=', tenantId)
        .execute()
    : [];
  const foundHouseholds = households.map((h) => h.id);
  const householdAwards = await receivedAwards(db, tenantId, 'household_id', foundHouseholds, fromYear);
  const contributions = foundHouseholds.length
    ? await db
        .selectFrom('household_contributions')
        .select(['household_id', 'year', 'amount'])
        .where('tenant_id', '=', tenantId)
        .where('household_id', 'in', foundHouseholds)
        .where('year', '>=', fromYear)
        .execute()
    : [];
  const violations = foundHouseholds.length
    ? await db
        .selectFrom('household_violations')
        .select(['household_id', 'year'])
        .where('tenant_id', '=', tenantId)
        .where('household_id', 'in', foundHouseholds)
        .where('year', '>=', fromYear)
        .execute()
    : [];
  const contributionsOf = groupBy(contributions, (r) => r.household_id);
  const violationsOf = groupBy(violations, (r) => r.household_id);
  const mattersOfPerson = groupBy(matters, (r) => r.person_id);
  const mattersOfUnit = groupBy(matters, (r) => r.subject_unit_id);
  const openMatters = (list: typeof matters | undefined, date: string | undefined) =>
    (list ?? []).filter((m) => openOn(m, date)).map((m) => ({ kind: m.kind, since: m.since }));

  const ratingsOf = groupBy(personRatings, (r) => r.person_id);
  const initiativesOf = groupBy(initiatives, (r) => r.person_id);
  const disciplinesOf = groupBy(disciplines, (r) => r.person_id);
  const unitRatingsOf = groupBy(unitRatings, (r) => r.unit_id);
  /** Awards from `fromYear - 30` of the subject's own year (the query read from the earliest year asked). */
  const awardsSince = (list: ReceivedAward[] | undefined, from: number) =>
    (list ?? []).filter((a) => a.year >= from - 30);

  return wanted.map(({ ref, year, decisionDate }): SubjectRecord | null => {
    const from = year - HISTORY_YEARS;
    if (ref.subjectKind === 'INDIVIDUAL') {
      const p = people.find((x) => x.id === ref.personId);
      if (!p) return null;
      return {
        kind: 'INDIVIDUAL',
        id: p.id,
        name: p.full_name,
        ratedByPerformance: RATED_CATEGORIES.has(p.category),
        personCategory: p.category,
        armedForces: p.unit_kind === 'QUAN_SU',
        ratings: (ratingsOf.get(p.id) ?? [])
          .filter((r) => Number(r.year) >= from && RATINGS.has(r.rating))
          .map((r) => ({ year: Number(r.year), rating: r.rating })),
        initiatives: (initiativesOf.get(p.id) ?? [])
          .filter((i) => Number(i.year) >= from && LEVELS.has(i.level))
          .map((i) => ({
            year: Number(i.year),
            level: i.level,
            kind: i.kind,
            recognizedOn: i.recognized_on,
          })),
        disciplines: (disciplinesOf.get(p.id) ?? []).map((d) => ({
          kind: d.kind,
          from: d.from_date,
          to: d.to_date,
        })),
        awards: awardsSince(personAwards.awards.get(p.id), from),
        openProposals: personAwards.open.get(p.id) ?? [],
        pendingMatters: openMatters(mattersOfPerson.get(p.id), decisionDate),
        registrations: registrationsOf(personRegistrations, 'INDIVIDUAL', p.id, p.unit_id, year),
      };
    }
    if (ref.subjectKind === 'COLLECTIVE') {
      const o = units.find((x) => x.id === ref.subjectUnitId);
      if (!o) return null;
      return {
        kind: 'COLLECTIVE',
        id: o.id,
        name: o.name,
        unitKind: o.level === 'XA' ? 'XA' : o.kind === 'THON' || o.kind === 'TO' ? 'THON' : 'DON_VI',
        orgKind: o.level === 'XA' ? 'XA' : o.kind,
        ratings: (unitRatingsOf.get(o.id) ?? [])
          .filter((r) => Number(r.year) >= from && RATINGS.has(r.rating))
          .map((r) => ({ year: Number(r.year), rating: r.rating })),
        initiatives: [],
        disciplines: [],
        awards: awardsSince(unitAwards.awards.get(o.id), from),
        openProposals: unitAwards.open.get(o.id) ?? [],
        pendingMatters: openMatters(mattersOfUnit.get(o.id), decisionDate),
        registrations: registrationsOf(unitRegistrations, 'UNIT', o.id, o.id, year),
        members: statsOf(year, o.id),
      };
    }
    const h = households.find((x) => x.id === ref.householdId);
    if (!h) return null;
    return {
      kind: 'HOUSEHOLD',
      id: h.id,
      name: `Hộ gia đình ông/bà ${h.head_name}`,
      ratings: [],
      initiatives: [],
      disciplines: [],
      awards: awardsSince(householdAwards.awards.get(h.id), from),
      openProposals: householdAwards.open.get(h.id) ?? [],
      contributions: sumByYear((contributionsOf.get(h.id) ?? []).filter((c) => Number(c.year) >= from)),
      householdViolationYears: [
        ...new Set((violationsOf.get(h.id) ?? []).map((v) => Number(v.year)).filter((y) => y >= from)),
      ].sort((a, b) => a - b),
    };
  });
}
