/** The council's members over time: who sits on it on a date, likely conflicts of interest, terms. */

import type { Transaction } from 'kysely';
import type { CouncilMember, NewCouncilMember } from '../../contract/council';
import { can } from '../../core/auth/policy';
import { ROLE_LABELS } from '../../core/auth/roles';
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES } from '../../core/council/council-terms';
import { compareVietnamese, formatDateVi } from '../../core/text';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';

/** The council as it stands on `date` (members change; each membership has a term). */
export async function councilOn(db: Db, tenantId: string, date: string): Promise<CouncilMember[]> {
  const rows = await db
    .selectFrom('council_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .select([
      'm.id',
      'm.role',
      'm.user_id',
      'm.person_id',
      'm.term_from',
      'm.term_to',
      'p.full_name',
      'p.position',
      'p.unit_id',
      'p.household_id',
      'o.name as unit_name',
    ])
    .where('m.tenant_id', '=', tenantId)
    .where('m.term_from', '<=', date)
    .where((eb) => eb.or([eb('m.term_to', 'is', null), eb('m.term_to', '>=', date)]))
    .execute();
  const order: readonly string[] = COUNCIL_ROLES;
  return rows
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role))
    .map((r) => ({
      id: r.id,
      role: r.role,
      roleLabel: COUNCIL_ROLE_LABELS[r.role] ?? r.role,
      userId: r.user_id,
      personId: r.person_id,
      name: r.full_name,
      position: r.position,
      unitId: r.unit_id,
      unitName: r.unit_name,
      householdId: r.household_id,
    }));
}

/**
 * Likely conflicts of interest for a nominee: the member is the nominee, lives in the nominee's household
 * (a likely relative, or the household nominated), belongs to (or leads) the nominee's unit, or the
 * collective nominated is the member's own unit.
 */
export function suggestConflicts(
  members: CouncilMember[],
  nominee: {
    personId: string | null;
    unitId: string;
    subjectUnitId: string | null;
    householdId?: string | null | undefined;
  },
) {
  const out: { memberId: string; reason: string }[] = [];
  for (const m of members) {
    if (nominee.personId && m.personId === nominee.personId)
      out.push({ memberId: m.id, reason: 'Thành viên là người được đề nghị' });
    else if (nominee.householdId && m.householdId === nominee.householdId) {
      out.push({
        memberId: m.id,
        reason: nominee.personId
          ? 'Thành viên cùng hộ gia đình với người được đề nghị (có thể là người thân)'
          : 'Thành viên thuộc hộ gia đình được đề nghị',
      });
    } else if (nominee.subjectUnitId && m.unitId === nominee.subjectUnitId)
      out.push({ memberId: m.id, reason: 'Thành viên thuộc tập thể được đề nghị' });
    else if (m.unitId === nominee.unitId)
      out.push({ memberId: m.id, reason: 'Thành viên cùng đơn vị với người được đề nghị' });
  }
  return out;
}

/** Add a member from `termFrom`; answers the new membership's id and the council as it stands today. */
export async function addCouncilMember(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: NewCouncilMember,
): Promise<{ id: string; members: CouncilMember[] }> {
  const id = await db.transaction().execute(async (trx) => {
    const person = await trx
      .selectFrom('people')
      .select(['id', 'full_name'])
      .where('id', '=', b.personId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!person) throw new AppError('UNKNOWN_PERSON', 'Người này không có trong danh sách của xã.');
    const current = await trx
      .selectFrom('council_members')
      .select('id')
      .where('tenant_id', '=', u.tenantId)
      .where('person_id', '=', b.personId)
      .where((eb) => eb.or([eb('term_to', 'is', null), eb('term_to', '>=', b.termFrom)]))
      .executeTakeFirst();
    if (current) throw new AppError('ALREADY_MEMBER', `${person.full_name} đang là thành viên Hội đồng.`);
    const user = b.userId
      ? { id: await votingAccount(trx, u, b.userId, null, b.termFrom) }
      : await trx
          .selectFrom('users')
          .select('id')
          .where('tenant_id', '=', u.tenantId)
          .where('person_id', '=', b.personId)
          .executeTakeFirst();
    const id = newId();
    await trx
      .insertInto('council_members')
      .values({
        id,
        tenant_id: u.tenantId,
        person_id: b.personId,
        user_id: user?.id ?? null,
        role: b.role,
        term_from: b.termFrom,
        term_to: null,
        created_at: isoNow(clock),
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'council',
      entityId: id,
      action: 'add-member',
      summary: `Bổ sung ${person.full_name} làm ${COUNCIL_ROLE_LABELS[b.role]} từ ${formatDateVi(b.termFrom)}`,
      data: b,
    });
    return id;
  });
  return { id, members: await councilOn(db, u.tenantId, todayIn(clock)) };
}

/**
 * An account a council member may vote with: of the commune, active, with a role allowed to vote
 * (`ballot.vote`), and not the account of another member whose term is still running on `from`.
 */
async function votingAccount(
  trx: Transaction<Database>,
  u: AuthUser,
  userId: string,
  memberId: string | null,
  from: string,
): Promise<string> {
  const account = await trx
    .selectFrom('users')
    .select(['id', 'role', 'active', 'display_name'])
    .where('id', '=', userId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!account)
    throw new AppError('NOT_FOUND', 'Không tìm thấy tài khoản này trong xã.', { field: 'userId' });
  if (account.active !== 1 || !can({ role: account.role, unitId: null }, 'ballot.vote'))
    throw new AppError(
      'NOT_COUNCIL_ROLE',
      `Tài khoản ${account.display_name} ${account.active !== 1 ? 'đã ngừng hoạt động' : `có vai trò ${ROLE_LABELS[account.role].vi}, không được bỏ phiếu trong Hội đồng`}; hãy đổi vai trò thành Thành viên Hội đồng TĐKT.`,
      { field: 'userId' },
    );
  let other = trx
    .selectFrom('council_members')
    .select('id')
    .where('tenant_id', '=', u.tenantId)
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('term_to', 'is', null), eb('term_to', '>=', from)]));
  if (memberId) other = other.where('id', '!=', memberId);
  if (await other.executeTakeFirst())
    throw new AppError(
      'USER_LINKED',
      `Tài khoản ${account.display_name} đã gắn với một thành viên Hội đồng khác.`,
      {
        field: 'userId',
      },
    );
  return account.id;
}

/** Active accounts with a role that may vote in the council, with the membership each is linked to today. */
export async function votingAccounts(db: Db, clock: Clock, u: AuthUser) {
  const today = todayIn(clock);
  const accounts = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role'])
    .where('tenant_id', '=', u.tenantId)
    .where('active', '=', 1)
    .execute();
  const links = await db
    .selectFrom('council_members')
    .select(['id', 'user_id'])
    .where('tenant_id', '=', u.tenantId)
    .where('user_id', 'is not', null)
    .where((eb) => eb.or([eb('term_to', 'is', null), eb('term_to', '>=', today)]))
    .execute();
  const linked = new Map(links.map((l) => [l.user_id, l.id]));
  return accounts
    .filter((a) => can({ role: a.role, unitId: null }, 'ballot.vote'))
    .sort((a, b) => compareVietnamese(a.display_name, b.display_name))
    .map((a) => ({
      id: a.id,
      username: a.username,
      displayName: a.display_name,
      roleLabel: ROLE_LABELS[a.role].vi,
      memberId: linked.get(a.id) ?? null,
    }));
}

/** Link a member to an account (to vote electronically) or unlink it; answers the council as it stands today. */
export async function linkMemberUser(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  memberId: string,
  userId: string | null,
): Promise<{ ok: true; members: CouncilMember[] }> {
  await db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom('council_members as m')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .select(['m.id', 'm.term_to', 'm.user_id', 'p.full_name'])
      .where('m.id', '=', memberId)
      .where('m.tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!m) throw notFound('thành viên Hội đồng');
    if (m.term_to && m.term_to < todayIn(clock))
      throw new AppError('TERM_ENDED', 'Thành viên này đã thôi tham gia Hội đồng.');
    const linked = userId ? await votingAccount(trx, u, userId, m.id, todayIn(clock)) : null;
    await trx.updateTable('council_members').set({ user_id: linked }).where('id', '=', m.id).execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'council',
      entityId: m.id,
      action: linked ? 'link-user' : 'unlink-user',
      summary: linked
        ? `Gắn tài khoản bỏ phiếu điện tử cho thành viên ${m.full_name}`
        : `Bỏ gắn tài khoản của thành viên ${m.full_name} (bỏ phiếu giấy)`,
      data: { userId: linked, previous: m.user_id },
    });
  });
  return { ok: true, members: await councilOn(db, u.tenantId, todayIn(clock)) };
}

/** End a member's term on `termTo`; answers the council as it stands today. */
export async function endCouncilTerm(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  memberId: string,
  termTo: string,
): Promise<{ ok: true; members: CouncilMember[] }> {
  await db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom('council_members')
      .selectAll()
      .where('id', '=', memberId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!m) throw notFound('thành viên Hội đồng');
    if (m.term_to) throw new AppError('TERM_ENDED', 'Thành viên này đã thôi tham gia Hội đồng.');
    if (termTo < m.term_from) throw new AppError('BAD_DATE', 'Ngày thôi tham gia phải sau ngày bắt đầu.');
    await trx.updateTable('council_members').set({ term_to: termTo }).where('id', '=', memberId).execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'council',
      entityId: memberId,
      action: 'end-term',
      summary: `Thành viên thôi tham gia Hội đồng từ ${formatDateVi(termTo)}`,
    });
  });
  return { ok: true, members: await councilOn(db, u.tenantId, todayIn(clock)) };
}
