import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilApi, type PublicBallot } from '../../contract/council';
import { blind, newToken, unblind, verifyToken } from '../../core/ballot';
import { b64ToBig, bigIntToBytes, modInverse, toBase64Url } from '../../core/ballot/bigint-math';
import { RFC9474_VECTORS } from '../../core/ballot/rfc9474-vectors';
import { fixedClock } from '../clock';
import { down as down0011, up as up0011 } from '../db/migrations/0011-ballot-key-destruction';
import { AppError } from '../http/errors';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';
import { parseBlinded, signBlinded } from './ballot-keys';

const hexB64 = (hex: string) => Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex').toString('base64url');

describe('blind signing with OpenSSL (RFC 9474 BlindSign)', () => {
  it('reproduces the published blind signature of every RFC 9474 vector', () => {
    for (const v of RFC9474_VECTORS) {
      const [p, q, d] = [BigInt(`0x${v.p}`), BigInt(`0x${v.q}`), BigInt(`0x${v.d}`)];
      const b64 = (x: bigint) => toBase64Url(bigIntToBytes(x));
      const privateKey = JSON.stringify({
        d: b64(d),
        p: b64(p),
        q: b64(q),
        dp: b64(d % (p - 1n)),
        dq: b64(d % (q - 1n)),
        qi: b64(modInverse(q, p)),
      });
      const blindSig = signBlinded(
        { n: hexB64(v.n), e: hexB64(v.e), privateKey },
        parseBlinded(hexB64(v.n), hexB64(v.blindedMsg)),
      );
      expect(Buffer.from(blindSig, 'base64url').toString('hex'), v.name).toBe(v.blindSig);
    }
  });

  it('refuses a blinded value that is not modulus-length or not below n (400 BAD_BLINDED)', () => {
    const v = RFC9474_VECTORS[0];
    if (!v) throw new Error('no vector');
    const n = hexB64(v.n);
    const nBytes = Buffer.from(v.n, 'hex');
    const bad = [
      n, // = n
      Buffer.from(nBytes.map((b, i) => (i === nBytes.length - 1 ? b + 1 : b))).toString('base64url'), // n + 1
      Buffer.alloc(nBytes.length, 0xff).toString('base64url'), // > n
      Buffer.alloc(nBytes.length).toString('base64url'), // 0
      hexB64(v.blindedMsg.slice(2)), // one byte short
      hexB64(`00${v.blindedMsg}`), // one byte long
      '%%%',
    ];
    for (const x of bad) {
      let err: unknown;
      try {
        parseBlinded(n, x);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ status: 400, code: 'BAD_BLINDED' });
    }
    expect(parseBlinded(n, hexB64(v.blindedMsg))).toHaveLength(nBytes.length);
  });
});

let w: World;
/** The world's server (the tests read its database). */
let t: World['t'];
let officer: Client;
let chair: Client;
let hd1: Client;
let hd2: Client;
let hd3: Client;
let unitHead: Client;
let meetingId: string;
let proposals: string[];

beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-02T02:00:00Z') });
  t = w.t;
  ({ officer, chair, unitHead } = w);
  hd1 = (await w.councilMember({ fullName: 'Bùi Văn Khải' })).client;
  hd2 = (await w.councilMember({ fullName: 'Nguyễn Thị Ánh' })).client;
  hd3 = (await w.councilMember({ fullName: 'Ngô Văn Lực' })).client;
  proposals = [];
  for (let i = 0; i < 3; i++) proposals.push((await w.proposal({ state: 'FORWARDED' })).id);
  const members = await officer.api.call(councilApi.listMembers, { query: { date: '2025-12-15' } });
  const m = await officer.api.call(councilApi.createMeeting, {
    body: {
      title: 'Họp Hội đồng TĐKT',
      meetingDate: '2025-12-15',
      place: 'Hội trường UBND xã',
      proposalIds: proposals,
    },
  });
  meetingId = m.id;
  const params = { id: meetingId };
  // Everybody present except Nguyễn Thị Ánh (hoidong2); Ngô Văn Lực (hoidong3) has a conflict on the first proposal.
  for (const x of members)
    await officer.api.call(councilApi.setAttendance, {
      params,
      body: { memberId: x.id, present: x.name !== 'Nguyễn Thị Ánh' },
    });
  await chair.api.call(councilApi.openMeeting, { params });
  const luc = members.find((x) => x.name === 'Ngô Văn Lực');
  await officer.api.call(councilApi.declareConflict, {
    params,
    body: {
      proposalId: proposals[0] ?? '',
      memberId: luc?.id ?? '',
      reason: 'Có quan hệ họ hàng với người được đề nghị',
    },
  });
});
afterAll(async () => {
  await w?.close();
});

const pubOf = (b: PublicBallot) => ({ n: b64ToBig(b.publicKey.n), e: b64ToBig(b.publicKey.e) });

async function openBallot(proposalId: string | undefined): Promise<PublicBallot> {
  return chair.api.call(councilApi.openBallot, {
    params: { id: meetingId },
    body: { proposalId: proposalId ?? '' },
  });
}

async function getToken(client: Client, ballot: PublicBallot) {
  const pub = pubOf(ballot);
  const token = newToken();
  const { blinded, unblinder } = await blind(pub, token);
  const r = await client.attempt(councilApi.issueToken, { params: { id: ballot.id }, body: { blinded } });
  return {
    r: { status: r.status, code: r.error?.code },
    token,
    signature: r.error ? '' : await unblind(pub, token, r.body.blindSignature, unblinder),
  };
}

const tokenRows = (ballotId: string) =>
  t.handle.db.selectFrom('ballot_tokens').selectAll().where('ballot_id', '=', ballotId).execute();
const keyOf = async (ballotId: string) =>
  (
    await t.handle.db
      .selectFrom('ballots')
      .select('key_d')
      .where('id', '=', ballotId)
      .executeTakeFirstOrThrow()
  ).key_d;

describe('issuing voting tokens', () => {
  let first: PublicBallot;
  let hd1Token: { token: string; signature: string };

  it('runs every check before the private key is used, and a signing failure leaves no claim', async () => {
    first = await openBallot(proposals[0]);
    const ok = await getToken(hd1, first);
    expect(ok.r.status).toBe(200);
    expect(await verifyToken(pubOf(first), ok.token, ok.signature)).toBe(true);
    hd1Token = ok;
    // Make the private key unusable: any request that reached the key would now fail with BALLOT_KEY_UNUSABLE.
    const key = await keyOf(first.id);
    await t.handle.db.updateTable('ballots').set({ key_d: 'AAAA' }).where('id', '=', first.id).execute();
    expect((await getToken(unitHead, first)).r.status).toBe(403); // not a council member
    expect((await getToken(hd2, first)).r.code).toBe('NOT_PRESENT');
    expect((await getToken(hd3, first)).r.code).toBe('RECUSED');
    expect((await getToken(hd1, first)).r.code).toBe('ALREADY_HAS_TOKEN');
    const tooBig = await chair.attempt(councilApi.issueToken, {
      params: { id: first.id },
      body: { blinded: first.publicKey.n },
    });
    expect([tooBig.status, tooBig.error?.code]).toEqual([400, 'BAD_BLINDED']);
    // The chairman is eligible: the claim is made, signing fails, the claim is rolled back.
    const failed = await getToken(chair, first);
    expect([failed.r.status, failed.r.code]).toEqual([500, 'BALLOT_KEY_UNUSABLE']);
    expect((await tokenRows(first.id)).map((r) => r.member_id)).toHaveLength(1);
    await t.handle.db.updateTable('ballots').set({ key_d: key }).where('id', '=', first.id).execute();
    const retry = await getToken(chair, first);
    expect(retry.r.status).toBe(200);
    expect(await verifyToken(pubOf(first), retry.token, retry.signature)).toBe(true);
    expect(await tokenRows(first.id)).toHaveLength(2);
  });

  it('gives one signature per member even when the same member asks many times at once', async () => {
    const second = await openBallot(proposals[1]);
    const results = await Promise.all(Array.from({ length: 6 }, () => getToken(hd1, second)));
    expect(results.map((x) => x.r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect(results.filter((x) => x.r.status === 409).every((x) => x.r.code === 'ALREADY_HAS_TOKEN')).toBe(
      true,
    );
    expect(await tokenRows(second.id)).toHaveLength(1);
  });

  it('closing destroys the private key: no column of any ballot holds it, issuing is refused, signatures stay verifiable', async () => {
    const key = await keyOf(first.id);
    if (!key) throw new Error('open ballot without key');
    const jwk = JSON.parse(key) as Record<string, string>;
    const secrets = [key, jwk.d, jwk.p, jwk.q, jwk.dp, jwk.dq, jwk.qi].filter((s): s is string => !!s);
    secrets.push(...secrets.slice(1).map((s) => Buffer.from(s, 'base64url').toString('hex')));
    expect(secrets).toHaveLength(13);
    const fileHolds = (secret: string) => {
      // SQLite: the whole database as SQLite reads it (pages through the WAL), free space included.
      const copy = new SQLite(t.handle.location, { readonly: true });
      try {
        return copy.serialize().includes(Buffer.from(secret));
      } finally {
        copy.close();
      }
    };
    if (t.handle.dialect === 'sqlite') expect(secrets.filter(fileHolds)).toHaveLength(secrets.length - 6); // the hex forms are not stored
    expect((await chair.api.call(councilApi.closeBallot, { params: { id: first.id } })).status).toBe(
      'CLOSED',
    );
    if (t.handle.dialect === 'sqlite') expect(secrets.filter(fileHolds)).toEqual([]); // zeroed, not just unlinked

    expect(await keyOf(first.id)).toBeNull();
    const rows = await t.handle.db.selectFrom('ballots').selectAll().execute();
    const cells = rows.flatMap((r) => Object.values(r).map((v) => String(v)));
    expect(cells.length).toBeGreaterThan(rows.length * 10);
    expect(secrets.filter((s) => cells.some((c) => c.includes(s)))).toEqual([]);
    const audit = JSON.stringify(await t.handle.db.selectFrom('audit_log').selectAll().execute());
    expect(secrets.filter((s) => audit.includes(s))).toEqual([]);

    const late = await getToken(hd1, first);
    expect([late.r.status, late.r.code]).toEqual([409, 'BALLOT_CLOSED']);
    const pub = await t.anonymous.api.call(councilApi.publicBallot, { params: { id: first.id } });
    expect(await verifyToken(pubOf(pub), hd1Token.token, hd1Token.signature)).toBe(true);
  });

  it('migration 0011 wipes the keys of ballots closed before it, keeps open ballots and every row', async () => {
    const db = t.handle.db;
    const open = await openBallot(proposals[2]);
    const openKey = await keyOf(open.id);
    const before = {
      ballots: (await db.selectFrom('ballots').select('id').execute()).length,
      tokens: (await db.selectFrom('ballot_tokens').select('ballot_id').execute()).length,
    };
    await down0011(db); // back to NOT NULL (SQLite rebuilds the table)
    await expect(
      db.updateTable('ballots').set({ key_d: null }).where('id', '=', first.id).execute(),
    ).rejects.toThrow(/null/i);
    await db
      .updateTable('ballots')
      .set({ key_d: 'a-key-kept-by-the-old-version' })
      .where('id', '=', first.id)
      .execute();
    await up0011(db);
    expect(await keyOf(first.id)).toBeNull();
    expect(await keyOf(open.id)).toBe(openKey);
    expect((await db.selectFrom('ballots').select('id').execute()).length).toBe(before.ballots);
    expect((await db.selectFrom('ballot_tokens').select('ballot_id').execute()).length).toBe(before.tokens);
    if (t.handle.dialect === 'sqlite') {
      expect(
        (await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db)).rows[0]?.foreign_keys,
      ).toBe(1);
      await expect(
        db
          .insertInto('ballot_tokens')
          .values({ ballot_id: 'no-such-ballot', member_id: 'x', channel: 'DIGITAL' })
          .execute(),
      ).rejects.toThrow(/FOREIGN KEY/);
    }
    // The open ballot still issues tokens after the migration.
    const after = await getToken(hd1, open);
    expect(after.r.status).toBe(200);
    expect(await verifyToken(pubOf(open), after.token, after.signature)).toBe(true);
  });
});
