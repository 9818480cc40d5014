/** Roles of the people who use Thi Đua (vai trò người dùng). */
export const ROLES = ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH', 'THANH_VIEN_HD', 'TRUONG_DON_VI', 'XEM'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  ADMIN: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  CAN_BO_TDKT: { vi: 'Cán bộ thi đua, khen thưởng', en: 'Emulation officer' },
  CHU_TICH: { vi: 'Chủ tịch UBND', en: 'Chairman' },
  THANH_VIEN_HD: { vi: 'Thành viên Hội đồng TĐKT', en: 'Council member' },
  TRUONG_DON_VI: { vi: 'Trưởng đơn vị', en: 'Unit head' },
  XEM: { vi: 'Người xem', en: 'Viewer' },
};

/** Roles that see every unit of their commune (a unit head sees only their own unit). */
export function seesWholeCommune(role: Role): boolean {
  return role !== 'TRUONG_DON_VI';
}
