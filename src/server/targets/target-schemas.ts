import { z } from 'zod';
import { webLinkOrEmpty } from '../../contract/web-link';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
export const Year = z.coerce
  .number()
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm không hợp lệ')
  .max(2100, 'Năm không hợp lệ');

/** A target as the officer types it (checked again by the core's `validateTarget`). */
export const TargetBody = z.object({
  year: Year,
  code: z.string().trim().min(1, 'Thiếu số hiệu chỉ tiêu').max(20, 'Số hiệu chỉ tiêu quá dài'),
  name: z.string().trim().min(3, 'Tên chỉ tiêu quá ngắn').max(500, 'Tên chỉ tiêu quá dài'),
  field: z.string().trim().min(1, 'Chưa chọn lĩnh vực').max(60),
  unit: z.string().trim().min(1, 'Thiếu đơn vị tính').max(40, 'Đơn vị tính quá dài'),
  direction: z.enum(['AT_LEAST', 'AT_MOST'], {
    message: 'Chiều đánh giá phải là "đạt trở lên" hoặc "không vượt quá"',
  }),
  planned: z.number({ message: 'Giá trị kế hoạch phải là một số' }).finite('Giá trị kế hoạch phải là một số'),
  baseline: z.number({ message: 'Giá trị đầu kỳ phải là một số' }).finite().nullable().optional(),
  responsibleUnitId: z.string().min(1, 'Chưa giao đơn vị chủ trì'),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type TargetInput = z.infer<typeof TargetBody>;

export const ProgressBody = z.object({
  date: isoDate,
  value: z.number({ message: 'Số liệu báo cáo phải là một số' }).finite('Số liệu báo cáo phải là một số'),
  evidence: z.string().trim().min(3, 'Cần ghi căn cứ số liệu (báo cáo, biên bản …)').max(2000),
  evidenceLink: webLinkOrEmpty('Đường dẫn minh chứng').optional(),
  evidenceFile: z.string().trim().max(255, 'Tên tệp minh chứng quá dài').optional(),
  note: z.string().trim().max(2000).optional(),
});
export type ProgressInput = z.infer<typeof ProgressBody>;
