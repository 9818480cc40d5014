import { sha256Sync } from './sha256';
import { b64ToBig, bigIntToBytes, bigToB64, bytesToBigInt, gcd, modInverse, modPow } from './bigint-math';

/**
 * RSA blind signatures (Chaum) for anonymous voting tokens. The member's device makes a random token,
 * blinds it, and the server signs the blinded value for an authenticated member — once per ballot —
 * without seeing the token. The member unblinds and later casts the ballot with (token, signature)
 * without logging in. The server can check the signature but cannot tell whose token it was.
 * Full-domain hash: SHA-256 in counter mode expanded to the modulus size, reduced mod n.
 */
export interface RsaPublicKey {
  n: bigint;
  e: bigint;
}
export interface RsaPrivateKey extends RsaPublicKey {
  d: bigint;
}

export function rsaKeyFromJwk(jwk: { n?: string; e?: string; d?: string }): RsaPrivateKey | RsaPublicKey {
  if (!jwk.n || !jwk.e) throw new Error('JWK thiếu n hoặc e');
  const pub = { n: b64ToBig(jwk.n), e: b64ToBig(jwk.e) };
  return jwk.d ? { ...pub, d: b64ToBig(jwk.d) } : pub;
}

async function sha256(data: Uint8Array): Promise<Uint8Array> {
  // crypto.subtle exists only in secure contexts (HTTPS, localhost); fall back to plain TypeScript.
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return new Uint8Array(await subtle.digest('SHA-256', data as unknown as ArrayBuffer));
  return sha256Sync(data);
}

/** Hash a token to an integer in [0, n): SHA-256(token ‖ counter) blocks, as many as n has bytes. */
export async function hashToInt(token: string, n: bigint): Promise<bigint> {
  const msg = new TextEncoder().encode(token);
  const bytesNeeded = bigIntToBytes(n).length;
  const parts: Uint8Array[] = [];
  for (let counter = 0; parts.length * 32 < bytesNeeded; counter++) {
    const input = new Uint8Array(msg.length + 4);
    input.set(msg);
    new DataView(input.buffer).setUint32(msg.length, counter);
    parts.push(await sha256(input));
  }
  const all = new Uint8Array(parts.length * 32);
  for (const [i, p] of parts.entries()) all.set(p, i * 32);
  return bytesToBigInt(all.slice(0, bytesNeeded)) % n;
}

function randomBelow(n: bigint): bigint {
  const len = bigIntToBytes(n).length;
  for (;;) {
    const bytes = new Uint8Array(len);
    globalThis.crypto.getRandomValues(bytes);
    const r = bytesToBigInt(bytes) % n;
    if (r > 1n && gcd(r, n) === 1n) return r;
  }
}

/** A fresh random voting token (what the member keeps secret until casting). */
export function newToken(): string {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return bigToB64(bytesToBigInt(bytes) | (1n << 255n));
}

export async function blind(pub: RsaPublicKey, token: string): Promise<{ blinded: string; unblinder: string }> {
  const m = await hashToInt(token, pub.n);
  const r = randomBelow(pub.n);
  return { blinded: bigToB64((m * modPow(r, pub.e, pub.n)) % pub.n), unblinder: bigToB64(r) };
}

export function signBlinded(key: RsaPrivateKey, blinded: string): string {
  const b = b64ToBig(blinded);
  if (b <= 0n || b >= key.n) throw new Error('Giá trị cần ký không hợp lệ');
  return bigToB64(modPow(b, key.d, key.n));
}

export function unblind(pub: RsaPublicKey, blindSignature: string, unblinder: string): string {
  return bigToB64((b64ToBig(blindSignature) * modInverse(b64ToBig(unblinder), pub.n)) % pub.n);
}

export async function verifyToken(pub: RsaPublicKey, token: string, signature: string): Promise<boolean> {
  try {
    const s = b64ToBig(signature);
    if (s <= 0n || s >= pub.n) return false;
    return modPow(s, pub.e, pub.n) === (await hashToInt(token, pub.n));
  } catch {
    return false;
  }
}

/** The receipt a member looks for in the published list: SHA-256 of the token, hex. */
export async function receiptOf(token: string): Promise<string> {
  const h = await sha256(new TextEncoder().encode(`receipt:${token}`));
  return [...h].map((b) => b.toString(16).padStart(2, '0')).join('');
}
