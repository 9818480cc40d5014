import type { OrgKind } from '../../core/people/org-kinds';

/** The demo commune's organisation: the units the 2024 plan names, plus thôn (villages). Fictitious codes. */
export interface SeedUnit {
  key: string;
  name: string;
  shortName?: string;
  kind: OrgKind;
  members?: number;
  parent?: string; // key of the parent unit; default the commune
  inactiveSince?: string; // merged away
}

export const DEMO_PROVINCE = { code: 'T-DEMO', name: 'Tỉnh Thái An (dữ liệu mẫu)' };
export const DEMO_COMMUNE = { code: 'X-TANVIET', name: 'Xã Tân Việt', shortName: 'Tân Việt' };

export const DEMO_UNITS: SeedUnit[] = [
  { key: 'DANG_UY', name: 'Đảng ủy xã Tân Việt', kind: 'DANG', members: 9 },
  { key: 'HDND', name: 'Hội đồng nhân dân xã Tân Việt', kind: 'HDND', members: 25 },
  { key: 'UBND', name: 'Ủy ban nhân dân xã Tân Việt', kind: 'UBND', members: 22 },
  { key: 'VP_UBND', name: 'Văn phòng HĐND và UBND xã', kind: 'NGANH', members: 6, parent: 'UBND' },
  { key: 'MTTQ', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Việt', kind: 'MTTQ', members: 7 },
  { key: 'HOI_ND', name: 'Hội Nông dân xã Tân Việt', kind: 'DOAN_THE', members: 12 },
  { key: 'HOI_PN', name: 'Hội Liên hiệp Phụ nữ xã Tân Việt', kind: 'DOAN_THE', members: 11 },
  { key: 'DOAN_TN', name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Tân Việt', kind: 'DOAN_THE', members: 15 },
  { key: 'HOI_CCB', name: 'Hội Cựu chiến binh xã Tân Việt', kind: 'DOAN_THE', members: 9 },
  { key: 'MN', name: 'Trường Mầm non Tân Việt', kind: 'TRUONG', members: 24 },
  { key: 'TH', name: 'Trường Tiểu học Tân Việt', kind: 'TRUONG', members: 31 },
  { key: 'THCS', name: 'Trường Trung học cơ sở Tân Việt', kind: 'TRUONG', members: 28 },
  {
    key: 'TH_TO_1',
    name: 'Tổ chuyên môn khối 1 - 2 (Trường Tiểu học)',
    kind: 'TO',
    members: 9,
    parent: 'TH',
  },
  { key: 'TYT', name: 'Trạm Y tế xã Tân Việt', kind: 'Y_TE', members: 8 },
  { key: 'CA', name: 'Công an xã Tân Việt', kind: 'CONG_AN', members: 10 },
  { key: 'QS', name: 'Ban Chỉ huy Quân sự xã Tân Việt', kind: 'QUAN_SU', members: 6 },
  { key: 'THON_BA', name: 'Thôn Bình An', kind: 'THON', members: 412 },
  { key: 'THON_HB', name: 'Thôn Hòa Bình', kind: 'THON', members: 388 },
  { key: 'THON_PX', name: 'Thôn Phú Xuân', kind: 'THON', members: 356 },
  { key: 'THON_TL', name: 'Thôn Tân Lập', kind: 'THON', members: 501 },
  // Merged on 01/07/2025 into Thôn Tân Lập: history follows the successor.
  { key: 'THON_TT_CU', name: 'Thôn Tân Thành (cũ)', kind: 'THON', members: 240, inactiveSince: '2025-07-01' },
  { key: 'THON_LT_CU', name: 'Thôn Lập Thành (cũ)', kind: 'THON', members: 261, inactiveSince: '2025-07-01' },
];

export const DEMO_LINEAGE = [
  {
    successor: 'THON_TL',
    predecessor: 'THON_TT_CU',
    date: '2025-07-01',
    basis: 'Nghị quyết sáp nhập thôn (dữ liệu mẫu)',
  },
  {
    successor: 'THON_TL',
    predecessor: 'THON_LT_CU',
    date: '2025-07-01',
    basis: 'Nghị quyết sáp nhập thôn (dữ liệu mẫu)',
  },
];
