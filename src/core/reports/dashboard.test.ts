import { describe, expect, it } from 'vitest';
import { classifyRanking } from '../scoring/classification';
import type { Criterion } from '../scoring/criteria';
import { rankUnits } from '../scoring/ranking';
import { computeTotals } from '../scoring/totals';
import type { Target } from '../targets/target';
import { buildDashboard, type DashboardMovement } from './dashboard';
import { movementReviewFigures, unitReviewFigures } from './review-figures';

const targets: Target[] = [
  {
    id: 't1',
    code: 'CT01',
    name: 'Thu ngân sách',
    field: 'KINH_TE',
    unit: 'tỷ đồng',
    direction: 'AT_LEAST',
    planned: 12,
    responsibleUnitId: 'tc',
    progress: [{ date: '2024-06-30', value: 3 }],
    year: 2024,
  },
  {
    id: 't2',
    code: 'CT02',
    name: 'Tỷ lệ hộ nghèo',
    field: 'AN_SINH_XA_HOI',
    unit: '%',
    direction: 'AT_MOST',
    planned: 2.5,
    responsibleUnitId: 'vh',
    progress: [{ date: '2024-06-30', value: 2.1 }],
    year: 2024,
  },
];
const participants = [
  { kind: 'UNIT' as const, id: 'tc', name: 'Tài chính - Kế toán' },
  { kind: 'UNIT' as const, id: 'vh', name: 'Văn hóa - Xã hội' },
];
const movement = (x: Partial<DashboardMovement>): DashboardMovement => ({
  id: 'm1',
  name: 'Văn hóa công sở',
  state: 'LAUNCHED',
  startDate: '2024-04-01',
  endDate: '2024-11-30',
  registrationDeadline: '2024-07-05',
  participants,
  registrations: [
    {
      subjectKind: 'UNIT',
      subjectId: 'tc',
      registeredOn: '2024-06-20',
      titles: ['TTLDTT'],
    },
  ],
  ...x,
});

describe('dashboard', () => {
  it("shows targets at risk, movements in progress, missing registrations and the week's deadlines", () => {
    const d = buildDashboard({
      today: '2024-07-01',
      targets,
      movements: [
        movement({}),
        movement({
          id: 'm2',
          name: 'Chuyển đổi số',
          state: 'RUNNING',
          endDate: '2024-07-07',
          registrations: [],
        }),
        movement({ id: 'm3', name: 'Nháp', state: 'DRAFT' }),
        movement({ id: 'm4', name: 'Đã xong', state: 'CLOSED' }),
      ],
      awards: [{ subjectKind: 'INDIVIDUAL', category: 'NONG_DAN', awardCode: 'GIAY_KHEN' }],
      otherDeadlines: [{ date: '2024-07-10', label: 'Họp Hội đồng sơ kết', kind: 'OTHER' }],
    });
    expect(d.targets.text).toBe('1/2 chỉ tiêu hoàn thành');
    expect(d.targetsAtRisk.map((t) => t.code)).toEqual(['CT01']);
    expect(d.movementsInProgress.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(d.registrationsMissing.map((r) => [r.movementId, r.missing.map((p) => p.id)])).toEqual([
      ['m1', ['vh']],
      ['m2', ['tc', 'vh']],
    ]);
    // window 01/07 – 07/07: the 10/07 meeting is outside
    expect(d.deadlinesThisWeek.map((x) => x.text)).toEqual([
      '05/07/2024 — Hạn đăng ký thi đua: Văn hóa công sở',
      '07/07/2024 — Kết thúc phong trào: Chuyển đổi số',
    ]);
    expect(d.awards.directWorkers.count).toBe(1);
  });

  it('stops chasing registrations once a movement has ended, at its last day', () => {
    const at = (today: string) =>
      buildDashboard({ today, targets: [], movements: [movement({})], awards: [] }).registrationsMissing
        .length;
    expect(at('2024-11-30')).toBe(1);
    expect(at('2024-12-01')).toBe(0);
  });
});

describe('review figures', () => {
  const criteria: Criterion[] = [{ id: 'c1', name: 'Nhiệm vụ', weight: 1, minScore: 0, maxScore: 10 }];
  const totals = computeTotals(criteria, [
    { unitId: 'tc', role: 'SELF', scores: [{ criterionId: 'c1', value: 9.5 }] },
    { unitId: 'vh', role: 'SELF', scores: [{ criterionId: 'c1', value: 9 }] },
    { unitId: 'vh', role: 'REVIEWER', reviewerId: 'r1', scores: [{ criterionId: 'c1', value: 6 }] },
  ]);
  if (!totals.ok) throw new Error('fixture');
  const ranking = classifyRanking(rankUnits(totals.totals));
  const registrations = [
    {
      subjectKind: 'UNIT' as const,
      subjectId: 'tc',
      registeredOn: '2024-02-01',
      titles: ['TTLDTT'],
    },
  ];

  it("computes a movement's figures from the data", () => {
    const f = movementReviewFigures({ asOf: '2024-06-30', participants, registrations, ranking, targets });
    expect(f).toMatchObject({
      participants: 2,
      registered: 1,
      registrationShare: 0.5,
      scored: 2,
      averageTotal: 77.5,
      unitsWithDisagreements: 1,
      byClassification: { XUAT_SAC: 1, TOT: 0, KHA: 0, TRUNG_BINH: 1, YEU: 0 },
    });
    expect(f.targets.text).toBe('1/2 chỉ tiêu hoàn thành');
  });

  it("computes a unit's figures, with only the targets it is responsible for", () => {
    expect(
      unitReviewFigures({ unitId: 'vh', asOf: '2024-06-30', registrations, ranking, targets }),
    ).toMatchObject({
      registered: false,
      registeredTitles: [],
      result: { rank: 2, of: 2, finalTotal: 60, classification: 'TRUNG_BINH', disagreements: 1 },
      targets: { text: '1/1 chỉ tiêu hoàn thành' },
    });
    expect(
      unitReviewFigures({ unitId: 'zz', asOf: '2024-06-30', registrations, ranking, targets }).result,
    ).toBeNull();
  });
});
