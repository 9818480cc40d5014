/** Reading the commune's profile: the saved row, or defaults derived from the commune's name. */
import type { CommuneProfile } from '../../contract/commune';
import { type CommuneProfileFields, defaultCommuneProfile } from '../../core/commune/commune-profile';
import type { Db } from '../db/connect';

/** The profile as documents use it (saved, or derived from the commune's name) and the commune's name. */
export async function communeProfileOf(
  db: Db,
  tenantId: string,
): Promise<CommuneProfileFields & { communeName: string; version: number; updatedAt: string | null }> {
  const commune = await db
    .selectFrom('organisations')
    .select(['name', 'short_name'])
    .where('id', '=', tenantId)
    .executeTakeFirst();
  const communeName = commune?.name ?? '';
  const row = await db
    .selectFrom('commune_profiles')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (!row)
    return {
      ...defaultCommuneProfile(communeName, commune?.short_name),
      communeName,
      version: 0,
      updatedAt: null,
    };
  return {
    agencyName: row.agency_name,
    parentAgencyName: row.parent_agency_name,
    placeName: row.place_name,
    provinceName: row.province_name,
    address: row.address,
    phone: row.phone,
    email: row.email,
    chairmanName: row.chairman_name,
    chairmanTitle: row.chairman_title,
    communeName,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export async function getCommuneProfile(db: Db, tenantId: string): Promise<CommuneProfile> {
  return communeProfileOf(db, tenantId);
}
