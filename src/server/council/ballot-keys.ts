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
 * The private key is PKCS#8 DER (base64url) in `ballots.key_d` while the ballot is open; closing sets it
 * to NULL. It is parsed per request and never cached in memory.
 */
const generateKeyPairAsync = promisify(generateKeyPair);

export interface BallotKey {
  /** Public modulus and exponent, base64url (as the JWK spells them): published and kept forever. */
  n: string;
  e: string;
  /** PKCS#8 DER, base64url: kept only while the ballot is open. */
  privateKey: string;
}

export async function generateBallotKey(): Promise<BallotKey> {
  const { privateKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048, publicExponent: 65537 });
  const jwk = privateKey.export({ format: 'jwk' });
  if (!jwk.n || !jwk.e) throw new Error('RSA key without n or e');
  return {
    n: jwk.n,
    e: jwk.e,
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64url'),
  };
}

const badBlinded = () => new AppError(400, 'BAD_BLINDED', 'Dữ liệu phiếu không hợp lệ.');

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
    const priv = createPrivateKey({
      key: Buffer.from(key.privateKey, 'base64url'),
      format: 'der',
      type: 'pkcs8',
    });
    s = privateDecrypt({ key: priv, padding: constants.RSA_NO_PADDING }, blinded);
    const pub = createPublicKey({ key: { kty: 'RSA', n: key.n, e: key.e }, format: 'jwk' });
    back = publicEncrypt({ key: pub, padding: constants.RSA_NO_PADDING }, s);
  } catch {
    throw new AppError(
      500,
      'BALLOT_KEY_UNUSABLE',
      'Khoá của cuộc bỏ phiếu không dùng được; phiếu chưa được phát. Vui lòng báo quản trị viên.',
    );
  }
  if (!back.equals(blinded)) {
    throw new AppError(
      500,
      'BALLOT_KEY_UNUSABLE',
      'Chữ ký của cuộc bỏ phiếu không kiểm tra được; phiếu chưa được phát. Vui lòng báo quản trị viên.',
    );
  }
  return s.toString('base64url');
}
