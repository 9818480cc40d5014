/** Files the API answers (DOCX, XLSX, PDF): their type, name and bytes, and how they are sent. */
import type { FastifyReply } from 'fastify';
import { foldVietnamese } from '../../core/text';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF = 'application/pdf';

export interface FileOut {
  type: string;
  /** The Content-Disposition header. */
  disposition: string;
  body: Buffer;
  /** Generated from the records at each request: never cached. */
  noStore: boolean;
}

/** "Kế hoạch TĐKT 2024.docx" → ASCII fallback plus the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(
  name: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const ascii = foldVietnamese(name)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A generated document to download under `name` (both file name forms), never cached. */
export const documentFile = (
  type: string,
  name: string,
  body: Buffer,
  disposition: 'attachment' | 'inline' = 'attachment',
): FileOut => ({ type, disposition: contentDisposition(name, disposition), body, noStore: true });

export function sendFile(reply: FastifyReply, f: FileOut): FastifyReply {
  reply.type(f.type).header('content-disposition', f.disposition);
  if (f.noStore) reply.header('cache-control', 'no-store');
  return reply.send(f.body);
}
