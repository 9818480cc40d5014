/**
 * Annual performance ratings of people (đánh giá, xếp loại chất lượng hằng năm): the list of a unit (or
 * the commune) for a year, entry one person at a time, an Excel template, and the import of a filled one.
 */

import { PERFORMANCE_RATINGS } from '../core/scoring/ratings';
import { Id } from './common';
import { endpoint, FileAnswer } from './endpoint';
import { z } from './zod';

const Year = z.coerce
  .number()
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm không hợp lệ')
  .max(2100, 'Năm không hợp lệ');
const Rating = z.enum(PERFORMANCE_RATINGS, { message: 'Xếp loại phải là HTXSNV, HTTNV, HTNV hoặc KHTNV' });

/** A 5 MB workbook is some 50 000 rows, far more than a commune has. */
export const MAX_RATING_FILE_BYTES = 5 * 1024 * 1024;
/** The same file in base64 (a third more). */
export const MAX_RATING_FILE_BASE64 = Math.ceil((MAX_RATING_FILE_BYTES * 4) / 3);

export const RatingsQuery = z.object({
  year: Year,
  /** A unit of the commune; none: the whole commune (a unit head always gets their own unit). */
  unitId: z.string().optional(),
});

export const RatingRow = z.object({
  personId: Id,
  fullName: z.string(),
  position: z.string().nullable(),
  unitId: Id,
  unitName: z.string(),
  rating: z.enum(PERFORMANCE_RATINGS).nullable(),
  ratingLabel: z.string().nullable(),
  /** How the rating was entered: `MANUAL`, `IMPORT` (from a file) or `SEED` (demo data). */
  source: z.string().nullable(),
});
export type RatingRow = z.infer<typeof RatingRow>;

export const RatingsView = z.object({
  year: z.number(),
  unitId: Id.nullable(),
  /** May the user enter ratings (officers; a unit head for their unit). */
  canEdit: z.boolean(),
  ratings: z.array(z.object({ code: z.enum(PERFORMANCE_RATINGS), label: z.string() })),
  rows: z.array(RatingRow),
});
export type RatingsView = z.infer<typeof RatingsView>;

const ROW_FIELDS = ['personCode', 'name', 'year', 'rating'] as const;
export const RatingRowError = z.object({
  rowNumber: z.number(),
  field: z.enum(ROW_FIELDS),
  message: z.string(),
});
export type RatingRowError = z.infer<typeof RatingRowError>;

/**
 * The errors of an import: the first 100 in full, the total and counts by kind. Also the `details` of a
 * refused import (IMPORT_HAS_ERRORS, NOTHING_TO_IMPORT), with `rows`.
 */
export const ImportErrorSummary = z.object({
  rejected: z.array(RatingRowError),
  rejectedTotal: z.number(),
  rejectedByField: z.partialRecord(z.enum(ROW_FIELDS), z.number()),
});
export type ImportErrorSummary = z.infer<typeof ImportErrorSummary>;

export const IMPORT_MODES = ['all-or-nothing', 'clean-rows-only'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const ImportReport = ImportErrorSummary.extend({
  mode: z.enum(IMPORT_MODES),
  /** Data rows read from the file. */
  rows: z.number(),
  imported: z.number(),
  /** Of the imported, how many replaced an earlier rating of the same person and year. */
  updated: z.number(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ratingsApi = {
  listRatings: endpoint({
    method: 'GET',
    path: '/ratings',
    summary: 'Xếp loại chất lượng của một năm (một đơn vị hoặc cả xã; trưởng đơn vị: đơn vị mình)',
    access: 'rating.read',
    query: RatingsQuery,
    response: RatingsView,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
  setRating: endpoint({
    method: 'PUT',
    path: '/ratings',
    summary: 'Nhập (hoặc xóa, với null) xếp loại của một người cho một năm',
    access: 'rating.enter',
    body: z.object({ year: Year, personId: z.string().min(1), rating: Rating.nullable() }),
    response: RatingRow,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'NOT_RATED', 'CONCURRENT_EDIT'],
  }),
  ratingsTemplate: endpoint({
    method: 'GET',
    path: '/ratings/template.xlsx',
    summary: 'Tệp mẫu Excel có sẵn danh sách người và ô chọn kết quả',
    access: 'rating.read',
    query: RatingsQuery,
    response: FileAnswer,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
  importRatings: endpoint({
    method: 'POST',
    path: '/ratings/import',
    summary: 'Nhập xếp loại từ tệp Excel đã điền (JSON, tệp .xlsx mã hóa base64, tối đa 5 MB)',
    access: 'rating.enter',
    body: z.object({
      year: Year,
      /** The .xlsx file's bytes in base64 (a `data:` URL prefix is allowed). */
      fileBase64: z
        .string()
        .min(1, 'Chưa chọn tệp Excel')
        .max(MAX_RATING_FILE_BASE64, 'Tệp quá lớn (tối đa 5 MB)')
        .meta({ description: 'Nội dung tệp .xlsx mã hóa base64 (có thể kèm tiền tố data:)' }),
      fileName: z.string().trim().max(255).default('tệp Excel'),
      mode: z.enum(IMPORT_MODES, { message: 'Cách nhập không hợp lệ' }).default('all-or-nothing'),
    }),
    response: ImportReport,
    errors: [
      'FORBIDDEN',
      'IMPORT_HAS_ERRORS',
      'NOTHING_TO_IMPORT',
      'EMPTY_FILE',
      'BAD_FILE',
      'BAD_TEMPLATE',
      'FILE_TOO_COMPLEX',
      'FILE_EXPANDS_TOO_MUCH',
      'TOO_MANY_ROWS',
      'TOO_MANY_COLUMNS',
      'CELL_TOO_LONG',
      'IMPORT_BUSY',
      'CONCURRENT_EDIT',
    ],
  }),
};
