import { EN } from './en';

/** English for the Excel intake page. */
Object.assign(EN, {
  'Nhập dữ liệu từ Excel': 'Import data from Excel',
  'Danh sách đơn vị': 'Units',
  'Khen thưởng đã có': 'Past awards',
  'Sáng kiến, đề tài': 'Initiatives and research topics',
  'Kỷ luật': 'Disciplines',
  'Thứ tự nhập: 1) Đơn vị → 2) Cá nhân → 3) Khen thưởng đã có, sáng kiến, kỷ luật. Các tệp sau tìm đơn vị theo mã và người theo số CCCD đã nhập trước.':
    'Import in this order: 1) units → 2) people → 3) past awards, initiatives, disciplines. Later files find units by their code and people by their citizen ID imported before.',
  'Nhập lại cùng tệp không tạo bản ghi trùng: đơn vị theo mã, cá nhân theo số CCCD, khen thưởng theo người (đơn vị), danh hiệu và số quyết định, sáng kiến theo người, năm và tên, kỷ luật theo người, hình thức và ngày bắt đầu.':
    'Importing the same file again creates no duplicates: units by code, people by citizen ID, awards by subject, award and decision number, initiatives by person, year and title, disciplines by person, kind and start date.',
  'Tải tệp mẫu': 'Download template',
  'Cách nhập': 'How to import',
  'Chỉ nhập khi cả tệp đúng': 'Import only if the whole file is correct',
  'Nhập các dòng đúng, bỏ qua dòng lỗi': 'Import the correct rows, skip the bad ones',
  'Chọn tệp và nhập': 'Choose a file and import',
  'Tệp quá lớn: {s} MB, tối đa {m} MB.': 'File too large: {s} MB, at most {m} MB.',
  'Đang tải tệp lên': 'Uploading the file',
  'Đang đọc tệp: {n} dòng': 'Reading the file: {n} rows',
  'Đang kiểm tra: {n}/{m} dòng': 'Checking: {n}/{m} rows',
  'Đang ghi: {n}/{m} dòng': 'Writing: {n}/{m} rows',
  'Đã nhập {n} {what}: {c} mới, {u} cập nhật': 'Imported {n} {what}: {c} new, {u} updated',
  'Bỏ qua {n} dòng lỗi.': '{n} bad rows skipped.',
  'Tệp: {f} ({n} dòng dữ liệu)': 'File: {f} ({n} data rows)',
  'Các dòng lỗi ({n})': 'Bad rows ({n})',
  Cột: 'Column',
  'đơn vị': 'units',
  người: 'people',
  'khen thưởng': 'awards',
  'sáng kiến, đề tài': 'initiatives',
  'kỷ luật': 'disciplines',
});
