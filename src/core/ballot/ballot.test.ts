import { constants, createHash, generateKeyPairSync, privateDecrypt } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fromBase64Url, toBase64Url } from './bigint-math';
import {
  blind,
  checkQuorum,
  newToken,
  receiptOf,
  rsaKeyFromJwk,
  type StoredBallot,
  tallyBallot,
  unblind,
  VOTE_RULES,
  type VoteRule,
  verifyToken,
} from './index';

/** A signer as the server has one (OpenSSL, RSA without padding = blinded^d mod n). */
function signer(bits = 2048) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  const jwk = privateKey.export({ format: 'jwk' }) as { n: string; e: string };
  return {
    pub: rsaKeyFromJwk(jwk),
    sign: (blinded: string) =>
      toBase64Url(
        privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, fromBase64Url(blinded)),
      ),
  };
}

async function signedToken(s: ReturnType<typeof signer>) {
  const token = newToken();
  const { blinded, unblinder } = await blind(s.pub, token);
  return { token, blinded, signature: await unblind(s.pub, token, s.sign(blinded), unblinder) };
}

describe('blind-signature voting tokens (RFC 9474 RSABSSA-SHA384-PSS-Randomized)', () => {
  const key = signer();
  it('round-trips: the server signs a blinded token; the finalized signature verifies on the token', async () => {
    const { token, blinded, signature } = await signedToken(key);
    expect(fromBase64Url(token)).toHaveLength(64); // msg_prefix ‖ msg, 32 bytes each
    expect(await verifyToken(key.pub, token, signature)).toBe(true);
    expect(blinded).not.toContain(token);
  });
  it('rejects a modified token, another key, garbage; Finalize refuses a wrong answer from the server', async () => {
    const { token, blinded, signature } = await signedToken(key);
    expect(await verifyToken(key.pub, newToken(), signature)).toBe(false);
    const other = signer(1024);
    expect(await verifyToken(key.pub, token, (await signedToken(other)).signature)).toBe(false);
    expect(await verifyToken(key.pub, token, 'AAAA')).toBe(false);
    expect(await verifyToken(key.pub, token, '%%%')).toBe(false);
    const { unblinder } = await blind(key.pub, token);
    await expect(unblind(key.pub, token, key.sign(blinded), unblinder)).rejects.toThrow('invalid signature');
  });
  it('refuses a token written in non-canonical base64url (same bytes, another string, another receipt)', async () => {
    const { token, signature } = await signedToken(key);
    const last = token.at(-1) ?? '';
    const alias = `${token.slice(0, -1)}${'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(last) ^ 1]}`;
    expect(fromBase64Url(alias)).toEqual(fromBase64Url(token));
    expect(await receiptOf(alias)).not.toBe(await receiptOf(token));
    expect(await verifyToken(key.pub, alias, signature)).toBe(false);
    expect(await verifyToken(key.pub, `${token}=`, signature)).toBe(false);
  });
  it('works where crypto.subtle does not exist (plain HTTP): only crypto.getRandomValues is used', async () => {
    const getRandomValues = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
    vi.stubGlobal('crypto', { getRandomValues });
    try {
      expect(globalThis.crypto.subtle).toBeUndefined();
      const { token, signature } = await signedToken(key);
      expect(await verifyToken(key.pub, token, signature)).toBe(true);
      expect(await receiptOf(token)).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
  it('gives the same receipt for the same token only: SHA-256 of "receipt:" ‖ token', async () => {
    const t = newToken();
    expect(await receiptOf(t)).toBe(await receiptOf(t));
    expect(await receiptOf(t)).toBe(createHash('sha256').update(`receipt:${t}`).digest('hex'));
    expect(await receiptOf(t)).not.toBe(await receiptOf(newToken()));
  });
});

const rule90: VoteRule = VOTE_RULES.CSTD_UPWARD as VoteRule;
const ballotsOf = (agree: number, disagree: number, id = 'p'): StoredBallot[] =>
  [...Array(agree).fill('DONG_Y'), ...Array(disagree).fill('KHONG_DONG_Y')].map((c, i) => ({
    receipt: `r${i}`,
    channel: 'DIGITAL',
    choices: { [id]: c },
  }));

describe('tally', () => {
  it('90% of ALL members: 9 of 10 passes, 8 of 10 fails even if only 9 are present', () => {
    const def = {
      proposals: [{ id: 'p', rule: rule90, recused: 0 }],
      totalMembers: 10,
      present: 9,
      recusalDenominator: 'EXCLUDE' as const,
    };
    expect(tallyBallot(def, ballotsOf(9, 0)).proposals[0]?.passed).toBe(true);
    expect(tallyBallot(def, ballotsOf(8, 1)).proposals[0]).toMatchObject({ passed: false, denominator: 10 });
  });
  it('a recused member leaves the denominator under EXCLUDE, stays under COUNT_AS_ABSENT', () => {
    const base = { proposals: [{ id: 'p', rule: rule90, recused: 1 }], totalMembers: 10, present: 10 };
    expect(
      tallyBallot({ ...base, recusalDenominator: 'EXCLUDE' }, ballotsOf(9, 0)).proposals[0],
    ).toMatchObject({ denominator: 9, passed: true });
    expect(
      tallyBallot({ ...base, recusalDenominator: 'COUNT_AS_ABSENT' }, ballotsOf(8, 1)).proposals[0],
    ).toMatchObject({ denominator: 10, passed: false });
  });
  it('"more than half" is strict: 5 of 10 fails, 6 of 10 passes', () => {
    const def = {
      proposals: [{ id: 'p', rule: VOTE_RULES.COMMUNE_TITLE as VoteRule, recused: 0 }],
      totalMembers: 10,
      present: 10,
      recusalDenominator: 'EXCLUDE' as const,
    };
    expect(tallyBallot(def, ballotsOf(5, 5)).proposals[0]?.passed).toBe(false);
    expect(tallyBallot(def, ballotsOf(6, 4)).proposals[0]?.passed).toBe(true);
  });
  it('any order gives the same result, and no receipt is counted twice', () => {
    const def = {
      proposals: [
        { id: 'a', rule: rule90, recused: 0 },
        { id: 'b', rule: VOTE_RULES.COMMUNE_TITLE as VoteRule, recused: 0 },
      ],
      totalMembers: 12,
      present: 11,
      recusalDenominator: 'EXCLUDE' as const,
    };
    const ballot = fc.record({
      receipt: fc.constantFrom(...Array.from({ length: 15 }, (_, i) => `r${i}`)),
      channel: fc.constant('DIGITAL' as const),
      choices: fc.record(
        {
          a: fc.constantFrom('DONG_Y' as const, 'KHONG_DONG_Y' as const),
          b: fc.constantFrom('DONG_Y' as const, 'KHONG_DONG_Y' as const),
        },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 20 }), fc.func(fc.integer()), (list, f) => {
        // Two ballots with the same receipt are the same ballot (same token): keep the first one's choices everywhere.
        const byReceipt = new Map<string, StoredBallot>();
        const canonical = list.map((b) => {
          const first = byReceipt.get(b.receipt);
          if (first) return first;
          byReceipt.set(b.receipt, b);
          return b;
        });
        const shuffled = [...canonical].sort(
          (x, y) => f(x.receipt.length) - f(y.receipt.length) || (x.receipt < y.receipt ? 1 : -1),
        );
        const r1 = tallyBallot(def, canonical);
        const r2 = tallyBallot(def, shuffled);
        expect(r2).toEqual(r1);
        expect(r1.ballots).toBe(new Set(canonical.map((b) => b.receipt)).size);
        for (const p of r1.proposals) expect(p.agree + p.disagree + p.blank).toBe(r1.ballots);
      }),
      { numRuns: 200 },
    );
  });
  it('90% at the boundary when 90% is not a whole number: 10 of 11 passes, 9 of 11 fails; 18 of 20 passes, 17 of 20 fails', () => {
    const def = (n: number) => ({
      proposals: [{ id: 'p', rule: rule90, recused: 0 }],
      totalMembers: n,
      present: n,
      recusalDenominator: 'EXCLUDE' as const,
    });
    expect(tallyBallot(def(11), ballotsOf(10, 1)).proposals[0]?.passed).toBe(true);
    expect(tallyBallot(def(11), ballotsOf(9, 2)).proposals[0]?.passed).toBe(false);
    expect(tallyBallot(def(20), ballotsOf(18, 2)).proposals[0]?.passed).toBe(true);
    expect(tallyBallot(def(20), ballotsOf(17, 3)).proposals[0]?.passed).toBe(false);
  });
  it('written opinions of absent members count where the rule allows them, and not otherwise', () => {
    // 10 members, 8 present, all 8 agree; the 2 absent members agree in writing: 10/10 — without them 8/10 fails 90%.
    const written: StoredBallot[] = [0, 1].map((i) => ({
      receipt: `w${i}`,
      channel: 'WRITTEN',
      choices: { p: 'DONG_Y' },
    }));
    const def = (rule: VoteRule) => ({
      proposals: [{ id: 'p', rule, recused: 0 }],
      totalMembers: 10,
      present: 8,
      recusalDenominator: 'EXCLUDE' as const,
    });
    expect(tallyBallot(def(rule90), [...ballotsOf(8, 0), ...written]).proposals[0]).toMatchObject({
      agree: 10,
      denominator: 10,
      passed: true,
    });
    expect(
      tallyBallot(def({ ...rule90, allowWrittenOpinions: false }), [...ballotsOf(8, 0), ...written])
        .proposals[0],
    ).toMatchObject({ agree: 8, counted: 8, denominator: 10, passed: false });
    // Over members present, an absent member who answered in writing joins the denominator: 5 of 8 present + 2 written "no" → 5/10, not more than half.
    const present = { ...(VOTE_RULES.COMMUNE_FORM as VoteRule) };
    const no: StoredBallot[] = [0, 1].map((i) => ({
      receipt: `n${i}`,
      channel: 'WRITTEN',
      choices: { p: 'KHONG_DONG_Y' },
    }));
    expect(tallyBallot(def(present), [...ballotsOf(5, 3), ...no]).proposals[0]).toMatchObject({
      agree: 5,
      denominator: 10,
      passed: false,
    });
  });
  it('quorum is two thirds of all members', () => {
    expect(checkQuorum(10, 7).ok).toBe(true);
    expect(checkQuorum(10, 6)).toMatchObject({ ok: false, needed: 7 });
    expect(checkQuorum(9, 6).ok).toBe(true);
  });
});
