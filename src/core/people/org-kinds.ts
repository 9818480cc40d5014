/** What kind of body a unit of the commune is (Đảng ủy, HĐND, UBND, MTTQ, đoàn thể, ngành, thôn, tổ …); the commune itself is XA. */
export const ORG_KINDS = [
  'DANG',
  'HDND',
  'UBND',
  'MTTQ',
  'DOAN_THE',
  'NGANH',
  'THON',
  'TO',
  'TRUONG',
  'Y_TE',
  'CONG_AN',
  'QUAN_SU',
  'TINH',
  'XA',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
