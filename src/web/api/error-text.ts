/**
 * What the user reads when something fails, in the chosen language, by the error's code (the one table,
 * `core/errors/error-codes.ts`). Vietnamese: the server's message, which names the record ("Năm 2025 đã có
 * kế hoạch…"). English: the server's message when the UI has its translation, else the table's English
 * message for the code. The code itself is never shown.
 */
import { ERRORS, isErrorCode } from '../../core/errors/error-codes';
import { EN } from '../i18n/en';
import { type Lang, useI18n } from '../i18n/i18n';
import { ApiError } from './client';

export function errorText(err: unknown, lang: Lang): string {
  if (!(err instanceof ApiError)) {
    const text = err instanceof Error ? err.message : String(err);
    return lang === 'en' ? (EN[text] ?? text) : text;
  }
  const known = isErrorCode(err.code) ? ERRORS[err.code] : null;
  if (lang === 'vi') return err.message || known?.vi || `Lỗi máy chủ (${err.status}).`;
  return EN[err.message] ?? known?.en ?? (err.status ? `Server error (${err.status}).` : err.message);
}

/** `errorText` in the current language. */
export function useErrorText(): (err: unknown) => string {
  const { lang } = useI18n();
  return (err) => errorText(err, lang);
}
