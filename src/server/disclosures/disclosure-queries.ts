/** Reading public disclosures: the officer's view (with objections) and the public pages (no login). */
import type {
  DisclosureDetail,
  DisclosureRow,
  Objection,
  PublicDisclosure,
  PublicDisclosureDetail,
} from '../../contract/disclosures';
import { seesWholeCommune } from '../../core/auth/roles';
import { getAward } from '../../core/law';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import type { ObjectionTable } from '../db/schema';
import { notFound } from '../http/errors';
import { conflictsOf } from '../proposals/dossier-access';

export const objectionView = (o: ObjectionTable): Objection => ({
  id: o.id,
  proposalId: o.proposal_id,
  kind: o.kind,
  authorName: o.author_name,
  content: o.content,
  status: o.status,
  resolution: o.resolution,
  resolvedAt: o.resolved_at,
  createdAt: o.created_at,
});

/** The commune's disclosures, newest first, with how many comments came and how many are not handled. */
export async function listDisclosures(db: Db, u: AuthUser): Promise<DisclosureRow[]> {
  const rows = await db
    .selectFrom('disclosures')
    .selectAll()
    .where('tenant_id', '=', u.tenantId)
    .orderBy('starts_on', 'desc')
    .execute();
  const counts = await db
    .selectFrom('objections')
    .select(['disclosure_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', u.tenantId)
    .groupBy(['disclosure_id', 'status'])
    .execute();
  return rows.map((d) => ({
    id: d.id,
    title: d.title,
    startsOn: d.starts_on,
    endsOn: d.ends_on,
    openObjections: counts
      .filter((c) => c.disclosure_id === d.id && c.status === 'OPEN')
      .reduce((s, c) => s + Number(c.n), 0),
    objections: counts.filter((c) => c.disclosure_id === d.id).reduce((s, c) => s + Number(c.n), 0),
  }));
}

/** One disclosure: its list (public) and the objections the reader may follow. */
export async function getDisclosure(db: Db, u: AuthUser, id: string): Promise<DisclosureDetail> {
  const d = await db
    .selectFrom('disclosures')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!d) throw notFound('đợt công khai');
  const items = await db
    .selectFrom('disclosure_items as i')
    .innerJoin('proposals as p', 'p.id', 'i.proposal_id')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .select([
      'p.id',
      'p.subject_name',
      'p.award_code',
      'p.achievement',
      'p.status',
      'p.unit_id',
      'o.name as unit_name',
    ])
    .where('i.disclosure_id', '=', d.id)
    .execute();
  // A unit head reads the comments and objections on their own unit's proposals only (the list itself is public).
  // Nor on a dossier they declared a conflict of interest with (the list is public, the objections are not).
  const conflicts = await conflictsOf(db, u);
  const ownUnit = new Set(
    items
      .filter((p) => (seesWholeCommune(u.role) || p.unit_id === u.unitId) && !conflicts.has(p.id))
      .map((p) => p.id),
  );
  const objections = (
    await db
      .selectFrom('objections')
      .selectAll()
      .where('disclosure_id', '=', d.id)
      .orderBy('created_at')
      .execute()
  ).filter((o) => ownUnit.has(o.proposal_id));
  return {
    id: d.id,
    title: d.title,
    startsOn: d.starts_on,
    endsOn: d.ends_on,
    items: items.map((p) => ({
      proposalId: p.id,
      subjectName: p.subject_name,
      awardName: getAward(p.award_code)?.name ?? p.award_code,
      achievement: p.achievement,
      unitName: p.unit_name,
      status: p.status,
    })),
    objections: objections.map(objectionView),
  };
}

/** The lists published so far (begun by `today`), of every commune, newest end first. */
export async function publicDisclosures(db: Db, today: string): Promise<PublicDisclosure[]> {
  const rows = await db
    .selectFrom('disclosures as d')
    .innerJoin('organisations as c', 'c.id', 'd.tenant_id')
    .select(['d.id', 'd.title', 'd.starts_on', 'd.ends_on', 'c.name as commune'])
    .where('d.starts_on', '<=', today)
    .orderBy('d.ends_on', 'desc')
    .limit(100)
    .execute();
  return rows.map((d) => ({
    id: d.id,
    title: d.title,
    startsOn: d.starts_on,
    endsOn: d.ends_on,
    commune: d.commune,
    open: d.ends_on >= today,
  }));
}

/** A published list: only what is public (names, units, proposed award, achievement summary). */
export async function publicDisclosure(db: Db, today: string, id: string): Promise<PublicDisclosureDetail> {
  const d = await db
    .selectFrom('disclosures as d')
    .innerJoin('organisations as c', 'c.id', 'd.tenant_id')
    .select(['d.id', 'd.title', 'd.starts_on', 'd.ends_on', 'c.name as commune'])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!d || d.starts_on > today) throw notFound('danh sách công khai');
  const items = await db
    .selectFrom('disclosure_items as i')
    .innerJoin('proposals as p', 'p.id', 'i.proposal_id')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .select(['p.id', 'p.subject_name', 'p.award_code', 'p.achievement', 'o.name as unit_name'])
    .where('i.disclosure_id', '=', d.id)
    .execute();
  return {
    id: d.id,
    title: d.title,
    startsOn: d.starts_on,
    endsOn: d.ends_on,
    commune: d.commune,
    open: d.ends_on >= today,
    items: items.map((p) => ({
      proposalId: p.id,
      subjectName: p.subject_name,
      unitName: p.unit_name,
      awardName: getAward(p.award_code)?.name ?? p.award_code,
      achievement: p.achievement,
    })),
  };
}
