import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { b64ToBig, bigIntToBytes, fromBase64Url, toBase64Url } from './bigint-math';
import {
  blindMessage,
  finalize,
  modulusLength,
  prepare,
  RSABSSA_SHA384_PSS_RANDOMIZED,
  type RsaPublicKey,
  randomBytes,
  verifySignature,
} from './rfc9474';

/**
 * Anonymous voting tokens: RSA blind signatures per RFC 9474, variant RSABSSA-SHA384-PSS-Randomized.
 * The member's device makes a random token, blinds it, and the server signs the blinded value for an
 * authenticated member — once per ballot — without seeing the token. The device finalizes (unblinds and
 * checks) the signature and later casts the ballot with (token, signature) without logging in.
 *
 * The token IS the prepared message of the randomized variant: `msg_prefix ‖ msg` (32 random bytes each),
 * base64url. It is what is signed, what the server verifies, and what the receipt is computed from.
 * All values on the wire are base64url; a token must be in canonical base64url (one string per token).
 */
export type { RsaPublicKey } from './rfc9474';

const VARIANT = RSABSSA_SHA384_PSS_RANDOMIZED;

export function rsaKeyFromJwk(jwk: { n?: string; e?: string }): RsaPublicKey {
  if (!jwk.n || !jwk.e) throw new Error('JWK thiếu n hoặc e');
  return { n: b64ToBig(jwk.n), e: b64ToBig(jwk.e) };
}

/** Decode base64url, refusing any string that is not the canonical encoding of its bytes. */
function canonicalBytes(s: string): Uint8Array {
  const bytes = fromBase64Url(s);
  if (toBase64Url(bytes) !== s) throw new Error('not canonical base64url');
  return bytes;
}

/** A fresh random voting token (what the member keeps secret until casting): RFC 9474 Prepare of 32 random bytes. */
export function newToken(): string {
  return toBase64Url(prepare(VARIANT, randomBytes(32)));
}

export async function blind(
  pub: RsaPublicKey,
  token: string,
): Promise<{ blinded: string; unblinder: string }> {
  const r = blindMessage(VARIANT, pub, canonicalBytes(token));
  return {
    blinded: toBase64Url(r.blindedMsg),
    unblinder: toBase64Url(bigIntToBytes(r.inv, modulusLength(pub.n))),
  };
}

/** RFC 9474 Finalize: the signature on the token, checked; throws if the server's answer is not valid. */
export async function unblind(
  pub: RsaPublicKey,
  token: string,
  blindSignature: string,
  unblinder: string,
): Promise<string> {
  const sig = finalize(
    VARIANT,
    pub,
    canonicalBytes(token),
    fromBase64Url(blindSignature),
    b64ToBig(unblinder),
  );
  return toBase64Url(sig);
}

export async function verifyToken(pub: RsaPublicKey, token: string, signature: string): Promise<boolean> {
  try {
    return verifySignature(VARIANT, pub, canonicalBytes(token), fromBase64Url(signature));
  } catch {
    return false;
  }
}

/** The receipt a member looks for in the published list: SHA-256 of `receipt:` ‖ token, hex. */
export async function receiptOf(token: string): Promise<string> {
  return bytesToHex(sha256(utf8ToBytes(`receipt:${token}`)));
}
