/** Reading typical examples: the list (a unit head: their unit's), one example in full, the public list. */
import type { ExampleDetail, ExampleFilters, ExampleRow, PublicExample } from '../../contract/examples';
import { safeLink } from '../../contract/web-link';
import { seesWholeCommune } from '../../core/auth/roles';
import { availableExampleActions, PUBLIC_STAGES } from '../../core/examples';
import { getAward } from '../../core/law';
import { compareVietnamese, foldVietnamese } from '../../core/text';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { containsText } from '../db/like-pattern';
import { notFound } from '../http/errors';

/** The examples a user may see (a unit head: their unit's), filtered; replication counts included. */
export async function listExamples(db: Db, u: AuthUser, f: ExampleFilters): Promise<ExampleRow[]> {
  let q = db
    .selectFrom('typical_examples as e')
    .innerJoin('organisations as o', 'o.id', 'e.unit_id')
    .leftJoin('movements as m', 'm.id', 'e.movement_id')
    .select([
      'e.id',
      'e.subject_kind',
      'e.subject_name',
      'e.title',
      'e.model',
      'e.field',
      'e.stage',
      'e.stage_on',
      'e.year',
      'e.discovery_source',
      'e.discovered_on',
      'e.unit_id',
      'o.name as unit_name',
      'm.name as movement_name',
    ])
    .where('e.tenant_id', '=', u.tenantId);
  if (!seesWholeCommune(u.role)) q = q.where('e.unit_id', '=', u.unitId ?? '-');
  if (f.stage) q = q.where('e.stage', '=', f.stage);
  if (f.field) q = q.where('e.field', '=', f.field);
  if (f.year) q = q.where('e.year', '=', f.year);
  for (const word of foldVietnamese(f.q ?? '')
    .split(' ')
    .filter(Boolean))
    q = q.where(containsText('e.search_text', word));
  const rows = await q.limit(1000).execute();
  const counts = await replicationCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows
    .sort((a, b) => compareVietnamese(a.title, b.title))
    .map((r) => ({
      id: r.id,
      subjectKind: r.subject_kind,
      subjectName: r.subject_name,
      title: r.title,
      model: r.model,
      field: r.field,
      stage: r.stage,
      stageOn: r.stage_on,
      year: r.year,
      discoverySource: r.discovery_source,
      discoveredOn: r.discovered_on,
      unitId: r.unit_id,
      unitName: r.unit_name,
      movementName: r.movement_name,
      replicationCount: counts.get(r.id) ?? 0,
    }));
}

async function replicationCounts(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('typical_example_replications')
    .select(['example_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('example_id', 'in', ids)
    .groupBy('example_id')
    .execute();
  return new Map(rows.map((r) => [r.example_id, Number(r.n)]));
}

/** One example with its history, entries, replications and commendation links. */
export async function getExample(db: Db, u: AuthUser, id: string): Promise<ExampleDetail> {
  const e = await db
    .selectFrom('typical_examples as e')
    .innerJoin('organisations as o', 'o.id', 'e.unit_id')
    .leftJoin('movements as m', 'm.id', 'e.movement_id')
    .selectAll('e')
    .select(['o.name as unit_name', 'm.name as movement_name'])
    .where('e.id', '=', id)
    .where('e.tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!e || (!seesWholeCommune(u.role) && e.unit_id !== u.unitId)) throw notFound('điển hình tiên tiến');
  const [stages, entries, replications, links] = await Promise.all([
    db
      .selectFrom('typical_example_stages')
      .selectAll()
      .where('example_id', '=', id)
      .orderBy('on_date')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('typical_example_entries')
      .selectAll()
      .where('example_id', '=', id)
      .orderBy('entry_date')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('typical_example_replications as r')
      .innerJoin('organisations as o', 'o.id', 'r.unit_id')
      .select(['r.id', 'r.unit_id', 'o.name as unit_name', 'r.adopted_on', 'r.result'])
      .where('r.example_id', '=', id)
      .orderBy('r.adopted_on')
      .execute(),
    db.selectFrom('typical_example_links').selectAll().where('example_id', '=', id).execute(),
  ]);
  const proposalIds = links.filter((l) => l.kind === 'PROPOSAL').map((l) => l.ref_id);
  const proposals = proposalIds.length
    ? await db
        .selectFrom('proposals')
        .select(['id', 'award_code', 'year', 'status'])
        .where('id', 'in', proposalIds)
        .execute()
    : [];
  const linkedAwards = new Set(links.filter((l) => l.kind === 'AWARD').map((l) => l.ref_id));
  let awardsQ = db
    .selectFrom('awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .select(['a.id', 'a.award_code', 'a.year', 'a.revoked_at', 'd.number', 'd.symbol', 'd.decision_date'])
    .where('a.tenant_id', '=', u.tenantId);
  if (e.person_id) awardsQ = awardsQ.where('a.person_id', '=', e.person_id);
  else if (e.household_id) awardsQ = awardsQ.where('a.household_id', '=', e.household_id);
  else awardsQ = awardsQ.where('a.subject_unit_id', '=', e.subject_unit_id ?? '-');
  const subjectAwards = await awardsQ.orderBy('d.decision_date', 'desc').execute();
  const entry = (kind: string) =>
    entries
      .filter((x) => x.kind === kind)
      .map((x) => ({
        id: x.id,
        date: x.entry_date,
        content: x.content,
        outlet: x.outlet,
        link: safeLink(x.link),
        byWhom: x.by_whom,
      }));
  const stage = e.stage;
  return {
    id: e.id,
    subjectKind: e.subject_kind,
    personId: e.person_id,
    subjectUnitId: e.subject_unit_id,
    householdId: e.household_id,
    subjectName: e.subject_name,
    unitId: e.unit_id,
    unitName: e.unit_name,
    movementId: e.movement_id,
    movementName: e.movement_name,
    field: e.field,
    title: e.title,
    model: e.model,
    discoverySource: e.discovery_source,
    discoveryNote: e.discovery_note,
    discoveredOn: e.discovered_on,
    year: e.year,
    stage,
    stageOn: e.stage_on,
    summaryText: e.summary_text,
    internalNote: e.internal_note,
    dropReason: e.drop_reason,
    version: e.version,
    actions: availableExampleActions(stage),
    stages: stages.map((s) => ({
      id: s.id,
      from: s.from_stage,
      to: s.to_stage,
      on: s.on_date,
      note: s.note,
      by: s.actor_name,
    })),
    evidence: entry('EVIDENCE'),
    media: entry('MEDIA'),
    nurturing: entry('NURTURING'),
    replications: replications.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      adoptedOn: r.adopted_on,
      result: r.result,
    })),
    replicationCount: replications.length,
    proposals: proposals.map((p) => ({
      id: p.id,
      awardCode: p.award_code,
      awardName: getAward(p.award_code)?.name ?? p.award_code,
      year: p.year,
      status: p.status,
    })),
    awards: subjectAwards.map((a) => ({
      id: a.id,
      awardCode: a.award_code,
      awardName: getAward(a.award_code)?.name ?? a.award_code,
      year: a.year,
      decision: `${a.number}/${a.symbol}`,
      decisionDate: a.decision_date,
      revoked: a.revoked_at !== null,
      linked: linkedAwards.has(a.id),
    })),
  };
}

/**
 * For citizens (no login): summed-up and replicating examples, to propagate them (tuyên truyền).
 * Only what may be published: subject, unit, model, the summing-up story, replications and media links —
 * never internal notes, evidence or nurturing records.
 */
export async function listPublicExamples(db: Db): Promise<PublicExample[]> {
  const rows = await db
    .selectFrom('typical_examples as e')
    .innerJoin('organisations as o', 'o.id', 'e.unit_id')
    .innerJoin('organisations as c', 'c.id', 'e.tenant_id')
    .select([
      'e.id',
      'e.subject_name',
      'e.title',
      'e.model',
      'e.field',
      'e.stage',
      'e.summary_text',
      'e.year',
      'o.name as unit_name',
      'c.name as commune',
    ])
    .where('e.stage', 'in', [...PUBLIC_STAGES])
    .orderBy('e.stage_on', 'desc')
    .limit(200)
    .execute();
  const ids = rows.map((r) => r.id);
  const [reps, media] = ids.length
    ? await Promise.all([
        db
          .selectFrom('typical_example_replications as r')
          .innerJoin('organisations as o', 'o.id', 'r.unit_id')
          .select(['r.example_id', 'o.name as unit_name', 'r.adopted_on'])
          .where('r.example_id', 'in', ids)
          .orderBy('r.adopted_on')
          .execute(),
        db
          .selectFrom('typical_example_entries')
          .select(['example_id', 'entry_date', 'content', 'outlet', 'link'])
          .where('example_id', 'in', ids)
          .where('kind', '=', 'MEDIA')
          .orderBy('entry_date')
          .execute(),
      ])
    : [[], []];
  return rows.map((r) => ({
    id: r.id,
    subjectName: r.subject_name,
    title: r.title,
    model: r.model,
    field: r.field,
    stage: r.stage,
    story: r.summary_text ?? '',
    year: r.year,
    unitName: r.unit_name,
    commune: r.commune,
    replicatedIn: reps
      .filter((x) => x.example_id === r.id)
      .map((x) => ({ unitName: x.unit_name, adoptedOn: x.adopted_on })),
    media: media
      .filter((x) => x.example_id === r.id)
      .map((x) => ({ date: x.entry_date, title: x.content, outlet: x.outlet, link: safeLink(x.link) })),
  }));
}
