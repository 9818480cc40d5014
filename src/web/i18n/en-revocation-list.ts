import { EN } from './en';

/** English for the signed revocation list on the public check page. */
Object.assign(EN, {
  'Không xác minh được tình trạng giấy khen': 'The status of this certificate cannot be verified',
  'Danh sách thu hồi có chữ ký số của đơn vị cấp bị thiếu hoặc không khớp với hồ sơ. Không coi giấy khen này là còn hiệu lực; hãy liên hệ đơn vị cấp.':
    "The issuer's signed revocation list is missing or does not match the records. Do not treat this certificate as valid; contact the issuer.",
  'Danh sách thu hồi đã ký': 'Signed revocation list',
  'Số {n}, ngày {d}': 'No. {n}, {d}',
});
