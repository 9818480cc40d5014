/**
 * Official documents generated from the records (DOCX in the Decree 30/2020/NĐ-CP layout) and spreadsheets:
 * every answer is a file, named in the Content-Disposition header (an ASCII `filename` and the UTF-8
 * `filename*`).
 */

import { endpoint, FileAnswer } from './endpoint';
import { z } from './zod';

const DocIdParams = z.object({ id: z.string().min(1) });
const docDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

/** The document's date (today when omitted) and its number ("so"): without it the number is left for the registry clerk to fill (a draft). */
export const DocQuery = z.object({
  date: docDate.optional(),
  so: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, 'Số văn bản phải là số')
    .optional(),
});
export const YearDocQuery = DocQuery.extend({
  year: z.coerce
    .number({ message: 'Năm phải là số' })
    .int()
    .min(2000, 'Năm không hợp lệ')
    .max(2100, 'Năm không hợp lệ'),
});
/** The proposals of a memo, by id, comma-separated. */
export const MemoQuery = DocQuery.extend({
  ids: z
    .string()
    .min(1, 'Chưa chọn đề nghị nào')
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .refine((a) => a.length > 0 && a.length <= 500, 'Chọn từ 1 đến 500 đề nghị'),
});

/** Lists several dossiers: rows the reader declared a conflict of interest with show their public part only. */
const LIST = { list: true } as const;

export const documentsApi = {
  planDocument: endpoint({
    method: 'GET',
    path: '/plans/:id/document.docx',
    summary: 'Kế hoạch thi đua, khen thưởng của năm (Word)',
    access: 'document.read',
    params: DocIdParams,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'DOCUMENT_INCOMPLETE'],
  }),
  decisionDocument: endpoint({
    method: 'GET',
    path: '/decisions/:id/document.docx',
    summary: 'Quyết định khen thưởng (Word)',
    access: 'document.read',
    params: DocIdParams,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'DOCUMENT_INCOMPLETE'],
  }),
  decisionAwardees: endpoint({
    method: 'GET',
    path: '/decisions/:id/awardees.xlsx',
    summary: 'Danh sách được khen thưởng kèm quyết định (Excel)',
    access: 'document.read',
    params: DocIdParams,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'DOCUMENT_INCOMPLETE'],
  }),
  certificatesPreview: endpoint({
    method: 'GET',
    path: '/decisions/:id/certificates-preview.pdf',
    summary: 'Giấy khen của quyết định, hiển thị trong trang để xem trước khi in (PDF)',
    access: 'document.read',
    params: DocIdParams,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'DOCUMENT_INCOMPLETE'],
  }),
  achievementReport: endpoint({
    method: 'GET',
    path: '/proposals/:id/report.docx',
    summary: 'Báo cáo thành tích của đối tượng được đề nghị, từ hồ sơ (Word)',
    access: 'document.read',
    params: DocIdParams,
    query: DocQuery,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'DOCUMENT_INCOMPLETE'],
    dossier: { param: 'id', part: 'full-only' },
  }),
  proposalsMemo: endpoint({
    method: 'GET',
    path: '/proposals/memo.docx',
    summary: 'Tờ trình đề nghị khen thưởng cho các đề nghị đã chọn (Word)',
    access: 'commune-report.read',
    query: MemoQuery,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'VALIDATION', 'DOCUMENT_INCOMPLETE'],
    dossier: LIST,
  }),
  meetingMemo: endpoint({
    method: 'GET',
    path: '/meetings/:id/memo.docx',
    summary: 'Tờ trình các trường hợp Hội đồng đề nghị tại cuộc họp (Word)',
    access: 'document.read',
    params: DocIdParams,
    query: DocQuery,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'DOCUMENT_INCOMPLETE'],
    dossier: LIST,
  }),
  meetingMinutes: endpoint({
    method: 'GET',
    path: '/meetings/:id/minutes.docx',
    summary: 'Biên bản họp Hội đồng Thi đua - Khen thưởng (Word)',
    access: 'document.read',
    params: DocIdParams,
    query: DocQuery,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'DOCUMENT_INCOMPLETE'],
    dossier: LIST,
  }),
  yearEndReport: endpoint({
    method: 'GET',
    path: '/reports/year-end.docx',
    summary: 'Báo cáo tổng kết công tác thi đua, khen thưởng của năm, toàn xã (Word)',
    access: 'commune-report.read',
    query: YearDocQuery,
    response: FileAnswer,
    errors: ['FORBIDDEN', 'VALIDATION', 'DOCUMENT_INCOMPLETE'],
  }),
  statistics: endpoint({
    method: 'GET',
    path: '/reports/statistics.xlsx',
    summary: 'Thống kê khen thưởng của năm theo hình thức, đơn vị, cơ cấu (Excel)',
    access: 'commune-report.read',
    query: YearDocQuery,
    response: FileAnswer,
    errors: ['FORBIDDEN', 'VALIDATION'],
  }),
};
