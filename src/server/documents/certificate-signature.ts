import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

/** What a certificate asserts; the signature covers exactly these fields. */
export interface CanonicalCertificate {
  communeCode: string;
  decisionNumber: string; // "15/QĐ-UBND"
  decisionDate: string; // YYYY-MM-DD
  registerNumber: number;
  awardCode: string;
  awardName: string;
  awardeeName: string;
  achievement: string;
}

const FIELD_ORDER: (keyof CanonicalCertificate)[] = [
  'communeCode',
  'decisionNumber',
  'decisionDate',
  'registerNumber',
  'awardCode',
  'awardName',
  'awardeeName',
  'achievement',
];

/**
 * The canonical text that is signed: version tag, then each field in a fixed order as
 * `name=value` lines, values NFC-normalised with whitespace collapsed — so the same award always
 * gives the same bytes, whatever the input's Unicode form.
 */
export function canonicalCertificateContent(c: CanonicalCertificate): string {
  const norm = (v: string | number) => String(v).normalize('NFC').replace(/\s+/g, ' ').trim();
  return ['thidua-certificate-v1', ...FIELD_ORDER.map((k) => `${k}=${norm(c[k])}`)].join('\n');
}

export function generateCommuneKeyPair(): { publicKeyPem: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32Crockford(bytes: Uint8Array, chars: number): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= chars) break;
  }
  return out;
}

/** The printed short code: the first 60 bits of the signature in Crockford base32, as XXXX-XXXX-XXXX. */
export function shortCodeOf(signatureB64url: string): string {
  const raw = base32Crockford(Buffer.from(signatureB64url, 'base64url'), 12);
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
}

export function signCertificate(
  privateKeyPem: string,
  c: CanonicalCertificate,
): { signature: string; shortCode: string } {
  const sig = sign(
    null,
    Buffer.from(canonicalCertificateContent(c), 'utf8'),
    createPrivateKey(privateKeyPem),
  );
  const signature = sig.toString('base64url');
  return { signature, shortCode: shortCodeOf(signature) };
}

/** True when `signature` is the commune key's signature over exactly this content. */
export function verifyCertificate(publicKeyPem: string, c: CanonicalCertificate, signature: string): boolean {
  try {
    return verify(
      null,
      Buffer.from(canonicalCertificateContent(c), 'utf8'),
      createPublicKey(publicKeyPem),
      Buffer.from(signature, 'base64url'),
    );
  } catch {
    return false;
  }
}
