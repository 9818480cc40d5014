/**
 * Whether the session cookie gets the Secure flag: yes when the public URL is https or NODE_ENV is
 * production. `SECURE_COOKIES=0` turns it off explicitly (a plain-HTTP intranet test; a warning is
 * printed), `SECURE_COOKIES=1` turns it on regardless.
 */
export function secureCookiesFrom(
  env: NodeJS.ProcessEnv,
  publicUrl: string,
  warn: (m: string) => void = console.warn,
): boolean {
  if (env.SECURE_COOKIES === '1') return true;
  const wanted = publicUrl.toLowerCase().startsWith('https:') || env.NODE_ENV === 'production';
  if (env.SECURE_COOKIES === '0') {
    if (wanted)
      warn(
        'CẢNH BÁO: SECURE_COOKIES=0 — cookie đăng nhập được gửi cả qua HTTP không mã hóa. Chỉ dùng để thử trong mạng nội bộ.',
      );
    return false;
  }
  return wanted;
}
