import { PROPOSAL_STATUS_LABELS } from '../../core/dossier/proposal-workflow';
import { getAward } from '../../core/law';
import type { PlanContent } from '../../core/plan/plan-content';
import { type AwardFact, type AwardSpread, awardSpread } from '../../core/reports/award-spread';
import { compareVietnamese } from '../../core/text';
import type { Db } from '../db/connect';
import { communeProfileOf } from '../organisations/profile-queries';

export interface FormRow {
  awardCode: string;
  awardName: string;
  individuals: number;
  collectives: number;
  households: number;
  total: number;
  amount: number;
}

export interface UnitRow {
  unitName: string;
  individuals: number;
  collectives: number;
  households: number;
  total: number;
}

/** The figures of a year's emulation and commendation work, computed from the records. */
export interface YearFigures {
  year: number;
  communeName: string; // "Xã Tân Việt"
  place: string;
  chairmanName: string | null;
  plan: { numberSymbol: string; date: string; theme: string } | null;
  movements: { name: string; type: string }[];
  proposals: { total: number; byStatus: { label: string; count: number }[] };
  decisions: { count: number; totalAmount: number };
  byForm: FormRow[];
  byUnit: UnitRow[];
  spread: AwardSpread;
  revoked: number;
}

const MOVEMENT_TYPE: Record<string, string> = {
  THUONG_XUYEN: 'Thường xuyên',
  THEO_DOT: 'Theo đợt',
  CHUYEN_DE: 'Chuyên đề',
};
export const movementTypeLabel = (t: string) => MOVEMENT_TYPE[t] ?? t;

/**
 * Awards counted in a year are those of decisions signed that year (revoked awards are counted apart);
 * a collective is "small" by its member count or when it is a unit below commune level (thôn, tổ —
 * see core/reports/award-spread.ts) or marked small in the units; a direct worker by the person's category
 * or the person's mark.
 */
export async function loadYearFigures(db: Db, tenantId: string, year: number): Promise<YearFigures> {
  const commune = await db
    .selectFrom('organisations')
    .select(['name', 'short_name'])
    .where('id', '=', tenantId)
    .executeTakeFirstOrThrow();
  const profile = await communeProfileOf(db, tenantId);
  const chair = await db
    .selectFrom('users')
    .select('display_name')
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'CHU_TICH')
    .where('active', '=', 1)
    .executeTakeFirst();
  const planRow = await db
    .selectFrom('plans')
    .select('content')
    .where('tenant_id', '=', tenantId)
    .where('year', '=', year)
    .executeTakeFirst();
  const plan = planRow ? (JSON.parse(planRow.content) as PlanContent) : null;
  const movements = await db
    .selectFrom('movements')
    .select(['name', 'type'])
    .where('tenant_id', '=', tenantId)
    .where('year', '=', year)
    .orderBy('name')
    .execute();
  const statuses = await db
    .selectFrom('proposals')
    .select(['status'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('year', '=', year)
    .groupBy('status')
    .execute();
  const decisions = await db
    .selectFrom('decisions')
    .select(['total_amount'])
    .where('tenant_id', '=', tenantId)
    .where('year', '=', year)
    .execute();
  const awards = await db
    .selectFrom('awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .leftJoin('people as pe', 'pe.id', 'a.person_id')
    .leftJoin('organisations as su', 'su.id', 'a.subject_unit_id')
    .leftJoin('proposals as p', 'p.id', 'a.proposal_id')
    .leftJoin('organisations as pu', 'pu.id', 'p.unit_id')
    .leftJoin('organisations as peu', 'peu.id', 'pe.unit_id')
    .select([
      'a.award_code',
      'a.subject_kind',
      'a.amount',
      'a.revoked_at',
      'pe.category',
      'pe.is_leader',
      'pe.gender',
      'pe.direct_worker',
      'su.member_count',
      'su.small_collective',
      'su.level as su_level',
      'su.kind as su_kind',
      'su.name as su_name',
      'pu.name as pu_name',
      'peu.name as peu_name',
    ])
    .where('a.tenant_id', '=', tenantId)
    .where('d.year', '=', year)
    .execute();
  const valid = awards.filter((a) => a.revoked_at === null);
  const facts: AwardFact[] = valid.map((a) => {
    const f: AwardFact = { subjectKind: a.subject_kind, awardCode: a.award_code };
    if (a.category) f.category = a.category;
    if (a.is_leader !== null) f.isLeader = a.is_leader === 1;
    if (a.gender === 'NAM' || a.gender === 'NU') f.gender = a.gender;
    if (a.member_count !== null) f.collectiveSize = a.member_count;
    if (a.su_level === 'TO' || a.su_kind === 'THON') f.belowCommuneLevel = true;
    if (Number(a.small_collective) === 1) f.smallCollective = true;
    if (Number(a.direct_worker) === 1) f.directWorker = true;
    return f;
  });
  const forms = new Map<string, FormRow>();
  const units = new Map<string, UnitRow>();
  for (const a of valid) {
    const fr = forms.get(a.award_code) ?? {
      awardCode: a.award_code,
      awardName: getAward(a.award_code)?.name ?? a.award_code,
      individuals: 0,
      collectives: 0,
      households: 0,
      total: 0,
      amount: 0,
    };
    const unitName =
      (a.subject_kind === 'COLLECTIVE' ? a.su_name : a.peu_name) ?? a.pu_name ?? '(không rõ đơn vị)';
    const ur = units.get(unitName) ?? { unitName, individuals: 0, collectives: 0, households: 0, total: 0 };
    for (const r of [fr, ur]) {
      if (a.subject_kind === 'COLLECTIVE') r.collectives += 1;
      else if (a.subject_kind === 'HOUSEHOLD') r.households += 1;
      else r.individuals += 1;
      r.total += 1;
    }
    fr.amount += a.amount;
    forms.set(a.award_code, fr);
    units.set(unitName, ur);
  }
  return {
    year,
    communeName: commune.name,
    place: profile.placeName,
    chairmanName: profile.chairmanName ?? chair?.display_name ?? null,
    plan: plan ? { numberSymbol: `${plan.number}/${plan.symbol}`, date: plan.date, theme: plan.theme } : null,
    movements: movements.map((m) => ({ name: m.name, type: m.type })),
    proposals: {
      total: statuses.reduce((s, r) => s + Number(r.n), 0),
      byStatus: statuses.map((r) => ({
        label: PROPOSAL_STATUS_LABELS[r.status]?.vi ?? r.status,
        count: Number(r.n),
      })),
    },
    decisions: { count: decisions.length, totalAmount: decisions.reduce((s, d) => s + d.total_amount, 0) },
    byForm: [...forms.values()].sort(
      (a, b) => b.total - a.total || compareVietnamese(a.awardName, b.awardName),
    ),
    byUnit: [...units.values()].sort((a, b) => compareVietnamese(a.unitName, b.unitName)),
    spread: awardSpread(facts),
    revoked: awards.length - valid.length,
  };
}
