/**
 * Emulation titles (danh hiệu thi đua) and forms of commendation (hình thức khen thưởng) that a
 * commune confers or proposes upward. Sources: Law 06/2022/QH15 (Luật Thi đua, khen thưởng 2022),
 * Decree 98/2023/NĐ-CP, Decree 152/2025/NĐ-CP, Decree 86/2023/NĐ-CP; see shared law-spec for tags.
 */
export type SubjectKind = 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD';

export interface CoefficientPeriod {
  from: string;
  to?: string;
  /** × base salary for an individual (or the subject kind named in `bySubject`). */
  coefficient: number | null;
  bySubject?: Partial<Record<SubjectKind, number>>;
  article: string;
}

export interface Award {
  code: string;
  name: string;
  kind: 'DANH_HIEU' | 'HINH_THUC';
  subjects: SubjectKind[];
  /** Who decides, as a level: XA (commune chairman), TINH (provincial chairman), TW (PM / President). */
  /** Who decides, by period (the district level's powers moved on 1 July 2025). */
  decider: { level: 'HUYEN' | 'XA' | 'TINH' | 'TW'; title: string; article: string; from?: string; to?: string }[];
  coefficients: CoefficientPeriod[];
  thematic?: boolean;
  sudden?: boolean;
}

const LAW = 'Luật Thi đua, khen thưởng 2022';

export const AWARDS: readonly Award[] = [
  {
    code: 'GK_XA_REGULAR', name: 'Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)', kind: 'HINH_THUC',
    subjects: ['INDIVIDUAL', 'COLLECTIVE'],
    decider: [{ level: 'XA', title: 'Chủ tịch UBND xã', article: `Khoản 3 Điều 80 ${LAW}` }],
    coefficients: [
      { from: '2017-10-01', to: '2023-12-31', coefficient: 0.15, bySubject: { COLLECTIVE: 0.3 }, article: 'Điểm d khoản 1, điểm b khoản 2 Điều 73 Nghị định 91/2017/NĐ-CP' },
      { from: '2024-01-01', coefficient: 0.15, bySubject: { COLLECTIVE: 0.3 }, article: 'Mức theo quy định của tỉnh (mặc định giữ mức Nghị định 91/2017/NĐ-CP — chưa xác minh)' },
    ],
  },
  {
    code: 'GK_XA_THEMATIC', name: 'Giấy khen của Chủ tịch UBND xã (thi đua theo đợt, chuyên đề)', kind: 'HINH_THUC',
    subjects: ['INDIVIDUAL', 'COLLECTIVE'], thematic: true,
    decider: [{ level: 'XA', title: 'Chủ tịch UBND xã', article: `Khoản 3 Điều 80 ${LAW}` }],
    coefficients: [{ from: '2017-10-01', coefficient: 0.15, bySubject: { COLLECTIVE: 0.3 }, article: 'Mức theo quy định của tỉnh (mặc định 0,15; tập thể 0,3 — chưa xác minh)' }],
  },
  {
    code: 'GK_XA_SUDDEN', name: 'Giấy khen của Chủ tịch UBND xã (thành tích đột xuất)', kind: 'HINH_THUC',
    subjects: ['INDIVIDUAL', 'COLLECTIVE'], sudden: true,
    decider: [{ level: 'XA', title: 'Chủ tịch UBND xã', article: `Khoản 3 Điều 80 ${LAW}` }],
    coefficients: [{ from: '2017-10-01', coefficient: 0.15, bySubject: { COLLECTIVE: 0.3 }, article: 'Mức theo quy định của tỉnh (mặc định 0,15; tập thể 0,3 — chưa xác minh)' }],
  },
  {
    code: 'GK_XA_HOUSEHOLD', name: 'Giấy khen của Chủ tịch UBND xã cho hộ gia đình', kind: 'HINH_THUC', subjects: ['HOUSEHOLD'],
    decider: [{ level: 'XA', title: 'Chủ tịch UBND xã', article: `Khoản 3 Điều 80 ${LAW}` }],
    coefficients: [{ from: '2017-10-01', coefficient: 0.3, article: 'Mức theo quy định của tỉnh (mặc định 0,3 — chưa xác minh)' }],
  },
  {
    code: 'LDTT', name: 'Danh hiệu "Lao động tiên tiến"', kind: 'DANH_HIEU', subjects: ['INDIVIDUAL'],
    decider: [{ level: 'XA', title: 'Chủ tịch UBND xã', article: `Khoản 3 Điều 80 ${LAW}` }],
    coefficients: [{ from: '2017-10-01', coefficient: 0.3, article: 'Nghị định 91/2017/NĐ-CP; Nghị định 98/2023/NĐ-CP; Nghị định 152/2025/NĐ-CP' }],
  },
  {
    code: 'GDVH', name: 'Danh hiệu "Gia đình văn hóa"', kind: 'DANH_HIEU', subjects: ['HOUSEHOLD'],
    decider: [{ level: 'XA', title: 'Chủ tịch UBND xã', article: `Khoản 3 Điều 80 ${LAW}; Nghị định 86/2023/NĐ-CP` }],
    coefficients: [{ from: '2017-10-01', coefficient: null, article: 'Không quy định tiền thưởng bằng hệ số (chưa xác minh)' }],
  },
  {
    code: 'CSTDCS', name: 'Danh hiệu "Chiến sĩ thi đua cơ sở"', kind: 'DANH_HIEU', subjects: ['INDIVIDUAL'],
    decider: [
      { level: 'HUYEN', title: 'Chủ tịch UBND huyện', article: `Khoản 2 Điều 80 ${LAW}`, to: '2025-06-30' },
      { level: 'XA', title: 'Chủ tịch UBND xã', article: 'Nghị định 152/2025/NĐ-CP (thẩm quyền cấp huyện chuyển về cấp xã — chưa xác minh điều, khoản)', from: '2025-07-01' },
    ],
    coefficients: [{ from: '2017-10-01', coefficient: 1.0, article: 'Nghị định 91/2017/NĐ-CP; Nghị định 98/2023/NĐ-CP; Nghị định 152/2025/NĐ-CP' }],
  },
  {
    code: 'TTLDTT', name: 'Danh hiệu "Tập thể lao động tiên tiến"', kind: 'DANH_HIEU', subjects: ['COLLECTIVE'],
    decider: [
      { level: 'HUYEN', title: 'Chủ tịch UBND huyện', article: `Khoản 2 Điều 80 ${LAW}`, to: '2025-06-30' },
      { level: 'XA', title: 'Chủ tịch UBND xã', article: 'Nghị định 152/2025/NĐ-CP (chưa xác minh điều, khoản)', from: '2025-07-01' },
    ],
    coefficients: [{ from: '2017-10-01', coefficient: 0.8, article: 'Nghị định 91/2017/NĐ-CP; Nghị định 152/2025/NĐ-CP' }],
  },
  {
    code: 'TTLDXS', name: 'Danh hiệu "Tập thể lao động xuất sắc"', kind: 'DANH_HIEU', subjects: ['COLLECTIVE'],
    decider: [{ level: 'TINH', title: 'Chủ tịch UBND tỉnh', article: `Điều 79 ${LAW} (chưa xác minh khoản)` }],
    coefficients: [{ from: '2017-10-01', coefficient: 1.5, article: 'Nghị định 91/2017/NĐ-CP; Nghị định 152/2025/NĐ-CP' }],
  },
  {
    code: 'CSTD_TINH', name: 'Danh hiệu "Chiến sĩ thi đua cấp tỉnh"', kind: 'DANH_HIEU', subjects: ['INDIVIDUAL'],
    decider: [{ level: 'TINH', title: 'Chủ tịch UBND tỉnh', article: `Điều 79 ${LAW} (chưa xác minh khoản)` }],
    coefficients: [{ from: '2017-10-01', coefficient: 3.0, article: 'Nghị định 91/2017/NĐ-CP; Nghị định 152/2025/NĐ-CP' }],
  },
  {
    code: 'BK_TINH', name: 'Bằng khen của Chủ tịch UBND tỉnh', kind: 'HINH_THUC', subjects: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'],
    decider: [{ level: 'TINH', title: 'Chủ tịch UBND tỉnh', article: `Điều 74 ${LAW}` }],
    coefficients: [
      { from: '2024-01-01', to: '2025-06-30', coefficient: 1.0, bySubject: { COLLECTIVE: 2.0 }, article: 'Nghị định 98/2023/NĐ-CP (chưa xác minh)' },
      { from: '2025-07-01', coefficient: 1.5, bySubject: { COLLECTIVE: 3.0 }, article: 'Khoản 1 Điều 54 Nghị định 152/2025/NĐ-CP (tập thể: gấp đôi cá nhân — chưa xác minh)' },
    ],
  },
];

/** Whether the commune chairman decides this award on `date` (else the proposal goes upward). */
export function communeDecides(award: Award, date: string): boolean {
  return award.decider.some((d) => d.level === 'XA' && (!d.from || d.from <= date) && (!d.to || date <= d.to));
}

export function getAward(code: string): Award | undefined {
  return AWARDS.find((a) => a.code === code);
}
