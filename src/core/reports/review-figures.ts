import type { IsoDate } from '../calendar/iso-date';
import { missingRegistrations, type Participant, type Registration } from '../movements/registration';
import { CLASSIFICATIONS, type Classification, type Classified } from '../scoring/classification';
import { roundTo } from '../scoring/criteria';
import type { UnitTotals } from '../scoring/totals';
import type { Target } from '../targets/target';
import { type TargetsSummary, targetsSummary } from '../targets/targets-summary';

/**
 * Figures of a review record (báo cáo sơ kết / tổng kết), computed from the data, never typed:
 * who took part and registered, how they scored and were classified, and the targets.
 */
export interface MovementReviewFigures {
  participants: number;
  registered: number;
  registrationShare: number;
  scored: number;
  byClassification: Record<Classification, number>;
  /** Mean final total of the units scored (0 when none), two decimals. */
  averageTotal: number;
  /** Units with at least one disagreement between self score and reviewers, or among reviewers. */
  unitsWithDisagreements: number;
  targets: TargetsSummary;
}

export function movementReviewFigures(input: {
  asOf: IsoDate;
  participants: readonly Participant[];
  registrations: readonly Registration[];
  ranking: readonly Classified<UnitTotals>[];
  targets: readonly Target[];
}): MovementReviewFigures {
  const missing = missingRegistrations(input.participants, input.registrations).length;
  const registered = input.participants.length - missing;
  const byClassification = Object.fromEntries(CLASSIFICATIONS.map((c) => [c, 0])) as Record<
    Classification,
    number
  >;
  for (const r of input.ranking) byClassification[r.classification] += 1;
  const n = input.ranking.length;
  return {
    participants: input.participants.length,
    registered,
    registrationShare: input.participants.length ? registered / input.participants.length : 0,
    scored: n,
    byClassification,
    averageTotal: n ? roundTo(input.ranking.reduce((a, r) => a + r.finalTotal, 0) / n, 2) : 0,
    unitsWithDisagreements: input.ranking.filter((r) => r.disagreements.length > 0).length,
    targets: targetsSummary(input.targets, input.asOf),
  };
}

export interface UnitReviewFigures {
  unitId: string;
  registered: boolean;
  registeredTitles: string[];
  result: {
    rank: number;
    of: number;
    finalTotal: number;
    classification: Classification;
    disagreements: number;
  } | null;
  /** Targets the unit is responsible for (đơn vị chủ trì). */
  targets: TargetsSummary;
}

export function unitReviewFigures(input: {
  unitId: string;
  asOf: IsoDate;
  registrations: readonly Registration[];
  ranking: readonly Classified<UnitTotals>[];
  targets: readonly Target[];
}): UnitReviewFigures {
  const reg = input.registrations.filter((r) => r.subjectKind === 'UNIT' && r.subjectId === input.unitId);
  const mine = input.ranking.find((r) => r.unitId === input.unitId);
  return {
    unitId: input.unitId,
    registered: reg.length > 0,
    registeredTitles: [...new Set(reg.flatMap((r) => r.titles))],
    result: mine
      ? {
          rank: mine.rank,
          of: input.ranking.length,
          finalTotal: mine.finalTotal,
          classification: mine.classification,
          disagreements: mine.disagreements.length,
        }
      : null,
    targets: targetsSummary(
      input.targets.filter((t) => t.responsibleUnitId === input.unitId),
      input.asOf,
    ),
  };
}
