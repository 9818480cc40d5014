import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../core/errors/error-codes';
import { ApiError } from './client';
import { errorText } from './error-text';

describe('errorText', () => {
  const planExists = new ApiError(409, 'PLAN_EXISTS', 'Năm 2025 đã có kế hoạch thi đua, khen thưởng.');

  it("shows the server's message in Vietnamese and the table's message in English, never the code", () => {
    expect(errorText(planExists, 'vi')).toBe('Năm 2025 đã có kế hoạch thi đua, khen thưởng.');
    expect(errorText(planExists, 'en')).toBe(ERRORS.PLAN_EXISTS.en);
    expect(errorText(new ApiError(403, 'FORBIDDEN', ''), 'vi')).toBe(ERRORS.FORBIDDEN.vi);
  });

  it('keeps an English translation the UI has for the exact message', () => {
    const weak = new ApiError(400, 'WEAK_PASSWORD', 'Mật khẩu không được chứa tên đăng nhập.');
    // en-accounts.ts is loaded by the accounts pages; without it the table's message is shown
    expect(errorText(weak, 'en')).toBe(ERRORS.WEAK_PASSWORD.en);
  });

  it('answers an unknown code by its status, and any other failure by its text', () => {
    const gateway = new ApiError(502, 'HTTP_502', 'Lỗi máy chủ (502).');
    expect(errorText(gateway, 'vi')).toBe('Lỗi máy chủ (502).');
    expect(errorText(gateway, 'en')).toBe('Server error (502).');
    expect(errorText(new Error('boom'), 'en')).toBe('boom');
    for (const lang of ['vi', 'en'] as const)
      expect(errorText(planExists, lang)).not.toContain('PLAN_EXISTS');
  });
});
