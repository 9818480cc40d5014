import { describe, expect, it } from 'vitest';
import { validateRatingRows } from './rating-rows';
import { PERFORMANCE_RATING_LABELS, PERFORMANCE_RATINGS, parsePerformanceRating } from './ratings';

describe('parsePerformanceRating', () => {
  it('reads codes and labels, ignoring case, diacritics, spaces and punctuation', () => {
    const cases: [string, string | null][] = [
      ['Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV'],
      ['HTXSNV', 'HTXSNV'],
      ['htxs nv', 'HTXSNV'],
      ['HOÀN THÀNH XUẤT SẮC', 'HTXSNV'],
      ['hoan thanh tot', 'HTTNV'],
      ['Hoàn thành tốt nhiệm vụ.', 'HTTNV'],
      ['  hoàn   thành  nhiệm vụ ', 'HTNV'],
      ['Hoàn thành', 'HTNV'],
      ['KHÔNG HOÀN THÀNH NHIỆM VỤ', 'KHTNV'],
      ['Không hoàn thành', 'KHTNV'],
      ['khtnv', 'KHTNV'],
      ['Hoàn thành nhiệm vụ xuất sắc lắm', null],
      ['Tốt', null],
      ['', null],
    ];
    for (const [text, expected] of cases) expect(parsePerformanceRating(text), text).toBe(expected);
    for (const r of PERFORMANCE_RATINGS) expect(parsePerformanceRating(PERFORMANCE_RATING_LABELS[r])).toBe(r);
  });

  it('handles decomposed (NFD) Vietnamese text as typed on some keyboards', () => {
    expect(parsePerformanceRating('Hoàn thành tốt nhiệm vụ'.normalize('NFD'))).toBe('HTTNV');
  });
});

describe('validateRatingRows', () => {
  it('reports every kind of error with its row number and keeps the good rows', () => {
    const { valid, errors } = validateRatingRows(
      [
        {
          rowNumber: 2,
          personCode: 'CB001',
          name: 'Nguyễn Văn An',
          year: 2024,
          rating: 'Hoàn thành xuất sắc nhiệm vụ',
        },
        { rowNumber: 3, personCode: '', name: '  ', year: 2024, rating: 'HTTNV' },
        { rowNumber: 4, personCode: 'CB003', name: 'Lê Thị Bình', year: '24', rating: 'rất tốt' },
        { rowNumber: 5, personCode: 'CB004', name: 'Trần Văn Cường', year: 2023, rating: null },
        { rowNumber: 6, personCode: 'cb001', name: 'Nguyễn Văn An', year: '2024', rating: 'HTNV' },
        { rowNumber: 7, personCode: 1007, name: 'Phạm Thị Dung', year: 1990, rating: 'hoàn thành tốt' },
        { rowNumber: 8, personCode: 'CB008', name: 'Đỗ Văn Em', year: { formula: 'x' }, rating: 'KHTNV' },
      ],
      { expectedYear: 2024 },
    );
    expect(valid).toEqual([
      { rowNumber: 2, personCode: 'CB001', name: 'Nguyễn Văn An', year: 2024, rating: 'HTXSNV' },
    ]);
    expect(errors.map((e) => [e.rowNumber, e.field])).toEqual([
      [3, 'personCode'],
      [3, 'name'],
      [4, 'year'],
      [4, 'rating'],
      [5, 'year'],
      [5, 'rating'],
      [6, 'personCode'],
      [7, 'year'],
      [8, 'year'],
    ]);
    const byRow = (n: number) => errors.filter((e) => e.rowNumber === n).map((e) => e.message);
    expect(byRow(3)).toEqual(['Dòng 3: thiếu mã cán bộ.', 'Dòng 3: thiếu họ và tên.']);
    expect(byRow(4)[0]).toBe('Dòng 4: năm đánh giá "24" không hợp lệ (cần 4 chữ số, ví dụ 2024).');
    expect(byRow(4)[1]).toMatch(
      /^Dòng 4: xếp loại "rất tốt" không hợp lệ; dùng một trong: Hoàn thành xuất sắc nhiệm vụ \(HTXSNV\)/,
    );
    expect(byRow(5)).toEqual([
      'Dòng 5: năm đánh giá phải là 2024 (tệp nhập cho năm 2024), đang ghi 2023.',
      'Dòng 5: thiếu kết quả xếp loại.',
    ]);
    expect(byRow(6)).toEqual(['Dòng 6: mã cán bộ cb001 đã có xếp loại năm 2024 ở dòng 2.']);
    expect(byRow(7)).toEqual(['Dòng 7: năm đánh giá 1990 nằm ngoài khoảng 2000 - 2100.']);
    expect(byRow(8)).toEqual(['Dòng 8: thiếu năm đánh giá.']);
  });

  it('accepts numeric codes and string years from Excel', () => {
    const { valid, errors } = validateRatingRows([
      { rowNumber: 9, personCode: 1007, name: 'Phạm Thị Dung', year: '2024', rating: 'hoàn thành tốt' },
    ]);
    expect(errors).toEqual([]);
    expect(valid).toEqual([
      { rowNumber: 9, personCode: '1007', name: 'Phạm Thị Dung', year: 2024, rating: 'HTTNV' },
    ]);
  });
});
