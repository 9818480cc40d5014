import type { OrgKind } from '../people/org-kinds';
import type { PersonCategory } from '../people/person-categories';

/**
 * Types of the law engine: a subject's record (what the evaluator reads) and its verdict (what it
 * answers). Plain JSON shapes, so the same record travels from the database, a CLI case file or the
 * browser.
 */
export const SUBJECT_KINDS = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Annual rating (đánh giá, xếp loại): xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
export type RatingCode = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';
export const RATING_CODES: readonly RatingCode[] = ['KHTNV', 'HTNV', 'HTTNV', 'HTXSNV'];
export const RATING_LABELS: Record<RatingCode, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

/** Level at which an initiative (sáng kiến) or topic was recognised. */
export type InitiativeLevel = 'CO_SO' | 'TINH' | 'TOAN_QUOC';
export const INITIATIVE_LEVELS: readonly InitiativeLevel[] = ['CO_SO', 'TINH', 'TOAN_QUOC'];

/** What an award or proposal was for (khoản 2 Điều 5: one achievement, one award) — `same-achievement.ts`. */
export type AchievementBasis = 'ANNUAL' | 'MOVEMENT' | 'SUDDEN' | 'CONTRIBUTION' | 'PROCESS';

/** An award already received (title or form), from the register of decisions or entered from outside. */
export interface ReceivedAward {
  year: number;
  code: string;
  /** what it was for; absent = the award's usual basis (thematic → MOVEMENT, sudden → SUDDEN, else ANNUAL) */
  basis?: AchievementBasis | undefined;
  /** the movement (MOVEMENT) or deed (SUDDEN) it was for */
  basisRef?: string | null | undefined;
  /** AWARD = signed in this commune's register (default); HISTORY = entered from outside */
  source?: 'AWARD' | 'HISTORY' | undefined;
  /** the decision, as people cite it ("Quyết định số 12/QĐ-UBND của UBND xã") */
  reference?: string | undefined;
  /** the proposal the award came from (a proposal is never a second award of itself) */
  proposalId?: string | undefined;
  /** Thematic (chuyên đề / theo đợt) — not counted for merit chains (R-PRIN-3). */
  thematic?: boolean | undefined;
  /** Sudden (đột xuất) — not counted for merit chains (R-PRIN-3). */
  sudden?: boolean | undefined;
  decisionDate?: string | undefined;
}

export interface DisciplineMeasure {
  kind: string; // KHIEN_TRACH | CANH_CAO | CACH_CHUC | ...
  /** first day of the term (YYYY-MM-DD) */
  from: string;
  /** last day of the term, inclusive (YYYY-MM-DD; the term is over from the day after); open when absent */
  to?: string | null | undefined;
}

/** Counts about the members of a collective in one year (for TTLĐTT / TTLĐXS). */
export interface MemberStats {
  year: number;
  total: number;
  /** members rated "hoàn thành nhiệm vụ" or better */
  completed: number;
  /** members with the title Lao động tiên tiến */
  ldtt: number;
  /** members with the title Chiến sĩ thi đua cơ sở */
  cstdcs: number;
  /** members disciplined at "cảnh cáo" or above (only the 2013 law counts this) */
  warnedOrAbove?: number | undefined;
}

export interface SubjectRecord {
  kind: SubjectKind;
  id?: string | undefined;
  name?: string | undefined;
  /** For collectives: what kind of unit (XA = the commune itself, THON = village / residential group, DON_VI). */
  unitKind?: 'XA' | 'THON' | 'DON_VI' | undefined;
  /** For individuals: whether annual ratings apply (cadres, civil servants, public employees, employees). */
  ratedByPerformance?: boolean | undefined;
  /** Militia / armed forces member (Chiến sĩ tiên tiến instead of Lao động tiên tiến). */
  armedForces?: boolean | undefined;
  /** Person or organisation outside the commune (Giấy khen for outside contributors). */
  outsideCommune?: boolean | undefined;
  /** Individuals: who the person is (cán bộ, công chức, học sinh …) — decides which titles they may hold (R-GEN-3). */
  personCategory?: PersonCategory | undefined;
  /** Collectives: what kind of body the unit is (trường, trạm y tế, thôn, tổ …) — decides which titles it may hold (R-GEN-3). */
  orgKind?: OrgKind | undefined;
  ratings: { year: number; rating: RatingCode }[];
  awards: ReceivedAward[];
  /** Recognised initiatives (sáng kiến) and research topics (đề tài); both count alike. */
  initiatives: {
    year: number;
    level: InitiativeLevel;
    kind?: 'SANG_KIEN' | 'DE_TAI' | undefined;
    /** Day of recognition (YYYY-MM-DD): one inside a disciplinary term does not count, one after it does (R-PRIN-5). */
    recognizedOn?: string | null | undefined;
  }[];
  disciplines: DisciplineMeasure[];
  /** R-PRIN-4: matters under consideration (discipline, investigation, inspection, complaint being verified). */
  pendingMatters?: { kind: string; since: string }[] | undefined;
  /** Titles registered for emulation, by year; undefined = not known. */
  registrations?: { year: number; codes: string[] }[] | undefined;
  members?: MemberStats[] | undefined;
  /** Households: contribution of effort, land or property, in đồng, by year. */
  contributions?: { year: number; amount: number }[] | undefined;
  /** Households: years in which a member committed a violation listed by Decree 86/2023 (R-D86-3). */
  householdViolationYears?: number[] | undefined;
  /** Other proposals for the subject still on their way, at any level (R-PRIN-1: one achievement, one award). */
  openProposals?: OpenProposal[] | undefined;
}

/** A proposal for the subject not yet decided nor ended (submitted, returned, forwarded, approved or sent up). */
export interface OpenProposal {
  id?: string | undefined;
  code: string;
  year: number;
  basis?: AchievementBasis | undefined;
  basisRef?: string | null | undefined;
  /** how people name it ("đề nghị của Văn phòng UBND xã, đang chờ Chủ tịch duyệt") */
  reference?: string | undefined;
  /** its last change (YYYY-MM-DD) */
  date?: string | undefined;
}

/** What the candidate award is for, and the proposal it is (skipped among the subject's open proposals). */
export interface CandidateAchievement {
  basis?: AchievementBasis | undefined;
  basisRef?: string | null | undefined;
  proposalId?: string | undefined;
}

export interface Failure {
  code: string;
  message: string;
  article: string;
  /** hard = the law leaves no discretion; soft = a setting or a discretionary criterion (may be overridden with reasons). */
  hard: boolean;
}

export interface Warning {
  code: string;
  message: string;
  article: string;
}

/** Levels of the route a proposal travels (unit, commune, district, province, central). */
export const ROUTE_LEVELS = ['DON_VI', 'XA', 'HUYEN', 'TINH', 'TW'] as const;

export interface RouteStep {
  level: (typeof ROUTE_LEVELS)[number];
  body: string;
}

/** ELIGIBLE, NOT_ELIGIBLE, or BLOCKED_PENDING (R-PRIN-4: deferred, not rejected). */
export const VERDICT_STATUSES = ['ELIGIBLE', 'NOT_ELIGIBLE', 'BLOCKED_PENDING'] as const;
/** A title of emulation (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng). */
export const AWARD_KINDS = ['DANH_HIEU', 'HINH_THUC'] as const;

export interface Verdict {
  awardCode: string;
  awardName: string;
  awardKind: (typeof AWARD_KINDS)[number];
  year: number;
  decisionDate: string;
  /** ELIGIBLE, NOT_ELIGIBLE, or BLOCKED_PENDING (R-PRIN-4: deferred, not rejected). */
  status: (typeof VERDICT_STATUSES)[number];
  eligible: boolean;
  failures: Failure[];
  warnings: Warning[];
  ruleSet: { criteria: string; authority: string };
  decider: { level: RouteStep['level']; title: string; article: string } | null;
  route: RouteStep[];
  rewardMoney: {
    amount: number;
    coefficient: number | null;
    baseSalary: number;
    article: string;
    baseSalarySource: string;
  };
  dossier: { name: string; article: string }[];
}

/** The law's verdict on a proposal as the council sees it on the meeting agenda. */
export interface AgendaVerdict {
  status: Verdict['status'];
  /** may go forward under the law: no hard failure, every soft failure overridden with a reason */
  passes: boolean;
  failures: (Failure & { overridden: boolean })[];
  decider: string | null;
  rewardMoney: number;
}
