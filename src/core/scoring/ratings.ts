import { foldForMatch } from './vietnamese-fold';

/**
 * Annual performance ratings of cadres, civil servants and public employees (xếp loại chất lượng),
 * four levels under Nghị định 90/2020/NĐ-CP (amended by Nghị định 48/2023/NĐ-CP). They feed the
 * eligibility of titles such as Lao động tiên tiến and Chiến sĩ thi đua.
 */
export const PERFORMANCE_RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type PerformanceRating = (typeof PERFORMANCE_RATINGS)[number];

export const PERFORMANCE_RATING_LABELS: Record<PerformanceRating, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ', // outstanding
  HTTNV: 'Hoàn thành tốt nhiệm vụ', // good
  HTNV: 'Hoàn thành nhiệm vụ', // completed
  KHTNV: 'Không hoàn thành nhiệm vụ', // not completed
};

/** Folded spellings accepted for each rating (whole-cell matches, never substrings). */
const SPELLINGS: Record<PerformanceRating, string[]> = {
  HTXSNV: ['htxsnv', 'htxs', 'hoan thanh xuat sac nhiem vu', 'hoan thanh xuat sac', 'ht xuat sac nhiem vu'],
  HTTNV: ['httnv', 'htt', 'hoan thanh tot nhiem vu', 'hoan thanh tot', 'ht tot nhiem vu'],
  HTNV: ['htnv', 'hoan thanh nhiem vu', 'hoan thanh'],
  KHTNV: ['khtnv', 'khong hoan thanh nhiem vu', 'khong hoan thanh', 'k ht nhiem vu'],
};

const LOOKUP = new Map<string, PerformanceRating>();
for (const r of PERFORMANCE_RATINGS) {
  for (const s of SPELLINGS[r]) {
    LOOKUP.set(s, r);
    LOOKUP.set(s.replace(/ /g, ''), r);
  }
}

/**
 * Reads a rating from a cell: codes ("HTXSNV", "htt nv") or labels ("Hoàn thành tốt", "KHÔNG HOÀN
 * THÀNH NHIỆM VỤ"), ignoring case, diacritics, spaces and punctuation. Null when not recognised.
 */
export function parsePerformanceRating(text: string): PerformanceRating | null {
  const folded = foldForMatch(text);
  if (!folded) return null;
  return LOOKUP.get(folded) ?? LOOKUP.get(folded.replace(/ /g, '')) ?? null;
}
