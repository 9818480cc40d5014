import { EN } from './en';

/** English for the deadlines (the calendar's list of the year, the inbox's and the dashboard's). */
Object.assign(EN, {
  'Luật định': 'Set by law',
  'Kế hoạch của xã': "Commune's plan",
  'Phong trào': 'Movement',
  'Quá hạn thì không thực hiện được': 'Refused after the deadline',
  'Quá hạn thì cảnh báo': 'Warned after the deadline',
  'Nhắc việc': 'Reminder',
  'Căn cứ': 'Basis',
  'Các thời hạn năm {y}': 'Deadlines of {y}',
  'Không có thời hạn nào trong năm.': 'No deadlines this year.',
  'Thời hạn tính từ sự việc': 'Time limits counted from an event',
  'Hạn sắp tới (30 ngày)': 'Upcoming deadlines (30 days)',
  'Không có hạn nào trong 30 ngày tới.': 'No deadlines in the next 30 days.',
  'Ngày ghi là ngày cuối cùng còn đúng hạn (tính cả ngày đó).':
    'The date shown is the last day on time (that day included).',
});
