import type { Rule } from 'antd/es/form';
import { MIN_PASSWORD_LENGTH, passwordProblems } from '../../../core/auth/password-rules';

/**
 * Form rules for a new password: the same strong-password rule as the server (src/core/auth), checked as
 * the user types, with its Vietnamese reasons (the page translates them).
 */
export function newPasswordRules(
  t: (vi: string) => string,
  ctx: () => { username?: string | undefined; displayName?: string | undefined },
): Rule[] {
  return [
    { required: true, message: t('Chưa nhập mật khẩu mới') },
    {
      validator: async (_r, value: string | undefined) => {
        if (!value) return;
        const problems = passwordProblems(value, ctx());
        if (problems.length) throw new Error(problems.map((p) => t(p)).join(' '));
      },
    },
  ];
}

export const confirmRule =
  (t: (vi: string) => string, field: string): Rule =>
  ({ getFieldValue }) => ({
    validator: async (_r, value: string | undefined) => {
      if (value && value !== getFieldValue(field)) throw new Error(t('Mật khẩu nhập lại không khớp'));
    },
  });

export const PASSWORD_HINT = `Ít nhất ${MIN_PASSWORD_LENGTH} ký tự; nên là một câu dễ nhớ với bạn, không chứa tên đăng nhập hay họ tên, không phải mật khẩu phổ biến.`;
