/** Vietnamese names of the kinds of unit (the key is translated by `t`; English in `en-units.ts`). */
export const UNIT_KIND_LABELS: Record<string, string> = {
  DANG: 'Tổ chức Đảng',
  HDND: 'Hội đồng nhân dân',
  UBND: 'Ủy ban nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  DOAN_THE: 'Đoàn thể, hội',
  NGANH: 'Ngành, cơ quan chuyên môn',
  THON: 'Thôn, tổ dân phố',
  TO: 'Tổ, bộ phận',
  TRUONG: 'Trường học',
  Y_TE: 'Trạm y tế',
  CONG_AN: 'Công an',
  QUAN_SU: 'Quân sự',
  TINH: 'Tỉnh',
  XA: 'Xã',
};
