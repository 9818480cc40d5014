import { EN } from './en';

/** English for the sealed secret ballot: only who received a ballot is shown until the close. */
Object.assign(EN, {
  'Ký nhận phiếu': 'Signature sheet',
  '{n} thành viên đã nhận phiếu': '{n} members have received a ballot',
  'Phiếu được niêm phong: số phiếu và kết quả chỉ công bố sau khi kết thúc bỏ phiếu.':
    'Ballots are sealed: the count and the result are published only when voting ends.',
  'Máy chủ đã nhận phiếu của bạn (mã biên nhận {r}…). Sau khi kiểm phiếu, bạn kiểm tra mã này trong danh sách phiếu đã đếm.':
    'The server has received your ballot (receipt {r}…). After the count, check this receipt in the list of counted ballots.',
  'Không thấy mã biên nhận {r}… trong danh sách phiếu đã đếm — báo ngay cho Ban kiểm phiếu.':
    'Receipt {r}… is not among the counted ballots — tell the tellers at once.',
});
