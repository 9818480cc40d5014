/** Changing annual plans: create (copied from an earlier year), save a draft, issue, reopen — all audited. */
import type { z } from 'zod';
import type { NewPlan, PlanContentBody, PlanView } from '../../contract/plans';
import { committeeIssuer } from '../../core/commune/commune-profile';
import type { PlanContent, PlanSection } from '../../core/plan/plan-content';
import { validatePlanContent } from '../../core/plan/plan-content';
import { targetsSummary } from '../../core/targets';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { AppError } from '../http/errors';
import { communeProfileOf } from '../organisations/profile-queries';
import { loadTargets } from '../targets/targets-queries';
import { copyPlanForYear, emptyPlan } from './plan-copy';
import { getPlan, loadPlanRow, parseContent } from './plans-queries';
import { mapUniqueViolation } from './unique-violation';

const stale = () =>
  new AppError(
    'STALE',
    'Kế hoạch vừa được người khác cập nhật. Hãy tải lại để xem bản mới nhất rồi sửa tiếp.',
  );
const issued = () =>
  new AppError(
    'PLAN_ISSUED',
    'Kế hoạch đã ban hành, không sửa được. Muốn sửa, hãy mở lại kế hoạch và nêu lý do.',
  );

/** "Năm 2024, xã … hoàn thành 17/17 chỉ tiêu …" from the targets of the year before, if any. */
async function lastYearResult(db: Db, u: AuthUser, year: number, commune: string): Promise<string | null> {
  const targets = await loadTargets(db, u.tenantId, year - 1);
  if (targets.length === 0) return null;
  const s = targetsSummary(targets, `${year}-01-01`);
  return `Năm ${year - 1}, ${commune} hoàn thành ${s.completed}/${s.total} chỉ tiêu phát triển kinh tế - xã hội.`;
}

/** Create the plan of a year, started from another plan (default: the latest earlier one) or empty. */
export async function createPlan(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: z.infer<typeof NewPlan>,
): Promise<PlanView> {
  const commune = await db
    .selectFrom('organisations')
    .select(['name', 'short_name'])
    .where('id', '=', u.tenantId)
    .executeTakeFirst();
  const communeName = commune?.name ?? 'xã';
  const profile = await communeProfileOf(db, u.tenantId);
  const result = await lastYearResult(db, u, b.year, communeName.replace(/^Xã/, 'xã'));
  const exists = () => new AppError('PLAN_EXISTS', `Năm ${b.year} đã có kế hoạch thi đua, khen thưởng.`);
  const id = await mapUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('plans')
          .select('id')
          .where('tenant_id', '=', u.tenantId)
          .where('year', '=', b.year)
          .executeTakeFirst();
        if (existing) throw exists();
        let source = b.copyFromId ? await loadPlanRow(trx, u, b.copyFromId) : undefined;
        if (!source) {
          source = await trx
            .selectFrom('plans')
            .selectAll()
            .where('tenant_id', '=', u.tenantId)
            .where('year', '<', b.year)
            .orderBy('year', 'desc')
            .limit(1)
            .executeTakeFirst();
        }
        const content: PlanContent = source
          ? copyPlanForYear(parseContent(source.content), b.year, result)
          : emptyPlan(b.year, committeeIssuer(profile), profile.placeName);
        const id = newId();
        const now = isoNow(clock);
        await trx
          .insertInto('plans')
          .values({
            id,
            tenant_id: u.tenantId,
            year: b.year,
            theme: content.theme,
            status: 'DRAFT',
            content: JSON.stringify(content),
            updated_at: now,
            version: 1,
            issued_at: null,
            issued_by: null,
            updated_by: u.displayName,
          })
          .execute();
        await writeAudit(trx, clock, actor, {
          entityType: 'plan',
          entityId: id,
          action: 'create',
          summary: source
            ? `Lập kế hoạch TĐKT năm ${b.year} từ kế hoạch năm ${source.year}`
            : `Lập kế hoạch TĐKT năm ${b.year}`,
          data: { year: b.year, copiedFrom: source?.id ?? null },
        });
        return id;
      }),
    exists,
  );
  return getPlan(db, u, id);
}

/** Save the plan's content if nobody saved since `version` was read; an issued plan is read-only. */
export async function savePlan(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: { version: number; content: z.infer<typeof PlanContentBody> },
): Promise<PlanView> {
  const { version } = b;
  const content = asPlanContent(b.content);
  return db.transaction().execute(async (trx) => {
    const p = await loadPlanRow(trx, u, id);
    if (p.status === 'ISSUED') throw issued();
    if (p.version !== version) throw stale();
    const next = { ...content, year: p.year };
    const r = await trx
      .updateTable('plans')
      .set({
        content: JSON.stringify(next),
        theme: next.theme,
        version: version + 1,
        updated_at: isoNow(clock),
        updated_by: u.displayName,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw stale();
    await writeAudit(trx, clock, actor, {
      entityType: 'plan',
      entityId: id,
      action: 'update',
      summary: `Sửa kế hoạch TĐKT năm ${p.year} (bản ${version + 1})`,
      data: { version: version + 1, theme: next.theme },
    });
    return getPlan(trx, u, id);
  });
}

/** DRAFT → ISSUED, only when the core finds nothing missing (else 422 with the list). */
export async function issuePlan(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  version: number,
): Promise<PlanView> {
  return db.transaction().execute(async (trx) => {
    const p = await loadPlanRow(trx, u, id);
    if (p.status === 'ISSUED') throw new AppError('ILLEGAL_TRANSITION', 'Kế hoạch đã được ban hành.');
    if (p.version !== version) throw stale();
    const missing = validatePlanContent(parseContent(p.content));
    if (missing.length) {
      throw new AppError(
        'PLAN_INCOMPLETE',
        `Chưa ban hành được kế hoạch, còn thiếu: ${missing.join(', ')}.`,
        { missing },
      );
    }
    const now = isoNow(clock);
    await trx
      .updateTable('plans')
      .set({
        status: 'ISSUED',
        version: version + 1,
        issued_at: now,
        issued_by: u.displayName,
        updated_at: now,
        updated_by: u.displayName,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'plan',
      entityId: id,
      action: 'issue',
      summary: `Ban hành kế hoạch TĐKT năm ${p.year}`,
    });
    return getPlan(trx, u, id);
  });
}

/** ISSUED → DRAFT, explicitly, with the reason in the audit log. */
export async function reopenPlan(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  reason: string,
): Promise<PlanView> {
  return db.transaction().execute(async (trx) => {
    const p = await loadPlanRow(trx, u, id);
    if (p.status !== 'ISSUED')
      throw new AppError('ILLEGAL_TRANSITION', 'Kế hoạch chưa ban hành, không cần mở lại.');
    await trx
      .updateTable('plans')
      .set({
        status: 'DRAFT',
        version: p.version + 1,
        issued_at: null,
        issued_by: null,
        updated_at: isoNow(clock),
        updated_by: u.displayName,
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'plan',
      entityId: id,
      action: 'reopen',
      summary: `Mở lại kế hoạch TĐKT năm ${p.year} để sửa: ${reason}`,
      data: { reason },
    });
    return getPlan(trx, u, id);
  });
}

interface SectionLike {
  number: string;
  heading: string;
  bold?: boolean | undefined;
  blocks: PlanSection['blocks'];
  children: readonly SectionLike[];
}

function toSection(s: SectionLike): PlanSection {
  return {
    number: s.number,
    heading: s.heading,
    ...(s.bold === undefined ? {} : { bold: s.bold }),
    blocks: s.blocks.map((b) => ({ kind: b.kind, text: b.text })),
    children: s.children.map(toSection),
  };
}

/** The editor's content as the core's PlanContent (optional keys dropped rather than set to undefined). */
function asPlanContent(b: z.infer<typeof PlanContentBody>): PlanContent {
  return {
    ...b,
    sections: b.sections.map(toSection),
    movements: b.movements.map((m) => (m.basis ? { name: m.name, basis: m.basis } : { name: m.name })),
  };
}
