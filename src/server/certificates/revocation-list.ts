import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';

/**
 * The commune's signed revocation list: every revoked certificate (verification code, when, why), a
 * sequence number that grows by one at each revocation, and the issue time — signed with the commune's
 * Ed25519 key and re-signed at each revocation. The public check trusts only this list for "revoked"
 * and "not revoked", so editing the `awards` row alone can neither revoke nor un-revoke a certificate.
 */
export interface RevocationEntry {
  code: string;
  revokedAt: string;
  reason: string;
}

export interface RevocationList {
  tenantId: string;
  sequence: number;
  issuedAt: string;
  entries: RevocationEntry[];
}

const norm = (v: string | number) => String(v).normalize('NFC').replace(/\s+/g, ' ').trim();

/** Canonical bytes: version tag, header lines, then one line per entry sorted by code. */
export function canonicalRevocationList(l: RevocationList): string {
  const entries = [...l.entries].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return [
    'thidua-revocation-list-v1',
    `tenant=${norm(l.tenantId)}`,
    `sequence=${l.sequence}`,
    `issuedAt=${norm(l.issuedAt)}`,
    ...entries.map((e) => `revoked=${norm(e.code)}|${norm(e.revokedAt)}|${norm(e.reason)}`),
  ].join('\n');
}

export function signRevocationList(privateKeyPem: string, l: RevocationList): string {
  return sign(
    null,
    Buffer.from(canonicalRevocationList(l), 'utf8'),
    createPrivateKey(privateKeyPem),
  ).toString('base64url');
}

export function verifyRevocationList(publicKeyPem: string, l: RevocationList, signature: string): boolean {
  try {
    return verify(
      null,
      Buffer.from(canonicalRevocationList(l), 'utf8'),
      createPublicKey(publicKeyPem),
      Buffer.from(signature, 'base64url'),
    );
  } catch {
    return false;
  }
}

/** Entries as stored (JSON text); anything malformed gives null, which the check treats as unverifiable. */
export function parseEntries(json: string): RevocationEntry[] | null {
  try {
    const v: unknown = JSON.parse(json);
    if (!Array.isArray(v)) return null;
    const out: RevocationEntry[] = [];
    for (const e of v) {
      if (typeof e !== 'object' || e === null) return null;
      const { code, revokedAt, reason } = e as Record<string, unknown>;
      if (typeof code !== 'string' || typeof revokedAt !== 'string' || typeof reason !== 'string')
        return null;
      out.push({ code, revokedAt, reason });
    }
    return out;
  } catch {
    return null;
  }
}
