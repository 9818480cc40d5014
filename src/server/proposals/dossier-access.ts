/**
 * The actor's access to proposals' dossiers, loaded from the database and decided by the core rule
 * (`core/auth/dossier-access.ts`). Every query that returns dossier data goes through here.
 */
import { type DossierAccess, type DossierActor, dossierAccess } from '../../core/auth/dossier-access';
import type { AuthUser } from '../auth/sessions';
import { type Clock, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { AppError, forbidden, notFound } from '../http/errors';

/**
 * The proposals this user declared a conflict of interest with, at any meeting of their commune: the
 * council member linked to the user (by account, or by the person the account belongs to).
 */
export async function conflictsOf(db: Db, u: AuthUser): Promise<Set<string>> {
  const rows = await db
    .selectFrom('meeting_conflicts as mc')
    .innerJoin('council_members as cm', 'cm.id', 'mc.member_id')
    .innerJoin('meetings as m', 'm.id', 'mc.meeting_id')
    .select('mc.proposal_id')
    .where('cm.tenant_id', '=', u.tenantId)
    .where('m.tenant_id', '=', u.tenantId)
    .where((eb) =>
      eb.or([
        eb('cm.user_id', '=', u.id),
        eb(
          'cm.person_id',
          'in',
          eb
            .selectFrom('users')
            .select('person_id')
            .where('id', '=', u.id)
            .where('person_id', 'is not', null),
        ),
      ]),
    )
    .execute();
  return new Set(rows.map((r) => r.proposal_id));
}

export async function dossierActor(db: Db, u: AuthUser): Promise<DossierActor> {
  return { role: u.role, tenantId: u.tenantId, unitId: u.unitId, conflicts: await conflictsOf(db, u) };
}

/** Which of these proposals have been published for public comment by today (their achievement summary is public). */
export async function disclosedAmong(
  db: Db,
  clock: Clock,
  proposalIds: readonly string[],
): Promise<Set<string>> {
  if (!proposalIds.length) return new Set();
  const rows = await db
    .selectFrom('disclosure_items as i')
    .innerJoin('disclosures as d', 'd.id', 'i.disclosure_id')
    .select('i.proposal_id')
    .where('i.proposal_id', 'in', [...new Set(proposalIds)])
    .where('d.starts_on', '<=', todayIn(clock))
    .execute();
  return new Set(rows.map((r) => r.proposal_id));
}

export const conflictOfInterest = () =>
  new AppError(
    'CONFLICT_OF_INTEREST',
    'Bạn đã khai báo xung đột lợi ích với hồ sơ này nên chỉ xem được phần công khai của hồ sơ.',
  );

/**
 * The user's access to one proposal's dossier. A proposal of another commune (or none) answers 404, one of
 * another unit for a unit head 403; otherwise FULL or PUBLIC.
 */
export async function dossierAccessFor(
  db: Db,
  u: AuthUser,
  proposalId: string,
): Promise<Exclude<DossierAccess, 'NONE'>> {
  const p = await db
    .selectFrom('proposals')
    .select(['id', 'tenant_id', 'unit_id'])
    .where('id', '=', proposalId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!p) throw notFound('đề nghị khen thưởng');
  const access = dossierAccess(await dossierActor(db, u), {
    id: p.id,
    tenantId: p.tenant_id,
    unitId: p.unit_id,
  });
  if (access === 'NONE') throw forbidden('Bạn chỉ xem được đề nghị của đơn vị mình.');
  return access;
}

/** Refuse (403 CONFLICT_OF_INTEREST) unless the user may read the whole dossier. */
export async function requireFullDossier(db: Db, u: AuthUser, proposalId: string): Promise<void> {
  if ((await dossierAccessFor(db, u, proposalId)) !== 'FULL') throw conflictOfInterest();
}

export interface SubjectKey {
  personId?: string | null | undefined;
  subjectUnitId?: string | null | undefined;
  householdId?: string | null | undefined;
}

/**
 * The subjects (people, collectives, households) of the proposals this user is conflicted with: the law
 * must not be re-run on them for this user either (that would rebuild the verdict the dossier hides).
 */
export async function conflictedSubjects(
  db: Db,
  u: AuthUser,
): Promise<{ has(s: SubjectKey): boolean; ids: Set<string> }> {
  const ids = [...(await conflictsOf(db, u))];
  const rows = ids.length
    ? await db
        .selectFrom('proposals')
        .select(['person_id', 'subject_unit_id', 'household_id'])
        .where('tenant_id', '=', u.tenantId)
        .where('id', 'in', ids)
        .execute()
    : [];
  const keys = new Set(
    rows.flatMap((r) =>
      [
        r.person_id && `P:${r.person_id}`,
        r.subject_unit_id && `U:${r.subject_unit_id}`,
        r.household_id && `H:${r.household_id}`,
      ].filter((x): x is string => !!x),
    ),
  );
  return {
    ids: new Set(
      rows.flatMap((r) => [r.person_id, r.subject_unit_id, r.household_id].filter((x): x is string => !!x)),
    ),
    has: (s) =>
      (!!s.personId && keys.has(`P:${s.personId}`)) ||
      (!!s.subjectUnitId && keys.has(`U:${s.subjectUnitId}`)) ||
      (!!s.householdId && keys.has(`H:${s.householdId}`)),
  };
}
