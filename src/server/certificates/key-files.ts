import { createPrivateKey, createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The commune signing keys live in files, not in the database: `<keysDir>/<tenant>.key.pem` (PKCS#8
 * Ed25519, mode 0600, folder 0700). Someone who can edit (or steal) the database can then neither sign
 * a certificate nor re-sign the revocation list. Beside each key, `<tenant>.revocation-seq` keeps the
 * newest revocation list's sequence number, so bringing back an older list from the database (deleting
 * the newest row) is detected. Back these files up with the database: without the key file no new
 * certificate can be signed, and the certificates already issued cannot be checked.
 */
const safe = (tenantId: string) => {
  if (!/^[A-Za-z0-9_-]+$/.test(tenantId))
    throw new Error(`tenant id không hợp lệ cho tên tệp khóa: ${tenantId}`);
  return tenantId;
};
export const keyFile = (dir: string, tenantId: string) => path.join(dir, `${safe(tenantId)}.key.pem`);
export const seqFile = (dir: string, tenantId: string) => path.join(dir, `${safe(tenantId)}.revocation-seq`);

function ensureDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/** The commune's private key (PEM), or null when there is no key file. */
export function readPrivateKey(dir: string, tenantId: string): string | null {
  try {
    return fs.readFileSync(keyFile(dir, tenantId), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * Write the key file unless one exists (then the existing key wins — two first signings at once end up
 * with the same key). Returns the key now in the file.
 */
export function writePrivateKeyOnce(dir: string, tenantId: string, privateKeyPem: string): string {
  ensureDir(dir);
  try {
    fs.writeFileSync(keyFile(dir, tenantId), privateKeyPem, { mode: 0o600, flag: 'wx' });
    return privateKeyPem;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return fs.readFileSync(keyFile(dir, tenantId), 'utf8');
  }
}

export function publicKeyOf(privateKeyPem: string): string {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'pem' }).toString();
}

/** The sequence number of the newest revocation list this server signed (0 when none recorded). */
export function recordedListSequence(dir: string, tenantId: string): number {
  try {
    const n = Number(fs.readFileSync(seqFile(dir, tenantId), 'utf8').trim());
    return Number.isInteger(n) && n > 0 ? n : 0;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw e;
  }
}

/** Record a list's sequence after its transaction committed; never moves backwards (synchronous, so atomic in-process). */
export function recordListSequence(dir: string, tenantId: string, sequence: number): void {
  if (sequence <= recordedListSequence(dir, tenantId)) return;
  ensureDir(dir);
  const tmp = `${seqFile(dir, tenantId)}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${sequence}\n`, { mode: 0o600 });
  fs.renameSync(tmp, seqFile(dir, tenantId));
}
