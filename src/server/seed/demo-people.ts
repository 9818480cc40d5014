/** Clearly fictitious people of the demo commune (any likeness to real people is coincidental). */
export interface SeedPerson {
  key: string;
  name: string;
  gender: 'NAM' | 'NU';
  birthYear: number;
  unit: string;
  position: string;
  category: string;
  leader?: boolean;
}

export const DEMO_PEOPLE: SeedPerson[] = [
  { key: 'CT', name: 'Phạm Văn Quyết', gender: 'NAM', birthYear: 1972, unit: 'UBND', position: 'Chủ tịch UBND xã', category: 'CAN_BO', leader: true },
  { key: 'PCT', name: 'Đỗ Thị Hồng Nhung', gender: 'NU', birthYear: 1979, unit: 'UBND', position: 'Phó Chủ tịch UBND xã', category: 'CAN_BO', leader: true },
  { key: 'VHXH', name: 'Lê Thị Thu Hà', gender: 'NU', birthYear: 1988, unit: 'VP_UBND', position: 'Công chức Văn hóa - Xã hội (phụ trách TĐKT)', category: 'CONG_CHUC' },
  { key: 'VP1', name: 'Nguyễn Văn An', gender: 'NAM', birthYear: 1990, unit: 'VP_UBND', position: 'Công chức Văn phòng - Thống kê', category: 'CONG_CHUC' },
  { key: 'VP2', name: 'Trần Thị Bích Ngọc', gender: 'NU', birthYear: 1993, unit: 'VP_UBND', position: 'Công chức Tư pháp - Hộ tịch', category: 'CONG_CHUC' },
  { key: 'VP3', name: 'Hoàng Đức Thắng', gender: 'NAM', birthYear: 1985, unit: 'VP_UBND', position: 'Công chức Địa chính - Xây dựng', category: 'CONG_CHUC' },
  { key: 'VP4', name: 'Vũ Thị Lan Anh', gender: 'NU', birthYear: 1995, unit: 'VP_UBND', position: 'Công chức Tài chính - Kế toán', category: 'CONG_CHUC' },
  { key: 'MT', name: 'Bùi Văn Khải', gender: 'NAM', birthYear: 1968, unit: 'MTTQ', position: 'Chủ tịch Ủy ban MTTQ xã', category: 'CAN_BO', leader: true },
  { key: 'ND', name: 'Đặng Văn Hùng', gender: 'NAM', birthYear: 1970, unit: 'HOI_ND', position: 'Chủ tịch Hội Nông dân xã', category: 'CAN_BO', leader: true },
  { key: 'ND1', name: 'Lương Văn Tư', gender: 'NAM', birthYear: 1966, unit: 'HOI_ND', position: 'Hội viên, hộ sản xuất giỏi', category: 'NONG_DAN' },
  { key: 'ND2', name: 'Phan Thị Mận', gender: 'NU', birthYear: 1974, unit: 'HOI_ND', position: 'Hội viên, mô hình trồng rau an toàn', category: 'NONG_DAN' },
  { key: 'PN', name: 'Nguyễn Thị Ánh', gender: 'NU', birthYear: 1976, unit: 'HOI_PN', position: 'Chủ tịch Hội LHPN xã', category: 'CAN_BO', leader: true },
  { key: 'PN1', name: 'Phạm Thị Thu Hương', gender: 'NU', birthYear: 1984, unit: 'HOI_PN', position: 'Chi hội trưởng phụ nữ thôn Bình An', category: 'NGUOI_DAN' },
  { key: 'TN', name: 'Lê Quốc Vượng', gender: 'NAM', birthYear: 1994, unit: 'DOAN_TN', position: 'Bí thư Đoàn xã', category: 'CAN_BO', leader: true },
  { key: 'TN1', name: 'Trịnh Minh Đức', gender: 'NAM', birthYear: 2001, unit: 'DOAN_TN', position: 'Đoàn viên, đội thanh niên tình nguyện', category: 'NGUOI_LAO_DONG_TRUC_TIEP' },
  { key: 'CCB', name: 'Ngô Văn Lực', gender: 'NAM', birthYear: 1958, unit: 'HOI_CCB', position: 'Chủ tịch Hội Cựu chiến binh xã', category: 'CAN_BO', leader: true },
  { key: 'MN0', name: 'Đinh Thị Hạnh', gender: 'NU', birthYear: 1978, unit: 'MN', position: 'Hiệu trưởng', category: 'VIEN_CHUC', leader: true },
  { key: 'MN1', name: 'Tạ Thị Yến', gender: 'NU', birthYear: 1990, unit: 'MN', position: 'Giáo viên', category: 'VIEN_CHUC' },
  { key: 'TH0', name: 'Trần Văn Bình', gender: 'NAM', birthYear: 1975, unit: 'TH', position: 'Hiệu trưởng', category: 'VIEN_CHUC', leader: true },
  { key: 'TH1', name: 'Trần Thị Mỹ Dung', gender: 'NU', birthYear: 1986, unit: 'TH', position: 'Giáo viên', category: 'VIEN_CHUC' },
  { key: 'TH2', name: 'Nguyễn Thị Ngọc Ánh', gender: 'NU', birthYear: 1992, unit: 'TH', position: 'Giáo viên', category: 'VIEN_CHUC' },
  { key: 'TH3', name: 'Đoàn Văn Ước', gender: 'NAM', birthYear: 1983, unit: 'TH', position: 'Tổ trưởng chuyên môn', category: 'VIEN_CHUC' },
  { key: 'TH4', name: 'Mai Thị Ổn', gender: 'NU', birthYear: 1969, unit: 'TH', position: 'Nhân viên bảo vệ', category: 'NGUOI_LAO_DONG' },
  { key: 'TH5', name: 'Nguyễn Văn Ấn', gender: 'NAM', birthYear: 1988, unit: 'TH', position: 'Giáo viên', category: 'VIEN_CHUC' },
  { key: 'THCS0', name: 'Lại Văn Thịnh', gender: 'NAM', birthYear: 1973, unit: 'THCS', position: 'Hiệu trưởng', category: 'VIEN_CHUC', leader: true },
  { key: 'THCS1', name: 'Hà Thị Huyền', gender: 'NU', birthYear: 1987, unit: 'THCS', position: 'Giáo viên Ngữ văn', category: 'VIEN_CHUC' },
  { key: 'HS1', name: 'Phạm Gia Bảo', gender: 'NAM', birthYear: 2011, unit: 'THCS', position: 'Học sinh lớp 8A', category: 'HOC_SINH' },
  { key: 'YT0', name: 'Cao Thị Liên', gender: 'NU', birthYear: 1980, unit: 'TYT', position: 'Trạm trưởng', category: 'VIEN_CHUC', leader: true },
  { key: 'YT1', name: 'Dương Văn Sơn', gender: 'NAM', birthYear: 1991, unit: 'TYT', position: 'Y sĩ', category: 'VIEN_CHUC' },
  { key: 'CA0', name: 'Vương Đình Toàn', gender: 'NAM', birthYear: 1982, unit: 'CA', position: 'Trưởng Công an xã', category: 'CAN_BO', leader: true },
  { key: 'QS0', name: 'Kiều Văn Dũng', gender: 'NAM', birthYear: 1984, unit: 'QS', position: 'Chỉ huy trưởng Ban CHQS xã', category: 'CAN_BO', leader: true },
  { key: 'BA0', name: 'Tống Văn Hải', gender: 'NAM', birthYear: 1964, unit: 'THON_BA', position: 'Trưởng thôn Bình An', category: 'NGUOI_DAN', leader: true },
  { key: 'BA1', name: 'Ông Thị Ẩn', gender: 'NU', birthYear: 1971, unit: 'THON_BA', position: 'Người dân, tổ tự quản', category: 'NGUOI_DAN' },
  { key: 'HB0', name: 'Chu Văn Thuận', gender: 'NAM', birthYear: 1967, unit: 'THON_HB', position: 'Trưởng thôn Hòa Bình', category: 'NGUOI_DAN', leader: true },
  { key: 'PX0', name: 'Lò Thị Ơn', gender: 'NU', birthYear: 1975, unit: 'THON_PX', position: 'Trưởng thôn Phú Xuân', category: 'NGUOI_DAN', leader: true },
  { key: 'TL0', name: 'Quách Văn Ưng', gender: 'NAM', birthYear: 1970, unit: 'THON_TL', position: 'Trưởng thôn Tân Lập', category: 'NGUOI_DAN', leader: true },
  { key: 'TL1', name: 'Âu Thị Nở', gender: 'NU', birthYear: 1980, unit: 'THON_TL', position: 'Người dân, mô hình chăn nuôi', category: 'NONG_DAN' },
];

/** Council (Hội đồng Thi đua - Khen thưởng xã), term from 2024; keys refer to DEMO_PEOPLE. */
export const DEMO_COUNCIL: { person: string; role: string }[] = [
  { person: 'CT', role: 'CHU_TICH' },
  { person: 'PCT', role: 'PHO_CHU_TICH' },
  { person: 'MT', role: 'PHO_CHU_TICH' },
  { person: 'VHXH', role: 'THUONG_TRUC' },
  { person: 'ND', role: 'UY_VIEN' },
  { person: 'PN', role: 'UY_VIEN' },
  { person: 'TN', role: 'UY_VIEN' },
  { person: 'CCB', role: 'UY_VIEN' },
  { person: 'CA0', role: 'UY_VIEN' },
  { person: 'QS0', role: 'UY_VIEN' },
];

export const DEMO_PASSWORD = 'thidua2024';

/** One demo user per role (and three council members, so a ballot can be shown). */
export const DEMO_USERS: { username: string; role: string; person?: string; unit?: string; name: string }[] = [
  { username: 'admin', role: 'ADMIN', name: 'Quản trị hệ thống' },
  { username: 'canbo', role: 'CAN_BO_TDKT', person: 'VHXH', name: 'Lê Thị Thu Hà' },
  { username: 'chutich', role: 'CHU_TICH', person: 'CT', name: 'Phạm Văn Quyết' },
  { username: 'hoidong1', role: 'THANH_VIEN_HD', person: 'MT', name: 'Bùi Văn Khải' },
  { username: 'hoidong2', role: 'THANH_VIEN_HD', person: 'PN', name: 'Nguyễn Thị Ánh' },
  { username: 'hoidong3', role: 'THANH_VIEN_HD', person: 'CCB', name: 'Ngô Văn Lực' },
  { username: 'truongth', role: 'TRUONG_DON_VI', person: 'TH0', unit: 'TH', name: 'Trần Văn Bình' },
  { username: 'hoinongdan', role: 'TRUONG_DON_VI', person: 'ND', unit: 'HOI_ND', name: 'Đặng Văn Hùng' },
  { username: 'xem', role: 'XEM', name: 'Người xem' },
];

/** The seven movements the 2024 plan names (II.1.2) and Directive 19/CT-TTg (II.1.1). */
export const DEMO_MOVEMENTS: { name: string; type: string; scope: string; fields: string[]; basis?: string }[] = [
  { name: 'Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch 5 năm (2021 - 2025)', type: 'THUONG_XUYEN', scope: 'QUOC_GIA', fields: ['Kinh tế - xã hội'], basis: 'Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ' },
  { name: 'Cán bộ, công chức, viên chức, người lao động thi đua thực hiện văn hóa công sở', type: 'THUONG_XUYEN', scope: 'QUOC_GIA', fields: ['Xây dựng chính quyền'] },
  { name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa', type: 'THUONG_XUYEN', scope: 'QUOC_GIA', fields: ['Văn hóa - xã hội'] },
  { name: 'Cả nước chung sức xây dựng nông thôn mới', type: 'THUONG_XUYEN', scope: 'QUOC_GIA', fields: ['Nông thôn mới'] },
  { name: 'Vì người nghèo - Không để ai bị bỏ lại phía sau', type: 'THUONG_XUYEN', scope: 'QUOC_GIA', fields: ['An sinh xã hội'] },
  { name: 'Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí', type: 'THUONG_XUYEN', scope: 'QUOC_GIA', fields: ['Kinh tế - xã hội'] },
  { name: 'Chuyển đổi số giai đoạn 2021 - 2025', type: 'CHUYEN_DE', scope: 'QUOC_GIA', fields: ['Chuyển đổi số'] },
  { name: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030', type: 'CHUYEN_DE', scope: 'QUOC_GIA', fields: ['Giáo dục'] },
];
