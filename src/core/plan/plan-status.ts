/** States of an annual plan: a draft being written, or issued (read-only until reopened with a reason). */
export const PLAN_STATUSES = ['DRAFT', 'ISSUED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { DRAFT: 'Dự thảo', ISSUED: 'Đã ban hành' };
