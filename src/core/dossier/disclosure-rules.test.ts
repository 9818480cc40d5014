import { describe, expect, it } from 'vitest';
import { checkDecidableAfterDisclosure, checkDisclosedWhenRequired, checkDisclosurePeriod } from './disclosure-rules';

describe('public disclosure rules', () => {
  it('requires the minimum period, counted inclusively, at its exact boundary', () => {
    expect(checkDisclosurePeriod({ startsOn: '2025-03-01', endsOn: '2025-03-05' }).ok).toBe(true);
    expect(checkDisclosurePeriod({ startsOn: '2025-03-01', endsOn: '2025-03-04' })).toMatchObject({ ok: false, code: 'DISCLOSURE_TOO_SHORT' });
    expect(checkDisclosurePeriod({ startsOn: '2025-03-01', endsOn: 'mai' })).toMatchObject({ ok: false, code: 'BAD_DATE' });
  });
  it('blocks a decision during the period, with an open objection, or after an upheld one', () => {
    const d = [{ startsOn: '2025-03-01', endsOn: '2025-03-10' }];
    expect(checkDecidableAfterDisclosure(d, [], '2025-03-10')).toMatchObject({ ok: false, code: 'IN_DISCLOSURE' });
    expect(checkDecidableAfterDisclosure(d, [], '2025-03-11').ok).toBe(true);
    expect(checkDecidableAfterDisclosure(d, [{ kind: 'PHAN_ANH', status: 'OPEN' }], '2025-03-11')).toMatchObject({ code: 'UNRESOLVED_OBJECTION' });
    expect(checkDecidableAfterDisclosure(d, [{ kind: 'GOP_Y', status: 'OPEN' }], '2025-03-11').ok).toBe(true);
    expect(checkDecidableAfterDisclosure(d, [{ kind: 'PHAN_ANH', status: 'DISMISSED' }], '2025-03-11').ok).toBe(true);
    expect(checkDecidableAfterDisclosure(d, [{ kind: 'PHAN_ANH', status: 'UPHELD' }], '2025-03-11')).toMatchObject({ code: 'OBJECTION_UPHELD' });
  });
  it('requires a disclosure before deciding a council-voted award, not before a Giấy khen', () => {
    expect(checkDisclosedWhenRequired(true, [])).toMatchObject({ ok: false, code: 'DISCLOSURE_REQUIRED' });
    expect(checkDisclosedWhenRequired(true, [{ startsOn: '2025-03-01', endsOn: '2025-03-10' }]).ok).toBe(true);
    expect(checkDisclosedWhenRequired(false, []).ok).toBe(true);
  });
});
