/** Reading attached files: a record's list and one file's bytes, only for those who may read the record. */
import type { Attachment, AttachmentList, AttachmentOwner } from '../../contract/attachments';
import { FILE_KIND_INFO, kindOfMime } from '../../core/files/file-kinds';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import type { AttachmentTable } from '../db/schema-history';
import { notFound } from '../http/errors';
import { requireRead } from './attachment-owners';
import { readStoredFile } from './file-store';

type Row = Pick<
  AttachmentTable,
  'id' | 'owner_kind' | 'owner_id' | 'purpose' | 'original_name' | 'mime' | 'size' | 'note' | 'created_at'
> & { uploaded_by_name: string | null };

export function attachmentView(r: Row): Attachment {
  return {
    id: r.id,
    ownerKind: r.owner_kind,
    ownerId: r.owner_id,
    purpose: r.purpose,
    name: r.original_name,
    kind: kindOfMime(r.mime) ?? 'PDF',
    mime: r.mime,
    size: Number(r.size),
    note: r.note,
    uploadedBy: r.uploaded_by_name ?? '',
    createdAt: r.created_at,
  };
}

const COLUMNS = [
  'a.id',
  'a.owner_kind',
  'a.owner_id',
  'a.purpose',
  'a.original_name',
  'a.mime',
  'a.size',
  'a.note',
  'a.created_at',
] as const;

/** The record's files (not the deleted ones), newest first, with whether the user may change them. */
export async function listAttachments(
  db: Db,
  u: AuthUser,
  o: AttachmentOwner,
  maxBytes: number,
): Promise<AttachmentList> {
  const access = await requireRead(db, u, o);
  const rows = await db
    .selectFrom('attachments as a')
    .leftJoin('users as u', 'u.id', 'a.uploaded_by')
    .select([...COLUMNS, 'u.display_name as uploaded_by_name'])
    .where('a.tenant_id', '=', u.tenantId)
    .where('a.owner_kind', '=', o.ownerKind)
    .where('a.owner_id', '=', o.ownerId)
    .where('a.deleted_at', 'is', null)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .execute();
  return { items: rows.map(attachmentView), canEdit: access.write, maxBytes };
}

/** One attachment of the user's commune (deleted ones too when `withDeleted`), or 404. */
export async function loadAttachment(db: Db, u: AuthUser, id: string) {
  const a = await db
    .selectFrom('attachments')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!a) throw notFound('tệp đính kèm');
  return a;
}

export interface StoredContent {
  mime: string;
  name: string;
  /** Shown in the browser (PDF, images) or downloaded (DOCX, XLSX). */
  inline: boolean;
  bytes: Buffer;
}

/** A file's bytes for one who may read its record; a deleted file is gone for the user (404). */
export async function attachmentContent(
  db: Db,
  u: AuthUser,
  filesDir: string,
  id: string,
): Promise<StoredContent> {
  const a = await loadAttachment(db, u, id);
  if (a.deleted_at) throw notFound('tệp đính kèm');
  await requireRead(db, u, { ownerKind: a.owner_kind, ownerId: a.owner_id });
  const bytes = await readStoredFile(filesDir, a.sha256);
  if (!bytes)
    throw notFound(
      'nội dung tệp đính kèm (tệp không còn trong kho lưu trữ; hãy khôi phục thư mục tệp từ bản sao lưu)',
    );
  const kind = kindOfMime(a.mime);
  return { mime: a.mime, name: a.original_name, inline: kind ? FILE_KIND_INFO[kind].inline : false, bytes };
}
