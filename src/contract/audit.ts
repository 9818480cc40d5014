/** The audit log (nhật ký thao tác) of the commune. */

import { Id, Timestamp } from './common';
import { endpoint } from './endpoint';
import { z } from './zod';

/** One row of the commune's audit log. */
export const AuditRow = z.object({
  id: z.number(),
  at: Timestamp,
  actorName: z.string(),
  entityType: z.string(),
  entityId: Id,
  action: z.string(),
  /** Hidden (a fixed sentence) for a dossier the reader declared a conflict of interest with. */
  summary: z.string(),
});
export type AuditRow = z.infer<typeof AuditRow>;

/** One step of a record's history (its audit trail), as a record's page shows it. */
export const HistoryEntry = z.object({
  id: z.number(),
  at: Timestamp,
  actorName: z.string(),
  action: z.string(),
  summary: z.string(),
  data: z.unknown(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const AuditQuery = z.object({
  entityType: z.string().optional(),
  entityId: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const auditApi = {
  listAudit: endpoint({
    method: 'GET',
    path: '/audit',
    summary: 'Nhật ký thao tác của xã, mới nhất trước (lọc theo đối tượng)',
    access: 'audit.read',
    query: AuditQuery,
    response: z.array(AuditRow),
    dossier: { list: true },
  }),
};
