/** Reading annual plans: the list by year, one plan with its content and what it still misses. */
import type { Transaction } from 'kysely';
import type { PlanSummary, PlanView } from '../../contract/plans';
import { type PlanContent, validatePlanContent } from '../../core/plan/plan-content';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../../core/plan/plan-status';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { notFound } from '../http/errors';

type PlanRow = Awaited<ReturnType<typeof loadPlanRow>>;

export async function loadPlanRow(trx: Transaction<Database> | Db, u: AuthUser, id: string) {
  const p = await trx
    .selectFrom('plans')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!p) throw notFound('kế hoạch');
  return p;
}

export const parseContent = (json: string): PlanContent => JSON.parse(json) as PlanContent;

const asStatus = (s: string): PlanStatus => (s === 'ISSUED' ? 'ISSUED' : 'DRAFT');

export function planSummary(p: PlanRow): PlanSummary {
  const c = parseContent(p.content);
  const status = asStatus(p.status);
  return {
    id: p.id,
    year: p.year,
    theme: p.theme,
    status,
    statusLabel: PLAN_STATUS_LABELS[status],
    version: p.version,
    updatedAt: p.updated_at,
    issuedAt: p.issued_at,
    number: c.number,
    symbol: c.symbol,
    date: c.date,
  };
}

export function planView(p: PlanRow): PlanView {
  const content = parseContent(p.content);
  return {
    ...planSummary(p),
    content,
    missing: validatePlanContent(content),
    documentUrl: `/api/plans/${p.id}/document.docx`,
  };
}

/** The commune's plans, the latest year first. */
export async function listPlans(db: Db, u: AuthUser): Promise<PlanSummary[]> {
  const rows = await db
    .selectFrom('plans')
    .selectAll()
    .where('tenant_id', '=', u.tenantId)
    .orderBy('year', 'desc')
    .execute();
  return rows.map(planSummary);
}

export async function getPlan(db: Db | Transaction<Database>, u: AuthUser, id: string): Promise<PlanView> {
  return planView(await loadPlanRow(db, u, id));
}
