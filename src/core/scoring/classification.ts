import type { Ranked, RankInput } from './ranking';

/** Classification of a scored unit (xếp loại). */
export const CLASSIFICATIONS = ['XUAT_SAC', 'TOT', 'KHA', 'TRUNG_BINH', 'YEU'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  XUAT_SAC: 'Xuất sắc',
  TOT: 'Tốt',
  KHA: 'Khá',
  TRUNG_BINH: 'Trung bình',
  YEU: 'Yếu',
};

/** Lowest total (inclusive) of each class; below TRUNG_BINH is YEU. Configurable per criteria set. */
export type ClassBands = Record<Exclude<Classification, 'YEU'>, number>;

export const DEFAULT_BANDS: ClassBands = { XUAT_SAC: 90, TOT: 80, KHA: 65, TRUNG_BINH: 50 };

/** Bands must fall strictly from Xuất sắc to Trung bình and lie within 0–100. */
export function validateBands(b: ClassBands): string[] {
  const errors: string[] = [];
  const order = [b.XUAT_SAC, b.TOT, b.KHA, b.TRUNG_BINH];
  if (order.some((v) => !Number.isFinite(v) || v < 0 || v > 100))
    errors.push('Ngưỡng xếp loại phải nằm trong khoảng 0 đến 100 điểm.');
  for (let i = 1; i < order.length; i++) {
    if (!((order[i - 1] as number) > (order[i] as number))) {
      errors.push('Ngưỡng xếp loại phải giảm dần: Xuất sắc > Tốt > Khá > Trung bình.');
      break;
    }
  }
  return errors;
}

export function classify(total: number, bands: ClassBands = DEFAULT_BANDS): Classification {
  if (total >= bands.XUAT_SAC) return 'XUAT_SAC';
  if (total >= bands.TOT) return 'TOT';
  if (total >= bands.KHA) return 'KHA';
  if (total >= bands.TRUNG_BINH) return 'TRUNG_BINH';
  return 'YEU';
}

/** True when `a` is the same class as `b` or better. */
export function atLeastClass(a: Classification, b: Classification): boolean {
  return CLASSIFICATIONS.indexOf(a) <= CLASSIFICATIONS.indexOf(b);
}

export type Classified<T extends RankInput> = Ranked<T> & { classification: Classification };

export function classifyRanking<T extends RankInput>(
  ranking: readonly Ranked<T>[],
  bands: ClassBands = DEFAULT_BANDS,
): Classified<T>[] {
  return ranking.map((r) => ({ ...r, classification: classify(r.finalTotal, bands) }));
}
