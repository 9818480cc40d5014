import { describe, expect, it } from 'vitest';
import { registrationWarnings } from './registration-warnings';

const codes = (kind: 'UNIT' | 'INDIVIDUAL', titles: string[]) =>
  registrationWarnings(kind, titles).map((w) => w.code);

describe('warnings on pledged titles (warned, not refused)', () => {
  it.each([
    ['INDIVIDUAL', ['LDTT'], []],
    ['INDIVIDUAL', ['CSTDCS'], []],
    ['INDIVIDUAL', ['LDTT', 'CSTT'], ['LDTT_WITH_CSTT']],
    ['INDIVIDUAL', ['LDTT', 'CSTDCS'], ['NESTED_TITLES']],
    ['INDIVIDUAL', ['CSTDCS', 'CSTD_TINH'], ['NESTED_TITLES']],
    ['INDIVIDUAL', ['LDTT', 'CSTD_TINH'], []],
    ['UNIT', ['TTLDTT', 'TTLDXS'], ['NESTED_TITLES']],
    ['UNIT', ['TTLDTT'], []],
    [
      'INDIVIDUAL',
      ['LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TQ'],
      ['LDTT_WITH_CSTT', 'NESTED_TITLES', 'NESTED_TITLES', 'NESTED_TITLES', 'NESTED_TITLES'],
    ],
  ] as const)('%s %j → %j', (kind, titles, expected) => {
    expect(codes(kind, [...titles])).toEqual(expected);
  });

  it('names the titles and the article, in Vietnamese', () => {
    const [w] = registrationWarnings('INDIVIDUAL', ['LDTT', 'CSTDCS']);
    expect(w?.message).toContain('Chiến sĩ thi đua cơ sở');
    expect(w?.message).toContain('chỉ cần đăng ký danh hiệu cao nhất');
    expect(w?.article).toContain('Điều 23');
  });
});
