/** Attaching a file to a record and deleting one (soft, with a reason), each with its audit row. */
import type { Attachment, AttachmentList, DeleteAttachment, UploadParams } from '../../contract/attachments';
import { fileTooLargeMessage } from '../../core/files/file-kinds';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { AppError, fromCore } from '../http/errors';
import { requireWrite } from './attachment-owners';
import { listAttachments, loadAttachment } from './attachment-queries';
import { storeFile } from './file-store';
import { checkUploadedFile } from './file-type';

export interface FileStoreConfig {
  filesDir: string;
  maxBytes: number;
}

/**
 * Attach the bytes to the record: the user must be allowed to change the record's files, the content must
 * be a PDF, JPEG, PNG, DOCX or XLSX whose name does not claim another kind, within the size limit. The
 * bytes are stored (once per content) before the row and its audit row are written in one transaction;
 * a refused upload writes nothing.
 */
export async function uploadAttachment(
  db: Db,
  clock: Clock,
  store: FileStoreConfig,
  u: AuthUser,
  actor: AuditActor,
  q: UploadParams,
  body: Uint8Array,
): Promise<Attachment> {
  const owner = { ownerKind: q.ownerKind, ownerId: q.ownerId };
  await requireWrite(db, u, owner);
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (bytes.length > store.maxBytes)
    throw new AppError('FILE_TOO_LARGE', fileTooLargeMessage(store.maxBytes));
  const check = checkUploadedFile(q.name, bytes);
  if (!check.ok) throw fromCore(check);
  const { sha256, size } = await storeFile(store.filesDir, bytes);
  const id = newId();
  const now = isoNow(clock);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('attachments')
      .values({
        id,
        tenant_id: u.tenantId,
        owner_kind: q.ownerKind,
        owner_id: q.ownerId,
        purpose: q.purpose,
        sha256,
        size,
        mime: check.mime,
        original_name: check.name,
        note: q.note ? q.note : null,
        uploaded_by: u.id,
        created_at: now,
        deleted_at: null,
        deleted_by: null,
        deleted_reason: null,
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'attachment',
      entityId: id,
      action: 'upload',
      summary: `Đính kèm tệp "${check.name}" (${check.kind}) vào ${q.ownerKind} ${q.ownerId}`,
      data: {
        ownerKind: q.ownerKind,
        ownerId: q.ownerId,
        purpose: q.purpose,
        sha256,
        size,
        mime: check.mime,
      },
    });
  });
  return {
    id,
    ownerKind: q.ownerKind,
    ownerId: q.ownerId,
    purpose: q.purpose,
    name: check.name,
    kind: check.kind,
    mime: check.mime,
    size,
    note: q.note ? q.note : null,
    uploadedBy: u.displayName,
    createdAt: now,
  };
}

/**
 * Delete an attachment (soft: the row and the bytes stay, with who, when and why), audited; answers the
 * record's files as they are now.
 */
export async function deleteAttachment(
  db: Db,
  clock: Clock,
  store: FileStoreConfig,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: DeleteAttachment,
): Promise<AttachmentList> {
  const a = await loadAttachment(db, u, id);
  await requireWrite(db, u, { ownerKind: a.owner_kind, ownerId: a.owner_id });
  if (a.deleted_at) throw new AppError('ALREADY_DELETED', `Tệp "${a.original_name}" đã được xóa trước đó.`);
  const now = isoNow(clock);
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('attachments')
      .set({ deleted_at: now, deleted_by: u.id, deleted_reason: b.reason })
      .where('id', '=', id)
      .where('tenant_id', '=', u.tenantId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) {
      throw new AppError('ALREADY_DELETED', `Tệp "${a.original_name}" đã được xóa trước đó.`);
    }
    await writeAudit(trx, clock, actor, {
      entityType: 'attachment',
      entityId: id,
      action: 'delete',
      summary: `Xóa tệp đính kèm "${a.original_name}" của ${a.owner_kind} ${a.owner_id}: ${b.reason}`,
      data: { ownerKind: a.owner_kind, ownerId: a.owner_id, sha256: a.sha256, reason: b.reason },
    });
  });
  return listAttachments(db, u, { ownerKind: a.owner_kind, ownerId: a.owner_id }, store.maxBytes);
}
