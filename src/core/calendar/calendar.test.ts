import { describe, expect, it } from 'vitest';
import { formatDateVi } from '../text';
import { anniversariesIn, occurrencesIn } from './anniversaries';
import { validateCalendarEntry } from './calendar-validation';
import { addDays, daysBetween, isIsoDate } from './iso-date';
import { type CalendarEntry, DEFAULT_CALENDAR, TET_NGUYEN_DAN_DATES } from './national-days';
import { suggestPhaseMovements } from './phase-suggestions';

describe('iso dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('31/03/2024')).toBe(false);
  });
  it('does arithmetic across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-03', -90)).toBe('2024-11-05');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(formatDateVi('2024-03-31')).toBe('31/03/2024');
  });
});

describe('national days and anniversaries', () => {
  it('has the great days of the plan, each valid and with a unique id', () => {
    const dates = DEFAULT_CALENDAR.map((e) => e.date);
    for (const d of [
      '02-03',
      '04-30',
      '05-01',
      '05-19',
      '09-02',
      '12-22',
      '11-20',
      '03-08',
      '03-26',
      '07-27',
      '10-20',
      '10-15',
    ]) {
      expect(dates).toContain(d);
    }
    DEFAULT_CALENDAR.forEach((e, i) => {
      expect(validateCalendarEntry(e, DEFAULT_CALENDAR.slice(0, i))).toEqual([]);
    });
    expect(TET_NGUYEN_DAN_DATES[2025]).toBe('2025-01-29');
  });

  it('finds the round anniversaries of 2025', () => {
    const a = anniversariesIn(2025);
    const byId = new Map(a.map((o) => [o.entryId, o]));
    expect(byId.get('thanh-lap-dang')?.years).toBe(95);
    expect(byId.get('quoc-khanh')?.years).toBe(80);
    expect(byId.get('quoc-khanh')?.isDecade).toBe(true);
    expect(byId.get('giai-phong-mien-nam')?.years).toBe(50);
    expect(byId.get('sinh-nhat-bac')?.years).toBe(135);
    expect(byId.get('thanh-lap-dang')?.title).toBe(
      'Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)',
    );
    // 2025 − 1886 = 139: not round
    expect(byId.has('quoc-te-lao-dong')).toBe(false);
    // in date order
    expect(a.map((o) => o.date)).toEqual([...a.map((o) => o.date)].sort());
  });

  it('finds 2024 anniversaries (70 năm Điện Biên Phủ, 80 năm Quân đội)', () => {
    const ids = anniversariesIn(2024).map((o) => `${o.entryId}:${o.years}`);
    expect(ids).toContain('dien-bien-phu:70');
    expect(ids).toContain('quan-doi:80');
    expect(ids).not.toContain('thanh-lap-dang:94');
  });

  it('respects an edited step and local days', () => {
    const cal: CalendarEntry[] = [
      { id: 'xa', date: '08-25', name: 'Ngày thành lập xã', kind: 'DIA_PHUONG', since: 1955, yearsRound: 10 },
      { id: 'nhuan', date: '02-29', name: 'Ngày nhuận', kind: 'DIA_PHUONG' },
    ];
    expect(anniversariesIn(2025, cal).map((o) => o.years)).toEqual([70]);
    expect(anniversariesIn(2030, cal)).toEqual([]);
    expect(occurrencesIn(2025, cal).map((o) => o.entryId)).toEqual(['xa']);
    expect(occurrencesIn(2028, cal).map((o) => o.entryId)).toEqual(['nhuan', 'xa']);
  });

  it('reports every problem of an edited entry', () => {
    const errs = validateCalendarEntry(
      { id: 'quoc-khanh', date: '02-30', name: 'x', kind: 'LE_LON', since: 45, yearsRound: 0 },
      DEFAULT_CALENDAR,
    );
    expect(errs.map((e) => e.field).sort()).toEqual(['date', 'id', 'name', 'since', 'yearsRound']);
  });
});

describe('phase movement suggestions', () => {
  it('suggests windows ending on the day, longer for decades, starting the previous year if needed', () => {
    const s = suggestPhaseMovements(DEFAULT_CALENDAR, 2025);
    const party = s.find((x) => x.occasions.some((o) => o.entryId === 'thanh-lap-dang'));
    expect(party).toMatchObject({
      type: 'THEO_DOT',
      endDate: '2025-02-03',
      startDate: '2024-12-05',
      reviewBy: '2025-02-18',
    });
    expect(party?.name).toBe('Đợt thi đua chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam');
    const south = s.find((x) => x.occasions.some((o) => o.entryId === 'giai-phong-mien-nam'));
    expect(south?.startDate).toBe(addDays('2025-04-30', -90));
    for (const x of s) expect(x.startDate < x.endDate).toBe(true);
    expect(s.map((x) => x.endDate)).toEqual([...s.map((x) => x.endDate)].sort());
  });

  it('merges days close together into one phase', () => {
    const s = suggestPhaseMovements(DEFAULT_CALENDAR, 2025, { includeAnnual: true });
    const aprilMay = s.find((x) => x.endDate === '2025-05-01');
    expect(aprilMay?.occasions.map((o) => o.entryId)).toEqual(['giai-phong-mien-nam', 'quoc-te-lao-dong']);
    expect(aprilMay?.name).toBe(
      'Đợt thi đua chào mừng kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước và Ngày Quốc tế Lao động',
    );
    // 19/8 and 2/9 are 14 days apart: separate phases with the default merge distance
    expect(s.some((x) => x.endDate === '2025-08-19')).toBe(true);
    expect(s.some((x) => x.endDate === '2025-09-02')).toBe(true);
    const merged = suggestPhaseMovements(DEFAULT_CALENDAR, 2025, { mergeWithinDays: 14 });
    expect(merged.find((x) => x.endDate === '2025-09-02')?.occasions.map((o) => o.years)).toEqual([80, 80]);
  });
});
