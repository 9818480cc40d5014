import { hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { bigIntToBytes, modPow } from './bigint-math';
import {
  blindMessage,
  emsaPssEncode,
  emsaPssVerify,
  finalize,
  modulusLength,
  prepare,
  RSABSSA_SHA384_PSS_DETERMINISTIC,
  RSABSSA_SHA384_PSS_RANDOMIZED,
  RSABSSA_SHA384_PSSZERO_DETERMINISTIC,
  RSABSSA_SHA384_PSSZERO_RANDOMIZED,
  type Rsabssa,
  verifySignature,
} from './rfc9474';
import { RFC9474_VECTORS } from './rfc9474-vectors';

const VARIANTS: Record<string, Rsabssa> = Object.fromEntries(
  [
    RSABSSA_SHA384_PSS_RANDOMIZED,
    RSABSSA_SHA384_PSSZERO_RANDOMIZED,
    RSABSSA_SHA384_PSS_DETERMINISTIC,
    RSABSSA_SHA384_PSSZERO_DETERMINISTIC,
  ].map((v) => [v.name, v]),
);
const big = (hex: string) => BigInt(`0x${hex}`);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('RFC 9474 Appendix A test vectors', () => {
  it('has the four named variants', () => {
    expect(RFC9474_VECTORS.map((v) => v.name).sort()).toEqual(Object.keys(VARIANTS).sort());
  });

  for (const v of RFC9474_VECTORS) {
    it(`${v.name}: every step gives the published value`, () => {
      const variant = VARIANTS[v.name];
      if (!variant) throw new Error(v.name);
      const [p, q, n, e, d] = [big(v.p), big(v.q), big(v.n), big(v.e), big(v.d)];
      const pk = { n, e };
      // The key: n = p·q, and d inverts e (checked again by the blind signature below).
      expect(p * q).toBe(n);
      expect(modPow(modPow(2n, e, n), d, n)).toBe(2n);
      // Prepare: msg_prefix ‖ msg for the randomized variants, msg itself otherwise.
      const prepared = prepare(variant, hexToBytes(v.msg), hexToBytes(v.msgPrefix || '00'.repeat(32)));
      expect(hex(prepared)).toBe(v.preparedMsg);
      expect(v.preparedMsg).toBe(v.msgPrefix + v.msg);
      expect(hexToBytes(v.salt).length).toBe(variant.saltLength);
      // EMSA-PSS encoding with the published salt.
      const encoded = emsaPssEncode(
        prepared,
        n.toString(2).length - 1,
        variant.saltLength,
        hexToBytes(v.salt),
      );
      expect(hex(encoded)).toBe(v.encodedMsg);
      expect(emsaPssVerify(prepared, encoded, n.toString(2).length - 1, variant.saltLength)).toBe(true);
      // Blind with the published salt and blinding inverse.
      const blinded = blindMessage(variant, pk, prepared, { salt: hexToBytes(v.salt), inv: big(v.inv) });
      expect(hex(blinded.encodedMsg)).toBe(v.encodedMsg);
      expect(blinded.inv).toBe(big(v.inv));
      expect(hex(blinded.blindedMsg)).toBe(v.blindedMsg);
      // BlindSign (RSASP1 = blinded^d mod n; the server does this with OpenSSL, see ballot-keys.test.ts).
      const blindSig = modPow(big(v.blindedMsg), d, n);
      expect(hex(bigIntToBytes(blindSig, modulusLength(n)))).toBe(v.blindSig);
      // Finalize, which also verifies.
      const sig = finalize(variant, pk, prepared, hexToBytes(v.blindSig), big(v.inv));
      expect(hex(sig)).toBe(v.sig);
      expect(verifySignature(variant, pk, prepared, hexToBytes(v.sig))).toBe(true);
      // The signature is on the prepared message, not on msg alone or another message.
      if (variant.randomized) expect(verifySignature(variant, pk, hexToBytes(v.msg), sig)).toBe(false);
      const other = prepared.slice();
      other[other.length - 1] = (other[other.length - 1] ?? 0) ^ 1;
      expect(verifySignature(variant, pk, other, sig)).toBe(false);
      expect(() => finalize(variant, pk, other, hexToBytes(v.blindSig), big(v.inv))).toThrow(
        'invalid signature',
      );
    });
  }

  it('Finalize refuses a blind signature of the wrong length', () => {
    const v = RFC9474_VECTORS[0];
    if (!v) throw new Error('no vector');
    const pk = { n: big(v.n), e: big(v.e) };
    expect(() =>
      finalize(
        RSABSSA_SHA384_PSS_RANDOMIZED,
        pk,
        hexToBytes(v.preparedMsg),
        hexToBytes(v.blindSig).slice(1),
        big(v.inv),
      ),
    ).toThrow('unexpected input size');
  });
});
