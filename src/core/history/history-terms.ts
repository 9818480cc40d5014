/**
 * The words of a commune's history as the law reads it: who issued an award received before (or outside)
 * this product, what kind of achievement it rewarded, initiatives and research topics, matters under
 * consideration (R-PRIN-4), and the evidence files attached to records.
 */

/** The level of the body that issued an award (cấp khen thưởng). */
export const ISSUING_LEVELS = ['XA', 'HUYEN', 'TINH', 'BO_NGANH', 'TRUNG_UONG'] as const;
export type IssuingLevel = (typeof ISSUING_LEVELS)[number];
export const ISSUING_LEVEL_LABELS: Record<IssuingLevel, string> = {
  XA: 'Cấp xã',
  HUYEN: 'Cấp huyện (trước 01/7/2025)',
  TINH: 'Cấp tỉnh',
  BO_NGANH: 'Bộ, ban, ngành, đoàn thể trung ương',
  TRUNG_UONG: 'Nhà nước (Chủ tịch nước, Thủ tướng Chính phủ)',
};

/** What an award rewarded: regular (thường xuyên), sudden (đột xuất), thematic (chuyên đề / theo đợt). */
export const ACHIEVEMENT_NATURES = ['THUONG_XUYEN', 'DOT_XUAT', 'CHUYEN_DE'] as const;
export type AchievementNature = (typeof ACHIEVEMENT_NATURES)[number];
export const ACHIEVEMENT_NATURE_LABELS: Record<AchievementNature, string> = {
  THUONG_XUYEN: 'Thường xuyên (hằng năm)',
  DOT_XUAT: 'Đột xuất',
  CHUYEN_DE: 'Chuyên đề, theo đợt',
};

/** How a history row came in. */
export const RECORD_SOURCES = ['MANUAL', 'IMPORT', 'SEED'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

/** An initiative (sáng kiến) or a scientific research topic (đề tài nghiên cứu khoa học). */
export const INITIATIVE_KINDS = ['SANG_KIEN', 'DE_TAI'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** Disciplinary measures (hình thức kỷ luật), lightest first. */
export const DISCIPLINE_KINDS = [
  'KHIEN_TRACH',
  'CANH_CAO',
  'HA_BAC_LUONG',
  'GIANG_CHUC',
  'CACH_CHUC',
  'BUOC_THOI_VIEC',
] as const;
export type DisciplineKind = (typeof DISCIPLINE_KINDS)[number];
export const DISCIPLINE_KIND_LABELS: Record<DisciplineKind, string> = {
  KHIEN_TRACH: 'Khiển trách',
  CANH_CAO: 'Cảnh cáo',
  HA_BAC_LUONG: 'Hạ bậc lương',
  GIANG_CHUC: 'Giáng chức',
  CACH_CHUC: 'Cách chức',
  BUOC_THOI_VIEC: 'Buộc thôi việc',
};

/** Matters under consideration that defer an award (R-PRIN-4): disciplinary review, inspection, investigation, complaint. */
export const PENDING_MATTER_KINDS = [
  'XEM_XET_KY_LUAT',
  'THANH_TRA',
  'KIEM_TRA',
  'DIEU_TRA',
  'KHIEU_NAI',
] as const;
export type PendingMatterKind = (typeof PENDING_MATTER_KINDS)[number];
export const PENDING_MATTER_LABELS: Record<PendingMatterKind, string> = {
  XEM_XET_KY_LUAT: 'Đang xem xét kỷ luật',
  THANH_TRA: 'Đang thanh tra',
  KIEM_TRA: 'Đang kiểm tra',
  DIEU_TRA: 'Đang điều tra',
  KHIEU_NAI: 'Đang xác minh khiếu nại, tố cáo',
};

/** Leadership tier of a person (for the share of awards to leaders and to direct workers). */
export const LEADER_TIERS = ['KHONG', 'CAP_PHO', 'CAP_TRUONG'] as const;
export type LeaderTier = (typeof LEADER_TIERS)[number];

/** What an uploaded file is attached to. */
export const FILE_OWNER_KINDS = [
  'PROPOSAL',
  'TARGET',
  'EXAMPLE',
  'AWARD_HISTORY',
  'INITIATIVE',
  'DISCIPLINE',
  'PENDING_MATTER',
] as const;
export type FileOwnerKind = (typeof FILE_OWNER_KINDS)[number];

/** Why a file is kept: evidence of an achievement, or the signed original (scan) of a document. */
export const FILE_PURPOSES = ['EVIDENCE', 'SIGNED_ORIGINAL'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];
