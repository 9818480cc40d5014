/**
 * The kinds of file a record may carry (evidence, signed originals): PDF, JPEG, PNG, DOCX, XLSX — told
 * from the content, never from the name or the type the browser declared. A name whose extension says
 * another kind than the content (a ".pdf" that is not a PDF) is refused too.
 */

export const FILE_KINDS = ['PDF', 'JPEG', 'PNG', 'DOCX', 'XLSX'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface FileKindInfo {
  mime: string;
  /** The extensions a name of this kind may end with (the first one is added to a name without any). */
  extensions: readonly string[];
  label: string;
  /** Shown in the browser (preview) rather than downloaded. */
  inline: boolean;
}

export const FILE_KIND_INFO: Record<FileKind, FileKindInfo> = {
  PDF: { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF', inline: true },
  JPEG: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'Ảnh JPEG', inline: true },
  PNG: { mime: 'image/png', extensions: ['png'], label: 'Ảnh PNG', inline: true },
  DOCX: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word (DOCX)',
    inline: false,
  },
  XLSX: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'Excel (XLSX)',
    inline: false,
  },
};

/** What the upload dialog's file chooser offers (the server decides from the content anyway). */
export const FILE_ACCEPT = FILE_KINDS.flatMap((k) => FILE_KIND_INFO[k].extensions.map((e) => `.${e}`)).join(
  ',',
);

/** The kind of a stored MIME type (null for a type this product never stores). */
export function kindOfMime(mime: string): FileKind | null {
  return FILE_KINDS.find((k) => FILE_KIND_INFO[k].mime === mime) ?? null;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** A ZIP's local file header ("PK\3\4"): DOCX and XLSX are ZIPs; the caller reads its directory. */
export const looksLikeZip = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

/**
 * The kind of a file from its first bytes and, for a ZIP, the names of its entries (null when it is not a
 * readable ZIP): `%PDF-`, `FF D8 FF`, the PNG signature, or an Office Open XML package —
 * `[Content_Types].xml` with `word/…` (DOCX) or `xl/…` (XLSX). Anything else: null.
 */
export function sniffFileKind(bytes: Uint8Array, zipEntries: readonly string[] | null): FileKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'PDF';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'PNG';
  if (looksLikeZip(bytes) && zipEntries?.includes('[Content_Types].xml')) {
    if (zipEntries.some((n) => n.startsWith('word/'))) return 'DOCX';
    if (zipEntries.some((n) => n.startsWith('xl/'))) return 'XLSX';
  }
  return null;
}

/** "Biên bản.PDF" → "pdf"; "" when the name has no extension. */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return m?.[1] ? m[1].toLowerCase() : '';
}

export type FileCheck =
  | { ok: true; kind: FileKind; mime: string; name: string }
  | { ok: false; code: 'FILE_EMPTY' | 'FILE_TYPE_NOT_ALLOWED' | 'FILE_TYPE_MISMATCH'; message: string };

const ALLOWED_TEXT = 'PDF, ảnh JPEG hoặc PNG, Word (.docx), Excel (.xlsx)';

/**
 * May this file be attached, and under which name? The kind comes from the content; a name whose
 * extension names another kind is refused; a name without an extension gets the kind's.
 */
export function checkUpload(
  name: string,
  bytes: Uint8Array,
  zipEntries: readonly string[] | null,
): FileCheck {
  if (bytes.length === 0)
    return { ok: false, code: 'FILE_EMPTY', message: `Tệp "${name}" không có nội dung.` };
  const kind = sniffFileKind(bytes, zipEntries);
  const ext = extensionOf(name);
  if (!kind) {
    return {
      ok: false,
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: `Tệp "${name}" không thuộc loại được phép đính kèm (chỉ nhận ${ALLOWED_TEXT}; loại tệp được xác định theo nội dung, không theo tên).`,
    };
  }
  const info = FILE_KIND_INFO[kind];
  if (ext === '') return { ok: true, kind, mime: info.mime, name: `${name}.${info.extensions[0]}` };
  if (!info.extensions.includes(ext)) {
    return {
      ok: false,
      code: 'FILE_TYPE_MISMATCH',
      message: `Tên tệp "${name}" có đuôi .${ext} nhưng nội dung là ${info.label}. Hãy kiểm tra lại tệp (đổi tên tệp không đổi được loại tệp).`,
    };
  }
  return { ok: true, kind, mime: info.mime, name };
}

const SIZE = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "850 byte", "12,5 KB", "3,2 MB" (Vietnamese decimal comma). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${SIZE.format(bytes / 1024)} KB`;
  return `${SIZE.format(bytes / 1024 / 1024)} MB`;
}

/** The refusal of a file over the limit (413 FILE_TOO_LARGE). */
export const fileTooLargeMessage = (limit: number): string =>
  `Tệp quá lớn: mỗi tệp đính kèm tối đa ${formatFileSize(limit)}. Hãy nén tệp hoặc quét lại với độ phân giải thấp hơn rồi thử lại.`;
