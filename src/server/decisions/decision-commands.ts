import type { Transaction } from 'kysely';
import type { Decision, NewDecision } from '../../contract/decisions';
import { transitionProposal } from '../../core/dossier/proposal-workflow';
import { getAward } from '../../core/law';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { communeKeys } from '../certificates/commune-keys';
import { type Clock, isoNow, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { assertDecidable } from '../disclosures/disclosure-check';
import { signCertificate } from '../documents/certificate-signature';
import { AppError, fromCore } from '../http/errors';
import { communeAuthority, noAuthorityError } from '../law/commune-authority';
import { assertQuotas } from '../law/quota-enforcement';
import { markUpwardAfterRefusal } from '../proposals/upward-mark';
import { payLines } from './decision-pay';
import { getDecision } from './decision-queries';
import { nextDocumentNumber } from './numbering';
import { assertNoSameAchievement, lockSubjects } from './same-achievement-guard';
import { existingSameAward, isSameAwardViolation, sameAwardError, subjectKey } from './same-award';

export const DECISION_SYMBOL = 'QĐ-UBND';

export interface IssueDecisionInput extends NewDecision {
  signerTitle?: string | undefined;
}

/** Where signing happens: the database, the clock, the commune's key folder. */
export interface SigningDeps {
  db: Db;
  clock: Clock;
  keysDir: string;
}

function describeSubject(kind: string, position: string | null, unitName: string | null): string {
  if (kind === 'COLLECTIVE') return unitName ? `Tập thể thuộc ${unitName}` : 'Tập thể';
  if (kind === 'HOUSEHOLD') return unitName ? `Hộ gia đình, ${unitName}` : 'Hộ gia đình';
  return [position, unitName].filter(Boolean).join(', ');
}

/**
 * The chairman signs one decision for approved proposals of one award: the next number of the
 * year, one register entry and one signed certificate per awardee, reward money from the law
 * engine — all in one transaction with an audit row per change. Answers the decision as signed.
 */
export async function signDecision(
  deps: SigningDeps,
  u: AuthUser,
  actor: AuditActor,
  input: IssueDecisionInput,
): Promise<Decision> {
  const id = await issueDecision(deps, u, actor, input);
  return getDecision(deps.db, u, id);
}

async function issueDecision(
  { db, clock, keysDir }: SigningDeps,
  u: AuthUser,
  actor: AuditActor,
  input: IssueDecisionInput,
): Promise<string> {
  const ids = [...new Set(input.proposalIds)];
  if (ids.length === 0) throw new AppError('EMPTY_DECISION', 'Chưa chọn đề nghị nào để đưa vào quyết định.');
  const year = Number(input.decisionDate.slice(0, 4));
  try {
    return await signInTransaction(db, clock, keysDir, u, actor, input, ids, year);
  } catch (e) {
    // Outside the commune chairman's authority under the province profile: refused, and the dossiers are
    // marked to be proposed upward (in a transaction of their own: the signing's was rolled back).
    if (e instanceof AppError && e.code === 'NO_AUTHORITY') {
      // marked only when the commune may not decide it today either (not for a mistaken past date)
      await markUpwardAfterRefusal(db, clock, actor, u.tenantId, ids, todayIn(clock));
      throw e;
    }
    // Two signings at once for the same subject, award and year (different proposals): the unique index
    // kept the first; name the award it holds.
    if (!isSameAwardViolation(e)) throw e;
    const rows = await db
      .selectFrom('proposals')
      .selectAll()
      .where('tenant_id', '=', u.tenantId)
      .where('id', 'in', ids)
      .execute();
    for (const r of rows) {
      const existing = await existingSameAward(db, u.tenantId, r, r.award_code, r.year);
      if (existing) throw sameAwardError(r.subject_name, existing);
    }
    throw new AppError(
      'AWARD_ALREADY_GRANTED',
      'Một đối tượng trong quyết định vừa được tặng cùng hình thức cho cùng năm bởi quyết định khác. Vui lòng tải lại.',
    );
  }
}

async function signInTransaction(
  db: Db,
  clock: Clock,
  keysDir: string,
  u: AuthUser,
  actor: AuditActor,
  input: IssueDecisionInput,
  ids: string[],
  year: number,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('proposals as p')
      .leftJoin('people as pe', 'pe.id', 'p.person_id')
      .leftJoin('organisations as su', 'su.id', 'p.subject_unit_id')
      .innerJoin('organisations as o', 'o.id', 'p.unit_id')
      .selectAll('p')
      .select(['pe.position as person_position', 'o.name as unit_name', 'su.name as subject_unit_name'])
      .where('p.tenant_id', '=', u.tenantId)
      .where('p.id', 'in', ids)
      .execute();
    if (rows.length !== ids.length)
      throw new AppError('UNKNOWN_PROPOSAL', 'Có đề nghị không tồn tại trong danh sách đã chọn.');
    const codes = new Set(rows.map((r) => r.award_code));
    if (codes.size !== 1) {
      throw new AppError(
        'MIXED_AWARDS',
        'Mỗi quyết định chỉ gồm một hình thức khen thưởng. Hãy chọn các đề nghị cùng hình thức.',
      );
    }
    const awardCode = rows[0]?.award_code ?? '';
    const award = getAward(awardCode);
    // Who decides comes first: outside the commune chairman's authority nothing else matters here.
    const authority = await communeAuthority(trx, u.tenantId, awardCode, input.decisionDate);
    if (!authority.allowed) throw noAuthorityError(authority);
    // Signings, approvals and submissions for the same subject run one at a time from here (PostgreSQL).
    await lockSubjects(trx, rows);
    for (const r of rows) {
      const t = transitionProposal(
        { status: r.status, unitId: r.unit_id, achievement: r.achievement },
        'decide',
        u,
      );
      if (!t.ok) throw fromCore({ code: t.code, message: `${r.subject_name}: ${t.message}` });
      await assertDecidable(trx, r.id, r.subject_name, r.award_code, todayIn(clock));
      const existing = await existingSameAward(trx, u.tenantId, r, r.award_code, r.year);
      if (existing) throw sameAwardError(r.subject_name, existing);
    }
    const seen = new Map<string, string>();
    for (const r of rows) {
      const key = `${subjectKey(r)?.id ?? r.id}|${r.year}`;
      if (seen.has(key)) {
        throw new AppError(
          'DUPLICATE_IN_DECISION',
          `${r.subject_name} có hai đề nghị ${award?.name ?? awardCode} năm ${r.year} trong cùng quyết định; chỉ giữ một đề nghị.`,
        );
      }
      seen.set(key, r.id);
    }
    // One achievement, one award: against awards signed here, history, and proposals of every level.
    await assertNoSameAchievement(trx, u.tenantId, rows, 'signing');
    await assertQuotas(trx, u.tenantId, rows, 'sign');
    const commune = await trx
      .selectFrom('organisations')
      .select(['name', 'short_name', 'code'])
      .where('id', '=', u.tenantId)
      .executeTakeFirstOrThrow();
    const number = await nextDocumentNumberFor(trx, u.tenantId, year);
    const decisionId = newId();
    const now = isoNow(clock);
    const pay = await payLines(trx, u.tenantId, rows, input.decisionDate);
    const total = pay.reduce((s, l) => s + l.amount, 0);
    const awardName = award?.name ?? awardCode;
    await trx
      .insertInto('decisions')
      .values({
        id: decisionId,
        tenant_id: u.tenantId,
        doc_type: 'QD',
        year,
        number,
        symbol: DECISION_SYMBOL,
        decision_date: input.decisionDate,
        title: `Về việc tặng ${awardName}`,
        award_code: awardCode,
        signer_title: input.signerTitle ?? 'CHỦ TỊCH',
        signer_name: u.displayName,
        status: 'SIGNED',
        total_amount: total,
        created_by: u.id,
        created_at: now,
      })
      .execute();
    const keys = await communeKeys(trx, keysDir, u.tenantId, now);
    for (const [i, r] of rows.entries()) {
      // Claim the proposal first, on the version read above: a concurrent signing of the same proposal
      // (PostgreSQL, read committed) finds it already decided and the whole decision is rolled back.
      const claimed = await trx
        .updateTable('proposals')
        .set({ status: 'DECIDED', decision_id: decisionId, version: r.version + 1, updated_at: now })
        .where('id', '=', r.id)
        .where('status', '=', 'APPROVED')
        .where('version', '=', r.version)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) {
        throw new AppError(
          'CONCURRENT_DECISION',
          `${r.subject_name}: đề nghị vừa được đưa vào một quyết định khác. Vui lòng tải lại.`,
        );
      }
      const registerNumber = await nextRegisterNumber(trx, u.tenantId, year);
      const description = describeSubject(
        r.subject_kind,
        r.person_position,
        r.subject_kind === 'COLLECTIVE' ? r.subject_unit_name : r.unit_name,
      );
      const { signature, shortCode } = signCertificate(keys.privateKeyPem, {
        communeCode: commune.code,
        decisionNumber: `${number}/${DECISION_SYMBOL}`,
        decisionDate: input.decisionDate,
        registerNumber,
        awardCode,
        awardName,
        awardeeName: r.subject_name,
        achievement: r.achievement,
      });
      const awardId = newId();
      await trx
        .insertInto('awards')
        .values({
          id: awardId,
          tenant_id: u.tenantId,
          decision_id: decisionId,
          proposal_id: r.id,
          register_number: registerNumber,
          award_code: awardCode,
          subject_kind: r.subject_kind,
          person_id: r.person_id,
          subject_unit_id: r.subject_unit_id,
          household_id: r.household_id,
          subject_name: r.subject_name,
          subject_description: description,
          achievement: r.achievement,
          year: r.year,
          amount: pay[i]?.amount ?? 0,
          amount_note: pay[i]?.note ?? null,
          verify_code: shortCode,
          signature,
          revoked_at: null,
          revoked_reason: null,
          created_at: now,
        })
        .execute();
      await writeAudit(trx, clock, actor, {
        entityType: 'proposal',
        entityId: r.id,
        action: 'decide',
        summary: `Đưa vào Quyết định số ${number}/${DECISION_SYMBOL}`,
        data: { from: r.status, to: 'DECIDED', decisionId },
      });
    }
    await writeAudit(trx, clock, actor, {
      entityType: 'decision',
      entityId: decisionId,
      action: 'sign',
      summary: `Ký Quyết định số ${number}/${DECISION_SYMBOL} tặng ${awardName} cho ${rows.length} đối tượng`,
      data: { number, year, proposalIds: ids, total },
    });
    return decisionId;
  });
}

const nextDocumentNumberFor = (trx: Transaction<Database>, tenantId: string, year: number) =>
  nextDocumentNumber(trx, tenantId, 'QD', year);

/** Register numbers (số sổ) run per commune and year, across decisions. */
const nextRegisterNumber = (trx: Transaction<Database>, tenantId: string, year: number) =>
  nextDocumentNumber(trx, tenantId, 'SO_KHEN_THUONG', year);
