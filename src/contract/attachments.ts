/**
 * Files attached to records (tệp đính kèm): evidence of achievements and signed originals (scans of
 * reports, minutes, decisions) on proposals, targets, typical examples and history entries. The file is
 * sent as raw bytes (`FileUpload`), its name URL-encoded (UTF-8) in the query; the server tells its kind
 * from the content (PDF, JPEG, PNG, DOCX, XLSX).
 */
import { FILE_KINDS } from '../core/files/file-kinds';
import { FILE_OWNER_KINDS, FILE_PURPOSES } from '../core/history/history-terms';
import { Id, IdParams, Timestamp } from './common';
import { endpoint, FileAnswer, FileUpload } from './endpoint';
import { z } from './zod';

export const FileOwnerKindSchema = z.enum(FILE_OWNER_KINDS, { message: 'Loại hồ sơ đính kèm không hợp lệ' });
export const FilePurposeSchema = z.enum(FILE_PURPOSES, {
  message: 'Mục đích tệp phải là "minh chứng" hoặc "bản gốc đã ký"',
});

export const AttachmentOwner = z.object({
  ownerKind: FileOwnerKindSchema,
  ownerId: z.string().min(1, 'Thiếu hồ sơ được đính kèm').max(64),
});
export type AttachmentOwner = z.infer<typeof AttachmentOwner>;

export const UploadQuery = AttachmentOwner.extend({
  purpose: FilePurposeSchema.default('EVIDENCE'),
  /** The file's name as the user's computer or phone has it (UTF-8, URL-encoded in the query). */
  name: z
    .string()
    .trim()
    .min(1, 'Thiếu tên tệp')
    .max(200, 'Tên tệp quá dài (tối đa 200 ký tự)')
    .refine(
      (s) => !/[\\/]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32),
      'Tên tệp không được chứa dấu / hoặc \\ hay ký tự điều khiển',
    ),
  note: z.string().trim().max(500, 'Ghi chú quá dài (tối đa 500 ký tự)').optional(),
});
export type UploadQuery = z.input<typeof UploadQuery>;
export type UploadParams = z.output<typeof UploadQuery>;

export const Attachment = z.object({
  id: Id,
  ownerKind: FileOwnerKindSchema,
  ownerId: Id,
  purpose: FilePurposeSchema,
  name: z.string(),
  kind: z.enum(FILE_KINDS),
  mime: z.string(),
  size: z.number().int(),
  note: z.string().nullable(),
  uploadedBy: z.string(),
  createdAt: Timestamp,
});
export type Attachment = z.infer<typeof Attachment>;

export const AttachmentList = z.object({
  items: z.array(Attachment),
  /** Whether this user may attach files to the record and delete its files. */
  canEdit: z.boolean(),
  /** The largest file the server takes, in bytes. */
  maxBytes: z.number().int(),
});
export type AttachmentList = z.infer<typeof AttachmentList>;

export const DeleteAttachment = z.object({
  reason: z.string().trim().min(5, 'Cần ghi lý do xóa tệp (ít nhất 5 ký tự)').max(500, 'Lý do quá dài'),
});
export type DeleteAttachment = z.infer<typeof DeleteAttachment>;

export const ContentQuery = z.object({
  /** `1`: always as a download (a PDF or image otherwise opens in the browser). */
  download: z.enum(['0', '1']).optional(),
});

const FILE_ERRORS = ['FILE_EMPTY', 'FILE_TOO_LARGE', 'FILE_TYPE_NOT_ALLOWED', 'FILE_TYPE_MISMATCH'] as const;

export const attachmentsApi = {
  listAttachments: endpoint({
    method: 'GET',
    path: '/attachments',
    summary: 'Danh sách tệp đính kèm của một hồ sơ',
    access: 'attachment.read',
    query: AttachmentOwner,
    response: AttachmentList,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT_OF_INTEREST'],
  }),
  uploadAttachment: endpoint({
    method: 'POST',
    path: '/attachments',
    summary: 'Đính kèm một tệp (PDF, JPEG, PNG, DOCX, XLSX) vào hồ sơ',
    access: 'attachment.write',
    query: UploadQuery,
    body: FileUpload,
    status: 201,
    response: Attachment,
    errors: ['NOT_FOUND', 'FORBIDDEN', ...FILE_ERRORS],
  }),
  attachmentContent: endpoint({
    method: 'GET',
    path: '/attachments/:id/content',
    summary: 'Tải hoặc xem một tệp đính kèm',
    access: 'attachment.read',
    params: IdParams,
    query: ContentQuery,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT_OF_INTEREST'],
  }),
  deleteAttachment: endpoint({
    method: 'DELETE',
    path: '/attachments/:id',
    summary: 'Xóa một tệp đính kèm (ghi lý do; tệp gốc vẫn được lưu để đối chiếu)',
    access: 'attachment.write',
    params: IdParams,
    body: DeleteAttachment,
    /** The record's files as they are now. */
    response: AttachmentList,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'ALREADY_DELETED'],
  }),
};
