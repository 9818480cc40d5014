import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CaseSchema } from './case-schema';
import { obj, parseStrict, readablePath } from './strict-input';

describe('strict input of law:check', () => {
  it('writes a place readably', () => {
    expect(readablePath(['cases', 0, 'record', 'ratings', 1], 'gốc')).toBe('cases[0].record.ratings[1]');
    expect(readablePath([], 'hồ sơ')).toBe('hồ sơ');
    expect(readablePath(['baseCounts', 'mã lạ'], 'gốc')).toBe('baseCounts["mã lạ"]');
  });

  it('refuses a key a plain (non-strict) object would drop, at any depth — a key added later without obj() is still checked', () => {
    const schema = obj(
      { items: z.array(z.object({ a: z.number(), inner: z.object({ b: z.string() }).optional() })) },
      'x',
    );
    expect(parseStrict(schema, { items: [{ a: 1 }, { a: 2, inner: { b: 'y' } }] }, 'gốc')).toEqual({
      items: [{ a: 1 }, { a: 2, inner: { b: 'y' } }],
    });
    expect(() =>
      parseStrict(schema, { items: [{ a: 1 }, { a: 2, inner: { b: 'y', c: 3 } }] }, 'gốc'),
    ).toThrow('khóa "c" không hợp lệ tại items[1].inner');
    expect(() => parseStrict(schema, { items: [{ a: 1, aa: 1 }] }, 'gốc')).toThrow(
      'khóa "aa" không hợp lệ tại items[0]',
    );
  });

  it('refuses a misspelt key in every object of the case format', () => {
    const good = {
      awardCode: 'TTLDTT',
      year: 2025,
      record: {
        kind: 'COLLECTIVE',
        ratings: [{ year: 2025, rating: 'HTTNV' }],
        awards: [{ year: 2024, code: 'TTLDTT' }],
        initiatives: [{ year: 2025, level: 'CO_SO' }],
        disciplines: [{ kind: 'KHIEN_TRACH', from: '2020-01-01', to: '2021-01-01' }],
        pendingMatters: [{ kind: 'THANH_TRA', since: '2020-01-01' }],
        registrations: [{ year: 2025, codes: ['TTLDTT'] }],
        members: [{ year: 2025, total: 10, completed: 10, ldtt: 6, cstdcs: 1 }],
        contributions: [{ year: 2025, amount: 1 }],
      },
      profile: { amendingLaw: { enabled: false, effectiveFrom: '2026-10-01' } },
    };
    expect(() => parseStrict(CaseSchema, good, 'hồ sơ')).not.toThrow();
    const places: [string, (c: typeof good) => Record<string, unknown>][] = [
      ['hồ sơ', (c) => c],
      ['record', (c) => c.record],
      ['record.ratings[0]', (c) => c.record.ratings[0] as Record<string, unknown>],
      ['record.awards[0]', (c) => c.record.awards[0] as Record<string, unknown>],
      ['record.initiatives[0]', (c) => c.record.initiatives[0] as Record<string, unknown>],
      ['record.disciplines[0]', (c) => c.record.disciplines[0] as Record<string, unknown>],
      ['record.pendingMatters[0]', (c) => c.record.pendingMatters[0] as Record<string, unknown>],
      ['record.registrations[0]', (c) => c.record.registrations[0] as Record<string, unknown>],
      ['record.members[0]', (c) => c.record.members[0] as Record<string, unknown>],
      ['record.contributions[0]', (c) => c.record.contributions[0] as Record<string, unknown>],
      ['profile', (c) => c.profile],
      ['profile.amendingLaw', (c) => c.profile.amendingLaw],
    ];
    for (const [where, at] of places) {
      const c = structuredClone(good);
      at(c).khoaLa = 1;
      expect(() => parseStrict(CaseSchema, c, 'hồ sơ'), where).toThrow(
        `khóa "khoaLa" không hợp lệ tại ${where}`,
      );
    }
  });
});
