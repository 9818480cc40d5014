/** Changing the law's data: the province's settings, the base-salary table, exceptions to soft rules. Audited. */
import type { NewBaseSalary, ProfilePatch, ProposalVerdict } from '../../contract/law';
import type { BaseSalaryPeriod, ProvinceProfile } from '../../core/law';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { AppError, notFound } from '../http/errors';
import { loadBaseSalaries, loadProfile } from './law-settings';
import { quotaExceptionsNeeded } from './quota-counts';
import { proposalVerdict } from './verdicts';

/** Change some of the province's settings; answers the whole profile. */
export async function updateLawSettings(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  patch: ProfilePatch,
): Promise<ProvinceProfile> {
  const current = await loadProfile(db, u.tenantId);
  const next: ProvinceProfile = { ...current, ...patch, name: current.name } as ProvinceProfile;
  await db.transaction().execute(async (trx) => {
    const exists = await trx
      .selectFrom('law_profiles')
      .select('tenant_id')
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    const row = { settings: JSON.stringify(next), updated_by: u.id, updated_at: isoNow(clock) };
    if (exists) await trx.updateTable('law_profiles').set(row).where('tenant_id', '=', u.tenantId).execute();
    else
      await trx
        .insertInto('law_profiles')
        .values({ tenant_id: u.tenantId, ...row })
        .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'law_profile',
      entityId: u.tenantId,
      action: 'update',
      summary: 'Cập nhật thiết lập pháp lý của tỉnh',
      data: { before: current, after: next },
    });
  });
  return loadProfile(db, u.tenantId);
}

/** Add (or replace) the base salary in force from a date; answers the whole table. */
export async function setBaseSalary(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: NewBaseSalary,
): Promise<BaseSalaryPeriod[]> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('law_base_salaries')
      .where('tenant_id', '=', u.tenantId)
      .where('from_date', '=', b.from)
      .execute();
    await trx
      .insertInto('law_base_salaries')
      .values({
        id: newId(),
        tenant_id: u.tenantId,
        from_date: b.from,
        amount: b.amount,
        source: b.source,
        created_by: u.id,
        created_at: isoNow(clock),
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'base_salary',
      entityId: b.from,
      action: 'set',
      summary: `Mức lương cơ sở từ ${b.from}: ${b.amount} đ (${b.source})`,
      data: b,
    });
  });
  return loadBaseSalaries(db, u.tenantId);
}

/**
 * Record a justified exception to the soft rules a proposal fails today (never to a hard rule); answers
 * the proposal's verdict with it.
 */
export async function overrideLaw(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  proposalId: string,
  reason: string,
): Promise<ProposalVerdict> {
  const today = todayIn(clock);
  return db.transaction().execute(async (trx) => {
    const p = await trx
      .selectFrom('proposals')
      .selectAll()
      .where('id', '=', proposalId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!p) throw notFound('đề nghị khen thưởng');
    const v = await proposalVerdict(trx, p, today);
    if (v.hard.length) {
      throw new AppError(
        'LAW_HARD_RULE',
        `Không thể ghi nhận ngoại lệ: có điều kiện bắt buộc của pháp luật chưa đạt — ${v.hard.map((f) => `${f.message} (${f.article})`).join('; ')}.`,
        { failures: v.hard },
      );
    }
    // a quota (tỷ lệ khống chế) enforced SOFT that the proposal's next step would exceed
    const quotas = await quotaExceptionsNeeded(trx, p);
    if (!v.openSoft.length && !quotas.length)
      throw new AppError('NOTHING_TO_OVERRIDE', 'Đề nghị không có điều kiện nào cần ghi nhận ngoại lệ.');
    const codes = [...v.openSoft.map((f) => f.code), ...quotas.map((q) => q.code)];
    const quotaText = quotas.map((q) => `vượt tỷ lệ khống chế ${q.line}`).join('; ');
    await trx
      .insertInto('law_overrides')
      .values({
        id: newId(),
        tenant_id: u.tenantId,
        proposal_id: p.id,
        codes: JSON.stringify(codes),
        reason,
        user_id: u.id,
        user_name: u.displayName,
        created_at: isoNow(clock),
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'proposal',
      entityId: p.id,
      action: 'law_override',
      summary: `Ghi nhận ngoại lệ ${[v.openSoft.length ? `điều kiện ${v.openSoft.map((f) => f.code).join(', ')}` : '', quotaText].filter(Boolean).join('; ')} — ${reason}`,
      data: { codes, reason, failures: v.openSoft, quotas },
    });
    return proposalVerdict(trx, p, today);
  });
}
