import type { Transaction } from 'kysely';
import type { Db } from '../db/connect';
import { nowIso } from '../db/ids';
import type { Database } from '../db/schema';
import { generateCommuneKeyPair } from '../documents/certificate-signature';

/** The commune's Ed25519 key pair for signing certificates, created on first use. */
export async function communeKeys(trx: Transaction<Database> | Db, tenantId: string) {
  const row = await trx.selectFrom('commune_keys').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  if (row) return { publicKeyPem: row.public_key, privateKeyPem: row.private_key };
  const k = generateCommuneKeyPair();
  await trx
    .insertInto('commune_keys')
    .values({ tenant_id: tenantId, public_key: k.publicKeyPem, private_key: k.privateKeyPem, created_at: nowIso() })
    .onConflict((oc) => oc.column('tenant_id').doNothing())
    .execute();
  const again = await trx.selectFrom('commune_keys').selectAll().where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
  return { publicKeyPem: again.public_key, privateKeyPem: again.private_key };
}
