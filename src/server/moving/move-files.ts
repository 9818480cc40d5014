import path from 'node:path';
import { keyFile, seqFile } from '../certificates/key-files';

/** A refusal of an export or import, with the Vietnamese message the operator reads. */
export class MoveError extends Error {}

/** The folder of attachments' bytes: the config's `filesDir` when it has one, else `<dataDir>/files`. */
export function filesDirOf(config: { sqliteFile: string; filesDir?: string | undefined }): string {
  return config.filesDir ?? path.join(path.dirname(config.sqliteFile), 'files');
}

/** Where an attachment's bytes live: `<filesDir>/<first 2 hex>/<sha256>`; null for a malformed hash. */
export function attachmentFile(filesDir: string, sha256: string): string | null {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  return path.join(filesDir, sha256.slice(0, 2), sha256);
}

/**
 * The commune's files in the key folder that move with it: its certificate signing key and the sequence
 * of its newest signed revocation list (certificates/key-files.ts). Ballot seal keys never move.
 */
export function keyParts(keysDir: string, tenantId: string): { part: string; file: string }[] {
  return [
    { part: 'keys/signing-key.pem', file: keyFile(keysDir, tenantId) },
    { part: 'keys/revocation-seq', file: seqFile(keysDir, tenantId) },
  ];
}
