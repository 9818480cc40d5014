/**
 * Province profile: every fact the law leaves to the province, or that we could not confirm from the
 * texts ([U] in the law notes), is a setting here — with its default and where the default comes from.
 * A proposal that fails only such rules may go forward with a justified override.
 */
export interface QuotaSetting {
  /** award whose proposals are capped */
  awardCode: string;
  /** award whose count is the base of the ratio (e.g. CSTĐCS ≤ 15 % of those with LĐTT) */
  baseAwardCode: string;
  ratio: number;
  minOneIfFractional: boolean;
  article: string;
  source: string;
  /**
   * HARD: a step that would exceed the cap is refused. SOFT: it goes on only with a justified exception
   * recorded on the proposal (audited). See `DEFAULT_QUOTA_ENFORCEMENT` for why SOFT is the default.
   */
  enforcement: QuotaEnforcement;
}

/** How a quota is enforced at submit, forward, approval and signing. */
export const QUOTA_ENFORCEMENTS = ['HARD', 'SOFT'] as const;
export type QuotaEnforcement = (typeof QUOTA_ENFORCEMENTS)[number];
/**
 * SOFT by default: the 15 % ratio is the old regime's (Decree 91/2017) and the 20 % one a sector rule; no
 * national ratio under Law 06/2022 was found ([U] in the law notes), so a refusal on our own authority
 * could block a lawful award. The province that has its own ratio sets HARD.
 */
export const DEFAULT_QUOTA_ENFORCEMENT: QuotaEnforcement = 'SOFT';

/** When CSTĐ cấp tỉnh is proposed: in the round of the 3rd CSTĐCS, or in the year after it. */
export const CSTD_TINH_TIMINGS = ['SAME_YEAR_AS_3RD', 'YEAR_AFTER_3RD'] as const;
/** Who took the district chairman's powers of Law Art. 80(2) from 1 Jul 2025. */
export const AUTHORITIES_FROM_2025 = ['COMMUNE_CHAIRMAN', 'PROVINCE_CHAIRMAN'] as const;
/**
 * The year's rating-based titles in the year a disciplinary term ends (the term having begun in an earlier
 * year): NOT_COUNTED (the year's title rewards the whole year's result, part of which lay in the term — our
 * reading of "tính thành tích từ khi hết thời hạn kỷ luật") or COUNTED (the province counts that year).
 */
export const TERM_END_YEAR_TITLES = ['NOT_COUNTED', 'COUNTED'] as const;

export interface ProvinceProfile {
  name: string;
  /** Registration for emulation is required before a title is considered (Decree 91/2017 practice). */
  requireRegistrationForTitles: boolean;
  /** CSTĐ cấp tỉnh proposed in the round of the 3rd CSTĐCS, or in the year after it. */
  cstdTinhTiming: (typeof CSTD_TINH_TIMINGS)[number];
  /** Who took the district chairman's powers of Law Art. 80(2) from 1 Jul 2025. */
  authorityFrom2025: (typeof AUTHORITIES_FROM_2025)[number];
  quotas: QuotaSetting[];
  /** Minimum contribution (đồng) of a household for the commune chairman's Giấy khen. */
  householdContributionMin: number;
  /** Titles obtained under the 2013 law count toward chains judged under the 2022 law. */
  count2013TitlesInChains: boolean;
  /** The amending law (Dec 2025 draft): off until confirmed; when on, applies from its effective date. */
  amendingLaw: { enabled: boolean; effectiveFrom: string };
  /** Several titles for the same achievement at the same time: pay only the highest (Decree 91/2017 rule). */
  sameAchievementPayHighestOnly: boolean;
  /** The year's titles in the year a disciplinary term ends mid-year (R-PRIN-5): not counted (default) or counted. */
  termEndYearTitles: (typeof TERM_END_YEAR_TITLES)[number];
}

export interface SettingDoc {
  key: keyof ProvinceProfile;
  label: string;
  defaultValue: string;
  source: string;
}

export const DEFAULT_PROFILE: ProvinceProfile = {
  name: 'Mặc định (chưa có quy định riêng của tỉnh)',
  requireRegistrationForTitles: true,
  cstdTinhTiming: 'SAME_YEAR_AS_3RD',
  authorityFrom2025: 'COMMUNE_CHAIRMAN',
  quotas: [
    {
      awardCode: 'CSTDCS',
      baseAwardCode: 'LDTT',
      ratio: 0.15,
      minOneIfFractional: false,
      article:
        'Khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP (tỷ lệ cũ, nhiều tỉnh giữ nguyên — thiết lập của tỉnh)',
      source: 'thuvienphapluat.vn hỏi đáp 45A9C',
      enforcement: DEFAULT_QUOTA_ENFORCEMENT,
    },
    {
      awardCode: 'TTLDXS',
      baseAwardCode: 'TTLDTT',
      ratio: 0.2,
      minOneIfFractional: true,
      article: 'Quy định của tỉnh (mẫu: khoản 2 Điều 18 Thông tư 02/2024/TT-VKSTC — thiết lập của tỉnh)',
      source: 'hethongphapluat.com, Thông tư 02/2024/TT-VKSTC Điều 18',
      enforcement: DEFAULT_QUOTA_ENFORCEMENT,
    },
  ],
  householdContributionMin: 20_000_000,
  count2013TitlesInChains: true,
  amendingLaw: { enabled: false, effectiveFrom: '2026-10-01' },
  sameAchievementPayHighestOnly: true,
  termEndYearTitles: 'NOT_COUNTED',
};

/** What each setting means, its default and the source of the default (for the rules table). */
export const PROFILE_SETTINGS: readonly SettingDoc[] = [
  {
    key: 'requireRegistrationForTitles',
    label: 'Bắt buộc đăng ký thi đua trước khi xét danh hiệu',
    defaultValue: 'có',
    source: 'Nghị định 91/2017/NĐ-CP (chế độ cũ); Luật 2022 giao tỉnh quy định — chưa xác minh',
  },
  {
    key: 'cstdTinhTiming',
    label: 'Thời điểm đề nghị CSTĐ cấp tỉnh',
    defaultValue: 'cùng năm với lần CSTĐCS thứ 3',
    source: 'Thực tiễn các tỉnh — chưa xác minh',
  },
  {
    key: 'authorityFrom2025',
    label: 'Thẩm quyền của Chủ tịch UBND cấp huyện (khoản 2 Điều 80) từ 01/7/2025',
    defaultValue: 'chuyển cho Chủ tịch UBND xã',
    source:
      'Nghị định 129/2025/NĐ-CP (phân định thẩm quyền chính quyền địa phương 2 cấp, lĩnh vực nội vụ) theo báo Lao Động — chưa đối chiếu văn bản gốc',
  },
  {
    key: 'quotas',
    label:
      'Tỷ lệ khống chế (CSTĐCS ≤ 15% số LĐTT; TTLĐXS ≤ 20% số TTLĐTT, tối thiểu 1), áp dụng khi gửi, trình, duyệt và ký: bắt buộc (từ chối) hoặc xem xét (được vượt khi ghi nhận ngoại lệ có lý do)',
    defaultValue: '15%; 20% (tối thiểu 1); xem xét (cần lý do)',
    source:
      'Nghị định 91/2017/NĐ-CP (chế độ cũ); quy định ngành — thiết lập của tỉnh. Mặc định "xem xét" vì chưa thấy căn cứ chung theo Luật 2022 (chưa xác minh); tỉnh có quy định riêng thì chọn "bắt buộc"',
  },
  {
    key: 'householdContributionMin',
    label: 'Mức đóng góp tối thiểu của hộ gia đình để tặng Giấy khen xã',
    defaultValue: '20.000.000 đ',
    source: 'Ví dụ Ninh Thuận 2015 — thiết lập của tỉnh (khoản 2 Điều 75)',
  },
  {
    key: 'count2013TitlesInChains',
    label: 'Danh hiệu theo Luật 2013 được tính vào chuỗi liên tục',
    defaultValue: 'có',
    source: 'Điều khoản chuyển tiếp Luật 06/2022/QH15 — chưa xác minh',
  },
  {
    key: 'amendingLaw',
    label: 'Luật sửa đổi (dự thảo 12/2025): CSTĐCS phải HTXSNV',
    defaultValue: 'tắt; hiệu lực giả định 01/10/2026',
    source: 'Dự thảo Bộ Nội vụ 12/2025 — chưa xác minh đã thông qua',
  },
  {
    key: 'sameAchievementPayHighestOnly',
    label: 'Cùng thành tích nhiều danh hiệu: chỉ trả mức cao nhất',
    defaultValue: 'có',
    source: 'Nghị định 91/2017/NĐ-CP (chế độ cũ) — chưa xác minh cho chế độ 2022',
  },
  {
    key: 'termEndYearTitles',
    label:
      'Danh hiệu của năm mà thời hạn kỷ luật kết thúc giữa năm (kỷ luật từ năm trước): không tính (cần kết quả cả năm) hoặc tính',
    defaultValue: 'không tính',
    source:
      'Cách hiểu của chúng tôi về nguyên tắc "tính thành tích từ khi hết thời hạn kỷ luật" (Nghị định 152/2025/NĐ-CP; trước đó Nghị định 98/2023/NĐ-CP, 91/2017/NĐ-CP) — văn bản không nói rõ năm bị chia đôi',
  },
];

/** A profile from partial settings (e.g. a tenant's saved JSON), falling back to the defaults. */
export function profileFrom(partial: Partial<ProvinceProfile> | null | undefined): ProvinceProfile {
  if (!partial) return DEFAULT_PROFILE;
  return {
    ...DEFAULT_PROFILE,
    ...partial,
    amendingLaw: { ...DEFAULT_PROFILE.amendingLaw, ...(partial.amendingLaw ?? {}) },
    // profiles saved before quotas were enforced have no `enforcement`: the default
    quotas: (partial.quotas ?? DEFAULT_PROFILE.quotas).map((q) => ({
      ...q,
      enforcement: q.enforcement ?? DEFAULT_QUOTA_ENFORCEMENT,
    })),
  };
}
