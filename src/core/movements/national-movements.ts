import type { MovementType } from './movement-types';

/**
 * Catalogue of the national movements a commune carries out (the 2024 plan of xã Tân Việt, section II.1):
 * Chỉ thị 19/CT-TTg (II.1.1) and the seven named movements (II.1.2). Data for the "add from catalogue"
 * picker; the commune edits its own copies. `basis` cites the launching or implementing document where
 * it is known; where only the launch event is known, it says so — the officer completes it.
 *
 * Type: Chỉ thị 19 is about the yearly socio-economic tasks (thường xuyên, Điều 16 Luật TĐKT 2022); the
 * named movements each have their own topic and goals, so they are theo chuyên đề.
 */
export interface NationalMovement {
  code: string;
  name: string;
  type: MovementType;
  /** Who launched it (cấp phát động). */
  launchedBy: string;
  basis: string;
  /** Period when the movement states one, e.g. "2021 - 2025". */
  period?: string;
  fields: string[];
  planSection: 'II.1.1' | 'II.1.2';
}

export const NATIONAL_MOVEMENTS: readonly NationalMovement[] = [
  {
    code: 'CT19',
    name: 'Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch 5 năm (2021 - 2025)',
    type: 'THUONG_XUYEN',
    launchedBy: 'Thủ tướng Chính phủ',
    basis:
      'Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch 5 năm (2021 - 2025) theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
    period: '2021 - 2025',
    fields: ['KINH_TE', 'VAN_HOA_XA_HOI', 'QUOC_PHONG_AN_NINH', 'XAY_DUNG_CHINH_QUYEN'],
    planSection: 'II.1.1',
  },
  {
    code: 'VAN_HOA_CONG_SO',
    name: 'Cán bộ, công chức, viên chức, người lao động thi đua thực hiện văn hóa công sở',
    type: 'CHUYEN_DE',
    launchedBy: 'Thủ tướng Chính phủ',
    basis:
      'Phát động ngày 19/5/2019 (Hội đồng Thi đua - Khen thưởng Trung ương tổ chức), giai đoạn 2019 - 2025',
    period: '2019 - 2025',
    fields: ['XAY_DUNG_CHINH_QUYEN'],
    planSection: 'II.1.2',
  },
  {
    code: 'DOI_SONG_VAN_HOA',
    name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa',
    type: 'CHUYEN_DE',
    launchedBy: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    basis: 'Phong trào do Mặt trận Tổ quốc Việt Nam chủ trì; văn bản triển khai hiện hành do cán bộ bổ sung',
    fields: ['VAN_HOA_XA_HOI'],
    planSection: 'II.1.2',
  },
  {
    code: 'NONG_THON_MOI',
    name: 'Cả nước chung sức xây dựng nông thôn mới',
    type: 'CHUYEN_DE',
    launchedBy: 'Thủ tướng Chính phủ',
    basis:
      'Quyết định số 1620/QĐ-TTg ngày 20/9/2011 của Thủ tướng Chính phủ ban hành Kế hoạch tổ chức thực hiện phong trào thi đua "Cả nước chung sức xây dựng nông thôn mới"',
    fields: ['NONG_THON_MOI', 'KINH_TE'],
    planSection: 'II.1.2',
  },
  {
    code: 'VI_NGUOI_NGHEO',
    name: 'Vì người nghèo - Không để ai bị bỏ lại phía sau',
    type: 'CHUYEN_DE',
    launchedBy: 'Thủ tướng Chính phủ',
    basis:
      'Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua "Vì người nghèo - Không để ai bị bỏ lại phía sau" giai đoạn 2021 - 2025',
    period: '2021 - 2025',
    fields: ['AN_SINH_XA_HOI'],
    planSection: 'II.1.2',
  },
  {
    code: 'HA_TANG_TIET_KIEM',
    name: 'Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí',
    type: 'CHUYEN_DE',
    launchedBy: 'Thủ tướng Chính phủ',
    basis:
      'Phát động ngày 18/11/2022 (Hội đồng Thi đua - Khen thưởng Trung ương tổ chức); số hiệu kế hoạch triển khai do cán bộ bổ sung',
    fields: ['KINH_TE', 'XAY_DUNG_CHINH_QUYEN'],
    planSection: 'II.1.2',
  },
  {
    code: 'CHUYEN_DOI_SO',
    name: 'Chuyển đổi số giai đoạn 2021 - 2025',
    type: 'CHUYEN_DE',
    launchedBy: 'Cấp trên (theo kế hoạch của tỉnh, huyện)',
    basis:
      'Gắn với Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 (Quyết định số 749/QĐ-TTg ngày 03/6/2020); văn bản phát động cụ thể do cán bộ bổ sung',
    period: '2021 - 2025',
    fields: ['CHUYEN_DOI_SO', 'XAY_DUNG_CHINH_QUYEN'],
    planSection: 'II.1.2',
  },
  {
    code: 'XA_HOI_HOC_TAP',
    name: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030',
    type: 'CHUYEN_DE',
    launchedBy: 'Thủ tướng Chính phủ',
    basis:
      'Phát động ngày 10/6/2023; Quyết định số 1315/QĐ-TTg năm 2023 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào',
    period: '2023 - 2030',
    fields: ['GIAO_DUC'],
    planSection: 'II.1.2',
  },
];
