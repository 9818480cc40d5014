import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubjectKind } from '../../core/movements/registration';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { nowIso } from '../db/test-db';
import { startWorld, type World } from '../testing/test-world';
import { registeredTitles } from './registration-queries';

describe('registeredTitles', () => {
  let w: World;
  let h: { db: Db };
  let tenantId: string;
  let unitId: string;
  beforeAll(async () => {
    w = await startWorld();
    h = w.t.handle;
    tenantId = w.tenantId;
    unitId = w.units.village;
    const movement = { id: await w.movement({ state: 'LAUNCHED' }) };
    // rows written as stored (this tests the query over them, including combinations no form makes)
    const row = (
      year: number,
      movementId: string | null,
      kind: SubjectKind,
      subject: string,
      titles: string[],
    ) => ({
      id: newId(),
      tenant_id: tenantId,
      year,
      movement_id: movementId,
      subject_kind: kind,
      subject_id: subject,
      unit_id: unitId,
      titles: JSON.stringify(titles),
      target_ids: '[]',
      pledge: null,
      registered_on: '2024-01-20',
      created_by: 'test',
      created_at: nowIso(),
      updated_at: nowIso(),
    });
    await h.db
      .insertInto('registrations')
      .values([
        row(2024, null, 'UNIT', unitId, ['TTLDTT']),
        row(2024, movement.id, 'UNIT', unitId, ['TTLDXS', 'TTLDTT']),
        row(2023, null, 'UNIT', unitId, ['GK_XA']),
        row(2024, null, 'INDIVIDUAL', unitId, ['LDTT']),
      ])
      .execute();
  });
  afterAll(async () => w?.close());

  it('unions the codes of every registration of the subject in the year, without duplicates', async () => {
    expect(await registeredTitles(h.db, tenantId, 'UNIT', unitId, 2024)).toEqual(['TTLDTT', 'TTLDXS']);
    expect(await registeredTitles(h.db, tenantId, 'UNIT', unitId, 2023)).toEqual(['GK_XA']);
    expect(await registeredTitles(h.db, tenantId, 'INDIVIDUAL', unitId, 2024)).toEqual(['LDTT']);
    expect(await registeredTitles(h.db, tenantId, 'UNIT', unitId, 2022)).toEqual([]);
    expect(await registeredTitles(h.db, 'other-tenant', 'UNIT', unitId, 2024)).toEqual([]);
  });
});
