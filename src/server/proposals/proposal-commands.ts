/** Changing proposals: drafting, editing and the steps of the workflow, each audited in its transaction. */
import type { Transaction } from 'kysely';
import type { ActionBody, ProposalBody, ProposalDetail, ProposalUpdate } from '../../contract/proposals';
import { seesWholeCommune } from '../../core/auth/roles';
import {
  canEditProposal,
  PROPOSAL_ACTION_LABELS,
  PROPOSAL_ACTIONS,
  type ProposalAction,
  type ProposalStatus,
  transitionProposal,
} from '../../core/dossier/proposal-workflow';
import {
  ACHIEVEMENT_BASIS_LABELS,
  type AchievementBasis,
  basesFor,
  defaultBasis,
  getAward,
  type SubjectKind,
} from '../../core/law';
import { foldVietnamese } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow, todayIn, yearIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { assertNoSameAward } from '../decisions/same-award';
import { AppError, forbidden, fromCore, notFound } from '../http/errors';
import { communeAuthority } from '../law/commune-authority';
import type { ActionGuard } from './action-guard';
import { PROPOSAL_GUARDS } from './proposal-guards';
import { getProposal } from './proposal-queries';
import { markUpwardAfterRefusal, syncUpwardMark } from './upward-mark';

export interface ProposalInput {
  unitId?: string | undefined;
  movementId?: string | null | undefined;
  awardCode: string;
  subjectKind: SubjectKind;
  personId?: string | null | undefined;
  subjectUnitId?: string | null | undefined;
  householdId?: string | null | undefined;
  achievement: string;
  achievementBasis?: AchievementBasis | undefined;
  achievementRef?: string | null | undefined;
  year: number;
}

/** What the achievement is: the one chosen when the award allows it, else the award's usual basis. */
function achievementOf(b: ProposalInput): {
  achievement_basis: AchievementBasis;
  achievement_ref: string | null;
} {
  const basis = b.achievementBasis ?? defaultBasis(b.awardCode);
  const allowed = basesFor(b.awardCode);
  if (!allowed.includes(basis)) {
    const message = `${getAward(b.awardCode)?.name ?? b.awardCode} không xét cho "${ACHIEVEMENT_BASIS_LABELS[basis].toLowerCase()}"`;
    throw new AppError('VALIDATION', `Dữ liệu không hợp lệ — achievementBasis: ${message}`, [
      { path: 'achievementBasis', message },
    ]);
  }
  const ref = basis === 'MOVEMENT' || basis === 'SUDDEN' ? b.achievementRef?.trim() || null : null;
  return { achievement_basis: basis, achievement_ref: ref };
}

const SUBJECT_WORDS: Record<ProposalInput['subjectKind'], string> = {
  INDIVIDUAL: 'cá nhân',
  COLLECTIVE: 'tập thể',
  HOUSEHOLD: 'hộ gia đình',
};

/** Resolve and check the subject (person / collective / household) of a proposal. */
async function resolveSubject(trx: Transaction<Database>, u: AuthUser, unitId: string, b: ProposalInput) {
  const award = getAward(b.awardCode);
  if (!award) throw new AppError('UNKNOWN_AWARD', `Không có hình thức khen thưởng mã "${b.awardCode}".`);
  if (!award.subjects.includes(b.subjectKind)) {
    throw new AppError(
      'AWARD_SUBJECT_MISMATCH',
      `${award.name} không áp dụng cho ${SUBJECT_WORDS[b.subjectKind]}.`,
    );
  }
  if (b.subjectKind === 'INDIVIDUAL') {
    if (!b.personId) throw new AppError('SUBJECT_REQUIRED', 'Chưa chọn cá nhân được đề nghị.');
    const p = await trx
      .selectFrom('people')
      .select(['id', 'full_name', 'unit_id'])
      .where('id', '=', b.personId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!p) throw new AppError('UNKNOWN_PERSON', 'Cá nhân được đề nghị không có trong danh sách của xã.');
    if (!seesWholeCommune(u.role) && p.unit_id !== unitId)
      throw forbidden('Bạn chỉ được đề nghị khen thưởng người của đơn vị mình.');
    return { personId: p.id, subjectUnitId: null, householdId: null, name: p.full_name };
  }
  if (b.subjectKind === 'COLLECTIVE') {
    const sid = b.subjectUnitId ?? unitId;
    const o = await trx
      .selectFrom('organisations')
      .select(['id', 'name', 'parent_id'])
      .where('id', '=', sid)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!o) throw new AppError('UNKNOWN_UNIT', 'Tập thể được đề nghị không có trong danh sách của xã.');
    if (!seesWholeCommune(u.role) && o.id !== unitId && o.parent_id !== unitId) {
      throw forbidden('Bạn chỉ được đề nghị khen thưởng tập thể thuộc đơn vị mình.');
    }
    return { personId: null, subjectUnitId: o.id, householdId: null, name: o.name };
  }
  if (!b.householdId) throw new AppError('SUBJECT_REQUIRED', 'Chưa chọn hộ gia đình được đề nghị.');
  const h = await trx
    .selectFrom('households')
    .select(['id', 'head_name', 'unit_id'])
    .where('id', '=', b.householdId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!h) throw new AppError('UNKNOWN_HOUSEHOLD', 'Hộ gia đình không có trong danh sách của xã.');
  if (!seesWholeCommune(u.role) && h.unit_id !== unitId)
    throw forbidden('Bạn chỉ được đề nghị hộ gia đình thuộc đơn vị mình.');
  return {
    personId: null,
    subjectUnitId: null,
    householdId: h.id,
    name: `Hộ gia đình ông/bà ${h.head_name}`,
  };
}

const subjectColumns = (
  kind: string,
  s: { personId: string | null; subjectUnitId: string | null; householdId: string | null },
) => ({
  subject_kind: kind,
  person_id: s.personId,
  subject_unit_id: s.subjectUnitId,
  household_id: s.householdId,
});

async function checkMovement(trx: Transaction<Database>, u: AuthUser, movementId: string | null | undefined) {
  if (!movementId) return null;
  const m = await trx
    .selectFrom('movements')
    .select('id')
    .where('id', '=', movementId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!m) throw new AppError('UNKNOWN_MOVEMENT', 'Phong trào thi đua không tồn tại.');
  return m.id;
}

/** The year of an achievement is at most next year (by the server's clock). */
function checkYear(clock: Clock, year: number): void {
  if (year > yearIn(clock) + 1) {
    const message = 'Năm thành tích không hợp lệ';
    throw new AppError('VALIDATION', `Dữ liệu không hợp lệ — year: ${message}`, [{ path: 'year', message }]);
  }
}

/** Draft a proposal; answers the new dossier as its author sees it. */
export async function createProposal(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: ProposalBody,
): Promise<ProposalDetail> {
  checkYear(clock, b.year);
  const id = await db.transaction().execute((trx) => createProposalIn(trx, clock, u, actor, b));
  return getProposal(db, clock, u, id);
}

/**
 * Create a DRAFT proposal inside the caller's transaction (for features that make a proposal together
 * with their own records — ranking winners, typical examples — so both are written or neither).
 */
export async function createProposalIn(
  trx: Transaction<Database>,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: ProposalInput,
): Promise<string> {
  // a unit head proposes for their own unit only
  const ownUnitOnly = !seesWholeCommune(u.role);
  const unitId = ownUnitOnly ? u.unitId : b.unitId;
  if (!unitId) throw new AppError('UNIT_REQUIRED', 'Chưa chọn đơn vị đề nghị.');
  if (ownUnitOnly && b.unitId && b.unitId !== u.unitId)
    throw forbidden('Bạn chỉ được đề nghị cho đơn vị mình.');
  const unit = await trx
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', unitId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!unit) throw new AppError('UNKNOWN_UNIT', 'Đơn vị đề nghị không tồn tại.');
  const subject = await resolveSubject(trx, u, unitId, b);
  await assertNoSameAward(
    trx,
    u.tenantId,
    subjectColumns(b.subjectKind, subject),
    b.awardCode,
    b.year,
    subject.name,
  );
  const movementId = await checkMovement(trx, u, b.movementId);
  const id = newId();
  const now = isoNow(clock);
  await trx
    .insertInto('proposals')
    .values({
      id,
      tenant_id: u.tenantId,
      unit_id: unitId,
      movement_id: movementId,
      award_code: b.awardCode,
      subject_kind: b.subjectKind,
      person_id: subject.personId,
      subject_unit_id: subject.subjectUnitId,
      household_id: subject.householdId,
      subject_name: subject.name,
      search_text: foldVietnamese(`${subject.name} ${b.achievement}`),
      achievement: b.achievement,
      ...achievementOf(b),
      year: b.year,
      status: 'DRAFT',
      round: 1,
      return_reason: null,
      return_missing: null,
      decision_id: null,
      version: 1,
      created_by: u.id,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await writeAudit(trx, clock, actor, {
    entityType: 'proposal',
    entityId: id,
    action: 'create',
    summary: `Lập đề nghị ${getAward(b.awardCode)?.name ?? b.awardCode} cho ${subject.name}`,
    data: { awardCode: b.awardCode, subjectName: subject.name, achievement: b.achievement, year: b.year },
  });
  return id;
}

async function loadForUpdate(trx: Transaction<Database>, u: AuthUser, id: string) {
  const p = await trx
    .selectFrom('proposals')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!p) throw notFound('đề nghị khen thưởng');
  return p;
}

/** Edit a draft or returned proposal (at the version read); answers the edited dossier. */
export async function updateProposal(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: ProposalUpdate,
): Promise<ProposalDetail> {
  checkYear(clock, b.year);
  const { version } = b;
  await db.transaction().execute(async (trx) => {
    const p = await loadForUpdate(trx, u, id);
    const can = canEditProposal({ status: p.status, unitId: p.unit_id, achievement: p.achievement }, u);
    if (!can.ok) throw fromCore(can);
    if (p.version !== version) {
      throw new AppError('STALE', 'Đề nghị vừa được người khác cập nhật. Vui lòng tải lại trước khi sửa.');
    }
    const subject = await resolveSubject(trx, u, p.unit_id, b);
    await assertNoSameAward(
      trx,
      u.tenantId,
      subjectColumns(b.subjectKind, subject),
      b.awardCode,
      b.year,
      subject.name,
    );
    const movementId = await checkMovement(trx, u, b.movementId);
    const res = await trx
      .updateTable('proposals')
      .set({
        movement_id: movementId,
        award_code: b.awardCode,
        subject_kind: b.subjectKind,
        person_id: subject.personId,
        subject_unit_id: subject.subjectUnitId,
        household_id: subject.householdId,
        subject_name: subject.name,
        search_text: foldVietnamese(`${subject.name} ${b.achievement}`),
        achievement: b.achievement,
        ...achievementOf(b),
        year: b.year,
        version: p.version + 1,
        updated_at: isoNow(clock),
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw new AppError('STALE', 'Đề nghị vừa được người khác cập nhật. Vui lòng tải lại.');
    await writeAudit(trx, clock, actor, {
      entityType: 'proposal',
      entityId: id,
      action: 'update',
      summary: `Sửa nội dung đề nghị (lần ${p.round})`,
      data: {
        before: { achievement: p.achievement, awardCode: p.award_code, subjectName: p.subject_name },
        after: { achievement: b.achievement, awardCode: b.awardCode, subjectName: subject.name },
      },
    });
  });
  return getProposal(db, clock, u, id);
}

/**
 * Take the step of the workflow named `name` (with the procedure's checks, `PROPOSAL_GUARDS`); answers the
 * dossier after it. `decide` is not a step taken here: signing a decision takes it.
 */
export async function actOnProposal(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  name: string,
  input: ActionBody,
): Promise<ProposalDetail> {
  const action = PROPOSAL_ACTIONS.find((a) => a === name);
  if (!action || action === 'decide') {
    throw new AppError('UNKNOWN_ACTION', `Không có thao tác "${name}".`);
  }
  try {
    await db
      .transaction()
      .execute((trx) => actOnProposalIn(trx, clock, u, actor, id, action, input, PROPOSAL_GUARDS));
  } catch (e) {
    // An approval outside the commune chairman's authority: refused, the dossier marked to go upward.
    if (e instanceof AppError && e.code === 'NO_AUTHORITY')
      await markUpwardAfterRefusal(db, clock, actor, u.tenantId, [id], todayIn(clock));
    throw e;
  }
  return getProposal(db, clock, u, id);
}

/** A step of the workflow inside the caller's transaction; answers the new status. */
export async function actOnProposalIn(
  trx: Transaction<Database>,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  action: ProposalAction,
  input: { reason?: string | undefined; missing?: string[] | undefined },
  guards: ActionGuard[] = [],
): Promise<ProposalStatus> {
  const p = await loadForUpdate(trx, u, id);
  const r = transitionProposal(
    { status: p.status, unitId: p.unit_id, achievement: p.achievement },
    action,
    u,
    input,
  );
  if (!r.ok) throw fromCore(r);
  for (const g of guards) await g(trx, p, action, input, clock);
  const round = r.roundIncrement ? p.round + 1 : p.round;
  const returning = action === 'return';
  const res = await trx
    .updateTable('proposals')
    .set({
      status: r.to,
      round,
      return_reason: returning ? (input.reason ?? null) : p.return_reason,
      return_missing: returning
        ? JSON.stringify((input.missing ?? []).filter((m) => m.trim()))
        : p.return_missing,
      version: p.version + 1,
      updated_at: isoNow(clock),
    })
    .where('id', '=', id)
    .where('version', '=', p.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1)
    throw new AppError('STALE', 'Đề nghị vừa được người khác cập nhật. Vui lòng thử lại.');
  if (action === 'forward' || action === 'approve') {
    // Who decides under the province profile, as the chairman will see it: mark or unmark "to go upward".
    const a = await communeAuthority(trx, p.tenant_id, p.award_code, todayIn(clock));
    await syncUpwardMark(trx, clock, actor, p, a);
  }
  const label = PROPOSAL_ACTION_LABELS[action].vi;
  await writeAudit(trx, clock, actor, {
    entityType: 'proposal',
    entityId: id,
    action,
    summary: `${label}${input.reason ? ` — ${input.reason}` : ''}`,
    data: {
      from: p.status,
      to: r.to,
      round,
      reason: input.reason ?? null,
      missing: input.missing ?? null,
      snapshot: { achievement: p.achievement, awardCode: p.award_code, subjectName: p.subject_name },
    },
  });
  return r.to;
}
