import type { IsoDate } from './iso-date';

/**
 * The calendar of national holidays and anniversaries (ngày lễ lớn, ngày kỷ niệm) that phase
 * emulation (thi đua theo đợt) is tied to. It is DATA an officer can edit: the server stores a copy per
 * commune, seeded from `DEFAULT_CALENDAR`, and local days (ngày giải phóng huyện, ngày thành lập xã …)
 * are added there.
 */
export type CalendarKind =
  | 'LE_LON' // national holiday / great day (ngày lễ lớn của đất nước)
  | 'NGAY_TRUYEN_THONG' // founding day of an organisation (ngày thành lập, ngày truyền thống)
  | 'NGAY_KY_NIEM' // historical anniversary (ngày kỷ niệm sự kiện lịch sử)
  | 'NGAY_QUOC_TE' // international day celebrated nationally
  | 'DIA_PHUONG'; // local day added by the commune (ngày của địa phương)

export const CALENDAR_KIND_LABELS: Record<CalendarKind, string> = {
  LE_LON: 'Ngày lễ lớn',
  NGAY_TRUYEN_THONG: 'Ngày thành lập, ngày truyền thống',
  NGAY_KY_NIEM: 'Ngày kỷ niệm sự kiện lịch sử',
  NGAY_QUOC_TE: 'Ngày quốc tế',
  DIA_PHUONG: 'Ngày của địa phương',
};

export interface CalendarEntry {
  id: string;
  /** Solar (dương lịch) month and day, `MM-DD`. */
  date: string;
  /** Name without "Ngày kỷ niệm …" prefix, e.g. "Ngày thành lập Đảng Cộng sản Việt Nam". */
  name: string;
  kind: CalendarKind;
  /** Year of the original event; anniversaries count from it. Absent → no anniversary number. */
  since?: number;
  /**
   * Step of a round anniversary (năm chẵn): 5 means 5, 10, 15 … years are round. Default 5;
   * set 10 for days celebrated only every decade.
   */
  yearsRound?: number;
}

/** Default step of round anniversaries (kỷ niệm năm chẵn: 5, 10, 15 …). */
export const DEFAULT_ROUND_STEP = 5;

export const DEFAULT_CALENDAR: readonly CalendarEntry[] = [
  {
    id: 'thanh-lap-dang',
    date: '02-03',
    name: 'Ngày thành lập Đảng Cộng sản Việt Nam',
    kind: 'LE_LON',
    since: 1930,
  },
  { id: 'quoc-te-phu-nu', date: '03-08', name: 'Ngày Quốc tế Phụ nữ', kind: 'NGAY_QUOC_TE', since: 1910 },
  {
    id: 'thanh-lap-doan',
    date: '03-26',
    name: 'Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    kind: 'NGAY_TRUYEN_THONG',
    since: 1931,
  },
  {
    id: 'dan-quan-tu-ve',
    date: '03-28',
    name: 'Ngày truyền thống lực lượng Dân quân tự vệ',
    kind: 'NGAY_TRUYEN_THONG',
    since: 1935,
  },
  {
    id: 'giai-phong-mien-nam',
    date: '04-30',
    name: 'Ngày giải phóng miền Nam, thống nhất đất nước',
    kind: 'LE_LON',
    since: 1975,
  },
  { id: 'quoc-te-lao-dong', date: '05-01', name: 'Ngày Quốc tế Lao động', kind: 'LE_LON', since: 1886 },
  {
    id: 'dien-bien-phu',
    date: '05-07',
    name: 'Ngày chiến thắng Điện Biên Phủ',
    kind: 'NGAY_KY_NIEM',
    since: 1954,
  },
  { id: 'sinh-nhat-bac', date: '05-19', name: 'Ngày sinh Chủ tịch Hồ Chí Minh', kind: 'LE_LON', since: 1890 },
  {
    id: 'loi-keu-goi-thi-dua',
    date: '06-11',
    name: 'Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc',
    kind: 'NGAY_KY_NIEM',
    since: 1948,
  },
  {
    id: 'thuong-binh-liet-si',
    date: '07-27',
    name: 'Ngày Thương binh - Liệt sĩ',
    kind: 'LE_LON',
    since: 1947,
  },
  {
    id: 'cong-doan',
    date: '07-28',
    name: 'Ngày thành lập Công đoàn Việt Nam',
    kind: 'NGAY_TRUYEN_THONG',
    since: 1929,
  },
  {
    id: 'cach-mang-thang-tam',
    date: '08-19',
    name: 'Ngày Cách mạng tháng Tám thành công và Ngày truyền thống Công an nhân dân',
    kind: 'LE_LON',
    since: 1945,
  },
  {
    id: 'quoc-khanh',
    date: '09-02',
    name: 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    kind: 'LE_LON',
    since: 1945,
  },
  {
    id: 'chuyen-doi-so',
    date: '10-10',
    name: 'Ngày Chuyển đổi số quốc gia',
    kind: 'NGAY_TRUYEN_THONG',
    since: 2022,
  },
  {
    id: 'hoi-nong-dan',
    date: '10-14',
    name: 'Ngày thành lập Hội Nông dân Việt Nam',
    kind: 'NGAY_TRUYEN_THONG',
    since: 1930,
  },
  {
    id: 'hoi-lhtn',
    date: '10-15',
    name: 'Ngày truyền thống Hội Liên hiệp Thanh niên Việt Nam',
    kind: 'NGAY_TRUYEN_THONG',
    since: 1956,
  },
  {
    id: 'hoi-phu-nu',
    date: '10-20',
    name: 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam',
    kind: 'NGAY_TRUYEN_THONG',
    since: 1930,
  },
  {
    id: 'mat-tran',
    date: '11-18',
    name: 'Ngày truyền thống Mặt trận Tổ quốc Việt Nam',
    kind: 'NGAY_TRUYEN_THONG',
    since: 1930,
  },
  { id: 'nha-giao', date: '11-20', name: 'Ngày Nhà giáo Việt Nam', kind: 'NGAY_TRUYEN_THONG', since: 1982 },
  {
    id: 'cuu-chien-binh',
    date: '12-06',
    name: 'Ngày thành lập Hội Cựu chiến binh Việt Nam',
    kind: 'NGAY_TRUYEN_THONG',
    since: 1989,
  },
  {
    id: 'quan-doi',
    date: '12-22',
    name: 'Ngày thành lập Quân đội nhân dân Việt Nam và Ngày hội Quốc phòng toàn dân',
    kind: 'LE_LON',
    since: 1944,
  },
];

/**
 * Tết Nguyên đán follows the lunar calendar, so it has no fixed `MM-DD` and is not in
 * `DEFAULT_CALENDAR`. Its solar date per year is kept here as editable data (Việt Nam time, UTC+7);
 * the officer adds later years. The traditional phase "Mừng Đảng, mừng Xuân" runs up to 3/2 and Tết.
 */
export const TET_NGUYEN_DAN_NOTE =
  'Tết Nguyên đán theo âm lịch, ngày dương lịch thay đổi hằng năm; cán bộ cập nhật bảng ngày Tết khi cần.';

export const TET_NGUYEN_DAN_DATES: Readonly<Record<number, IsoDate>> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};
