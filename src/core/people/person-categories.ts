/** Kinds of people the commune records (đối tượng), as the law's titles and the statistics forms read them. */
export const PERSON_CATEGORIES = [
  'CAN_BO',
  'CONG_CHUC',
  'VIEN_CHUC',
  'NGUOI_LAO_DONG',
  'NGUOI_LAO_DONG_TRUC_TIEP',
  'NONG_DAN',
  'HOC_SINH',
  'NGUOI_DAN',
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

export const GENDERS = ['NAM', 'NU'] as const;
export type Gender = (typeof GENDERS)[number];
