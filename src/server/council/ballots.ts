import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { BallotAction, PublicBallot } from '../../contract/council';
import {
  type Choice,
  receiptOf,
  rsaKeyFromJwk,
  tallyBallot,
  verifyToken,
  voteRuleFor,
} from '../../core/ballot';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import { createBallotKey, destroyBallotKey, readBallotKey } from './ballot-box';
import { generateBallotKey, parseBlinded, signBlinded } from './ballot-keys';
import { type Channel, dedupeTag, openVote, sealVote, shuffled } from './ballot-seal';
import { meetingView } from './meetings';
import { councilOn } from './members';

/**
 * Open a secret ballot on one proposal of an open meeting; members with a declared conflict are left out.
 * `box` is the directory of the seal keys (outside the database): the ballot's key is made there first.
 */
export async function openBallot(
  db: Db,
  clock: Clock,
  box: string,
  u: AuthUser,
  actor: AuditActor,
  meetingId: string,
  proposalId: string,
): Promise<BallotAction> {
  const m = await db
    .selectFrom('meetings')
    .selectAll()
    .where('id', '=', meetingId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!m) throw notFound('cuộc họp');
  if (m.status !== 'OPEN')
    throw new AppError('MEETING_NOT_OPEN', 'Chỉ mở bỏ phiếu khi cuộc họp đang diễn ra.');
  const item = await db
    .selectFrom('meeting_items as i')
    .innerJoin('proposals as p', 'p.id', 'i.proposal_id')
    .select(['p.award_code', 'p.subject_name'])
    .where('i.meeting_id', '=', meetingId)
    .where('i.proposal_id', '=', proposalId)
    .executeTakeFirst();
  if (!item) throw new AppError('NOT_ON_AGENDA', 'Đề nghị không có trong chương trình họp.');
  const rule = voteRuleFor(item.award_code);
  const members = await councilOn(db, u.tenantId, m.meeting_date);
  const present = await db
    .selectFrom('meeting_attendance')
    .select('member_id')
    .where('meeting_id', '=', meetingId)
    .where('present', '=', 1)
    .execute();
  const recused = await db
    .selectFrom('meeting_conflicts')
    .select('member_id')
    .where('meeting_id', '=', meetingId)
    .where('proposal_id', '=', proposalId)
    .execute();
  const opened = await db
    .selectFrom('ballots')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
  if (opened) throw new AppError('BALLOT_EXISTS', 'Đề nghị này đã được bỏ phiếu.');
  const key = await generateBallotKey(); // on libuv's thread pool, not the request thread
  const id = randomUUID();
  createBallotKey(box, id); // sealed pool: durable before any vote can arrive
  await db
    .transaction()
    .execute(async (trx) => {
      const existing = await trx
        .selectFrom('ballots')
        .select('id')
        .where('meeting_id', '=', meetingId)
        .where('proposal_id', '=', proposalId)
        .executeTakeFirst();
      if (existing) throw new AppError('BALLOT_EXISTS', 'Đề nghị này đã được bỏ phiếu.');
      await trx
        .insertInto('ballots')
        .values({
          id,
          tenant_id: u.tenantId,
          meeting_id: meetingId,
          proposal_id: proposalId,
          rule_id: rule.id,
          status: 'OPEN',
          key_n: key.n,
          key_e: key.e,
          key_d: key.privateKey,
          total_members: members.length,
          present_count: present.length,
          recused: recused.length,
          result: null,
        })
        .execute();
      await writeAudit(trx, clock, actor, {
        entityType: 'ballot',
        entityId: id,
        action: 'open',
        summary: `Mở bỏ phiếu kín về đề nghị ${item.subject_name}`,
        data: { meetingId, proposalId, rule: rule.id },
      });
    })
    .catch((e: unknown) => {
      destroyBallotKey(box, id);
      throw e;
    });
  return ballotAnswer(db, clock, u, id);
}

async function loadBallot(db: Db, id: string) {
  const b = await db.selectFrom('ballots').selectAll().where('id', '=', id).executeTakeFirst();
  if (!b) throw notFound('cuộc bỏ phiếu');
  return b;
}

/**
 * Public view of a ballot: its public key, proposal, and how many members received a ballot (digital, paper,
 * written — a signature sheet). While the ballot is open nothing about the votes is shown (no count, no
 * receipt, no tally): a change in any of them would tell when a vote arrived. After the close: the number of
 * votes, the receipts (each member finds theirs) and the result.
 */
export async function ballotView(db: Db, id: string): Promise<PublicBallot & { meetingId: string }> {
  const b = await loadBallot(db, id);
  const p = await db
    .selectFrom('proposals')
    .select(['subject_name', 'award_code'])
    .where('id', '=', b.proposal_id)
    .executeTakeFirstOrThrow();
  const tokens = await db
    .selectFrom('ballot_tokens')
    .select(['channel'])
    .where('ballot_id', '=', id)
    .execute();
  const closed = b.status !== 'OPEN';
  const votes = closed
    ? await db
        .selectFrom('ballot_votes')
        .select(['receipt', 'channel'])
        .where('ballot_id', '=', id)
        .orderBy('receipt')
        .execute()
    : [];
  return {
    id: b.id,
    meetingId: b.meeting_id,
    proposalId: b.proposal_id,
    subjectName: p.subject_name,
    awardCode: p.award_code,
    status: b.status,
    publicKey: { n: b.key_n, e: b.key_e },
    totalMembers: b.total_members,
    present: b.present_count,
    recused: b.recused,
    ballotsIssued: tokens.length,
    tokensIssued: tokens.filter((t) => t.channel === 'DIGITAL').length,
    paperVoters: tokens.filter((t) => t.channel === 'PAPER').length,
    writtenVotes: tokens.filter((t) => t.channel === 'WRITTEN').length,
    votesCast: closed ? votes.length : null,
    receipts: closed ? votes.filter((v) => v.channel === 'DIGITAL').map((v) => v.receipt) : null,
    result: b.result ? (JSON.parse(b.result) as PublicBallot['result']) : null,
  };
}

/** The ballot as anyone sees it (without the meeting it belongs to). */
export async function publicBallot(db: Db, id: string): Promise<PublicBallot> {
  const { meetingId: _, ...v } = await ballotView(db, id);
  return v;
}

/** The answer of a ballot action: the ballot, and the meeting view it changed (for the signed-in caller). */
export async function ballotAnswer(
  db: Db,
  clock: Clock,
  u: AuthUser,
  ballotId: string,
): Promise<BallotAction> {
  const v = await ballotView(db, ballotId);
  return { ...v, meeting: await meetingView(db, clock, u, v.meetingId) };
}

/** The ballot's seal key; a ballot opened before the sealed pool existed gets one at its first sealed vote. */
async function sealKey(db: Db, box: string, ballotId: string): Promise<Buffer> {
  const key = readBallotKey(box, ballotId);
  if (key) return key;
  const pooled = await db
    .selectFrom('ballot_pool')
    .select('id')
    .where('ballot_id', '=', ballotId)
    .limit(1)
    .executeTakeFirst();
  if (pooled)
    throw new AppError(
      'BALLOT_KEY_LOST',
      'Không tìm thấy khóa niêm phong của cuộc bỏ phiếu trên máy chủ; không thể nhận hoặc kiểm phiếu. Liên hệ quản trị hệ thống.',
    );
  return createBallotKey(box, ballotId);
}

/** Put one vote in the sealed pool (inside the caller's transaction, after `lockOpenBallot`); false if that receipt is already in. */
async function poolVote(
  trx: Transaction<Database>,
  key: Buffer,
  ballotId: string,
  v: { receipt: string; channel: Channel; choice: Choice },
): Promise<boolean> {
  const legacy = await trx
    .selectFrom('ballot_votes')
    .select('id')
    .where('ballot_id', '=', ballotId)
    .where('receipt', '=', v.receipt)
    .executeTakeFirst();
  if (legacy) return false;
  const res = await trx
    .insertInto('ballot_pool')
    .values({
      id: randomUUID(),
      ballot_id: ballotId,
      dedupe: dedupeTag(key, ballotId, v.receipt),
      sealed: sealVote(key, ballotId, v),
    })
    .onConflict((oc) => oc.columns(['ballot_id', 'dedupe']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

async function eligibleMember(
  db: Db,
  u: AuthUser,
  b: { meeting_id: string; proposal_id: string },
  memberId?: string,
) {
  const m = await db
    .selectFrom('meetings')
    .select(['meeting_date', 'tenant_id'])
    .where('id', '=', b.meeting_id)
    .executeTakeFirstOrThrow();
  if (m.tenant_id !== u.tenantId) throw notFound('cuộc bỏ phiếu');
  const members = await councilOn(db, u.tenantId, m.meeting_date);
  const member = memberId ? members.find((x) => x.id === memberId) : members.find((x) => x.userId === u.id);
  if (!member) throw new AppError('NOT_A_MEMBER', 'Chỉ thành viên Hội đồng được bỏ phiếu.');
  const conflict = await db
    .selectFrom('meeting_conflicts')
    .select('member_id')
    .where('meeting_id', '=', b.meeting_id)
    .where('proposal_id', '=', b.proposal_id)
    .where('member_id', '=', member.id)
    .executeTakeFirst();
  if (conflict)
    throw new AppError(
      'RECUSED',
      'Thành viên đã khai báo xung đột lợi ích, không tham gia bỏ phiếu đề nghị này.',
    );
  const present = await db
    .selectFrom('meeting_attendance')
    .select('present')
    .where('meeting_id', '=', b.meeting_id)
    .where('member_id', '=', member.id)
    .executeTakeFirst();
  if (present?.present !== 1)
    throw new AppError(
      'NOT_PRESENT',
      'Chỉ thành viên có mặt được nhận phiếu; thành viên vắng mặt gửi phiếu lấy ý kiến bằng văn bản.',
    );
  return member;
}

/**
 * A member (signed in) gets the server's blind signature on their hidden token — once per ballot.
 * Every check (ballot open, membership, conflict, presence, no token yet, well-formed blinded value) runs
 * before the private key is touched. The member's `ballot_tokens` row is claimed in the same transaction
 * that signs: two concurrent requests cannot both sign (the second finds the row and is refused), and a
 * signing failure rolls the claim back. The transaction also holds the ballot open, so a close waits.
 */
export async function issueToken(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  ballotId: string,
  blinded: string,
) {
  const b = await loadBallot(db, ballotId);
  if (b.tenant_id !== u.tenantId) throw notFound('cuộc bỏ phiếu'); // another commune learns nothing of it
  if (b.status !== 'OPEN') throw new AppError('BALLOT_CLOSED', 'Cuộc bỏ phiếu đã kết thúc.');
  const member = await eligibleMember(db, u, b);
  const alreadyHas = () =>
    new AppError('ALREADY_HAS_TOKEN', 'Bạn đã nhận phiếu của cuộc bỏ phiếu này (mỗi thành viên một phiếu).');
  const had = await db
    .selectFrom('ballot_tokens')
    .select('member_id')
    .where('ballot_id', '=', ballotId)
    .where('member_id', '=', member.id)
    .executeTakeFirst();
  if (had) throw alreadyHas();
  const blindedBytes = parseBlinded(b.key_n, blinded);
  const blindSignature = await db.transaction().execute(async (trx) => {
    await lockOpenBallot(trx, ballotId);
    const res = await trx
      .insertInto('ballot_tokens')
      .values({ ballot_id: ballotId, member_id: member.id, channel: 'DIGITAL' })
      .onConflict((oc) => oc.columns(['ballot_id', 'member_id']).doNothing())
      .executeTakeFirst();
    if (Number(res.numInsertedOrUpdatedRows ?? 0) !== 1) throw alreadyHas();
    const key = await trx
      .selectFrom('ballots')
      .select(['key_n', 'key_e', 'key_d'])
      .where('id', '=', ballotId)
      .executeTakeFirstOrThrow();
    if (!key.key_d) throw new AppError('BALLOT_CLOSED', 'Cuộc bỏ phiếu đã kết thúc.');
    const signature = signBlinded({ n: key.key_n, e: key.key_e, privateKey: key.key_d }, blindedBytes);
    await writeAudit(trx, clock, actor, {
      entityType: 'ballot',
      entityId: ballotId,
      action: 'token',
      summary: 'Thành viên nhận phiếu bầu (đã che giấu)',
    });
    return signature;
  });
  return { blindSignature };
}

/** Inside a transaction: take the ballot's row lock while it is open (votes and papers are serialised with closing). */
async function lockOpenBallot(trx: Transaction<Database>, ballotId: string): Promise<void> {
  const res = await trx
    .updateTable('ballots')
    .set({ status: 'OPEN' })
    .where('id', '=', ballotId)
    .where('status', '=', 'OPEN')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1)
    throw new AppError('BALLOT_CLOSED', 'Cuộc bỏ phiếu đã kết thúc; phiếu không được tính.');
}

/**
 * Anyone holding a valid token casts — no login, nothing stored about who. The vote goes into the sealed pool;
 * it is acknowledged (the receipt returned) only after the transaction has committed.
 */
export async function castVote(
  db: Db,
  box: string,
  ballotId: string,
  v: { token: string; signature: string; choice: Choice },
) {
  const b = await loadBallot(db, ballotId);
  if (b.status !== 'OPEN')
    throw new AppError('BALLOT_CLOSED', 'Cuộc bỏ phiếu đã kết thúc; phiếu không được tính.');
  if (!(await verifyToken(rsaKeyFromJwk({ n: b.key_n, e: b.key_e }), v.token, v.signature))) {
    throw new AppError('INVALID_TOKEN', 'Phiếu không hợp lệ (không có chữ ký của Hội đồng).');
  }
  const receipt = await receiptOf(v.token);
  const key = await sealKey(db, box, ballotId);
  await db.transaction().execute(async (trx) => {
    await lockOpenBallot(trx, ballotId);
    if (!(await poolVote(trx, key, ballotId, { receipt, channel: 'DIGITAL', choice: v.choice }))) {
      throw new AppError('ALREADY_VOTED', 'Phiếu này đã được bỏ; mỗi phiếu chỉ tính một lần.');
    }
  });
  return { receipt };
}

/** Tellers (ban kiểm phiếu) record that a member votes on paper, then enter the paper ballots' choices. */
export async function markPaperVoter(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  ballotId: string,
  memberId: string,
): Promise<BallotAction> {
  const b = await loadBallot(db, ballotId);
  if (b.tenant_id !== u.tenantId) throw notFound('cuộc bỏ phiếu');
  if (b.status !== 'OPEN') throw new AppError('BALLOT_CLOSED', 'Cuộc bỏ phiếu đã kết thúc.');
  await eligibleMember(db, u, b, memberId);
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .insertInto('ballot_tokens')
      .values({ ballot_id: ballotId, member_id: memberId, channel: 'PAPER' })
      .onConflict((oc) => oc.columns(['ballot_id', 'member_id']).doNothing())
      .executeTakeFirst();
    if (Number(res.numInsertedOrUpdatedRows ?? 0) !== 1)
      throw new AppError('ALREADY_HAS_TOKEN', 'Thành viên này đã nhận phiếu.');
    await writeAudit(trx, clock, actor, {
      entityType: 'ballot',
      entityId: ballotId,
      action: 'paper-voter',
      summary: 'Phát phiếu giấy cho một thành viên',
    });
  });
  return ballotAnswer(db, clock, u, ballotId);
}

export async function enterPaperVote(
  db: Db,
  clock: Clock,
  box: string,
  u: AuthUser,
  actor: AuditActor,
  ballotId: string,
  choice: Choice,
): Promise<BallotAction> {
  const b = await loadBallot(db, ballotId);
  if (b.tenant_id !== u.tenantId) throw notFound('cuộc bỏ phiếu');
  if (b.status !== 'OPEN') throw new AppError('BALLOT_CLOSED', 'Cuộc bỏ phiếu đã kết thúc.');
  const key = await sealKey(db, box, ballotId);
  await db.transaction().execute(async (trx) => {
    await lockOpenBallot(trx, ballotId); // paper entries one at a time: never more papers entered than handed out
    const papers = await trx
      .selectFrom('ballot_tokens')
      .select('member_id')
      .where('ballot_id', '=', ballotId)
      .where('channel', '=', 'PAPER')
      .execute();
    // The pool is sealed: the server opens it in memory to count the papers already entered.
    const pooled = await trx
      .selectFrom('ballot_pool')
      .select('sealed')
      .where('ballot_id', '=', ballotId)
      .execute();
    const legacy = await trx
      .selectFrom('ballot_votes')
      .select('id')
      .where('ballot_id', '=', ballotId)
      .where('channel', '=', 'PAPER')
      .execute();
    const entered =
      legacy.length + pooled.filter((r) => openVote(key, ballotId, r.sealed).channel === 'PAPER').length;
    if (entered >= papers.length)
      throw new AppError('TOO_MANY_PAPERS', 'Số phiếu giấy nhập vượt số phiếu giấy đã phát.');
    await poolVote(trx, key, ballotId, { receipt: `paper-${randomUUID()}`, channel: 'PAPER', choice });
    await writeAudit(trx, clock, actor, {
      entityType: 'ballot',
      entityId: ballotId,
      action: 'paper-vote',
      summary: 'Ban kiểm phiếu nhập một phiếu giấy',
    });
  });
  return ballotAnswer(db, clock, u, ballotId);
}

/**
 * Tellers enter the written opinion (phiếu lấy ý kiến bằng văn bản) of a member who is absent, where the
 * vote rule allows it: once per member, only for a member recorded absent with a written opinion on the
 * attendance sheet, not for a recused member. A written opinion is signed, so it is not secret; the vote
 * row still carries no member (it is counted like a paper ballot).
 */
export async function enterWrittenVote(
  db: Db,
  clock: Clock,
  box: string,
  u: AuthUser,
  actor: AuditActor,
  ballotId: string,
  memberId: string,
  choice: Choice,
): Promise<BallotAction> {
  const b = await loadBallot(db, ballotId);
  if (b.tenant_id !== u.tenantId) throw notFound('cuộc bỏ phiếu');
  if (b.status !== 'OPEN') throw new AppError('BALLOT_CLOSED', 'Cuộc bỏ phiếu đã kết thúc.');
  const p = await db
    .selectFrom('proposals')
    .select(['award_code'])
    .where('id', '=', b.proposal_id)
    .executeTakeFirstOrThrow();
  const rule = voteRuleFor(p.award_code);
  if (!rule.allowWrittenOpinions) {
    throw new AppError(
      'WRITTEN_NOT_ALLOWED',
      `Quy định bỏ phiếu của đề nghị này không tính phiếu lấy ý kiến bằng văn bản (${rule.article}).`,
    );
  }
  const m = await db
    .selectFrom('meetings')
    .select(['meeting_date'])
    .where('id', '=', b.meeting_id)
    .executeTakeFirstOrThrow();
  const member = (await councilOn(db, u.tenantId, m.meeting_date)).find((x) => x.id === memberId);
  if (!member) throw new AppError('NOT_A_MEMBER', 'Người này không phải thành viên Hội đồng vào ngày họp.');
  const conflict = await db
    .selectFrom('meeting_conflicts')
    .select('member_id')
    .where('meeting_id', '=', b.meeting_id)
    .where('proposal_id', '=', b.proposal_id)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  if (conflict)
    throw new AppError(
      'RECUSED',
      'Thành viên đã khai báo xung đột lợi ích, không tham gia bỏ phiếu đề nghị này.',
    );
  const att = await db
    .selectFrom('meeting_attendance')
    .select(['present', 'written_opinion'])
    .where('meeting_id', '=', b.meeting_id)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  if (att?.present !== 0)
    throw new AppError(
      'NOT_ABSENT',
      'Chỉ thành viên vắng mặt (đã điểm danh vắng) mới gửi phiếu lấy ý kiến bằng văn bản; thành viên có mặt bỏ phiếu tại cuộc họp.',
    );
  if (!att.written_opinion)
    throw new AppError(
      'NO_WRITTEN_OPINION',
      'Chưa ghi nhận phiếu lấy ý kiến bằng văn bản của thành viên này trong danh sách điểm danh.',
    );
  const key = await sealKey(db, box, ballotId);
  await db.transaction().execute(async (trx) => {
    await lockOpenBallot(trx, ballotId);
    const res = await trx
      .insertInto('ballot_tokens')
      .values({ ballot_id: ballotId, member_id: memberId, channel: 'WRITTEN' })
      .onConflict((oc) => oc.columns(['ballot_id', 'member_id']).doNothing())
      .executeTakeFirst();
    if (Number(res.numInsertedOrUpdatedRows ?? 0) !== 1)
      throw new AppError(
        'ALREADY_HAS_TOKEN',
        'Ý kiến của thành viên này đã được tính (mỗi thành viên một phiếu).',
      );
    await poolVote(trx, key, ballotId, { receipt: `written-${randomUUID()}`, channel: 'WRITTEN', choice });
    await writeAudit(trx, clock, actor, {
      entityType: 'ballot',
      entityId: ballotId,
      action: 'written-vote',
      summary: `Ban kiểm phiếu nhập phiếu lấy ý kiến bằng văn bản của thành viên vắng mặt ${member.name}`,
    });
  });
  return ballotAnswer(db, clock, u, ballotId);
}

/**
 * Close and count. In one transaction: close (the ballot's row lock), open the sealed pool, write its votes
 * to `ballot_votes` in a random order (so neither row order nor transaction ids say when each arrived), delete
 * the pool, and count with the core. After the commit the seal key is destroyed.
 */
export async function closeBallot(
  db: Db,
  clock: Clock,
  box: string,
  u: AuthUser,
  actor: AuditActor,
  ballotId: string,
): Promise<BallotAction> {
  const b = await loadBallot(db, ballotId);
  if (b.tenant_id !== u.tenantId) throw notFound('cuộc bỏ phiếu');
  if (b.status !== 'OPEN') throw new AppError('BALLOT_CLOSED', 'Cuộc bỏ phiếu đã kết thúc.');
  const p = await db
    .selectFrom('proposals')
    .select(['award_code', 'subject_name'])
    .where('id', '=', b.proposal_id)
    .executeTakeFirstOrThrow();
  const rule = voteRuleFor(p.award_code);
  const key = readBallotKey(box, ballotId);
  await db.transaction().execute(async (trx) => {
    // Close first (this takes the ballot's row lock), then count: a vote is either in before the close or refused.
    // The private signing key is erased in this same update (no later copy of the database can sign).
    const res = await trx
      .updateTable('ballots')
      .set({ status: 'CLOSED', key_d: null })
      .where('id', '=', ballotId)
      .where('status', '=', 'OPEN')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw new AppError('BALLOT_CLOSED', 'Cuộc bỏ phiếu vừa được kết thúc bởi người khác.');
    const pool = await trx
      .selectFrom('ballot_pool')
      .select('sealed')
      .where('ballot_id', '=', ballotId)
      .execute();
    if (pool.length && !key)
      throw new AppError(
        'BALLOT_KEY_LOST',
        'Không tìm thấy khóa niêm phong của cuộc bỏ phiếu trên máy chủ; không thể kiểm phiếu. Liên hệ quản trị hệ thống.',
      );
    const opened = key ? pool.map((r) => openVote(key, ballotId, r.sealed)) : [];
    const rows = shuffled(opened).map((v) => ({
      id: randomUUID(),
      ballot_id: ballotId,
      receipt: v.receipt,
      channel: v.channel,
      choice: v.choice,
    }));
    for (let i = 0; i < rows.length; i += 200)
      await trx
        .insertInto('ballot_votes')
        .values(rows.slice(i, i + 200))
        .execute();
    await trx.deleteFrom('ballot_pool').where('ballot_id', '=', ballotId).execute();
    const votes = await trx
      .selectFrom('ballot_votes')
      .select(['receipt', 'channel', 'choice'])
      .where('ballot_id', '=', ballotId)
      .execute();
    const tally = tallyBallot(
      {
        proposals: [{ id: b.proposal_id, rule, recused: b.recused }],
        totalMembers: b.total_members,
        present: b.present_count,
        recusalDenominator: 'EXCLUDE',
      },
      votes.map((v) => ({
        receipt: v.receipt,
        channel: v.channel,
        choices: { [b.proposal_id]: v.choice },
      })),
    );
    const r = tally.proposals[0];
    const result = { ...r, ballots: tally.ballots };
    await trx
      .updateTable('ballots')
      .set({ result: JSON.stringify(result) })
      .where('id', '=', ballotId)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'proposal',
      entityId: b.proposal_id,
      action: 'ballot-result',
      summary: `Kết quả bỏ phiếu kín: ${r?.agree ?? 0}/${r?.denominator ?? 0} đồng ý (${Math.round((r?.share ?? 0) * 1000) / 10}%) — ${r?.passed ? 'đạt' : 'không đạt'} tỷ lệ quy định`,
      data: result,
    });
    return result;
  });
  destroyBallotKey(box, ballotId);
  return ballotAnswer(db, clock, u, ballotId);
}

/** Recount from the stored ballots (anyone may check the tally is reproducible) — once the ballot is closed. */
export async function recount(db: Db, ballotId: string) {
  const b = await loadBallot(db, ballotId);
  if (b.status === 'OPEN')
    throw new AppError(
      'BALLOT_OPEN',
      'Cuộc bỏ phiếu đang diễn ra; phiếu được niêm phong, chỉ kiểm khi kết thúc bỏ phiếu.',
    );
  const p = await db
    .selectFrom('proposals')
    .select(['award_code'])
    .where('id', '=', b.proposal_id)
    .executeTakeFirstOrThrow();
  const votes = await db
    .selectFrom('ballot_votes')
    .select(['receipt', 'channel', 'choice'])
    .where('ballot_id', '=', ballotId)
    .execute();
  return tallyBallot(
    {
      proposals: [{ id: b.proposal_id, rule: voteRuleFor(p.award_code), recused: b.recused }],
      totalMembers: b.total_members,
      present: b.present_count,
      recusalDenominator: 'EXCLUDE',
    },
    votes.map((v) => ({
      receipt: v.receipt,
      channel: v.channel,
      choices: { [b.proposal_id]: v.choice },
    })),
  );
}
