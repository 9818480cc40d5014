import { foldVietnamese } from '../text';

/** Minimum length of a password (NIST SP 800-63B allows 8; a commune's admin software asks for more). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * Passwords and fragments people pick first (lists of leaked passwords, keyboard rows, Vietnamese
 * favourites). A password that is one of these, or only these with digits and symbols around them, is refused.
 */
const COMMON = [
  'password',
  'passw0rd',
  'matkhau',
  'admin',
  'administrator',
  'quantri',
  'letmein',
  'welcome',
  'iloveyou',
  'qwerty',
  'qwertyuiop',
  'asdfgh',
  'asdfghjkl',
  'zxcvbn',
  'zxcvbnm',
  '1q2w3e4r',
  '1qaz2wsx',
  'qazwsx',
  'abc123',
  'abcdef',
  'abcd1234',
  '123456',
  '1234567890',
  '0987654321',
  '111111',
  '000000',
  '123123',
  '654321',
  'thidua',
  'khenthuong',
  'vietnam',
  'hanoi',
  'saigon',
  'hochiminh',
  'anhyeuem',
  'emyeuanh',
  'yeuem',
  'changeme',
  'ubnd',
  'ubndxa',
  'secret',
  'dragon',
  'monkey',
  'football',
  'sunshine',
  'princess',
  'trustno1',
];

const BY_LENGTH = [...COMMON].sort((a, b) => b.length - a.length);

export interface PasswordContext {
  username?: string | undefined;
  displayName?: string | undefined;
}

/** Letters and digits only, lower case, without Vietnamese marks: "Mật-Khẩu 1" → "matkhau1". */
const bare = (s: string) =>
  foldVietnamese(s)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** True when the text is one character repeated or a run like "abcdef" / "123456" / "987654". */
function isRunOrRepeat(s: string): boolean {
  if (s.length < 4) return false;
  if (new Set(s).size <= 2) return true;
  const step = (s.codePointAt(1) ?? 0) - (s.codePointAt(0) ?? 0);
  if (Math.abs(step) !== 1) return false;
  for (let i = 1; i < s.length; i++)
    if ((s.codePointAt(i) ?? 0) - (s.codePointAt(i - 1) ?? 0) !== step) return false;
  return true;
}

/**
 * Check a new password; returns the Vietnamese reasons it is refused (empty when it is acceptable).
 * The rule: at least 12 characters, not built from the user's own name, not a well-known password,
 * a keyboard pattern or a run of one character.
 */
export function passwordProblems(password: string, ctx: PasswordContext = {}): string[] {
  const problems: string[] = [];
  const chars = [...password];
  if (chars.length < MIN_PASSWORD_LENGTH) problems.push(`Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  if (chars.length > MAX_PASSWORD_LENGTH) problems.push(`Mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự.`);
  if (password.trim() !== password) problems.push('Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách.');
  const b = bare(password);
  const user = bare(ctx.username ?? '');
  if (user.length >= 3 && b.includes(user)) problems.push('Mật khẩu không được chứa tên đăng nhập.');
  // The whole name, or the given name (the last word of a Vietnamese name) when it has 3 letters or more.
  const name = bare(ctx.displayName ?? '');
  const given = bare(ctx.displayName?.trim().split(/\s+/).pop() ?? '');
  const hasName = (name.length >= 3 && b.includes(name)) || (given.length >= 3 && b.includes(given));
  if (hasName && !problems.some((p) => p.includes('tên đăng nhập'))) {
    problems.push('Mật khẩu không được chứa họ tên của người dùng.');
  }
  // What is left after taking out the well-known words, digits and symbols must still be something.
  const letters = BY_LENGTH.reduce((rest, word) => rest.split(word).join(''), b).replace(/[0-9]/g, '');
  if (b.length > 0 && (COMMON.includes(b) || letters.length < 4)) {
    problems.push('Mật khẩu quá phổ biến hoặc dễ đoán (như "matkhau123", "qwerty", "12345678…").');
  } else if (isRunOrRepeat(b) || isRunOrRepeat(password)) {
    problems.push('Mật khẩu không được là một ký tự lặp lại hay một dãy liên tiếp.');
  }
  return problems;
}
