import type { Transaction } from 'kysely';
import { type PlanContent, validatePlanContent } from '../../core/plan/plan-content';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { notFound } from '../http/errors';

export type PlanStatus = 'DRAFT' | 'ISSUED';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { DRAFT: 'Dự thảo', ISSUED: 'Đã ban hành' };

export interface PlanSummary {
  id: string;
  year: number;
  theme: string;
  status: PlanStatus;
  statusLabel: string;
  version: number;
  updatedAt: string;
  issuedAt: string | null;
  number: string;
  symbol: string;
  date: string;
}

export interface PlanView extends PlanSummary {
  content: PlanContent;
  /** What is still missing before it can be issued (Vietnamese), computed by the core. */
  missing: string[];
  documentUrl: string;
}

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
