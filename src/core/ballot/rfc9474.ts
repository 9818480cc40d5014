import { sha384 } from '@noble/hashes/sha2.js';
import { concatBytes } from '@noble/hashes/utils.js';
import { bigIntToBytes, bytesToBigInt, gcd, modInverse, modPow } from './bigint-math';

/**
 * RSA Blind Signatures, RFC 9474 (RSABSSA), client side: Prepare, Blind, Finalize and Verify, with
 * EMSA-PSS encoding and MGF1 from RFC 8017. Hashing is SHA-384 from @noble/hashes, which runs without
 * `crypto.subtle` (absent on plain-HTTP intranets), so this works in every browser; randomness comes from
 * `crypto.getRandomValues`. The signer's side (BlindSign) is done by the server with OpenSSL.
 * `inject` exists only for the RFC's test vectors (fixed prefix, salt and blinding inverse).
 */
export interface Rsabssa {
  name: string;
  /** PSS salt length in bytes: 48 (PSS) or 0 (PSSZERO). */
  saltLength: number;
  /** Randomized variants prepend a random 32-byte prefix to the message (Prepare). */
  randomized: boolean;
}

export const RSABSSA_SHA384_PSS_RANDOMIZED: Rsabssa = {
  name: 'RSABSSA-SHA384-PSS-Randomized',
  saltLength: 48,
  randomized: true,
};
export const RSABSSA_SHA384_PSSZERO_RANDOMIZED: Rsabssa = {
  name: 'RSABSSA-SHA384-PSSZERO-Randomized',
  saltLength: 0,
  randomized: true,
};
export const RSABSSA_SHA384_PSS_DETERMINISTIC: Rsabssa = {
  name: 'RSABSSA-SHA384-PSS-Deterministic',
  saltLength: 48,
  randomized: false,
};
export const RSABSSA_SHA384_PSSZERO_DETERMINISTIC: Rsabssa = {
  name: 'RSABSSA-SHA384-PSSZERO-Deterministic',
  saltLength: 0,
  randomized: false,
};

export interface RsaPublicKey {
  n: bigint;
  e: bigint;
}

const H_LEN = 48; // SHA-384

export class Rfc9474Error extends Error {}

export function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  globalThis.crypto.getRandomValues(out);
  return out;
}

const bitLength = (n: bigint) => n.toString(2).length;
/** modulus_len: the length of n in bytes. */
export const modulusLength = (n: bigint) => Math.ceil(bitLength(n) / 8);

/** MGF1 with SHA-384 (RFC 8017 B.2.1). */
export function mgf1(seed: Uint8Array, maskLength: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(maskLength / H_LEN) * H_LEN);
  const input = new Uint8Array(seed.length + 4);
  input.set(seed);
  const view = new DataView(input.buffer);
  for (let counter = 0; counter * H_LEN < maskLength; counter++) {
    view.setUint32(seed.length, counter);
    out.set(sha384(input), counter * H_LEN);
  }
  return out.slice(0, maskLength);
}

/** EMSA-PSS-ENCODE (RFC 8017 9.1.1) with SHA-384 and MGF1-SHA-384. */
export function emsaPssEncode(
  msg: Uint8Array,
  emBits: number,
  saltLength: number,
  salt = randomBytes(saltLength),
): Uint8Array {
  const emLen = Math.ceil(emBits / 8);
  if (salt.length !== saltLength) throw new Rfc9474Error('salt length');
  if (emLen < H_LEN + saltLength + 2) throw new Rfc9474Error('encoding error');
  const mHash = sha384(msg);
  const h = sha384(concatBytes(new Uint8Array(8), mHash, salt));
  const db = new Uint8Array(emLen - H_LEN - 1);
  db[emLen - saltLength - H_LEN - 2] = 0x01;
  db.set(salt, emLen - saltLength - H_LEN - 1);
  const mask = mgf1(h, db.length);
  for (let i = 0; i < db.length; i++) db[i] = (db[i] ?? 0) ^ (mask[i] ?? 0);
  db[0] = (db[0] ?? 0) & (0xff >> (8 * emLen - emBits));
  return concatBytes(db, h, Uint8Array.of(0xbc));
}

/** EMSA-PSS-VERIFY (RFC 8017 9.1.2): true when `em` is a PSS encoding of `msg`. */
export function emsaPssVerify(msg: Uint8Array, em: Uint8Array, emBits: number, saltLength: number): boolean {
  const emLen = Math.ceil(emBits / 8);
  if (em.length !== emLen || emLen < H_LEN + saltLength + 2) return false;
  if (em[emLen - 1] !== 0xbc) return false;
  const maskedDb = em.slice(0, emLen - H_LEN - 1);
  const h = em.slice(emLen - H_LEN - 1, emLen - 1);
  const topBits = 8 * emLen - emBits;
  if (((maskedDb[0] ?? 0) & ~(0xff >> topBits) & 0xff) !== 0) return false;
  const mask = mgf1(h, maskedDb.length);
  const db = maskedDb.map((b, i) => b ^ (mask[i] ?? 0));
  db[0] = (db[0] ?? 0) & (0xff >> topBits);
  const psLen = emLen - H_LEN - saltLength - 2;
  for (let i = 0; i < psLen; i++) if (db[i] !== 0) return false;
  if (db[psLen] !== 0x01) return false;
  const salt = db.slice(db.length - saltLength);
  const h2 = sha384(concatBytes(new Uint8Array(8), sha384(msg), salt));
  let diff = 0;
  for (let i = 0; i < H_LEN; i++) diff |= (h[i] ?? 0) ^ (h2[i] ?? 0);
  return diff === 0;
}

/** Prepare (RFC 9474 4.1): the randomized variants sign `msg_prefix ‖ msg` with a fresh 32-byte prefix. */
export function prepare(variant: Rsabssa, msg: Uint8Array, prefix = randomBytes(32)): Uint8Array {
  if (!variant.randomized) return msg;
  if (prefix.length !== 32) throw new Rfc9474Error('prefix length');
  return concatBytes(prefix, msg);
}

/** A uniformly random integer in [1, n). */
function randomBelow(n: bigint): bigint {
  const bits = bitLength(n);
  const bytes = Math.ceil(bits / 8);
  for (;;) {
    const raw = randomBytes(bytes);
    raw[0] = (raw[0] ?? 0) & (0xff >> (8 * bytes - bits));
    const r = bytesToBigInt(raw);
    if (r >= 1n && r < n) return r;
  }
}

/** Blind (RFC 9474 4.2): the blinded message for the signer, and the inverse kept to finalize. */
export function blindMessage(
  variant: Rsabssa,
  pk: RsaPublicKey,
  preparedMsg: Uint8Array,
  inject?: { salt: Uint8Array; inv: bigint },
): { blindedMsg: Uint8Array; inv: bigint; encodedMsg: Uint8Array } {
  const k = modulusLength(pk.n);
  const encodedMsg = emsaPssEncode(preparedMsg, bitLength(pk.n) - 1, variant.saltLength, inject?.salt);
  const m = bytesToBigInt(encodedMsg);
  if (gcd(m, pk.n) !== 1n) throw new Rfc9474Error('invalid input');
  let r: bigint;
  let inv: bigint;
  if (inject) {
    inv = inject.inv;
    r = modInverse(inv, pk.n);
  } else {
    for (;;) {
      r = randomBelow(pk.n);
      if (gcd(r, pk.n) === 1n) break;
    }
    inv = modInverse(r, pk.n);
  }
  const z = (m * modPow(r, pk.e, pk.n)) % pk.n;
  return { blindedMsg: bigIntToBytes(z, k), inv, encodedMsg };
}

/** RSASSA-PSS-VERIFY (RFC 8017 8.1.2) with the variant's salt length. */
export function verifySignature(
  variant: Rsabssa,
  pk: RsaPublicKey,
  preparedMsg: Uint8Array,
  sig: Uint8Array,
): boolean {
  const k = modulusLength(pk.n);
  if (sig.length !== k) return false;
  const s = bytesToBigInt(sig);
  if (s >= pk.n) return false;
  const emBits = bitLength(pk.n) - 1;
  const emLen = Math.ceil(emBits / 8);
  const m = modPow(s, pk.e, pk.n);
  if (bitLength(m) > emLen * 8) return false;
  return emsaPssVerify(preparedMsg, bigIntToBytes(m, emLen), emBits, variant.saltLength);
}

/** Finalize (RFC 9474 4.4): unblind the signer's answer and check it is a valid signature, or throw. */
export function finalize(
  variant: Rsabssa,
  pk: RsaPublicKey,
  preparedMsg: Uint8Array,
  blindSig: Uint8Array,
  inv: bigint,
): Uint8Array {
  const k = modulusLength(pk.n);
  if (blindSig.length !== k) throw new Rfc9474Error('unexpected input size');
  const z = bytesToBigInt(blindSig);
  const sig = bigIntToBytes((z * inv) % pk.n, k);
  if (!verifySignature(variant, pk, preparedMsg, sig)) throw new Rfc9474Error('invalid signature');
  return sig;
}
