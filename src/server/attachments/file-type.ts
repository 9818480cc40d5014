/** The kind of an uploaded file from its content (the rule is `core/files/file-kinds.ts`). */
import { checkUpload, type FileCheck, looksLikeZip } from '../../core/files/file-kinds';
import { readZipDirectory } from '../ratings/zip-directory';

/** An Office file has tens to a few thousand parts; the directory is read, nothing is expanded. */
const OFFICE_ZIP = {
  maxEntries: 20_000,
  maxTotalUncompressed: Number.MAX_SAFE_INTEGER,
  maxRatio: Number.MAX_SAFE_INTEGER,
};

/** The names inside a ZIP (DOCX, XLSX), or null when the bytes are not a readable ZIP. */
export function zipEntryNames(bytes: Buffer): string[] | null {
  if (!looksLikeZip(bytes)) return null;
  try {
    return [...readZipDirectory(bytes, OFFICE_ZIP).keys()];
  } catch {
    return null;
  }
}

export const checkUploadedFile = (name: string, bytes: Buffer): FileCheck =>
  checkUpload(name, bytes, zipEntryNames(bytes));
