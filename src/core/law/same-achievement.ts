/**
 * "Một thành tích không khen thưởng nhiều lần, nhiều hình thức" (khoản 2 Điều 5 Luật Thi đua, khen thưởng
 * 2022): an achievement is identified by its subject, its period (the year) and what was achieved (its
 * basis); a second award for the same achievement is refused, naming the first claim on it — an award signed
 * here, an award entered from outside (history), or a proposal still on its way (at any level).
 *
 * What the law lets stand together for the same period (and why):
 * - titles nested in each other: LĐTT (or CSTT) ⊂ CSTĐCS ⊂ CSTĐ tỉnh ⊂ CSTĐ toàn quốc, TTLĐTT ⊂ TTLĐXS ⊂ Cờ
 *   thi đua — the higher title takes the lower one's standard as a criterion of the same year (Điều 21, 22, 23,
 *   26, 27 Luật 2022); two titles of the same rung (LĐTT and CSTT) are one achievement twice;
 * - a title (danh hiệu thi đua) together with a form (hình thức khen thưởng): the principle speaks of forms
 *   ("nhiều hình thức"), and the reward-money rules pay a title and a form given at the same time each
 *   (Nghị định 91/2017/NĐ-CP — quy định cũ; văn bản 2022 chưa xác minh);
 * - different achievements of the same year: the annual results, a thematic movement or phase (each
 *   movement its own), a sudden deed (each deed its own), a household's contribution, a multi-year process
 *   (Bằng khen Thủ tướng, Huân chương) — thematic and sudden awards are different achievements from the
 *   annual one (Nghị định 152/2025/NĐ-CP, nguyên tắc: kết quả khen chuyên đề, đột xuất không tính làm căn cứ
 *   khen theo công trạng — [S]).
 * Refused: the same award for the same subject and year (always), and two forms for the same achievement
 * (e.g. Giấy khen của Chủ tịch UBND xã and Bằng khen của Chủ tịch UBND tỉnh for the same annual results).
 * Presumption (no legal text): a thematic or sudden achievement without a name (movement, deed) is the same
 * as another unnamed one of its kind in the same year, and differs from a named one.
 */
import { getAward } from './catalogue';
import type { AchievementBasis, SubjectRecord } from './types';

/** What was achieved. */
export const ACHIEVEMENT_BASES = [
  'ANNUAL',
  'MOVEMENT',
  'SUDDEN',
  'CONTRIBUTION',
  'PROCESS',
] as const satisfies readonly AchievementBasis[];
export type { AchievementBasis };
export const ACHIEVEMENT_BASIS_LABELS: Record<AchievementBasis, string> = {
  ANNUAL: 'Thành tích thực hiện nhiệm vụ cả năm (thường xuyên)',
  MOVEMENT: 'Thành tích trong một phong trào thi đua chuyên đề, theo đợt',
  SUDDEN: 'Thành tích đột xuất (một hành động, sự việc cụ thể)',
  CONTRIBUTION: 'Đóng góp công sức, đất đai, tài sản của hộ gia đình',
  PROCESS: 'Thành tích nhiều năm liên tục',
};

export const SAME_ACHIEVEMENT_ARTICLE = 'Khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022';

/** Forms whose achievement spans several years (their period is not one year's results). */
const PROCESS_AWARDS = new Set(['BK_TTG', 'HCLD3']);

/** The basis an award is for when nothing else is said. */
export function defaultBasis(awardCode: string): AchievementBasis {
  const a = getAward(awardCode);
  if (a?.thematic) return 'MOVEMENT';
  if (a?.sudden) return 'SUDDEN';
  if (awardCode === 'GK_XA_HOUSEHOLD') return 'CONTRIBUTION';
  if (PROCESS_AWARDS.has(awardCode)) return 'PROCESS';
  return 'ANNUAL';
}

/** The bases an officer may choose for an award (the form offers the choice only where there is one). */
export function basesFor(awardCode: string): readonly AchievementBasis[] {
  const a = getAward(awardCode);
  if (!a) return ACHIEVEMENT_BASES;
  if (a.thematic) return ['MOVEMENT'];
  if (a.sudden) return ['SUDDEN'];
  if (a.kind === 'DANH_HIEU') return ['ANNUAL'];
  if (awardCode === 'GK_XA_HOUSEHOLD') return ['CONTRIBUTION'];
  if (awardCode === 'GK_XA_REGULAR') return ['ANNUAL'];
  if (PROCESS_AWARDS.has(awardCode)) return ['PROCESS', 'MOVEMENT', 'SUDDEN'];
  return ['ANNUAL', 'MOVEMENT', 'SUDDEN', 'CONTRIBUTION'];
}

/** A claim already made on an achievement of the subject. */
export interface AchievementClaim {
  /** AWARD = signed in this commune's register; HISTORY = entered from outside; PROPOSAL = on its way */
  source: 'AWARD' | 'HISTORY' | 'PROPOSAL';
  code: string;
  year: number;
  basis: AchievementBasis;
  /** the movement (MOVEMENT) or the deed (SUDDEN) it is for; absent = not named */
  basisRef?: string | null | undefined;
  /** the decision ("Quyết định số 12/QĐ-UBND") or the proposal ("đề nghị của Văn phòng, đang chờ duyệt") */
  reference?: string | undefined;
  /** the decision's date, or the proposal's last change */
  date?: string | undefined;
  /** the proposal's id (a proposal never conflicts with itself) */
  id?: string | undefined;
}

export interface AchievementCandidate {
  code: string;
  year: number;
  basis?: AchievementBasis | undefined;
  basisRef?: string | null | undefined;
  /** the candidate proposal's own id, skipped among the claims */
  id?: string | undefined;
}

export interface SameAchievementConflict {
  /** SAME_AWARD = the same award for the same year; SAME_ACHIEVEMENT = another form for the same achievement */
  kind: 'SAME_AWARD' | 'SAME_ACHIEVEMENT';
  claim: AchievementClaim;
}

/** Rungs of the ladders of nested titles (a higher title includes the lower one's standard of the same year). */
const LADDER: Record<string, [ladder: string, rung: number]> = {
  LDTT: ['CA_NHAN', 0],
  CSTT: ['CA_NHAN', 0],
  CSTDCS: ['CA_NHAN', 1],
  CSTD_TINH: ['CA_NHAN', 2],
  CSTD_TQ: ['CA_NHAN', 3],
  TTLDTT: ['TAP_THE', 0],
  TTLDXS: ['TAP_THE', 1],
  CO_TINH: ['TAP_THE', 2],
};

const ref = (r: string | null | undefined) => (r?.trim() ? r.trim() : null);

/** Whether two bases of the same year are the same achievement. */
export function sameBasis(
  a: AchievementBasis,
  aRef: string | null | undefined,
  b: AchievementBasis,
  bRef: string | null | undefined,
): boolean {
  if (a !== b) return false;
  if (a === 'MOVEMENT' || a === 'SUDDEN') return ref(aRef) === ref(bRef);
  return true;
}

/** Whether the law lets the two awards stand for the same achievement (see the file's comment). */
export function mayStandTogether(codeA: string, codeB: string): boolean {
  if (codeA === codeB) return false;
  const a = getAward(codeA);
  const b = getAward(codeB);
  if (!a || !b) return true;
  if (a.kind !== b.kind) return true;
  if (a.kind === 'HINH_THUC') return false;
  const la = LADDER[codeA];
  const lb = LADDER[codeB];
  if (la && lb && la[0] === lb[0]) return la[1] !== lb[1];
  return true;
}

/** The first claim the candidate would commend a second time, or null. */
export function findSameAchievement(
  c: AchievementCandidate,
  claims: readonly AchievementClaim[],
): SameAchievementConflict | null {
  const basis = c.basis ?? defaultBasis(c.code);
  let found: SameAchievementConflict | null = null;
  for (const claim of claims) {
    if (claim.year !== c.year || (c.id !== undefined && claim.id === c.id)) continue;
    const kind =
      claim.code === c.code
        ? 'SAME_AWARD'
        : sameBasis(basis, c.basisRef, claim.basis, claim.basisRef) && !mayStandTogether(c.code, claim.code)
          ? 'SAME_ACHIEVEMENT'
          : null;
    if (!kind) continue;
    // Name the earliest: signed awards and history before proposals, then by date.
    if (!found || earlier(claim, found.claim)) found = { kind, claim };
  }
  return found;
}

const RANK = { AWARD: 0, HISTORY: 0, PROPOSAL: 1 } as const;
function earlier(a: AchievementClaim, b: AchievementClaim): boolean {
  if (RANK[a.source] !== RANK[b.source]) return RANK[a.source] < RANK[b.source];
  return (a.date ?? '9999') < (b.date ?? '9999');
}

/** The conflict in Vietnamese, naming the first claim (what, which decision or proposal, date). */
export function describeSameAchievement(
  subjectName: string | undefined,
  candidateCode: string,
  year: number,
  x: SameAchievementConflict,
  formatDate: (iso: string) => string = (d) => d,
): string {
  const who = subjectName ? `${subjectName} ` : '';
  const first = getAward(x.claim.code)?.name ?? x.claim.code;
  const asked = getAward(candidateCode)?.name ?? candidateCode;
  const by = x.claim.reference
    ? ` (${x.claim.reference}${x.claim.date ? ` ngày ${formatDate(x.claim.date)}` : ''})`
    : '';
  const what =
    x.claim.source === 'PROPOSAL'
      ? `đang được đề nghị ${first} năm ${year}${by}`
      : `đã được tặng ${first} năm ${year}${by}`;
  return x.kind === 'SAME_AWARD'
    ? `${who}${what}: không khen cùng một hình thức cho cùng một năm hai lần.`
    : `${who}${what} cho cùng thành tích (${ACHIEVEMENT_BASIS_LABELS[x.claim.basis].toLowerCase()}): một thành tích không khen nhiều lần, nhiều hình thức — không đề nghị thêm ${asked}.`;
}

/** The subject's claims as the record holds them: awards (register and history) and open proposals. */
export function claimsOf(r: SubjectRecord): AchievementClaim[] {
  const out: AchievementClaim[] = [];
  for (const a of r.awards ?? []) {
    out.push({
      source: a.source ?? 'AWARD',
      code: a.code,
      year: a.year,
      basis: a.basis ?? (a.thematic ? 'MOVEMENT' : a.sudden ? 'SUDDEN' : defaultBasis(a.code)),
      basisRef: a.basisRef,
      reference: a.reference,
      date: a.decisionDate,
      id: a.proposalId,
    });
  }
  for (const p of r.openProposals ?? []) {
    out.push({
      source: 'PROPOSAL',
      code: p.code,
      year: p.year,
      basis: p.basis ?? defaultBasis(p.code),
      basisRef: p.basisRef,
      reference: p.reference,
      date: p.date,
      id: p.id,
    });
  }
  return out;
}

/** The movement or deed a proposal's achievement is for: its own note, else its movement for MOVEMENT. */
export function proposalBasisRef(
  basis: AchievementBasis,
  achievementRef: string | null | undefined,
  movementId: string | null | undefined,
): string | null {
  if (basis !== 'MOVEMENT' && basis !== 'SUDDEN') return null;
  return ref(achievementRef) ?? (basis === 'MOVEMENT' ? (movementId ?? null) : null);
}
