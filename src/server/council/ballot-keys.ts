import {
  constants,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  privateDecrypt,
  publicEncrypt,
} from 'node:crypto';
import { promisify } from 'node:util';
import { bytesToBigInt, fromBase64Url } from '../../core/ballot/bigint-math';
import { AppError } from '../http/errors';

/**
 * The signer's side of the ballot's RSA blind signatures (RFC 9474 BlindSign), done by OpenSSL:
 * - a key per ballot, made with the asynchronous `generateKeyPair` (libuv's thread pool, so the request
 *   thread keeps serving while the primes are searched — about 0.1–0.5 s);
 * - a blind signature = blinded^d mod n by `privateDecrypt` with no padding (CRT, about 1 ms for RSA-2048,
 *   short enough to stay on the request thread), checked with the public key before it is returned.
 * The private members of the key (d, p, q, dp, dq, qi — JWK JSON) are in `ballots.key_d` while the ballot
 * is open; closing sets it to NULL. It is imported per request (JWK import takes ~0.04 ms; PKCS#8 would
 * take ~1 ms) and never cached in memory.
 */
const generateKeyPairAsync = promisify(generateKeyPair);

export interface BallotKey {
  /** Public modulus and exponent, base64url (as the JWK spells them): published and kept forever. */
  n: string;
  e: string;
  /** The private members as JWK JSON `{d, p, q, dp, dq, qi}`: kept only while the ballot is open. */
  privateKey: string;
}

export async function generateBallotKey(): Promise<BallotKey> {
  const { privateKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048, publicExponent: 65537 });
  const { n, e, d, p, q, dp, dq, qi } = privateKey.export({ format: 'jwk' });
  if (!n || !e || !d || !p || !q || !dp || !dq || !qi) throw new Error('RSA key without its CRT members');
  return { n, e, privateKey: JSON.stringify({ d, p, q, dp, dq, qi }) };
}

const badBlinded = () => new AppError('BAD_BLINDED', 'Dữ liệu phiếu không hợp lệ.');

/** The blinded message as bytes: exactly modulus_len bytes, an integer in (0, n) — refused otherwise (400). */
export function parseBlinded(nB64: string, blinded: string): Buffer {
  const n = fromBase64Url(nB64);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(blinded);
  } catch {
    throw badBlinded();
  }
  const m = bytesToBigInt(bytes);
  if (bytes.length !== n.length || m <= 0n || m >= bytesToBigInt(n)) throw badBlinded();
  return Buffer.from(bytes);
}

/** RFC 9474 BlindSign: s = m^d mod n with the ballot's private key, and the check s^e = m before answering. */
export function signBlinded(key: { n: string; e: string; privateKey: string }, blinded: Buffer): string {
  let s: Buffer;
  let back: Buffer;
  try {
    const members = JSON.parse(key.privateKey) as Record<string, string>;
    const priv = createPrivateKey({ key: { ...members, kty: 'RSA', n: key.n, e: key.e }, format: 'jwk' });
    s = privateDecrypt({ key: priv, padding: constants.RSA_NO_PADDING }, blinded);
    const pub = createPublicKey({ key: { kty: 'RSA', n: key.n, e: key.e }, format: 'jwk' });
    back = publicEncrypt({ key: pub, padding: constants.RSA_NO_PADDING }, s);
  } catch {
    throw new AppError(
      'BALLOT_KEY_UNUSABLE',
      'Khoá của cuộc bỏ phiếu không dùng được; phiếu chưa được phát. Vui lòng báo quản trị viên.',
    );
  }
  if (!back.equals(blinded)) {
    throw new AppError(
      'BALLOT_KEY_UNUSABLE',
      'Chữ ký của cuộc bỏ phiếu không kiểm tra được; phiếu chưa được phát. Vui lòng báo quản trị viên.',
    );
  }
  return s.toString('base64url');
}
