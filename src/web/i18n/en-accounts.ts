import { EN } from './en';

/** English for first-run setup, password change, the users page and the demo banner. */
Object.assign(EN, {
  'Dữ liệu dùng thử — mật khẩu công khai, không dùng cho công việc thật':
    'Demo data — published passwords, not for real work',
  'Dữ liệu dùng thử': 'Demo data',
  'Dữ liệu dùng thử — mật khẩu công khai': 'Demo data — published passwords',
  'Thiết lập lần đầu': 'First-time setup',
  'Chưa có tài khoản nào. Hãy nhập tên xã và tạo quản trị viên đầu tiên; sau đó quản trị viên tạo tài khoản cho cán bộ.':
    'There is no account yet. Enter the commune and create its first administrator, who then creates accounts for the officers.',
  'Tên xã': 'Commune name',
  'Chưa nhập tên xã': 'Enter the commune name',
  'Ví dụ: Xã Hòa Bình': 'e.g. Xã Hòa Bình',
  'Mã xã (mã đơn vị hành chính, nếu có)': 'Commune code (administrative unit code, if known)',
  'Họ tên quản trị viên': 'Administrator’s full name',
  'Chưa nhập họ tên': 'Enter the full name',
  'Tên đăng nhập từ 3 ký tự, chỉ gồm chữ không dấu, số, dấu chấm, gạch':
    'Username: at least 3 characters, letters without marks, digits, dot, dash',
  'Nhập lại mật khẩu': 'Repeat the password',
  'Chưa nhập lại mật khẩu': 'Repeat the password',
  'Mật khẩu nhập lại không khớp': 'The passwords do not match',
  'Tạo xã và quản trị viên': 'Create the commune and administrator',
  'Đổi mật khẩu': 'Change password',
  'Mật khẩu hiện tại': 'Current password',
  'Mật khẩu tạm': 'Temporary password',
  'Mật khẩu mới': 'New password',
  'Nhập lại mật khẩu mới': 'Repeat the new password',
  'Chưa nhập mật khẩu mới': 'Enter a new password',
  'Chưa nhập mật khẩu hiện tại': 'Enter your current password',
  'Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.':
    'Password changed. Your other sessions were signed out.',
  'Bạn đang đăng nhập bằng mật khẩu tạm do quản trị viên cấp (khi tạo tài khoản hoặc đặt lại mật khẩu). Hãy đặt mật khẩu mới để tiếp tục.':
    'You signed in with a temporary password from an administrator (a new account or a reset). Choose a new password to continue.',
  'Ít nhất 12 ký tự; nên là một câu dễ nhớ với bạn, không chứa tên đăng nhập hay họ tên, không phải mật khẩu phổ biến.':
    'At least 12 characters; a phrase you remember, without your username or name, not a common password.',
  'Mật khẩu cần ít nhất 12 ký tự.': 'The password needs at least 12 characters.',
  'Mật khẩu dài quá 200 ký tự.': 'The password is longer than 200 characters.',
  'Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách.':
    'The password must not start or end with a space.',
  'Mật khẩu không được chứa tên đăng nhập.': 'The password must not contain the username.',
  'Mật khẩu không được chứa họ tên của người dùng.': 'The password must not contain the user’s name.',
  'Mật khẩu quá phổ biến hoặc dễ đoán (như "matkhau123", "qwerty", "12345678…").':
    'The password is too common or easy to guess (like "password123", "qwerty", "12345678…").',
  'Mật khẩu không được là một ký tự lặp lại hay một dãy liên tiếp.':
    'The password must not be one repeated character or a run.',
  'Người dùng': 'Users',
  'Họ tên': 'Full name',
  'Vai trò': 'Role',
  'Đơn vị': 'Unit',
  'Trạng thái': 'Status',
  'Đang hoạt động': 'Active',
  'Đã ngừng': 'Deactivated',
  'Phải đổi mật khẩu': 'Must change password',
  'Đăng nhập gần nhất': 'Last sign-in',
  'Tài khoản của bạn': 'Your account',
  'Đặt lại mật khẩu': 'Reset password',
  'Đặt lại': 'Reset',
  Ngừng: 'Deactivate',
  'Mở lại': 'Reactivate',
  'Ngừng tài khoản này? Người dùng bị đăng xuất ngay.':
    'Deactivate this account? The user is signed out at once.',
  'Đã ngừng tài khoản; các phiên đăng nhập của người này đã kết thúc.':
    'Account deactivated; the user’s sessions were ended.',
  'Đã mở lại tài khoản.': 'Account reactivated.',
  'Đã đặt lại mật khẩu; người dùng phải đổi khi đăng nhập.':
    'Password reset; the user must change it at sign-in.',
  'Người dùng bị đăng xuất khỏi mọi nơi và phải đổi mật khẩu khi đăng nhập lần sau.':
    'The user is signed out everywhere and must change the password at the next sign-in.',
  'Tạo mật khẩu tạm (hiện một lần)': 'Generate a temporary password (shown once)',
  'Tự nhập mật khẩu tạm': 'Type a temporary password',
  'Mật khẩu tạm của': 'Temporary password of',
  'Đã ghi lại': 'Noted',
  'Mật khẩu này chỉ hiện một lần. Hãy trao tận tay người dùng; họ phải đổi ngay khi đăng nhập.':
    'This password is shown only once. Hand it to the user in person; they must change it at sign-in.',
  'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.':
    'Too many failed sign-ins. Please try again in 15 minutes.',
});
