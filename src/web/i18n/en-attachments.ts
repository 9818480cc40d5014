import { EN } from './en';

/** English for the attached files panel (tệp đính kèm). */
Object.assign(EN, {
  'Tệp đính kèm': 'Attached files',
  'Minh chứng': 'Evidence',
  'Bản gốc đã ký': 'Signed original',
  'Loại tệp đính kèm:': 'Attach as:',
  'Kéo tệp vào đây hoặc bấm để chọn tệp': 'Drag a file here or click to choose one',
  'PDF, ảnh JPEG/PNG, Word (.docx), Excel (.xlsx); tối đa {max} mỗi tệp':
    'PDF, JPEG/PNG images, Word (.docx), Excel (.xlsx); at most {max} per file',
  'Đang tải tệp lên': 'Uploading the file',
  'Tệp "{name}" quá lớn ({size}); mỗi tệp tối đa {max}.':
    'The file "{name}" is too large ({size}); at most {max} per file.',
  'Đã đính kèm tệp {name}.': 'Attached {name}.',
  'Chưa có tệp đính kèm.': 'No files attached yet.',
  Xem: 'View',
  'Xem tệp {name}': 'View {name}',
  'Tải tệp {name}': 'Download {name}',
  'Xóa tệp {name}': 'Delete {name}',
  'Xem trước {name}': 'Preview of {name}',
  'Tải về': 'Download',
  Đóng: 'Close',
  'Ảnh JPEG': 'JPEG image',
  'Ảnh PNG': 'PNG image',
  'Xóa tệp đính kèm': 'Delete the attached file',
  'Xóa tệp': 'Delete the file',
  'Xóa tệp "{name}" khỏi hồ sơ? Tệp vẫn được lưu lại để đối chiếu, kèm lý do xóa.':
    'Remove "{name}" from the record? The file is kept for reference, with the reason.',
  'Lý do xóa': 'Reason for deleting',
  'Cần ghi lý do xóa tệp': 'Give the reason for deleting the file',
  'Lý do xóa cần ít nhất 5 ký tự': 'The reason needs at least 5 characters',
  'Đã xóa tệp {name}.': 'Deleted {name}.',
  'Tệp minh chứng của chỉ tiêu': "The target's evidence files",
});
