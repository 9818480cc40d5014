/**
 * The personal identification number (số định danh cá nhân, printed on the citizen identity card): 12
 * digits — 3 for the province of birth registration (001–096), 1 for gender and century, 2 for the last
 * digits of the year of birth, 6 random (Circular 59/2021/TT-BCA, Art. 7). Checks its form and, when
 * the record gives them, that gender and year of birth agree with it.
 */
import type { Gender } from './person-categories';

/** Gender and century digit: even = male, odd = female; 0–1 1900s, 2–3 2000s, 4–5 2100s, 6–7 2200s, 8–9 2300s. */
const CENTURY_BY_DIGIT = [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 2300, 2300];

/** Digits only: spaces and dots that people type between groups are dropped. */
export function normaliseCitizenId(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

/** A Vietnamese message when the number cannot be right; null when it can. */
export function citizenIdProblem(
  raw: string,
  known: { gender?: Gender | null | undefined; birthYear?: number | null | undefined } = {},
): string | null {
  const id = normaliseCitizenId(raw);
  if (!/^\d{12}$/.test(id)) return 'Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số';
  const province = Number(id.slice(0, 3));
  if (province < 1 || province > 96)
    return 'Ba số đầu của số CCCD (mã tỉnh nơi đăng ký khai sinh) phải từ 001 đến 096';
  const digit = Number(id[3]);
  if (known.gender && (digit % 2 === 0 ? 'NAM' : 'NU') !== known.gender)
    return `Số CCCD này của người ${digit % 2 === 0 ? 'nam' : 'nữ'} (chữ số thứ 4 là ${digit}), không khớp giới tính đã chọn`;
  if (known.birthYear) {
    const year = (CENTURY_BY_DIGIT[digit] ?? 0) + Number(id.slice(4, 6));
    if (year !== known.birthYear)
      return `Số CCCD này ghi năm sinh ${year} (chữ số thứ 4–6), không khớp năm sinh ${known.birthYear}`;
  }
  return null;
}
