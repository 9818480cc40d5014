import {
  PERFORMANCE_RATING_LABELS,
  PERFORMANCE_RATINGS,
  type PerformanceRating,
  parsePerformanceRating,
} from './ratings';

/** A row read from the ratings Excel template (cells as the reader gives them). */
export interface RatingRowInput {
  rowNumber: number;
  personCode: unknown;
  name: unknown;
  year: unknown;
  rating: unknown;
}

export interface RatingRecord {
  rowNumber: number;
  personCode: string;
  name: string;
  year: number;
  rating: PerformanceRating;
}

export interface RatingRowError {
  rowNumber: number;
  field: 'personCode' | 'name' | 'year' | 'rating';
  message: string;
}

export interface RatingRowsOptions {
  /** When set, every row must be for this year (the import is for one year). */
  expectedYear?: number;
  minYear?: number;
  maxYear?: number;
}

function cellText(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

function cellYear(v: unknown): number | null {
  const t = cellText(v);
  return /^\d{4}$/.test(t) ? Number(t) : null;
}

const ACCEPTED = PERFORMANCE_RATINGS.map((r) => `${PERFORMANCE_RATING_LABELS[r]} (${r})`).join(', ');

/**
 * Checks every row of an import and reports every problem with its row number; only rows without
 * errors are returned as valid. A repeated person and year is reported on the later row.
 */
export function validateRatingRows(
  rows: readonly RatingRowInput[],
  options: RatingRowsOptions = {},
): { valid: RatingRecord[]; errors: RatingRowError[] } {
  const minYear = options.minYear ?? 2000;
  const maxYear = options.maxYear ?? 2100;
  const valid: RatingRecord[] = [];
  const errors: RatingRowError[] = [];
  const firstRow = new Map<string, number>();

  for (const row of rows) {
    const n = row.rowNumber;
    const rowErrors: RatingRowError[] = [];
    const err = (field: RatingRowError['field'], message: string) =>
      rowErrors.push({ rowNumber: n, field, message: `Dòng ${n}: ${message}` });

    const personCode = cellText(row.personCode);
    if (!personCode) err('personCode', 'thiếu mã cán bộ.');

    const name = cellText(row.name);
    if (!name) err('name', 'thiếu họ và tên.');

    const year = cellYear(row.year);
    if (year === null && !cellText(row.year)) err('year', 'thiếu năm đánh giá.');
    else if (year === null)
      err('year', `năm đánh giá "${cellText(row.year)}" không hợp lệ (cần 4 chữ số, ví dụ 2024).`);
    else if (year < minYear || year > maxYear)
      err('year', `năm đánh giá ${year} nằm ngoài khoảng ${minYear} - ${maxYear}.`);
    else if (options.expectedYear !== undefined && year !== options.expectedYear) {
      err(
        'year',
        `năm đánh giá phải là ${options.expectedYear} (tệp nhập cho năm ${options.expectedYear}), đang ghi ${year}.`,
      );
    }

    const ratingText = cellText(row.rating);
    const rating = ratingText ? parsePerformanceRating(ratingText) : null;
    if (!ratingText) err('rating', 'thiếu kết quả xếp loại.');
    else if (!rating) err('rating', `xếp loại "${ratingText}" không hợp lệ; dùng một trong: ${ACCEPTED}.`);

    if (personCode && year !== null) {
      const k = `${personCode.toUpperCase()}|${year}`;
      const first = firstRow.get(k);
      if (first !== undefined)
        err('personCode', `mã cán bộ ${personCode} đã có xếp loại năm ${year} ở dòng ${first}.`);
      else firstRow.set(k, n);
    }

    if (rowErrors.length) errors.push(...rowErrors);
    else if (rating && year !== null) valid.push({ rowNumber: n, personCode, name, year, rating });
  }
  return { valid, errors };
}
