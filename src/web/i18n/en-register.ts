import { EN } from './en';

/** English for the register of certificates (sổ theo dõi khen thưởng). */
Object.assign(EN, {
  'Sổ theo dõi khen thưởng năm {y}': 'Register of awards, {y}',
  'Năm của sổ': 'Register year',
  'Chưa có giấy khen nào vào sổ năm này.': 'No award entered in the register this year.',
  'Người, tập thể được khen': 'Awardee',
  'Còn hiệu lực': 'Valid',
});
