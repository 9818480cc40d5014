import type { Transaction } from 'kysely';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { generateCommuneKeyPair } from '../documents/certificate-signature';
import { AppError } from '../http/errors';
import { publicKeyOf, readPrivateKey, recordListSequence, writePrivateKeyOnce } from './key-files';
import { latestRevocationList, startRevocationList } from './revocation-store';

export interface CommuneKeys {
  publicKeyPem: string;
  privateKeyPem: string;
}

/**
 * The commune's Ed25519 key pair for signing certificates and its revocation list, created on first use.
 * The private key is kept in the key folder (`key-files.ts`); the database row holds only the public key
 * (for reference — checks use the key from the file). A key still in the database (versions before
 * migration 0014) is moved to its file here and at start-up (`moveCommuneKeysToFiles`). `now`: the
 * instant (ISO) a key created here is dated.
 */
export async function communeKeys(
  trx: Transaction<Database>,
  keysDir: string,
  tenantId: string,
  now: string,
): Promise<CommuneKeys> {
  const row = await trx
    .selectFrom('commune_keys')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  let privateKeyPem = readPrivateKey(keysDir, tenantId);
  if (row?.private_key) {
    // Legacy: the key is still in the database — move it (same key; a different file key is an error).
    if (privateKeyPem && privateKeyPem !== row.private_key) throw keyConflict();
    privateKeyPem = writePrivateKeyOnce(keysDir, tenantId, row.private_key);
    await trx
      .updateTable('commune_keys')
      .set({ private_key: '' })
      .where('tenant_id', '=', tenantId)
      .execute();
  }
  if (row && !privateKeyPem) {
    throw new AppError(
      'SIGNING_KEY_MISSING',
      'Không tìm thấy tệp khóa ký số của xã trong thư mục khóa. Hãy khôi phục tệp khóa từ bản sao lưu; không tạo khóa mới vì giấy khen đã cấp sẽ không còn xác minh được.',
    );
  }
  privateKeyPem ??= writePrivateKeyOnce(keysDir, tenantId, generateCommuneKeyPair().privateKeyPem);
  const publicKeyPem = publicKeyOf(privateKeyPem);
  if (!row) {
    const created = await trx
      .insertInto('commune_keys')
      .values({ tenant_id: tenantId, public_key: publicKeyPem, private_key: '', created_at: now })
      .onConflict((oc) => oc.column('tenant_id').doNothing())
      .returning('tenant_id')
      .executeTakeFirst();
    // A new key starts the commune's signed revocation list (empty), so "not revoked" can be proven.
    if (created) await startRevocationList(trx, tenantId, privateKeyPem, now);
  }
  return { publicKeyPem, privateKeyPem };
}

const keyConflict = () =>
  new AppError(
    'SIGNING_KEY_CONFLICT',
    'Khóa ký số của xã trong cơ sở dữ liệu khác với tệp khóa; cần quản trị hệ thống kiểm tra.',
  );

/**
 * The public key the public check trusts: derived from the key file (a public key swapped in the
 * database is ignored); a key not yet moved out of the database is used as it is. Null when none.
 */
export async function trustedPublicKey(db: Db, keysDir: string, tenantId: string): Promise<string | null> {
  const file = readPrivateKey(keysDir, tenantId);
  if (file) return publicKeyOf(file);
  const row = await db
    .selectFrom('commune_keys')
    .select('private_key')
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return row?.private_key ? publicKeyOf(row.private_key) : null;
}

/**
 * Start-up step: move every signing key still stored in the database to its file (0600) and blank the
 * column; record the newest revocation list's sequence beside it if none is recorded yet.
 */
export async function moveCommuneKeysToFiles(db: Db, keysDir: string): Promise<number> {
  const rows = await db
    .selectFrom('commune_keys')
    .select(['tenant_id', 'private_key'])
    .where('private_key', '!=', '')
    .execute();
  for (const r of rows) {
    const existing = readPrivateKey(keysDir, r.tenant_id);
    if (existing && existing !== r.private_key)
      throw new Error(
        `Khóa ký số của đơn vị ${r.tenant_id} trong cơ sở dữ liệu khác với tệp khóa trong ${keysDir}; cần kiểm tra trước khi chạy.`,
      );
    writePrivateKeyOnce(keysDir, r.tenant_id, r.private_key);
    const latest = await latestRevocationList(db, r.tenant_id, publicKeyOf(r.private_key));
    if (latest.state === 'OK') recordListSequence(keysDir, r.tenant_id, latest.list.sequence);
    await db
      .updateTable('commune_keys')
      .set({ private_key: '' })
      .where('tenant_id', '=', r.tenant_id)
      .execute();
  }
  return rows.length;
}
