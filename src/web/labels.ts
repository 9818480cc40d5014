/** Labels for codes shown in the UI (Vietnamese first, English second). */
export const SUBJECT_KIND_LABELS: Record<string, { vi: string; en: string }> = {
  INDIVIDUAL: { vi: 'Cá nhân', en: 'Individual' },
  COLLECTIVE: { vi: 'Tập thể', en: 'Collective' },
  HOUSEHOLD: { vi: 'Hộ gia đình', en: 'Household' },
};

export const MOVEMENT_TYPE_LABELS: Record<string, { vi: string; en: string }> = {
  THUONG_XUYEN: { vi: 'Thường xuyên', en: 'Regular' },
  THEO_DOT: { vi: 'Theo đợt', en: 'By phase' },
  CHUYEN_DE: { vi: 'Chuyên đề', en: 'Thematic' },
};

export const MOVEMENT_STATUS_LABELS: Record<string, { vi: string; en: string }> = {
  DRAFT: { vi: 'Đang soạn', en: 'Draft' },
  LAUNCHED: { vi: 'Đã phát động', en: 'Launched' },
  RUNNING: { vi: 'Đang thực hiện', en: 'Running' },
  MID_REVIEW: { vi: 'Sơ kết', en: 'Mid-term review' },
  FINAL_REVIEW: { vi: 'Tổng kết', en: 'Final review' },
  CLOSED: { vi: 'Đã kết thúc', en: 'Closed' },
};

export const SCOPE_LABELS: Record<string, { vi: string; en: string }> = {
  QUOC_GIA: { vi: 'Toàn quốc', en: 'National' },
  TINH: { vi: 'Cấp tỉnh', en: 'Provincial' },
  XA: { vi: 'Cấp xã', en: 'Commune' },
  DON_VI: { vi: 'Đơn vị', en: 'Unit' },
};

export const CATEGORY_LABELS: Record<string, { vi: string; en: string }> = {
  CAN_BO: { vi: 'Cán bộ', en: 'Cadre' },
  CONG_CHUC: { vi: 'Công chức', en: 'Civil servant' },
  VIEN_CHUC: { vi: 'Viên chức', en: 'Public employee' },
  NGUOI_LAO_DONG: { vi: 'Người lao động', en: 'Worker' },
  NGUOI_LAO_DONG_TRUC_TIEP: { vi: 'Người lao động trực tiếp', en: 'Direct worker' },
  NONG_DAN: { vi: 'Nông dân', en: 'Farmer' },
  HOC_SINH: { vi: 'Học sinh', en: 'Pupil' },
  NGUOI_DAN: { vi: 'Người dân', en: 'Resident' },
};

export const STATUS_COLORS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  FORWARDED: 'purple',
  APPROVED: 'cyan',
  DECIDED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'default',
};
