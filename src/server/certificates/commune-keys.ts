import type { Transaction } from 'kysely';
import { nowIso } from '../db/ids';
import type { Database } from '../db/schema';
import { generateCommuneKeyPair } from '../documents/certificate-signature';
import { startRevocationList } from './revocation-store';

/** The commune's Ed25519 key pair for signing certificates, created on first use. */
export async function communeKeys(trx: Transaction<Database>, tenantId: string) {
  const row = await trx.selectFrom('commune_keys').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  if (row) return { publicKeyPem: row.public_key, privateKeyPem: row.private_key };
  const k = generateCommuneKeyPair();
  const created = await trx
    .insertInto('commune_keys')
    .values({ tenant_id: tenantId, public_key: k.publicKeyPem, private_key: k.privateKeyPem, created_at: nowIso() })
    .onConflict((oc) => oc.column('tenant_id').doNothing())
    .returning('tenant_id')
    .executeTakeFirst();
  // A new key starts the commune's signed revocation list (empty), so "not revoked" can be proven.
  if (created) await startRevocationList(trx, tenantId, k.privateKeyPem);
  const again = await trx.selectFrom('commune_keys').selectAll().where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
  return { publicKeyPem: again.public_key, privateKeyPem: again.private_key };
}
