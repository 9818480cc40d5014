import type { PlanContent } from '../../../core/plan/plan-content';

/** Responses of /api/plans (mirrors the server's PlanSummary / PlanView). */
export interface PlanSummary {
  id: string;
  year: number;
  theme: string;
  status: 'DRAFT' | 'ISSUED';
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
  missing: string[];
  documentUrl: string;
}
