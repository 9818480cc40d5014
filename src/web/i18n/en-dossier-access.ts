import { EN } from './en';

/** English for the public part of a dossier shown to a reader with a declared conflict of interest. */
Object.assign(EN, {
  'Bạn đã khai báo xung đột lợi ích với hồ sơ này — chỉ xem phần công khai':
    'You declared a conflict of interest with this dossier — public part only',
  'Báo cáo thành tích, kết quả kiểm tra điều kiện theo Luật, lịch sử xử lý và các văn bản của hồ sơ không hiển thị với bạn.':
    'The achievement report, the law check, the processing history and the documents of this dossier are not shown to you.',
  'Chưa công khai': 'Not yet published',
});
