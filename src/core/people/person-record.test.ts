import { describe, expect, it } from 'vitest';
import { birthYearOf, leaderTierOf, personRecordProblems, storedCitizenId } from './person-record';

const TODAY = '2026-03-01';

describe("a person's record", () => {
  it('accepts a full record, a year only, and no citizen ID', () => {
    expect(
      personRecordProblems({ gender: 'NAM', citizenId: '001 085 012 345', birthDate: '1985-06-15' }, TODAY),
    ).toEqual([]);
    expect(personRecordProblems({ gender: 'NU', birthYear: 1990 }, TODAY)).toEqual([]);
    expect(personRecordProblems({ gender: 'NU', citizenId: '  ' }, TODAY)).toEqual([]);
  });
  it('refuses a birth date after today, and a year that disagrees with the date', () => {
    expect(personRecordProblems({ gender: 'NAM', birthDate: '2026-03-02' }, TODAY)).toEqual([
      expect.objectContaining({ path: 'birthDate', code: 'BIRTH_DATE_INVALID' }),
    ]);
    expect(
      personRecordProblems({ gender: 'NAM', birthDate: '1985-01-01', birthYear: 1986 }, TODAY)[0]?.path,
    ).toBe('birthYear');
    expect(personRecordProblems({ gender: 'NAM', birthYear: 2027 }, TODAY)[0]?.code).toBe(
      'BIRTH_DATE_INVALID',
    );
  });
  it("checks the citizen ID's form and its gender and year against the record", () => {
    const [form] = personRecordProblems({ gender: 'NAM', citizenId: '12345' }, TODAY);
    expect(form).toMatchObject({ path: 'citizenId', code: 'CITIZEN_ID_INVALID' });
    expect(personRecordProblems({ gender: 'NU', citizenId: '001085012345' }, TODAY)[0]?.message).toMatch(
      /người nam/,
    );
    expect(
      personRecordProblems({ gender: 'NAM', citizenId: '001085012345', birthDate: '1986-02-01' }, TODAY)[0]
        ?.message,
    ).toMatch(/năm sinh 1985/);
  });
  it('derives the stored values', () => {
    expect(birthYearOf({ birthDate: '1985-06-15', birthYear: null })).toBe(1985);
    expect(birthYearOf({ birthYear: 1990 })).toBe(1990);
    expect(storedCitizenId('001.085.012.345')).toBe('001085012345');
    expect(storedCitizenId('')).toBeNull();
    expect(leaderTierOf(undefined, true)).toBe('CAP_TRUONG');
    expect(leaderTierOf('CAP_PHO', false)).toBe('CAP_PHO');
    expect(leaderTierOf(undefined, undefined)).toBe('KHONG');
  });
});
