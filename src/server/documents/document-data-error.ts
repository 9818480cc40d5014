import { AppError } from '../http/errors';

/**
 * Thrown before rendering when data is incomplete: names every missing field, never a half-filled
 * document. Answered 422 DOCUMENT_INCOMPLETE with the Vietnamese message by the app's error handler.
 */
export class DocumentDataError extends AppError {
  constructor(
    readonly missing: string[],
    what = 'văn bản',
  ) {
    super('DOCUMENT_INCOMPLETE', `Không thể tạo ${what}: thiếu ${missing.join(', ')}.`, { missing });
  }
}

/** Throws DocumentDataError naming every field that is undefined, null or blank. */
export function requireFields(fields: Record<string, unknown>, what?: string): void {
  const missing = Object.entries(fields)
    .filter(([, v]) => v === undefined || v === null || (typeof v === 'string' && v.trim() === ''))
    .map(([k]) => k);
  if (missing.length) throw new DocumentDataError(missing, what);
}
