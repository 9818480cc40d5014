import { type IsoDate, isIsoDate, yearOf } from '../calendar/iso-date';
import { formatDateVi } from '../text';
import type { ProgressEntry, Target } from './target';

export interface TargetFieldError {
  field: string;
  message: string;
}

/** Checks a target as typed by the officer; every problem is reported. */
export function validateTarget(t: Target): TargetFieldError[] {
  const errors: TargetFieldError[] = [];
  if (!t.code.trim()) errors.push({ field: 'code', message: 'Thiếu số hiệu chỉ tiêu.' });
  if (t.name.trim().length < 3) errors.push({ field: 'name', message: 'Tên chỉ tiêu quá ngắn.' });
  if (!t.field.trim()) errors.push({ field: 'field', message: 'Chưa chọn lĩnh vực của chỉ tiêu.' });
  if (!t.unit.trim()) errors.push({ field: 'unit', message: 'Thiếu đơn vị tính (%, hộ, tỷ đồng …).' });
  if (t.direction !== 'AT_LEAST' && t.direction !== 'AT_MOST') {
    errors.push({
      field: 'direction',
      message: 'Chiều đánh giá phải là "đạt trở lên" hoặc "không vượt quá".',
    });
  }
  if (!Number.isFinite(t.planned))
    errors.push({ field: 'planned', message: 'Giá trị kế hoạch phải là một số.' });
  if (t.baseline !== undefined && !Number.isFinite(t.baseline)) {
    errors.push({ field: 'baseline', message: 'Giá trị đầu kỳ phải là một số.' });
  }
  if (!t.responsibleUnitId.trim())
    errors.push({ field: 'responsibleUnitId', message: 'Chưa giao đơn vị chủ trì thực hiện.' });
  return errors;
}

/** Checks one progress report before it is added; `today` refuses figures dated in the future. */
export function validateProgressEntry(
  target: Target,
  entry: ProgressEntry,
  today: IsoDate,
): TargetFieldError[] {
  const errors: TargetFieldError[] = [];
  if (!isIsoDate(entry.date)) {
    errors.push({ field: 'date', message: `Ngày báo cáo "${entry.date}" không hợp lệ.` });
  } else {
    if (entry.date > today)
      errors.push({ field: 'date', message: `Ngày báo cáo ${formatDateVi(entry.date)} chưa đến.` });
    if (target.year !== undefined && yearOf(entry.date) !== target.year) {
      errors.push({ field: 'date', message: `Ngày báo cáo phải thuộc năm ${target.year} của chỉ tiêu.` });
    }
  }
  if (!Number.isFinite(entry.value))
    errors.push({ field: 'value', message: 'Số liệu báo cáo phải là một số.' });
  return errors;
}
