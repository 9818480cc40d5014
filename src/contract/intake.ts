/**
 * The Excel intake of a commune's own data when it starts on the product: units, people, the awards they
 * received before, initiatives and disciplines. A template per kind; an import runs as a job the page
 * polls (a 10 000-row file is read, checked and written in batches while other requests are answered).
 */

import { endpoint, FileAnswer } from './endpoint';
import { IMPORT_MODES } from './ratings';
import { z } from './zod';

/** What can be imported, in the order it must be imported (units → people → their history). */
export const INTAKE_KINDS = ['units', 'people', 'awards', 'initiatives', 'disciplines'] as const;
export type IntakeKind = (typeof INTAKE_KINDS)[number];

/** A 10 MB workbook holds some 100 000 history rows: more than any commune's past. */
export const MAX_INTAKE_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_INTAKE_FILE_BASE64 = Math.ceil((MAX_INTAKE_FILE_BYTES * 4) / 3);

const Kind = z.enum(INTAKE_KINDS, { message: 'Loại dữ liệu không hợp lệ' });
export const IntakeKindParams = z.object({ kind: Kind });

/** A bad row: its Excel row number, the column (key and Vietnamese header) and why. */
export const IntakeRowError = z.object({
  rowNumber: z.number(),
  field: z.string(),
  column: z.string(),
  message: z.string(),
});
export type IntakeRowError = z.infer<typeof IntakeRowError>;

export const IntakeReport = z.object({
  /** Data rows read from the file. */
  rows: z.number(),
  /** Rows written: created + updated. */
  imported: z.number(),
  created: z.number(),
  updated: z.number(),
  /** Rows left out for their errors (clean-rows-only), or that stopped the import (all-or-nothing). */
  rejectedRows: z.number(),
});
export type IntakeReport = z.infer<typeof IntakeReport>;

export const INTAKE_JOB_STATES = ['RUNNING', 'DONE', 'REFUSED', 'FAILED'] as const;
export const INTAKE_PHASES = ['READING', 'CHECKING', 'WRITING'] as const;

export const IntakeJobView = z.object({
  id: z.string(),
  kind: Kind,
  fileName: z.string(),
  mode: z.enum(IMPORT_MODES),
  /** RUNNING; DONE (written); REFUSED (bad rows, nothing written); FAILED (the file cannot be read, nothing written). */
  state: z.enum(INTAKE_JOB_STATES),
  phase: z.enum(INTAKE_PHASES).nullable(),
  /** Rows read (READING), checked (CHECKING) or written (WRITING) so far, out of `total` (null while reading). */
  processed: z.number(),
  total: z.number().nullable(),
  report: IntakeReport.nullable(),
  /** Why the file could not be read or nothing was written (an error code of the table and its message). */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  /** One page of the bad rows, from `offset`, sorted by row. */
  errors: z.array(IntakeRowError),
  errorsTotal: z.number(),
  offset: z.number(),
});
export type IntakeJobView = z.infer<typeof IntakeJobView>;

export const IntakeJobQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const intakeApi = {
  intakeTemplate: endpoint({
    method: 'GET',
    path: '/intake/:kind/template.xlsx',
    summary: 'Tệp mẫu Excel để nhập dữ liệu ban đầu (đơn vị, cá nhân, khen thưởng đã có, sáng kiến, kỷ luật)',
    access: 'intake.import',
    params: IntakeKindParams,
    response: FileAnswer,
    errors: ['FORBIDDEN'],
  }),
  startIntake: endpoint({
    method: 'POST',
    path: '/intake/:kind/import',
    summary:
      'Bắt đầu nhập một tệp Excel đã điền (JSON, tệp .xlsx mã hóa base64, tối đa 10 MB): trả mã công việc để theo dõi tiến độ',
    access: 'intake.import',
    params: IntakeKindParams,
    body: z.object({
      fileBase64: z
        .string()
        .min(1, 'Chưa chọn tệp Excel')
        .max(MAX_INTAKE_FILE_BASE64, 'Tệp quá lớn (tối đa 10 MB)')
        .meta({ description: 'Nội dung tệp .xlsx mã hóa base64 (có thể kèm tiền tố data:)' }),
      fileName: z.string().trim().max(255).default('tệp Excel'),
      mode: z.enum(IMPORT_MODES, { message: 'Cách nhập không hợp lệ' }).default('all-or-nothing'),
    }),
    status: 202,
    response: z.object({ jobId: z.string() }),
    errors: [
      'FORBIDDEN',
      'EMPTY_FILE',
      'BAD_FILE',
      'FILE_TOO_COMPLEX',
      'FILE_EXPANDS_TOO_MUCH',
      'IMPORT_BUSY',
    ],
  }),
  intakeJob: endpoint({
    method: 'GET',
    path: '/intake/jobs/:id',
    summary: 'Tiến độ và kết quả một lần nhập tệp Excel (các dòng lỗi theo trang)',
    access: 'intake.import',
    params: z.object({ id: z.string() }),
    query: IntakeJobQuery,
    response: IntakeJobView,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
};
