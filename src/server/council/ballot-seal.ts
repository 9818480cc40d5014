import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import type { Choice } from '../../core/ballot';

/**
 * Sealing a vote while its ballot is open (docs/BALLOT-ANONYMITY.md). From the ballot's 32-byte seal key
 * (a file outside the database, `ballot-box.ts`) two keys are derived with HKDF-SHA256: one for
 * AES-256-GCM, one for HMAC-SHA256. The sealed form has one length whatever the vote says: the plaintext is
 * always 128 bytes (version, channel, choice, receipt length, receipt, zero padding), so a DONG_Y and a
 * KHONG_DONG_Y, a digital and a paper vote cannot be told apart by size.
 */
export type Channel = 'DIGITAL' | 'PAPER' | 'WRITTEN';
export interface PooledVote {
  receipt: string;
  channel: Channel;
  choice: Choice;
}

const CHANNELS: readonly Channel[] = ['DIGITAL', 'PAPER', 'WRITTEN'];
const CHOICES: readonly Choice[] = ['DONG_Y', 'KHONG_DONG_Y'];
const PLAIN_BYTES = 128;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const subkey = (key: Buffer, label: string) =>
  Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), label, 32));

/** HMAC of the receipt: equal for a token used twice (refused by a unique index), meaningless without the key. */
export function dedupeTag(key: Buffer, ballotId: string, receipt: string): string {
  return createHmac('sha256', subkey(key, 'thidua/ballot/dedupe/v1'))
    .update(`${ballotId}\n${receipt}`)
    .digest('base64url');
}

export function sealVote(key: Buffer, ballotId: string, v: PooledVote): string {
  const receipt = Buffer.from(v.receipt, 'utf8');
  if (receipt.length > PLAIN_BYTES - 4) throw new Error('receipt too long to seal');
  const plain = Buffer.alloc(PLAIN_BYTES);
  plain.writeUInt8(1, 0);
  plain.writeUInt8(CHANNELS.indexOf(v.channel), 1);
  plain.writeUInt8(CHOICES.indexOf(v.choice), 2);
  plain.writeUInt8(receipt.length, 3);
  receipt.copy(plain, 4);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', subkey(key, 'thidua/ballot/seal/v1'), iv);
  cipher.setAAD(Buffer.from(ballotId, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
}

/** Open a sealed vote; throws if it was not sealed with this key for this ballot. */
export function openVote(key: Buffer, ballotId: string, sealed: string): PooledVote {
  const raw = Buffer.from(sealed, 'base64');
  if (raw.length !== IV_BYTES + PLAIN_BYTES + TAG_BYTES) throw new Error('sealed vote has the wrong length');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    subkey(key, 'thidua/ballot/seal/v1'),
    raw.subarray(0, IV_BYTES),
  );
  decipher.setAAD(Buffer.from(ballotId, 'utf8'));
  decipher.setAuthTag(raw.subarray(IV_BYTES + PLAIN_BYTES));
  const plain = Buffer.concat([
    decipher.update(raw.subarray(IV_BYTES, IV_BYTES + PLAIN_BYTES)),
    decipher.final(),
  ]);
  const channel = CHANNELS[plain.readUInt8(1)];
  const choice = CHOICES[plain.readUInt8(2)];
  if (plain.readUInt8(0) !== 1 || !channel || !choice) throw new Error('sealed vote has an unknown format');
  return { channel, choice, receipt: plain.subarray(4, 4 + plain.readUInt8(3)).toString('utf8') };
}

/** Fisher–Yates with the operating system's randomness: the order in which the votes are written at the close. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
