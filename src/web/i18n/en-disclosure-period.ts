import { EN } from './en';

/** English for the disclosure period checks. */
Object.assign(EN, {
  'Chọn thời gian công khai': 'Choose the disclosure period',
  'Thời gian công khai': 'Disclosure period',
  'Ngày bắt đầu công khai không được ở quá khứ: chọn từ hôm nay trở đi để người dân kịp góp ý, phản ánh.':
    'The disclosure cannot start in the past: choose today or later so that citizens have time to comment or object.',
  'Thời gian công khai phải ít nhất {n} ngày.': 'The disclosure period must last at least {n} days.',
});
