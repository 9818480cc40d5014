const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** "2024-01-15" → "15/01/2024"; other input is returned unchanged. */
export function formatDateVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO.exec(iso.slice(0, 10));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * An instant (ISO-8601, e.g. "2026-12-01T02:05:00.000Z") as its date and time where it is read (the
 * reader's time zone): "01/12/2026 09:05" in Hà Nội. Other input is returned unchanged.
 */
export function formatDateTimeVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()}`;
  return `${date} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** "15/1/2024" or "15/01/2024" → "2024-01-15"; an impossible date → null. */
export function parseDateVi(s: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(s);
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  if (!validDate(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The place-and-date line of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): days
 * below 10 and the months 1 and 2 take a leading zero — "Tân Việt, ngày 05 tháng 01 năm 2024",
 * "ngày 20 tháng 12 năm 2024", "ngày 15 tháng 3 năm 2025".
 */
export function longDateVi(iso: string, place?: string): string {
  const m = ISO.exec(iso.slice(0, 10));
  if (!m) return iso;
  const day = Number(m[3]);
  const month = Number(m[2]);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  const text = `ngày ${dd} tháng ${mm} năm ${m[1]}`;
  return place ? `${place}, ${text}` : text;
}

/** 1880000 → "1.880.000 đ" (Vietnamese grouping with dots). */
export function formatMoneyVnd(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;
}
