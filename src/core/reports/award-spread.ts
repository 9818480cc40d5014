/**
 * How awards are spread (cơ cấu khen thưởng). The 2024 plan (II.2.1) asks to "nâng cao tỷ lệ khen
 * thưởng cho tập thể nhỏ, khen thưởng người lao động trực tiếp như nông dân, công chức, viên chức,
 * người lao động, học sinh và người dân" — raise the share of small collectives and of direct workers.
 *
 * Definitions used here:
 * - small collective (tập thể nhỏ): at most `smallCollectiveMaxSize` members (default 30), or a unit
 *   below commune level (thôn, tổ dân phố, tổ, khoa, lớp …) whatever its size. A collective with neither
 *   size nor level known is counted apart (`collectivesSizeUnknown`), never guessed. A unit the commune
 *   marked as a small collective (`smallCollective`, the unit's flag) is small whatever its size.
 * - leader (lãnh đạo, quản lý): `isLeader`, or a commune cán bộ (elected or appointed to a leading post
 *   under the Law on Cadres and Civil Servants).
 * - direct worker (người lao động trực tiếp): a non-leader công chức, viên chức or người lao động, and
 *   every người lao động trực tiếp, nông dân, học sinh, người dân — the groups the plan's sentence lists.
 *   `isLeader` absent counts as not a leader. An individual with no category is neither. A person the
 *   commune marked as a direct worker (`directWorker`, the person's flag) is one unless a leader.
 */
export type AwardSubjectKind = 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD';
export type PersonCategory =
  | 'CAN_BO'
  | 'CONG_CHUC'
  | 'VIEN_CHUC'
  | 'NGUOI_LAO_DONG'
  | 'NGUOI_LAO_DONG_TRUC_TIEP'
  | 'NONG_DAN'
  | 'HOC_SINH'
  | 'NGUOI_DAN';
export type Gender = 'NAM' | 'NU';

export interface AwardFact {
  subjectKind: AwardSubjectKind;
  category?: PersonCategory;
  collectiveSize?: number;
  /** The collective is a unit below commune level (thôn, tổ, khoa …). */
  belowCommuneLevel?: boolean;
  isLeader?: boolean;
  /** The unit is marked a small collective in the commune's units (overrides size and level). */
  smallCollective?: boolean;
  /** The person is marked a direct worker in the commune's records. */
  directWorker?: boolean;
  awardCode: string;
  gender?: Gender;
}

export interface Share {
  count: number;
  /** What the share is of (e.g. all collectives). */
  base: number;
  /** count ÷ base, 0 when the base is 0. */
  share: number;
}

export interface AwardSpread {
  total: number;
  individuals: number;
  collectives: number;
  households: number;
  smallCollectives: Share;
  collectivesSizeUnknown: number;
  directWorkers: Share;
  leaders: Share;
  /** Women among individuals whose gender is recorded. */
  women: Share;
  byGender: Record<Gender | 'UNKNOWN', number>;
  byCategory: Record<PersonCategory | 'UNKNOWN', number>;
  byAward: Record<string, number>;
}

export const DEFAULT_SMALL_COLLECTIVE_MAX_SIZE = 30;

const DIRECT_ALWAYS: readonly PersonCategory[] = [
  'NGUOI_LAO_DONG_TRUC_TIEP',
  'NONG_DAN',
  'HOC_SINH',
  'NGUOI_DAN',
];
const DIRECT_UNLESS_LEADER: readonly PersonCategory[] = ['CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG'];

const share = (count: number, base: number): Share => ({ count, base, share: base ? count / base : 0 });

export function isLeaderAward(a: AwardFact): boolean {
  return a.subjectKind === 'INDIVIDUAL' && (a.isLeader === true || a.category === 'CAN_BO');
}

export function isDirectWorkerAward(a: AwardFact): boolean {
  if (a.subjectKind !== 'INDIVIDUAL' || isLeaderAward(a)) return false;
  if (a.directWorker === true) return true;
  if (!a.category) return false;
  return DIRECT_ALWAYS.includes(a.category) || DIRECT_UNLESS_LEADER.includes(a.category);
}

/** 'SMALL', 'LARGE', or 'UNKNOWN' when neither size nor level is recorded; null for non-collectives. */
export function collectiveSizeClass(
  a: AwardFact,
  maxSize = DEFAULT_SMALL_COLLECTIVE_MAX_SIZE,
): 'SMALL' | 'LARGE' | 'UNKNOWN' | null {
  if (a.subjectKind !== 'COLLECTIVE') return null;
  if (a.smallCollective === true || a.belowCommuneLevel === true) return 'SMALL';
  if (a.collectiveSize === undefined) return a.belowCommuneLevel === false ? 'LARGE' : 'UNKNOWN';
  return a.collectiveSize <= maxSize ? 'SMALL' : 'LARGE';
}

export function awardSpread(
  awards: readonly AwardFact[],
  options: { smallCollectiveMaxSize?: number } = {},
): AwardSpread {
  const maxSize = options.smallCollectiveMaxSize ?? DEFAULT_SMALL_COLLECTIVE_MAX_SIZE;
  const byGender: AwardSpread['byGender'] = { NAM: 0, NU: 0, UNKNOWN: 0 };
  const byCategory: AwardSpread['byCategory'] = {
    CAN_BO: 0,
    CONG_CHUC: 0,
    VIEN_CHUC: 0,
    NGUOI_LAO_DONG: 0,
    NGUOI_LAO_DONG_TRUC_TIEP: 0,
    NONG_DAN: 0,
    HOC_SINH: 0,
    NGUOI_DAN: 0,
    UNKNOWN: 0,
  };
  const byAward: Record<string, number> = {};
  let individuals = 0;
  let collectives = 0;
  let households = 0;
  let small = 0;
  let sizeUnknown = 0;
  let direct = 0;
  let leaders = 0;

  for (const a of awards) {
    byAward[a.awardCode] = (byAward[a.awardCode] ?? 0) + 1;
    if (a.subjectKind === 'HOUSEHOLD') households += 1;
    else if (a.subjectKind === 'COLLECTIVE') {
      collectives += 1;
      const size = collectiveSizeClass(a, maxSize);
      if (size === 'SMALL') small += 1;
      if (size === 'UNKNOWN') sizeUnknown += 1;
    } else {
      individuals += 1;
      byGender[a.gender ?? 'UNKNOWN'] += 1;
      byCategory[a.category ?? 'UNKNOWN'] += 1;
      if (isLeaderAward(a)) leaders += 1;
      if (isDirectWorkerAward(a)) direct += 1;
    }
  }

  return {
    total: awards.length,
    individuals,
    collectives,
    households,
    smallCollectives: share(small, collectives),
    collectivesSizeUnknown: sizeUnknown,
    directWorkers: share(direct, individuals),
    leaders: share(leaders, individuals),
    women: share(byGender.NU, byGender.NAM + byGender.NU),
    byGender,
    byCategory,
    byAward,
  };
}

export type SpreadMetric = 'SMALL_COLLECTIVES' | 'DIRECT_WORKERS' | 'LEADERS' | 'WOMEN';

export const SPREAD_METRIC_LABELS: Record<SpreadMetric, string> = {
  SMALL_COLLECTIVES: 'Tỷ lệ khen thưởng tập thể nhỏ',
  DIRECT_WORKERS: 'Tỷ lệ khen thưởng người lao động trực tiếp',
  LEADERS: 'Tỷ lệ khen thưởng cán bộ lãnh đạo, quản lý',
  WOMEN: 'Tỷ lệ nữ được khen thưởng',
};

export interface SpreadChange {
  metric: SpreadMetric;
  label: string;
  previous: number;
  current: number;
  /** Change in percentage points, one decimal. */
  deltaPoints: number;
  trend: 'UP' | 'DOWN' | 'SAME';
  /** For the two shares the plan wants raised: whether they rose. Null for the others. */
  onPlan: boolean | null;
}

/** Which share each metric reads. */
const METRIC_SHARE: Record<SpreadMetric, (s: AwardSpread) => Share> = {
  SMALL_COLLECTIVES: (s) => s.smallCollectives,
  DIRECT_WORKERS: (s) => s.directWorkers,
  LEADERS: (s) => s.leaders,
  WOMEN: (s) => s.women,
};

/** Year-over-year comparison of the shares (so sánh với năm trước). */
export function compareAwardSpread(previous: AwardSpread, current: AwardSpread): SpreadChange[] {
  const wantsUp: readonly SpreadMetric[] = ['SMALL_COLLECTIVES', 'DIRECT_WORKERS'];
  return (Object.keys(METRIC_SHARE) as SpreadMetric[]).map((metric) => {
    const p = METRIC_SHARE[metric](previous).share;
    const c = METRIC_SHARE[metric](current).share;
    const deltaPoints = Math.round((c - p) * 1000) / 10;
    const trend = deltaPoints > 0 ? 'UP' : deltaPoints < 0 ? 'DOWN' : 'SAME';
    return {
      metric,
      label: SPREAD_METRIC_LABELS[metric],
      previous: p,
      current: c,
      deltaPoints,
      trend,
      onPlan: wantsUp.includes(metric) ? trend === 'UP' : null,
    };
  });
}
