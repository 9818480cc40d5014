import { EN } from './en';

/** English for written opinions of absent members counted in a ballot. */
Object.assign(EN, {
  'Phiếu lấy ý kiến bằng văn bản': 'Written opinions',
  'Phiếu lấy ý kiến bằng văn bản (thành viên vắng mặt):': 'Written opinion (absent member):',
  'Thành viên vắng mặt có ý kiến bằng văn bản': 'Absent member with a written opinion',
  'Nhập ý kiến: đồng ý': 'Enter opinion: agree',
  'Nhập ý kiến: không đồng ý': 'Enter opinion: disagree',
  'khi là': 'as',
});
