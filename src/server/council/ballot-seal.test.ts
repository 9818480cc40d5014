import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestDb } from '../db/test-db';
import { createBallotKey, destroyBallotKey, readBallotKey, sweepBallotKeys } from './ballot-box';
import { dedupeTag, openVote, sealVote, shuffled } from './ballot-seal';

describe('sealed votes', () => {
  const key = randomBytes(32);
  const receipt = 'a'.repeat(64);

  it('open what was sealed; every sealed vote has the same length whatever it says', () => {
    const votes = [
      { receipt, channel: 'DIGITAL' as const, choice: 'DONG_Y' as const },
      { receipt, channel: 'DIGITAL' as const, choice: 'KHONG_DONG_Y' as const },
      {
        receipt: 'paper-0b7c2f6e-7d0a-4c59-9c55-2f9b1d3a8e11',
        channel: 'PAPER' as const,
        choice: 'DONG_Y' as const,
      },
    ];
    const sealed = votes.map((v) => sealVote(key, 'b1', v));
    expect(new Set(sealed.map((s) => s.length)).size).toBe(1);
    expect(sealed.map((s) => openVote(key, 'b1', s))).toEqual(votes);
    // Same vote sealed twice: different ciphertexts (random IV), nothing to compare.
    const again = votes[0];
    if (again) expect(sealVote(key, 'b1', again)).not.toBe(sealed[0]);
  });

  it('refuses another key, another ballot, or a changed byte', () => {
    const s = sealVote(key, 'b1', { receipt, channel: 'DIGITAL', choice: 'DONG_Y' });
    expect(() => openVote(randomBytes(32), 'b1', s)).toThrow();
    expect(() => openVote(key, 'b2', s)).toThrow();
    const raw = Buffer.from(s, 'base64');
    raw[20] = (raw[20] ?? 0) ^ 1;
    expect(() => openVote(key, 'b1', raw.toString('base64'))).toThrow();
  });

  it('the dedupe tag is stable for a receipt, differs across receipts, keys and ballots', () => {
    expect(dedupeTag(key, 'b1', receipt)).toBe(dedupeTag(key, 'b1', receipt));
    expect(dedupeTag(key, 'b1', receipt)).not.toBe(dedupeTag(key, 'b1', 'b'.repeat(64)));
    expect(dedupeTag(key, 'b1', receipt)).not.toBe(dedupeTag(randomBytes(32), 'b1', receipt));
    expect(dedupeTag(key, 'b1', receipt)).not.toBe(dedupeTag(key, 'b2', receipt));
  });

  it('the shuffle keeps every vote and puts each first about equally often', () => {
    const first = new Map<number, number>();
    for (let i = 0; i < 3000; i++) {
      const s = shuffled([0, 1, 2]);
      expect([...s].sort()).toEqual([0, 1, 2]);
      first.set(s[0] ?? -1, (first.get(s[0] ?? -1) ?? 0) + 1);
    }
    for (const k of [0, 1, 2]) expect(first.get(k)).toBeGreaterThan(850); // mean 1000, sd ≈ 26
  });
});

describe('seal key files', () => {
  it('are private, kept if already made, deleted on request and swept when their ballot is unknown', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-box-test-'));
    const h = await openTestDb();
    try {
      const id = '6d0c5f0e-3b1e-4f7a-9d43-0b8a7f1c2e55';
      const k = createBallotKey(dir, id);
      expect(fs.statSync(path.join(dir, `${id}.key`)).mode & 0o777).toBe(0o600);
      expect(createBallotKey(dir, id).equals(k)).toBe(true);
      expect(readBallotKey(dir, id)?.equals(k)).toBe(true);
      fs.writeFileSync(path.join(dir, `${id}.key.abc.tmp`), 'x');
      expect(await sweepBallotKeys(h.db, dir)).toEqual([id]); // no such ballot in this database
      expect(fs.readdirSync(dir)).toEqual([]);
      createBallotKey(dir, id);
      destroyBallotKey(dir, id);
      expect(readBallotKey(dir, id)).toBeNull();
    } finally {
      await h.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
