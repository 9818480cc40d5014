import { describe, expect, it } from 'vitest';
import {
  checkDecidableAfterDisclosure,
  checkDisclosedWhenRequired,
  checkDisclosurePeriod,
  checkNewDisclosurePeriod,
  earliestDisclosureEnd,
} from './disclosure-rules';

describe('public disclosure rules', () => {
  it('requires the minimum period, counted inclusively, at its exact boundary', () => {
    expect(checkDisclosurePeriod({ startsOn: '2025-03-01', endsOn: '2025-03-05' }).ok).toBe(true);
    expect(checkDisclosurePeriod({ startsOn: '2025-03-01', endsOn: '2025-03-04' })).toMatchObject({
      ok: false,
      code: 'DISCLOSURE_TOO_SHORT',
    });
    expect(checkDisclosurePeriod({ startsOn: '2025-03-01', endsOn: 'mai' })).toMatchObject({
      ok: false,
      code: 'BAD_DATE',
    });
  });
  it('blocks a decision during the period, with an open objection, or after an upheld one', () => {
    const d = [{ startsOn: '2025-03-01', endsOn: '2025-03-10' }];
    expect(checkDecidableAfterDisclosure(d, [], '2025-03-10')).toMatchObject({
      ok: false,
      code: 'IN_DISCLOSURE',
    });
    expect(checkDecidableAfterDisclosure(d, [], '2025-03-11').ok).toBe(true);
    expect(
      checkDecidableAfterDisclosure(d, [{ kind: 'PHAN_ANH', status: 'OPEN' }], '2025-03-11'),
    ).toMatchObject({ code: 'UNRESOLVED_OBJECTION' });
    expect(checkDecidableAfterDisclosure(d, [{ kind: 'GOP_Y', status: 'OPEN' }], '2025-03-11').ok).toBe(true);
    expect(
      checkDecidableAfterDisclosure(d, [{ kind: 'PHAN_ANH', status: 'DISMISSED' }], '2025-03-11').ok,
    ).toBe(true);
    expect(
      checkDecidableAfterDisclosure(d, [{ kind: 'PHAN_ANH', status: 'UPHELD' }], '2025-03-11'),
    ).toMatchObject({ code: 'OBJECTION_UPHELD' });
  });
  it('requires a disclosure before deciding a council-voted award, not before a Giấy khen', () => {
    expect(checkDisclosedWhenRequired(true, [])).toMatchObject({ ok: false, code: 'DISCLOSURE_REQUIRED' });
    expect(checkDisclosedWhenRequired(true, [{ startsOn: '2025-03-01', endsOn: '2025-03-10' }]).ok).toBe(
      true,
    );
    expect(checkDisclosedWhenRequired(false, []).ok).toBe(true);
  });
});

describe('a new disclosure period', () => {
  it('starts today or later and lasts the minimum; the failing field is named', () => {
    expect(checkNewDisclosurePeriod({ startsOn: '2026-03-10', endsOn: '2026-03-14' }, '2026-03-10')).toEqual({
      ok: true,
    });
    expect(
      checkNewDisclosurePeriod({ startsOn: '2026-03-09', endsOn: '2026-03-20' }, '2026-03-10'),
    ).toMatchObject({
      ok: false,
      code: 'DISCLOSURE_IN_PAST',
      field: 'startsOn',
      message: expect.stringContaining('09/03/2026'),
    });
    expect(
      checkNewDisclosurePeriod({ startsOn: '2026-03-10', endsOn: '2026-03-13' }, '2026-03-10'),
    ).toMatchObject({ ok: false, code: 'DISCLOSURE_TOO_SHORT', field: 'endsOn' });
    expect(
      checkNewDisclosurePeriod({ startsOn: 'hôm qua', endsOn: '2026-03-13' }, '2026-03-10'),
    ).toMatchObject({ ok: false, code: 'BAD_DATE', field: 'startsOn' });
  });

  it('the earliest end counts both ends of the period', () => {
    expect(earliestDisclosureEnd('2026-02-26', 5)).toBe('2026-03-02');
    expect(
      checkDisclosurePeriod({ startsOn: '2026-02-26', endsOn: earliestDisclosureEnd('2026-02-26') }).ok,
    ).toBe(true);
  });
});
