import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditApi } from '../../contract/audit';
import { councilApi, type PublicBallot } from '../../contract/council';
import { urlOf } from '../../contract/endpoint';
import { organisationsApi } from '../../contract/organisations';
import { proposalsApi } from '../../contract/proposals';
import { b64ToBig, blind, newToken, unblind } from '../../core/ballot';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';
import { chanceTail } from './linking-statistics';

/**
 * The adversary suite of docs/BALLOT-ANONYMITY.md. Ballots of 5, 15 and 25 members, who vote one
 * after another (token, vote, next member) or all at once, with random choices. ONE adversary holds every
 * signal at once — which covers any two of the adversaries of the doc together:
 *  - the API as officer, chairman, administrator and the public, polled after every request (public ballot
 *    view, recount, meeting view — the source of the minutes and the meeting documents —, the meeting's change
 *    signal that the meeting page polls, and the audit list);
 *  - the whole database after every request: every row of every `ballot*` table with every column, including
 *    the system columns (SQLite `rowid`; PostgreSQL `ctid`, `xmin`), every audit row (times to the millisecond,
 *    request ids), and on SQLite the raw bytes of the database file and of its `-wal` file;
 *  - every log line at level `trace`.
 * Its linking algorithm: order the members by when their ballot was issued (first snapshot showing their
 * token row or audit row, then the audit time and id); order the counted votes by the first snapshot in which
 * any of their values (receipt, id) appeared anywhere — API, rows, file bytes, logs — then by physical order
 * (rowid; ctid, xmin). Pair the k-th member with the k-th vote: a guessed bijection member → (receipt, choice).
 *
 * Statistical test (stated here, computed in `linking-statistics.ts`): if nothing links, the guessed bijection
 * is independent of the true one, so per ballot of n the number of receipts named correctly is the number of
 * fixed points of a uniform random permutation (mean 1 whatever n), and the number of choices named correctly
 * is n − 2a + 2X with X hypergeometric (n, a, a) for a agreeing votes. The totals over all ballots have the
 * exact convolved distributions; the suite fails if either total lies in the upper tail p < 0.001.
 *
 * It can fail: against the former code (votes stored in clear as they came, receipts shown while open)
 * it named 183 of 200 receipts on SQLite and 103 of 200 on PostgreSQL (p < 1e-60); the figures before and
 * after are in docs/BALLOT-ANONYMITY.md.
 */

type Ballot = Pick<PublicBallot, 'id' | 'publicKey'>;
type Choice = 'DONG_Y' | 'KHONG_DONG_Y';
interface Member {
  id: string;
  userId: string;
  client: Client;
}

/** RFC 9474 Finalize: unblind the server's answer (and check it) into the token's signature. */
function finalize(
  pub: { n: bigint; e: bigint },
  token: string,
  blindSignature: string,
  unblinder: string,
): Promise<string> {
  return unblind(pub, token, blindSignature, unblinder);
}

let w: World;
/** The world's server (the adversary reads its database and its files). */
let t: World['t'];
let officer: Client;
let chair: Client;
let admin: Client;
const logLines: string[] = [];
const councils = new Map<number, { meetingId: string; members: Member[]; proposals: string[] }>();
const SIZES = [5, 15, 25] as const;
/** Ballots per size and way of voting (ANON_ROUNDS=n for a longer run); each ballot is one trial. */
const ROUNDS = Number(process.env.ANON_ROUNDS ?? 1);

beforeAll(async () => {
  w = await startWorld({
    logger: { level: 'trace', stream: { write: (line: string) => void logLines.push(line) } },
  });
  t = w.t;
  ({ officer, chair, admin } = w);
  // A council of 5 from 2030, 15 from 2031, 25 from 2032 (the world's council's terms end before).
  for (const m of await officer.api.call(councilApi.listMembers, { query: { date: '2029-12-31' } }))
    await officer.api.call(councilApi.endMemberTerm, {
      params: { id: m.id },
      body: { termTo: '2029-12-31' },
    });
  const units = await officer.api.call(organisationsApi.listUnits, {});
  const unit = units.find((u) => u.kind !== 'XA') ?? units[0];
  if (!unit) throw new Error('no unit');
  const members: { id: string; client: Client }[] = [];
  for (let i = 1; i <= 25; i++) {
    const personId = await w.person({
      fullName: `Thành viên thử ${i}`,
      gender: i % 2 ? 'NAM' : 'NU',
      category: 'CAN_BO',
      unitId: unit.id,
    });
    const termFrom = i <= 5 ? '2030-01-01' : i <= 15 ? '2031-01-01' : '2032-01-01';
    const cm = await w.councilMember({ personId, termFrom });
    members.push({ id: cm.id, client: cm.client });
  }
  const collectives = units.filter((u) => u.kind !== 'XA');
  for (const [k, size] of SIZES.entries()) {
    const date = `${size <= 5 ? 2030 : size <= 15 ? 2031 : 2032}-06-01`;
    const proposals: string[] = [];
    for (let i = 0; i < ROUNDS * 2; i++) {
      const target = collectives[(k * ROUNDS * 2 + i) % collectives.length];
      // Drafted through the API; the law checks are not what this suite is about, so the fixture marks it forwarded.
      const { id } = await w.proposal({
        subjectUnitId: target?.id ?? '',
        awardCode: 'TTLDTT',
        year: 2015 + k * ROUNDS * 2 + i,
      });
      await officer.attempt(proposalsApi.actOnProposal, { params: { id, action: 'submit' }, body: {} });
      await t.handle.db.updateTable('proposals').set({ status: 'FORWARDED' }).where('id', '=', id).execute();
      proposals.push(id);
    }
    const m = await officer.api.call(councilApi.createMeeting, {
      body: {
        title: `Họp Hội đồng TĐKT thử ${size} thành viên`,
        meetingDate: date,
        place: 'Hội trường',
        proposalIds: proposals,
      },
    });
    const params = { id: m.id };
    const council = await officer.api.call(councilApi.listMembers, { query: { date } });
    expect(council).toHaveLength(size);
    for (const x of council)
      await officer.api.call(councilApi.setAttendance, { params, body: { memberId: x.id, present: true } });
    await chair.api.call(councilApi.openMeeting, { params });
    const withClients: Member[] = [];
    for (const x of council) {
      const client = members.find((y) => y.id === x.id)?.client;
      if (!client) throw new Error('member without account');
      withClients.push({ id: x.id, userId: x.userId ?? '', client });
    }
    councils.set(size, { meetingId: m.id, members: withClients, proposals });
  }
}, 120_000);
afterAll(async () => {
  await w?.close();
});

/** The bytes of each database file at the adversary's last look. */
const scanned = new Map<string, Buffer>();

/** Everything the adversary has seen: the first snapshot in which each value appeared, and each member's ballot issue. */
class Adversary {
  private step = 0;
  private logPos = 0;
  readonly seen = new Map<string, number>();
  readonly issued = new Map<string, { step: number; at: string; auditId: number }>();
  constructor(
    private readonly ballotId: string,
    private readonly meetingId: string,
    private readonly memberOfUser: Map<string, string>,
  ) {}

  private note(text: string) {
    for (const m of text.matchAll(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,}|[A-Za-z0-9_-]{40,}/gi,
    )) {
      if (!this.seen.has(m[0])) this.seen.set(m[0], this.step);
    }
  }

  async tables(): Promise<string[]> {
    const q =
      t.handle.dialect === 'sqlite'
        ? sql<{ name: string }>`select name from sqlite_master where type = 'table' and name like 'ballot%'`
        : sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_name like 'ballot%'`;
    return (await q.execute(t.handle.db)).rows.map((r) => r.name);
  }

  /** Every row of a table with its system columns. */
  async rows(table: string): Promise<Record<string, unknown>[]> {
    const q =
      t.handle.dialect === 'sqlite'
        ? sql<Record<string, unknown>>`select rowid as sys_rowid, * from ${sql.table(table)}`
        : sql<
            Record<string, unknown>
          >`select ctid::text as sys_ctid, xmin::text as sys_xmin, * from ${sql.table(table)}`;
    return (await q.execute(t.handle.db)).rows;
  }

  async observe() {
    this.step++;
    const api = await Promise.all([
      // raw answers: the adversary reads every byte the API sends
      t.anonymous.request('GET', urlOf(councilApi.publicBallot, { id: this.ballotId })),
      t.anonymous.request('GET', urlOf(councilApi.recount, { id: this.ballotId })),
      officer.request('GET', urlOf(councilApi.getMeeting, { id: this.meetingId })),
      chair.request('GET', urlOf(councilApi.meetingVersion, { id: this.meetingId })),
      admin.request('GET', urlOf(auditApi.listAudit, {}, { limit: 500 })),
    ]);
    for (const r of api) this.note(r.raw);
    const [tables, audit, tokens] = await Promise.all([
      this.tables().then((names) => Promise.all(names.map((n) => this.rows(n)))),
      t.handle.db.selectFrom('audit_log').selectAll().where('entity_id', '=', this.ballotId).execute(),
      t.handle.db
        .selectFrom('ballot_tokens')
        .select('member_id')
        .where('ballot_id', '=', this.ballotId)
        .execute(),
    ]);
    for (const rows of tables) this.note(JSON.stringify(rows));
    this.note(JSON.stringify(audit));
    for (const a of audit) {
      const member = a.action === 'token' && a.actor_id ? this.memberOfUser.get(a.actor_id) : undefined;
      if (member && !this.issued.has(member))
        this.issued.set(member, { step: this.step, at: a.at, auditId: Number(a.id) });
    }
    for (const row of tokens) {
      if (!this.issued.has(row.member_id))
        this.issued.set(row.member_id, { step: this.step, at: '', auditId: 0 });
    }
    this.note(logLines.slice(this.logPos).join('\n'));
    this.logPos = logLines.length;
    if (t.handle.dialect === 'sqlite') {
      // The bytes of the database file and its WAL: every 4 KiB page that changed since the last look.
      for (const f of [t.handle.location, `${t.handle.location}-wal`]) {
        if (!fs.existsSync(f)) continue;
        const bytes = fs.readFileSync(f);
        const before = scanned.get(f);
        for (let at = 0; at < bytes.length; at += 4096) {
          const page = bytes.subarray(at, at + 4096);
          if (before?.subarray(at, at + 4096).compare(page) !== 0) this.note(page.toString('latin1'));
        }
        scanned.set(f, bytes);
      }
    }
  }

  /** After the close: pair the k-th member to receive a ballot with the k-th vote to appear. */
  async link(): Promise<Map<string, { receipt: string; choice: string }>> {
    const votes = (await this.rows('ballot_votes')).filter(
      (v) => v.ballot_id === this.ballotId && v.channel === 'DIGITAL',
    );
    const firstSeen = (v: Record<string, unknown>) =>
      Math.min(...[v.receipt, v.id].map((x) => this.seen.get(String(x)) ?? Number.POSITIVE_INFINITY));
    const physical = (v: Record<string, unknown>) => {
      if (v.sys_rowid !== undefined) return Number(v.sys_rowid);
      const [block, offset] = String(v.sys_ctid).replace(/[()]/g, '').split(',').map(Number);
      return (block ?? 0) * 1e6 + (offset ?? 0) + Number(v.sys_xmin ?? 0) * 1e-12;
    };
    votes.sort((a, b) => firstSeen(a) - firstSeen(b) || physical(a) - physical(b));
    const members = [...this.issued.entries()]
      .sort(([, a], [, b]) => a.step - b.step || a.at.localeCompare(b.at) || a.auditId - b.auditId)
      .map(([m]) => m);
    const guess = new Map<string, { receipt: string; choice: string }>();
    for (const [k, m] of members.entries()) {
      const v = votes[k];
      if (v) guess.set(m, { receipt: String(v.receipt), choice: String(v.choice) });
    }
    return guess;
  }
}

async function castBallot(
  m: Member,
  ballot: Ballot,
  choice: Choice,
  after: () => Promise<void>,
): Promise<string> {
  const pub = { n: b64ToBig(ballot.publicKey.n), e: b64ToBig(ballot.publicKey.e) };
  const token = newToken();
  const { blinded, unblinder } = await blind(pub, token);
  const params = { id: ballot.id };
  const r = await m.client.api.call(councilApi.issueToken, { params, body: { blinded } });
  await after();
  const signature = await finalize(pub, token, r.blindSignature, unblinder);
  const cast = await t.anonymous.api.call(councilApi.castVote, {
    params,
    body: { token, signature, choice },
  });
  await after();
  return cast.receipt;
}

interface Trial {
  size: number;
  mode: 'sequence' | 'concurrent';
  receiptsNamed: number;
  choicesNamed: number;
  agree: number;
}

async function runTrial(size: number, mode: Trial['mode'], proposalId: string): Promise<Trial> {
  const council = councils.get(size);
  if (!council) throw new Error('no council');
  const ballot = await chair.api.call(councilApi.openBallot, {
    params: { id: council.meetingId },
    body: { proposalId },
  });
  const adv = new Adversary(
    ballot.id,
    council.meetingId,
    new Map(council.members.map((m) => [m.userId, m.id])),
  );
  await adv.observe();
  const truth = new Map<string, { receipt: string; choice: Choice }>();
  const order = [...council.members];
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [order[i], order[j]] = [order[j] as Member, order[i] as Member];
  }
  const vote = async (m: Member, after: () => Promise<void>) => {
    const choice: Choice = randomInt(2) ? 'DONG_Y' : 'KHONG_DONG_Y';
    truth.set(m.id, { receipt: await castBallot(m, ballot, choice, after), choice });
  };
  if (mode === 'sequence') {
    for (const m of order) await vote(m, () => adv.observe());
  } else {
    // All at once; the adversary polls continuously meanwhile.
    let done = false;
    const poller = (async () => {
      while (!done) {
        await adv.observe();
        // Let timers and I/O run (a loop of resolved promises alone would starve them).
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    try {
      await Promise.all(order.map((m) => vote(m, async () => {})));
    } finally {
      done = true;
      await poller;
    }
  }
  await adv.observe();
  const closed = await chair.api.call(councilApi.closeBallot, { params: { id: ballot.id } });
  expect(closed.result?.counted).toBe(size);
  await adv.observe();
  // The adversary really saw the ballots being issued, and the log really captured the session.
  expect(adv.issued.size).toBe(size);
  const guess = await adv.link();
  let receiptsNamed = 0;
  let choicesNamed = 0;
  for (const [member, real] of truth) {
    if (guess.get(member)?.receipt === real.receipt) receiptsNamed++;
    if (guess.get(member)?.choice === real.choice) choicesNamed++;
  }
  const agree = [...truth.values()].filter((v) => v.choice === 'DONG_Y').length;
  return { size, mode, receiptsNamed, choicesNamed, agree };
}

describe('secret ballot: an adversary with the API, the database (with system columns and files) and the logs', () => {
  it('links no vote to its member better than chance (5, 15, 25 members; in sequence and all at once)', async () => {
    const trials: Trial[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const size of SIZES) {
        const proposals = councils.get(size)?.proposals ?? [];
        for (const [k, mode] of (['sequence', 'concurrent'] as const).entries()) {
          trials.push(await runTrial(size, mode, proposals[round * 2 + k] ?? ''));
        }
      }
    }
    // The log really captured the session at trace level (ballot issues included) — and never a vote.
    expect(logLines.some((l) => l.includes('/token'))).toBe(true);
    expect(logLines.filter((l) => l.includes('/votes'))).toEqual([]);
    const p = chanceTail(trials);
    const rows = SIZES.flatMap((size) =>
      (['sequence', 'concurrent'] as const).map((mode) => {
        const ts = trials.filter((x) => x.size === size && x.mode === mode);
        const n = ts.reduce((s, x) => s + x.size, 0);
        return `${t.handle.dialect} ${String(size).padStart(2)} members ${mode.padEnd(10)}: receipts ${ts.reduce((s, x) => s + x.receiptsNamed, 0)}/${n}, choices ${ts.reduce((s, x) => s + x.choicesNamed, 0)}/${n} (chance: receipts ${ts.length}/${n})`;
      }),
    );
    console.log(
      `Linking by the combined adversary (${trials.length} ballots):\n${rows.join('\n')}\np(receipts) = ${p.receipts.toExponential(2)}, p(choices) = ${p.choices.toExponential(2)}`,
    );
    expect(p.receipts).toBeGreaterThanOrEqual(0.001);
    expect(p.choices).toBeGreaterThanOrEqual(0.001);
  }, 180_000);
});
