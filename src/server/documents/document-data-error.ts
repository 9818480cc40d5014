/** Thrown before rendering when data is incomplete: names every missing field, never a half-filled document. */
export class DocumentDataError extends Error {
  constructor(readonly missing: string[]) {
    super(`Không thể tạo văn bản: thiếu ${missing.join(', ')}.`);
  }
}

export function requireFields(fields: Record<string, unknown>): void {
  const missing = Object.entries(fields)
    .filter(([, v]) => v === undefined || v === null || (typeof v === 'string' && v.trim() === ''))
    .map(([k]) => k);
  if (missing.length) throw new DocumentDataError(missing);
}
