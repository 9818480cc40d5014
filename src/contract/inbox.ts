/** The inbox (Việc cần làm): tasks sent to units — register for a movement, score yourself, send a report. */

import { INBOX_TASK_KINDS, INBOX_TASK_STATUSES } from '../core/inbox/task-kinds';
import { Id, IdParams, IsoDate, Timestamp } from './common';
import { UpcomingDeadlines } from './deadlines';
import { endpoint } from './endpoint';
import { z } from './zod';

export const InboxTask = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  kind: z.enum(INBOX_TASK_KINDS),
  title: z.string(),
  body: z.string().nullable(),
  /** A page of the web app (`/phong-trao/…`) where the task is done. */
  link: z.string().nullable(),
  dueDate: IsoDate.nullable(),
  movementId: Id.nullable(),
  reviewId: Id.nullable(),
  status: z.enum(INBOX_TASK_STATUSES),
  doneAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type InboxTask = z.infer<typeof InboxTask>;

export const InboxFilter = z.enum(['OPEN', 'DONE', 'ALL']);
export type InboxFilter = z.infer<typeof InboxFilter>;

export const inboxApi = {
  listInbox: endpoint({
    method: 'GET',
    path: '/inbox',
    summary:
      'Việc cần làm: của đơn vị mình (trưởng đơn vị) hoặc của mọi đơn vị (cán bộ, chủ tịch); vai trò khác không có việc',
    access: 'signed-in',
    query: z.object({ status: InboxFilter.default('OPEN') }),
    response: z.array(InboxTask),
  }),
  inboxCount: endpoint({
    method: 'GET',
    path: '/inbox/count',
    summary: 'Số việc chưa làm (huy hiệu của mục "Việc cần làm" trên thanh bên)',
    access: 'signed-in',
    response: z.object({ open: z.number() }),
  }),
  upcomingDeadlines: endpoint({
    method: 'GET',
    path: '/inbox/deadlines',
    summary:
      'Hạn sắp tới đang chờ người dùng (cán bộ: hạn luật định và của xã; trưởng đơn vị: hạn của đơn vị mình), mặc định 30 ngày',
    access: 'signed-in',
    query: z.object({ days: z.coerce.number().int().min(1).max(366).default(30) }),
    response: UpcomingDeadlines,
  }),
  completeTask: endpoint({
    method: 'POST',
    path: '/inbox/:id/done',
    summary: 'Đánh dấu một việc đã xong (trưởng đơn vị: việc của đơn vị mình)',
    access: 'inbox.complete',
    params: IdParams,
    response: InboxTask,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'ALREADY_DONE'],
  }),
};
