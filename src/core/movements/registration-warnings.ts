/**
 * Warnings on the titles pledged at registration (đăng ký thi đua): pledges that exclude each other or
 * repeat one another. They warn, they do not refuse — the law does not forbid the pledge, it only makes
 * part of it pointless. (Pledging a title the subject may not hold at all is refused: R-GEN-1, R-GEN-3.)
 */
import { getAward } from '../law/catalogue';
import type { SubjectKind } from './registration';

export interface RegistrationWarning {
  code: 'LDTT_WITH_CSTT' | 'NESTED_TITLES';
  message: string;
  article: string;
}

const LAW = 'Luật Thi đua, khen thưởng 2022';
const nameOf = (code: string) => getAward(code)?.name.replace(/^Danh hiệu /, '') ?? code;

/**
 * Titles whose standard contains another's: pledging the higher is pledging the lower too (the engine
 * reads a registration for the higher title as one for the lower — R-REG-1), so only the highest is pledged.
 */
const NESTED: readonly { higher: string; lower: string; article: string }[] = [
  { higher: 'CSTDCS', lower: 'LDTT', article: `Điểm a Điều 23 ${LAW} (CSTĐCS phải đạt tiêu chuẩn LĐTT)` },
  { higher: 'CSTDCS', lower: 'CSTT', article: `Điều 23 ${LAW} (CSTĐCS phải đạt Chiến sĩ tiên tiến)` },
  { higher: 'CSTD_TINH', lower: 'CSTDCS', article: `Điều 22 ${LAW} (03 lần liên tục CSTĐCS)` },
  { higher: 'CSTD_TQ', lower: 'CSTD_TINH', article: `Điều 21 ${LAW} (02 lần liên tục CSTĐ cấp tỉnh)` },
  {
    higher: 'TTLDXS',
    lower: 'TTLDTT',
    article: `Điều 27, 28 ${LAW} (cách hiểu của chúng tôi: tiêu chuẩn TTLĐXS chặt hơn TTLĐTT ở mọi điểm)`,
  },
];

/** What is wrong with a set of pledged titles, in Vietnamese; empty when nothing. */
export function registrationWarnings(kind: SubjectKind, titles: readonly string[]): RegistrationWarning[] {
  const has = new Set(titles);
  const out: RegistrationWarning[] = [];
  if (kind === 'INDIVIDUAL' && has.has('LDTT') && has.has('CSTT'))
    out.push({
      code: 'LDTT_WITH_CSTT',
      message:
        'Một người chỉ đăng ký một trong hai danh hiệu: "Lao động tiên tiến" (cán bộ, công chức, viên chức, người lao động) hoặc "Chiến sĩ tiên tiến" (lực lượng vũ trang, dân quân).',
      article: `Khoản 1, 2, 3 Điều 24 ${LAW} (khoản 3 chưa xác minh)`,
    });
  // Only the highest of each chain: name each lower title pledged beside a higher one, once.
  const reported = new Set<string>();
  for (const n of NESTED) {
    if (!has.has(n.higher) || !has.has(n.lower) || reported.has(n.lower)) continue;
    reported.add(n.lower);
    out.push({
      code: 'NESTED_TITLES',
      message: `Đã đăng ký "${nameOf(n.higher)}" thì không cần đăng ký "${nameOf(n.lower)}": tiêu chuẩn danh hiệu cao đã bao gồm danh hiệu thấp, chỉ cần đăng ký danh hiệu cao nhất.`,
      article: n.article,
    });
  }
  return out;
}
