import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePersonNames,
  compareVietnamese,
  foldVietnamese,
  formatDateTimeVi,
  formatDateVi,
  formatMoneyVnd,
  longDateVi,
  matchesSearch,
  parseDateVi,
} from './index';

describe('folding and search', () => {
  it('ignores diacritics, đ and case', () => {
    expect(foldVietnamese('  Nguyễn   Văn Ấn ')).toBe('nguyen van an');
    expect(foldVietnamese('ĐẶNG Đức')).toBe('dang duc');
    expect(matchesSearch('Nguyễn Văn A', 'nguyen van a')).toBe(true);
    expect(matchesSearch('Trần Thị Mỹ Dung', 'dung tran')).toBe(true);
    expect(matchesSearch('Trần Thị Mỹ Dung', 'dung le')).toBe(false);
  });
  it('folding is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => foldVietnamese(foldVietnamese(s)) === foldVietnamese(s)),
      { numRuns: 200 },
    );
  });
  it('precomposed and decomposed forms fold the same', () => {
    expect(foldVietnamese('Hương'.normalize('NFD'))).toBe(foldVietnamese('Hương'.normalize('NFC')));
  });
});

describe('Vietnamese collation', () => {
  it('follows the Vietnamese alphabet', () => {
    const words = ['đào', 'an', 'ư', 'ăn', 'ân', 'bé', 'dân', 'ô', 'o', 'ơ', 'u', 'e', 'ê'];
    expect([...words].sort(compareVietnamese)).toEqual([
      'an',
      'ăn',
      'ân',
      'bé',
      'dân',
      'đào',
      'e',
      'ê',
      'o',
      'ô',
      'ơ',
      'u',
      'ư',
    ]);
  });
  it('orders tones ngang, huyền, sắc, hỏi, ngã, nặng when letters are equal', () => {
    const words = ['mạ', 'mã', 'mả', 'má', 'mà', 'ma'];
    expect([...words].sort(compareVietnamese)).toEqual(['ma', 'mà', 'má', 'mả', 'mã', 'mạ']);
  });
  it('is a consistent total order', () => {
    const viString = fc.string({
      unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạ ABĐ'.split('')),
      maxLength: 8,
    });
    fc.assert(
      fc.property(viString, viString, viString, (a, b, c) => {
        expect(Math.sign(compareVietnamese(a, b)) + Math.sign(compareVietnamese(b, a))).toBe(0);
        if (compareVietnamese(a, b) <= 0 && compareVietnamese(b, c) <= 0)
          expect(compareVietnamese(a, c)).toBeLessThanOrEqual(0);
        expect(compareVietnamese(a, a)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
  it('sorts people by given name, then middle, then family name', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thị Ánh', 'Lê Văn An', 'Đặng Văn Hùng', 'Phạm Văn Ánh'];
    expect([...names].sort(comparePersonNames)).toEqual([
      'Lê Văn An',
      'Nguyễn Thị Ánh',
      'Phạm Văn Ánh',
      'Trần Văn Bình',
      'Đặng Văn Hùng',
    ]);
  });
});

describe('dates and money', () => {
  it('formats and parses dd/mm/yyyy', () => {
    expect(formatDateVi('2024-01-15')).toBe('15/01/2024');
    expect(parseDateVi('5/3/2024')).toBe('2024-03-05');
    expect(parseDateVi('31/02/2024')).toBeNull();
    expect(parseDateVi('2024-01-01')).toBeNull();
  });
  it('formats an instant as dd/mm/yyyy hh:mm in the local time zone, with leading zeros', () => {
    expect(formatDateTimeVi(new Date(2026, 11, 1, 9, 5, 33).toISOString())).toBe('01/12/2026 09:05');
    expect(formatDateTimeVi(null)).toBe('');
    expect(formatDateTimeVi('không phải ngày')).toBe('không phải ngày');
  });
  it('writes the Decree 30 date line', () => {
    expect(longDateVi('2024-01-05', 'Tân Việt')).toBe('Tân Việt, ngày 05 tháng 01 năm 2024');
    expect(longDateVi('2024-12-20')).toBe('ngày 20 tháng 12 năm 2024');
    expect(longDateVi('2025-03-15')).toBe('ngày 15 tháng 3 năm 2025');
  });
  it('groups money with dots', () => {
    expect(formatMoneyVnd(1880000)).toBe('1.880.000 đ');
    expect(formatMoneyVnd(0)).toBe('0 đ');
  });
});
