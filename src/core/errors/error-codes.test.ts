import { describe, expect, it } from 'vitest';
import { ERRORS, isErrorCode, statusOf } from './error-codes';

describe('error table', () => {
  const rows = Object.entries(ERRORS);

  it('has a Vietnamese and an English message for every code, never the code itself', () => {
    const missing = rows.flatMap(([code, e]) =>
      (['vi', 'en'] as const)
        .filter((lang) => e[lang].trim() === '' || e[lang].includes(code))
        .map((lang) => `${code}.${lang}`),
    );
    expect(missing).toEqual([]);
  });

  it('writes each message as a sentence', () => {
    const bad = rows.flatMap(([code, e]) =>
      (['vi', 'en'] as const)
        .filter((lang) => !/^[\p{Lu}"]/u.test(e[lang]) || !/[.!?"]$/.test(e[lang]))
        .map((lang) => `${code}.${lang}: ${e[lang]}`),
    );
    expect(bad).toEqual([]);
  });

  it('gives each code an HTTP error status (0: no answer from the server)', () => {
    const bad = rows.filter(([, e]) => e.status !== 0 && (e.status < 400 || e.status > 599)).map(([c]) => c);
    expect(bad).toEqual([]);
    expect(statusOf('NOT_FOUND')).toBe(404);
    expect(statusOf('NO_SUCH_CODE')).toBe(500);
    expect(isErrorCode('toString')).toBe(false);
  });
});
