import { describe, expect, it } from 'vitest';
import { citizenIdProblem, normaliseCitizenId } from './citizen-id';

describe('citizen ID (số định danh cá nhân)', () => {
  it('accepts 12 digits with a province code, and the spaces people type', () => {
    expect(citizenIdProblem('001085012345')).toBeNull();
    expect(normaliseCitizenId('001 085 012 345')).toBe('001085012345');
    expect(citizenIdProblem('001 085 012 345')).toBeNull();
  });
  it('refuses the wrong length, letters and province codes that do not exist', () => {
    expect(citizenIdProblem('00108501234')).toMatch(/12 chữ số/);
    expect(citizenIdProblem('00108501234A')).toMatch(/12 chữ số/);
    expect(citizenIdProblem('000085012345')).toMatch(/001 đến 096/);
    expect(citizenIdProblem('097085012345')).toMatch(/001 đến 096/);
  });
  it('checks gender and year of birth against the 4th to 6th digits when the record has them', () => {
    expect(citizenIdProblem('001085012345', { gender: 'NAM', birthYear: 1985 })).toBeNull();
    expect(citizenIdProblem('001185012345', { gender: 'NU', birthYear: 1985 })).toBeNull();
    expect(citizenIdProblem('001203012345', { gender: 'NAM', birthYear: 2003 })).toBeNull();
    expect(citizenIdProblem('001085012345', { gender: 'NU' })).toMatch(/người nam/);
    expect(citizenIdProblem('001085012345', { birthYear: 1986 })).toMatch(/năm sinh 1985/);
  });
});
