import type { Transaction } from 'kysely';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { nextDocumentNumber } from '../decisions/numbering';
import { AppError } from '../http/errors';
import {
  parseEntries,
  type RevocationEntry,
  type RevocationList,
  signRevocationList,
  verifyRevocationList,
} from './revocation-list';

export type ListState =
  | { state: 'OK'; list: RevocationList }
  /** no list at all, or the newest one's signature does not verify (edited, inserted, malformed) */
  | { state: 'MISSING' }
  | { state: 'BAD_SIGNATURE'; sequence: number }
  /** signed, but older than the newest list this server recorded signing (`key-files.ts`): the newer one was removed */
  | { state: 'ROLLED_BACK'; sequence: number; recorded: number };

/**
 * The newest revocation list of the commune, checked against its public key and against the sequence
 * recorded outside the database (`recorded`, 0 when unknown).
 */
export async function latestRevocationList(
  trx: Transaction<Database> | Db,
  tenantId: string,
  publicKeyPem: string,
  recorded = 0,
): Promise<ListState> {
  const row = await trx
    .selectFrom('revocation_lists')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return { state: 'MISSING' };
  const entries = parseEntries(row.entries);
  const list: RevocationList | null = entries && {
    tenantId,
    sequence: Number(row.sequence),
    issuedAt: row.issued_at,
    entries,
  };
  if (!list || !verifyRevocationList(publicKeyPem, list, row.signature))
    return { state: 'BAD_SIGNATURE', sequence: Number(row.sequence) };
  if (list.sequence < recorded) return { state: 'ROLLED_BACK', sequence: list.sequence, recorded };
  return { state: 'OK', list };
}

async function insertList(
  trx: Transaction<Database>,
  privateKeyPem: string,
  list: RevocationList,
): Promise<void> {
  await trx
    .insertInto('revocation_lists')
    .values({
      tenant_id: list.tenantId,
      sequence: list.sequence,
      issued_at: list.issuedAt,
      entries: JSON.stringify(list.entries),
      signature: signRevocationList(privateKeyPem, list),
    })
    .execute();
}

/** The first (empty) list of a commune, written when its signing key is created. */
export async function startRevocationList(
  trx: Transaction<Database>,
  tenantId: string,
  privateKeyPem: string,
  issuedAt: string,
): Promise<void> {
  await insertList(trx, privateKeyPem, { tenantId, sequence: 1, issuedAt, entries: [] });
}

/**
 * Re-sign the list with `added` revocations, inside the revoking transaction: the new list is the newest
 * verified list plus the new entries (never rebuilt from the editable `awards` columns), with the next
 * sequence number. Revocations of one commune are serialised by a counter row (locked on PostgreSQL).
 * `issuedAt`: the instant (ISO) of the revocation. The caller records the new sequence beside the key once the transaction has committed.
 */
export async function publishRevocations(
  trx: Transaction<Database>,
  tenantId: string,
  keys: { publicKeyPem: string; privateKeyPem: string },
  added: RevocationEntry[],
  recorded: number,
  issuedAt: string,
): Promise<RevocationList> {
  await nextDocumentNumber(trx, tenantId, 'DS_THU_HOI', 0);
  const latest = await latestRevocationList(trx, tenantId, keys.publicKeyPem, recorded);
  if (latest.state !== 'OK') {
    throw new AppError(
      'REVOCATION_LIST_UNVERIFIABLE',
      'Danh sách thu hồi giấy khen đã ký của xã bị thiếu hoặc chữ ký không hợp lệ (dữ liệu có thể đã bị sửa ngoài phần mềm). Không thể thu hồi thêm; báo quản trị hệ thống kiểm tra và khôi phục từ bản sao lưu.',
    );
  }
  const codes = new Set(latest.list.entries.map((e) => e.code));
  const list: RevocationList = {
    tenantId,
    sequence: latest.list.sequence + 1,
    issuedAt,
    entries: [...latest.list.entries, ...added.filter((e) => !codes.has(e.code))],
  };
  await insertList(trx, keys.privateKeyPem, list);
  return list;
}
