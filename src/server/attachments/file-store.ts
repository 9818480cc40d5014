/**
 * The file store: attached files' bytes under one folder, by their SHA-256 —
 * `<filesDir>/<first 2 hex of the hash>/<the 64-hex hash>`, no extension, no name (names, types and owners
 * are in the `attachments` table). The same content is stored once whoever attaches it to whatever record;
 * a file is written to a temporary name in its final folder and renamed, so a reader never sees half a
 * file and a crash leaves at most a `.tmp-…` file behind. Bytes are never deleted by the product: deleting
 * an attachment is a soft delete (its row stays, with the reason), so every stored file stays referenced.
 * To copy one commune's files, copy the paths of its attachments' hashes (`filePath`).
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const HASH = /^[0-9a-f]{64}$/;

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Where the file with this hash lives (refuses anything that is not a SHA-256 in hex). */
export function filePath(filesDir: string, sha256: string): string {
  if (!HASH.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
  return path.join(filesDir, sha256.slice(0, 2), sha256);
}

/** Store the bytes (once per content); answers their hash and size. */
export async function storeFile(
  filesDir: string,
  bytes: Uint8Array,
): Promise<{ sha256: string; size: number }> {
  const sha256 = sha256Of(bytes);
  const target = filePath(filesDir, sha256);
  const existing = await fs.stat(target).catch(() => null);
  if (existing?.isFile() && existing.size === bytes.length) return { sha256, size: bytes.length };
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${randomUUID()}`;
  try {
    const fh = await fs.open(tmp, 'wx', 0o640);
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  return { sha256, size: bytes.length };
}

/** The stored bytes, or null when the file is missing from the store. */
export async function readStoredFile(filesDir: string, sha256: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(filePath(filesDir, sha256));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
