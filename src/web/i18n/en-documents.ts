import { EN } from './en';

/** English for the document downloads and certificate preview. */
Object.assign(EN, {
  'Quyết định (Word)': 'Decision (Word)',
  'Danh sách (Excel)': 'Awardee list (Excel)',
  'Xem trước giấy khen': 'Preview certificates',
  'Biên bản (Word)': 'Minutes (Word)',
  'Tờ trình (Word)': 'Memo (Word)',
  'Báo cáo thành tích (Word)': 'Achievement report (Word)',
  'Kế hoạch (Word)': 'Plan (Word)',
  'Đã tải {name}': 'Downloaded {name}',
  'Giấy khen của Quyết định số {n}': 'Certificates of Decision No. {n}',
  'In tất cả': 'Print all',
  'Tải PDF': 'Download PDF',
  'Quay lại quyết định': 'Back to the decision',
  'Kiểm tra họ tên, thành tích, số sổ và mã xác minh trước khi in. Mỗi trang là một giấy khen khổ A4 ngang.':
    'Check names, achievements, register numbers and verification codes before printing. Each page is one A4 landscape certificate.',
  'Báo cáo, thống kê': 'Reports and statistics',
  'Báo cáo tổng kết và bảng thống kê năm': 'Year-end report and statistics of the year',
  Năm: 'Year',
  'Báo cáo tổng kết (Word)': 'Year-end report (Word)',
  'Bảng thống kê (Excel)': 'Statistics (Excel)',
  'Số liệu được tính từ dữ liệu đã ghi nhận: phong trào, đề nghị, quyết định, khen thưởng theo hình thức, theo đơn vị, tỷ lệ tập thể nhỏ và người lao động trực tiếp, chỉ tiêu.':
    'Figures are computed from the records: movements, proposals, decisions, awards by form and by unit, shares to small collectives and direct workers, targets.',
  'Văn bản theo thể thức Nghị định 30/2020/NĐ-CP; số văn bản để trống nếu chưa vào sổ.':
    'Documents follow Decree 30/2020/NĐ-CP; the number is left blank until registered.',
});
