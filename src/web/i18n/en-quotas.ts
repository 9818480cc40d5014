import { EN } from './en';

/** English for the quotas (tỷ lệ khống chế): status, the proposal's panel, signing, the setting. */
Object.assign(EN, {
  'Xem xét (vượt cần lý do)': 'Discretionary (a reason to exceed)',
  'Đã gửi {a}, đã trình {b}, đã duyệt {c}, đã tặng {d}': 'Sent {a}, forwarded {b}, approved {c}, awarded {d}',
  'vượt có lý do: {n}': 'beyond with a reason: {n}',
  'Tỷ lệ khống chế năm {y} (toàn xã)': 'Quotas of {y} (whole commune)',
  'Sau khi ký': 'After signing',
  'Vượt tỷ lệ: tỉnh quy định bắt buộc, quyết định sẽ không ký được.':
    'Beyond the quota: the province enforces it, the decision cannot be signed.',
  'Vượt tỷ lệ: chỉ ký được khi các đề nghị vượt đã có ngoại lệ ghi rõ lý do.':
    'Beyond the quota: it can be signed only when the proposals beyond it carry an exception with a reason.',
  'Khi {step}, tính cả đề nghị này': 'At the next step ({step}), with this proposal',
  'Đã ghi nhận ngoại lệ vượt tỷ lệ có lý do.': 'An exception to the quota is recorded with its reason.',
  'Vượt tỷ lệ khống chế: tỉnh quy định bắt buộc, không thể {step}.':
    'Beyond the quota: the province enforces it, the next step ({step}) is not possible.',
  'Vượt tỷ lệ khống chế: cần ghi nhận ngoại lệ có lý do trước khi {step}.':
    'Beyond the quota: record an exception with a reason before the next step ({step}).',
  'Vượt tỷ lệ khống chế': 'Beyond the quota',
  'Áp dụng tỷ lệ khống chế': 'How quotas are enforced',
  'Bắt buộc: từ chối khi vượt': 'Mandatory: refused beyond the cap',
  'Xem xét: được vượt khi ghi nhận ngoại lệ có lý do': 'Discretionary: beyond the cap with a recorded reason',
  'Áp dụng khi gửi, trình, duyệt đề nghị và khi ký quyết định; tính trên toàn xã trong năm.':
    'Applied when proposals are sent, forwarded, approved and when a decision is signed; counted over the whole commune for the year.',
  'Đã lưu cách áp dụng tỷ lệ khống chế.': 'Saved how the quota is enforced.',
  'Tỷ lệ': 'Ratio',
  'Chưa có ai đạt hoặc được đề nghị {base} trong năm trên hệ thống: chưa tính được tỷ lệ, chưa áp dụng.':
    'Nobody holds or is proposed for {base} this year in the system: the quota cannot be computed and is not applied.',
  'Cách áp dụng': 'Enforcement',
});
