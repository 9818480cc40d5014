import { EN } from './en';

/** English for the audit log's entity labels. */
Object.assign(EN, {
  'Cuộc họp Hội đồng': 'Council meeting',
  'Công khai': 'Disclosure',
  'Quỹ thi đua, khen thưởng': 'Emulation fund',
  'Tài khoản': 'Account',
  'Mức lương cơ sở': 'Base salary',
  'Thiết lập pháp lý': 'Law settings',
  'Lịch ngày lễ': 'Holiday calendar',
});
