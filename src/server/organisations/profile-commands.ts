/** Saving the commune's profile (optimistic locking by `version`), audited. */

import type { Transaction } from 'kysely';
import type { CommuneProfile, CommuneProfileSave } from '../../contract/commune';
import { type CommuneProfileFields, defaultCommuneProfile } from '../../core/commune/commune-profile';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';
import { communeProfileOf } from './profile-queries';

const stale = () =>
  new AppError('STALE', 'Thông tin xã vừa được người khác cập nhật. Hãy tải lại rồi sửa tiếp.');

const columns = (p: CommuneProfileFields) => ({
  agency_name: p.agencyName,
  parent_agency_name: p.parentAgencyName,
  place_name: p.placeName,
  province_name: p.provinceName,
  address: p.address,
  phone: p.phone,
  email: p.email,
  chairman_name: p.chairmanName,
  chairman_title: p.chairmanTitle,
});

/** Save the profile read at `version` (0: nothing saved yet); a stale version is refused with STALE. */
export async function saveCommuneProfile(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: CommuneProfileSave,
): Promise<CommuneProfile> {
  const { version, ...fields } = b;
  const p: CommuneProfileFields = {
    agencyName: fields.agencyName,
    parentAgencyName: fields.parentAgencyName ?? null,
    placeName: fields.placeName,
    provinceName: fields.provinceName ?? null,
    address: fields.address ?? null,
    phone: fields.phone ?? null,
    email: fields.email ?? null,
    chairmanName: fields.chairmanName ?? null,
    chairmanTitle: fields.chairmanTitle ?? null,
  };
  await db.transaction().execute(async (trx) => {
    const now = isoNow(clock);
    if (version === 0) {
      const r = await trx
        .insertInto('commune_profiles')
        .values({ tenant_id: u.tenantId, ...columns(p), version: 1, updated_at: now })
        .onConflict((oc) => oc.column('tenant_id').doNothing())
        .executeTakeFirst();
      if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw stale();
    } else {
      const r = await trx
        .updateTable('commune_profiles')
        .set({ ...columns(p), version: version + 1, updated_at: now })
        .where('tenant_id', '=', u.tenantId)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw stale();
    }
    await writeAudit(trx, clock, actor, {
      entityType: 'commune',
      entityId: u.tenantId,
      action: 'profile',
      summary: `${u.displayName} cập nhật thông tin xã: ${p.agencyName}, địa danh ${p.placeName}`,
      data: p,
    });
  });
  return communeProfileOf(db, u.tenantId);
}

/** The first profile of a new commune, derived from its name (first-run setup, demo seed). */
export async function insertDefaultProfile(
  trx: Transaction<Database>,
  tenantId: string,
  communeName: string,
  shortName: string | null,
  now: string,
  overrides: Partial<CommuneProfileFields> = {},
): Promise<void> {
  const p = { ...defaultCommuneProfile(communeName, shortName), ...overrides };
  await trx
    .insertInto('commune_profiles')
    .values({ tenant_id: tenantId, ...columns(p), version: 1, updated_at: now })
    .onConflict((oc) => oc.column('tenant_id').doNothing())
    .execute();
}
