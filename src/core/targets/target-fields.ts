/**
 * Fields (lĩnh vực) that a commune's socio-economic targets (chỉ tiêu phát triển kinh tế - xã hội) are
 * grouped under, following the fields the 2024 plan of xã Tân Việt works through (section II.1.4).
 * Movements use the same codes for their fields.
 */
export const SEED_TARGET_FIELDS = [
  { code: 'KINH_TE', label: 'Kinh tế' },
  { code: 'NONG_THON_MOI', label: 'Xây dựng nông thôn mới' },
  { code: 'VAN_HOA_XA_HOI', label: 'Văn hóa - xã hội' },
  { code: 'GIAO_DUC', label: 'Giáo dục và đào tạo' },
  { code: 'Y_TE', label: 'Y tế' },
  { code: 'AN_SINH_XA_HOI', label: 'An sinh xã hội, giảm nghèo' },
  { code: 'TAI_NGUYEN_MOI_TRUONG', label: 'Tài nguyên - môi trường' },
  { code: 'QUOC_PHONG_AN_NINH', label: 'Quốc phòng - an ninh' },
  { code: 'XAY_DUNG_CHINH_QUYEN', label: 'Xây dựng Đảng, chính quyền, cải cách hành chính' },
  { code: 'CHUYEN_DOI_SO', label: 'Chuyển đổi số' },
] as const;

export type TargetFieldCode = (typeof SEED_TARGET_FIELDS)[number]['code'];

/** Label of a field code; unknown (commune-defined) codes are shown as they are. */
export function targetFieldLabel(code: string): string {
  return SEED_TARGET_FIELDS.find((f) => f.code === code)?.label ?? code;
}
